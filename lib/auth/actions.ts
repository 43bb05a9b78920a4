"use server";

import "server-only";
import { db, isUniqueViolation } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/guards";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { fieldErrorsOf, passwordChangeSchema, profileSchema, signUpSchema, type FormState } from "@/lib/auth/schemas";
import { allowSignUp, SIGNUP_LIMIT_MESSAGE } from "@/lib/auth/rate-limit";
import { callerAddress } from "@/lib/auth/request-address";
import { endOtherSessions } from "@/lib/auth/session";
import { createUser, emailTaken } from "@/lib/auth/users";

function entries(formData: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}

const SIGNED_OUT: FormState = { ok: false, message: "Your session has ended. Please sign in again." };
const EMAIL_TAKEN: FormState = { ok: false, fieldErrors: { email: ["An account with this email already exists. Sign in instead."] } };

/** Sign-up: every new account is a LEARNER. The form signs the user in after success. */
export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(entries(formData, ["name", "email", "password"]));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  // Before the argon2 hash, which is what makes a sign-up expensive.
  if (!(await allowSignUp(await callerAddress()))) return { ok: false, message: SIGNUP_LIMIT_MESSAGE };
  if (await emailTaken(parsed.data.email)) return EMAIL_TAKEN;
  try {
    await createUser(parsed.data);
  } catch (error) {
    // A concurrent sign-up with the same email hits the unique index. Anything else (the database
    // unreachable, say) is not the user's doing: it goes to the error page, not into the form.
    if (isUniqueViolation(error)) return EMAIL_TAKEN;
    throw error;
  }
  return { ok: true };
}

export async function updateProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = profileSchema.safeParse(entries(formData, ["name"]));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  await db.user.update({ where: { id: user.id }, data: { name: parsed.data.name } });
  return { ok: true, message: "Your name was saved." };
}

export async function changePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = passwordChangeSchema.safeParse(entries(formData, ["currentPassword", "newPassword", "confirmPassword"]));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const record = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!record || !(await verifyPassword(record.passwordHash, parsed.data.currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } };
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(parsed.data.newPassword) } });
  // Whoever knew the old password is signed out everywhere; this device stays signed in.
  await endOtherSessions(user.id);
  return { ok: true, message: "Your password was changed. Every other device has been signed out." };
}

/** "Sign out of all other devices": every session but this one ends at once. */
export async function signOutOtherDevices(_prev: FormState, _form?: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  await endOtherSessions(user.id);
  return { ok: true, message: "Every other device has been signed out." };
}

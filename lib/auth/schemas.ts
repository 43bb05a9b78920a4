import { z } from "zod";

/** One schema per input, shared by the forms and the server actions. */
export const MIN_PASSWORD = 10;
const MAX_PASSWORD = 200;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long (254 characters at most).")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

const name = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Your name is too long (80 characters at most).");

const newPassword = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters.`);

export const signUpSchema = z.object({ name, email, password: newPassword });
export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD, "That password is too long."),
});
export const profileSchema = z.object({ name });
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords do not match.",
  });

export type FieldErrors = Record<string, string[] | undefined>;

/** The state a form's server action returns: never thrown at the user. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
};

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

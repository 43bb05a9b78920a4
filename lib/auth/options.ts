import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearFailedSignIns, isSignInBlocked, RATE_LIMIT_MESSAGE, recordFailedSignIn } from "@/lib/auth/rate-limit";
import { roleSchema } from "@/lib/auth/roles";
import { signInSchema } from "@/lib/auth/schemas";

type Headers = Record<string, string | string[] | undefined> | undefined;

function clientAddress(headers: Headers): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || null;
}

async function authorize(credentials: Record<string, string> | undefined, headers: Headers) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientAddress(headers);
  if (await isSignInBlocked(email, ip)) throw new Error(RATE_LIMIT_MESSAGE);

  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !ok) {
    await recordFailedSignIn(email, ip);
    return null;
  }
  await clearFailedSignIns(email);
  return { id: user.id, email: user.email, name: user.name, role: roleSchema.catch("LEARNER").parse(user.role) };
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorize(credentials, req?.headers as Headers),
    }),
  ],
  callbacks: {
    // The token carries the user id only; role and name are read fresh from the database by
    // lib/auth/guards.ts, so changes apply at once.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};

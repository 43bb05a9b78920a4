import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db-health";
import { env } from "@/lib/env";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { beginSignIn, trimAttempts } from "@/lib/auth/rate-limit";
import { requestAddress } from "@/lib/auth/request-address";
import { roleSchema } from "@/lib/auth/roles";
import { currentVersion, SESSION_MAX_AGE_SECONDS, SESSION_RENEW_SECONDS, tokenVersion } from "@/lib/auth/session";
import { signInSchema } from "@/lib/auth/schemas";

type Headers = Record<string, string | string[] | undefined> | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

async function authorize(credentials: Record<string, string> | undefined, headers: Headers) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const gate = await beginSignIn(email, requestAddress((name) => headerValue(headers, name)));
  if (gate.refused) throw new Error(gate.message);
  if (gate.delayMs) await sleep(gate.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !ok) {
    await trimAttempts();
    return null;
  }
  await gate.succeeded();
  return { id: user.id, email: user.email, name: user.name, role: roleSchema.catch("LEARNER").parse(user.role), sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_RENEW_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorize(credentials, req?.headers as Headers),
    }),
  ],
  callbacks: {
    // The token carries the user id and session version only; role and name are read fresh from
    // the database by lib/auth/guards.ts, so changes apply at once. A token older than the user's
    // session version (or of a deleted user) becomes an empty one: signed out (lib/auth/session.ts).
    async jwt({ token, user }) {
      if (user) return { ...token, sub: user.id, sv: user.sessionVersion ?? 0 };
      if (!token.sub) return token;
      // With the database down the version cannot be checked: the token stays (an error here would
      // make next-auth clear the cookie, signing everyone out in an outage); every read of data
      // needs the database too and answers 503 until it is back.
      const version = await currentVersion(token.sub).catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) return "unknown" as const;
        throw error;
      });
      if (version === "unknown") return token;
      return version !== null && version === tokenVersion(token.sv) ? token : {};
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.sessionVersion = tokenVersion(token.sv);
      }
      return session;
    },
  },
};

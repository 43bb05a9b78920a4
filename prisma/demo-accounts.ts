import { z } from "zod";
import type { Role } from "@/lib/auth/roles";

/** The demo accounts `npm start` seeds and prints (development passwords only). */
export const DEMO_ACCOUNTS = [
  { role: "LEARNER", name: "Lea Learner", email: "learner@example.com", password: "learner-pass-123" },
  { role: "AUTHOR", name: "Ari Author", email: "author@example.com", password: "author-pass-123" },
  { role: "INSTRUCTOR", name: "Ina Instructor", email: "instructor@example.com", password: "instructor-pass-123" },
  { role: "ADMIN", name: "Ada Admin", email: "admin@example.com", password: "admin-pass-123" },
] as const satisfies ReadonlyArray<{ role: Role; name: string; email: string; password: string }>;

const demoEnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  DEMO_ACCOUNTS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["0", "1"], { error: "DEMO_ACCOUNTS must be 1 (seed the demo accounts) or 0 (do not)" }).optional(),
  ),
});

/** The variables the decision reads (process.env, or a test's own). */
export type DemoEnv = Partial<Record<"NODE_ENV" | "DEMO_ACCOUNTS", string>>;

interface DemoAccountsDecision {
  seed: boolean;
  /** Why, for the start-up log. */
  reason: string;
}

/**
 * Whether the seed creates the demo accounts (known passwords, an admin among them). Read from the
 * environment the operator starts `npm start` / `npm run dev` / `npm run db:seed` with, before
 * `next start` sets NODE_ENV=production for the server itself: DEMO_ACCOUNTS=1 or 0 decides when
 * set; otherwise NODE_ENV=production means "deployed", and nothing is seeded
 * (docs/decisions/011-demo-accounts-outside-production.md).
 */
export function demoAccountsDecision(env: DemoEnv): DemoAccountsDecision {
  const parsed = demoEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  const { NODE_ENV, DEMO_ACCOUNTS: flag } = parsed.data;
  if (flag === "1") return { seed: true, reason: "DEMO_ACCOUNTS=1" };
  if (flag === "0") return { seed: false, reason: "DEMO_ACCOUNTS=0" };
  if (NODE_ENV === "production") return { seed: false, reason: "NODE_ENV=production; set DEMO_ACCOUNTS=1 to seed them anyway" };
  return { seed: true, reason: "not a production environment (NODE_ENV is not production)" };
}

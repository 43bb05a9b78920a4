import "server-only";
import { z } from "zod";

/**
 * The app's environment, validated once. Every variable is documented in README.md (Configuration).
 * Defaults make the quick start work with no .env: SQLite under data/, a generated secret in
 * .nextauth-secret (written by scripts/prepare.ts before the server starts).
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/dev.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), "must start with file: or postgresql://"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  SIGNUP_MAX_PER_HOUR: z.coerce.number().int().positive().default(20),
  PROGRESS_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(120),
  QUIZ_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** How many proxies of ours (load balancers) stand in front of the app; 0 trusts no X-Forwarded-For. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env = load();

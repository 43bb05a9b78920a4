// Run with the react-server condition (npm run db:seed), where the marker below resolves to nothing.
import "server-only";
import { pathToFileURL } from "node:url";
import { emailTaken } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, demoAccountsDecision, type DemoEnv } from "./demo-accounts";
import { DEMO_COHORT_NAME, seedDemoCohort } from "./demo-cohort";
import { makeUser } from "./factories";

interface SeedOutcome {
  seeded: boolean;
  /** Demo accounts this run created. */
  created: string[];
  /** When not seeding: demo accounts already in the database (their passwords are public). */
  leftOver: string[];
}

/**
 * Idempotent: creates the demo accounts that are missing (outside production, see
 * demoAccountsDecision) and never touches existing data. Users come from the same factory as the
 * tests' (prisma/factories.ts).
 */
export async function seed(env: DemoEnv = process.env): Promise<SeedOutcome> {
  const decision = demoAccountsDecision(env);
  const present = new Set<string>();
  for (const account of DEMO_ACCOUNTS) if (await emailTaken(account.email)) present.add(account.email);
  if (!decision.seed) {
    const leftOver = [...present];
    console.log(`Demo accounts not seeded (${decision.reason}).`);
    if (leftOver.length > 0) {
      console.warn(`Warning: this database holds demo accounts whose passwords are published (${leftOver.join(", ")}). Delete them or change their passwords before anyone else can reach this server.`);
    }
    return { seeded: false, created: [], leftOver };
  }
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (present.has(account.email)) continue;
    await makeUser(account);
    created.push(account.email);
  }
  return { seeded: true, created, leftOver: [] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  seed()
    .then(async (outcome) => {
      // Where the demo accounts are, the demo instructor gets a cohort with six weeks of made-up history.
      if (!outcome.seeded) return;
      const cohort = await seedDemoCohort();
      if (cohort.created) console.log(`Seeded "${DEMO_COHORT_NAME}": ${cohort.learners} learners, ${cohort.events} events, ${cohort.attempts} quiz answers.`);
    })
    .then(() => db.$disconnect())
    .catch(async (error) => {
      console.error("Seeding failed:", error);
      await db.$disconnect();
      process.exit(1);
    });
}

// Run with the react-server condition (npm run db:seed), where the marker below resolves to nothing.
import "server-only";
import { emailTaken } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { makeUser } from "./factories";

/**
 * Idempotent: creates the demo accounts that are missing and never touches existing data. Users
 * come from the same factory as the tests' (prisma/factories.ts).
 */
export async function seed(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (!(await emailTaken(account.email))) await makeUser(account);
  }
}

seed()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("Seeding failed:", error);
    await db.$disconnect();
    process.exit(1);
  });

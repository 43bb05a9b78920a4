// Run with the react-server condition (npm run db:seed), where the marker below resolves to nothing.
import "server-only";
import { db } from "@/lib/db";
import { createUser, emailTaken } from "@/lib/auth/users";
import { DEMO_ACCOUNTS } from "./demo-accounts";

/** Idempotent: creates the demo accounts that are missing and never touches existing data. */
export async function seed(): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (!(await emailTaken(account.email))) await createUser(account);
  }
}

seed()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("Seeding failed:", error);
    await db.$disconnect();
    process.exit(1);
  });

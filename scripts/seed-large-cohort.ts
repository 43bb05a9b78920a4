// Run with the react-server condition: tsx --conditions=react-server scripts/seed-large-cohort.ts
import "server-only";
import { z } from "zod";
import { createUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { DEMO_CLASSMATES, seedSimulatedCohort } from "@/prisma/demo-cohort";
import type { SimLearner } from "@/prisma/demo-activity";

/**
 * A large simulated class, for the overview's scale test (tests/e2e/instructor/large-cohort.spec.ts)
 * and bench:server: an instructor who can sign in, and a cohort of N simulated learners with the demo
 * cohort's six weeks of activity over the whole course. Idempotent per instructor email: a second run
 * prints the cohort it made the first time. Never needed in production; it refuses to run there.
 *
 *   LARGE_COHORT_PASSWORD=… tsx --conditions=react-server scripts/seed-large-cohort.ts <email> <learners>
 * prints one JSON line: { cohortId, learners, created }.
 */
const args = z
  .object({ email: z.email(), learners: z.coerce.number().int().min(1).max(2000), password: z.string().min(10) })
  .parse({ email: process.argv[2], learners: process.argv[3], password: process.env.LARGE_COHORT_PASSWORD });
if (process.env.NODE_ENV === "production" && !process.env.DEMO_ACCOUNTS) throw new Error("seed-large-cohort is for tests and benchmarks, not production.");

const NAME = "Large class";
const existing = await db.user.findUnique({ where: { email: args.email }, select: { id: true, role: true, cohortsOwned: { where: { name: NAME }, select: { id: true, _count: { select: { members: true } } } } } });
if (existing && existing.role !== "INSTRUCTOR") {
  throw new Error(`${args.email} is a ${existing.role.toLowerCase()} account; the large class needs an instructor's email (or a new one).`);
}
if (existing?.cohortsOwned[0]) {
  const cohort = existing.cohortsOwned[0];
  console.log(JSON.stringify({ cohortId: cohort.id, learners: cohort._count.members, created: false }));
} else {
  const owner = existing ?? (await createUser({ email: args.email, name: "Scale Instructor", password: args.password, role: "INSTRUCTOR" }));
  const tag = args.email.split("@")[0]!.replace(/[^a-z0-9]/gi, "").toLowerCase();
  // Classmates' first and last names recombined: realistic, distinct, sorted differently from their index.
  const learners: SimLearner[] = Array.from({ length: args.learners }, (_, i) => {
    const first = DEMO_CLASSMATES[i % DEMO_CLASSMATES.length]!.name.split(" ")[0]!;
    const last = DEMO_CLASSMATES[(i * 7 + Math.floor(i / DEMO_CLASSMATES.length)) % DEMO_CLASSMATES.length]!.name.split(" ").slice(1).join(" ");
    const name = `${first} ${last} ${String(i + 1).padStart(3, "0")}`;
    return { name, email: `learner${i + 1}.${tag}@large.example.com` };
  });
  const outcome = await seedSimulatedCohort({ name: NAME, ownerId: owner.id, learners });
  console.log(JSON.stringify({ cohortId: outcome.cohortId, learners: outcome.learners, created: true }));
}
await db.$disconnect();

import type { Role } from "@/lib/auth/roles";

/** The demo accounts `npm start` seeds and prints (development passwords only). */
export const DEMO_ACCOUNTS = [
  { role: "LEARNER", name: "Lea Learner", email: "learner@example.com", password: "learner-pass-123" },
  { role: "AUTHOR", name: "Ari Author", email: "author@example.com", password: "author-pass-123" },
  { role: "INSTRUCTOR", name: "Ina Instructor", email: "instructor@example.com", password: "instructor-pass-123" },
  { role: "ADMIN", name: "Ada Admin", email: "admin@example.com", password: "admin-pass-123" },
] as const satisfies ReadonlyArray<{ role: Role; name: string; email: string; password: string }>;

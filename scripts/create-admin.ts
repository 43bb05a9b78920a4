import { z } from "zod";
import { db } from "@/lib/db";
import { createUser, emailTaken } from "@/lib/auth/users";
import { signUpSchema } from "@/lib/auth/schemas";

/**
 * `npm run user:create-admin -- <email> "<name>"` with ADMIN_PASSWORD in the environment: the first
 * admin of a production deployment (production does not seed the demo accounts).
 */
const parsed = signUpSchema.safeParse({ email: process.argv[2], name: process.argv[3], password: process.env.ADMIN_PASSWORD });
if (!parsed.success) {
  console.error('Usage: ADMIN_PASSWORD=… npm run user:create-admin -- <email> "<name>"');
  console.error(z.prettifyError(parsed.error));
  process.exit(1);
}
if (await emailTaken(parsed.data.email)) {
  await db.user.update({ where: { email: parsed.data.email }, data: { role: "ADMIN" } });
  console.log(`${parsed.data.email} already existed and is now an admin.`);
} else {
  await createUser({ ...parsed.data, role: "ADMIN" });
  console.log(`Created admin ${parsed.data.email}.`);
}
await db.$disconnect();

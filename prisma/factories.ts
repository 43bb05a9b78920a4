import { createUser } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/roles";

/**
 * Test factories shared by the seed script and the tests: one definition of "a learner".
 * (Run under the react-server condition or with server-only mocked, like the rest of lib/.)
 */
let counter = 0;

/** A user with a unique email; the password defaults to a valid one. */
export async function makeUser(overrides: Partial<{ name: string; email: string; password: string; role: Role }> = {}) {
  counter += 1;
  const unique = `${Date.now().toString(36)}-${process.pid}-${counter}`;
  const password = overrides.password ?? "factory-pass-123";
  const user = await createUser({
    name: overrides.name ?? `Test User ${counter}`,
    email: overrides.email ?? `user-${unique}@example.test`,
    password,
    role: overrides.role ?? "LEARNER",
  });
  return { ...user, password };
}

import { vi } from "vitest";

/**
 * Server actions read the caller with next-auth's getServerSession. Unit tests decide who is
 * calling by setting this; everything after it (guards, database, actions) is real.
 */
export const caller: { id: string | null; address: string | null; sessionVersion?: number } = { id: null, address: "192.0.2.1" };

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (caller.id ? { user: { id: caller.id, sessionVersion: caller.sessionVersion }, expires: "2999-01-01" } : null),
}));

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

/** The caller's cookies, as a server action sees and sets them. */
export const cookieJar = new Map<string, string>();

// Server actions read the caller's address from the request headers our server writes.
vi.mock("next/headers", async () => {
  const { PEER_HEADER } = await import("@/lib/http/client-address");
  return {
    headers: async () => new Headers(caller.address ? { [PEER_HEADER]: caller.address } : {}),
    cookies: async () => ({
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
      set: (name: string, value: string) => void cookieJar.set(name, value),
    }),
  };
});

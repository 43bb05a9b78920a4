import { vi } from "vitest";

/**
 * Server actions read the caller with next-auth's getServerSession. Unit tests decide who is
 * calling by setting this; everything after it (guards, database, actions) is real.
 */
export const caller: { id: string | null } = { id: null };

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (caller.id ? { user: { id: caller.id }, expires: "2999-01-01" } : null),
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

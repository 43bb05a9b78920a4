import "server-only";
import { notFound } from "next/navigation";
import { onAuthError } from "@/lib/auth/guards";

/**
 * For instructor pages: data functions refuse with AuthError; a page shows "not found" then, so a
 * cohort or learner id that is not the caller's reveals nothing (the same as one that does not exist).
 */
export function orNotFound<T>(load: Promise<T>): Promise<T> {
  return onAuthError(() => load, () => notFound());
}

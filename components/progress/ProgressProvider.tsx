"use client";

import { useEffect, useState, type ReactNode } from "react";
import { progress } from "@/lib/progress/client";

/**
 * Starts the page's progress queue for the signed-in user (null when signed out). Put it around
 * the app, e.g. in the root layout: <ProgressProvider userId={user?.id ?? null}>. Several are
 * harmless: the queue is one per page and keeps running across client-side navigations (a
 * different user id restarts it).
 */
export function ProgressProvider({ userId, children }: { userId: string | null; children?: ReactNode }) {
  // Start before the children's effects run (they run before this component's own effects), so a
  // cell restoring unsent code with progress.pendingCode() finds the queue ready. start() is idempotent.
  useState(() => {
    if (typeof window !== "undefined") progress.start(userId);
    return null;
  });
  useEffect(() => {
    progress.start(userId);
  }, [userId]);
  return <>{children}</>;
}

"use client";

import { useEffect } from "react";

const KEY = "dln:session-renewed-at";
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Sliding sessions: once a day, reading next-auth's session endpoint re-issues the session cookie
 * with a fresh lifetime (lib/auth/session.ts), so a learner who keeps coming back stays signed in
 * while an abandoned session expires. Renders nothing.
 */
export function SessionRenewal() {
  useEffect(() => {
    let last = 0;
    try {
      last = Number(localStorage.getItem(KEY)) || 0;
    } catch {
      // Storage blocked: renew on every page load instead.
    }
    if (Date.now() - last < DAY_MS) return;
    void fetch("/api/auth/session", { credentials: "same-origin" }).then(
      (response) => {
        if (!response.ok) return;
        try {
          localStorage.setItem(KEY, String(Date.now()));
        } catch {
          // as above
        }
      },
      () => undefined,
    );
  }, []);
  return null;
}

"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/useHydrated";
import { renewInvite } from "@/lib/cohorts/actions";
import styles from "./instructor.module.css";

interface Props {
  cohortId: string;
  invitePath: string;
  expiresAt: string | null;
  expired: boolean;
}

/** The cohort's invite link, a copy button and "make a new link" (which retires the old one). */
export function InvitePanel({ cohortId, invitePath, expiresAt, expired }: Props) {
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  // The server does not know the origin the instructor sees; the link gains it after hydration.
  const url = `${hydrated ? window.location.origin : ""}${invitePath}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied.");
    } catch {
      setMessage("Select the link and copy it.");
    }
  };
  const renew = () =>
    startTransition(async () => {
      const result = await renewInvite({ cohortId });
      setMessage(result.message);
      if (result.ok) router.refresh();
    });

  return (
    <div className={styles.invite}>
      <label htmlFor={`${id}-link`} className={styles.label}>Invite link</label>
      <div className={styles.inviteRow}>
        <input id={`${id}-link`} readOnly value={url} className={styles.inviteInput} data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className={styles.button} onClick={copy}>Copy</button>
        <button type="button" className={styles.buttonSecondary} onClick={renew} disabled={pending}>New link</button>
      </div>
      <p className={expired ? styles.warningText : styles.muted}>
        {expired ? "This link has expired: make a new one." : expiresAt ? `Expires ${expiresAt.slice(0, 10)}.` : "This link does not expire."}
      </p>
      <p role="status" aria-live="polite" className={styles.muted}>{message}</p>
    </div>
  );
}

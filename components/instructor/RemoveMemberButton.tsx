"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeMember } from "@/lib/cohorts/actions";
import styles from "./instructor.module.css";

/** Removes a learner from the cohort after a confirmation; their progress stays in their account. */
export function RemoveMemberButton({ cohortId, userId, name }: { cohortId: string; userId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    if (!window.confirm(`Remove ${name} from this cohort? Their own progress is kept.`)) return;
    startTransition(async () => {
      const result = await removeMember({ cohortId, userId });
      if (result.ok) router.refresh();
      else setError(result.message);
    });
  };
  return (
    <>
      <button type="button" className={styles.buttonDanger} onClick={onClick} disabled={pending} aria-label={`Remove ${name}`}>
        Remove
      </button>
      {error && <span role="alert" className={styles.warningText}>{error}</span>}
    </>
  );
}

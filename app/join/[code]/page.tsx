import type { Metadata } from "next";
import Link from "next/link";
import { JoinCohortButton } from "@/components/instructor/JoinCohortButton";
import { Alert } from "@/components/ui/Alert";
import { Card } from "@/components/ui/Card";
import { requirePageRole } from "@/lib/auth/guards";
import { previewInvite } from "@/lib/cohorts/queries";
import styles from "./join.module.css";

export const metadata: Metadata = { title: "Join a cohort" };

type Params = Promise<{ code: string }>;

export default async function JoinPage({ params }: { params: Params }) {
  const { code } = await params;
  await requirePageRole(null, `/join/${encodeURIComponent(code)}`);
  const invite = await previewInvite(code);
  return (
    <div className={styles.page}>
      <h1>Join a cohort</h1>
      <Card>
        {invite.status === "invalid" && (
          <Alert tone="error" testId="join-problem">This invite link is not valid. Check that you copied all of it, or ask your instructor for a new one.</Alert>
        )}
        {invite.status === "expired" && <Alert tone="error" testId="join-problem">This invite link has expired. Ask your instructor for a new one.</Alert>}
        {invite.status === "valid" && (
          <>
            <p>
              <strong data-testid="join-cohort-name">{invite.cohortName}</strong>, taught by {invite.instructorName}.
            </p>
            <p className={styles.muted}>
              When you join, your instructor can see your progress in the lessons, your quiz answers, your saved code and notes.
            </p>
            {invite.alreadyMember ? <Alert tone="info">You are already a member of this cohort.</Alert> : <JoinCohortButton code={code} />}
          </>
        )}
        <p><Link href="/me">Go to your progress</Link></p>
      </Card>
    </div>
  );
}

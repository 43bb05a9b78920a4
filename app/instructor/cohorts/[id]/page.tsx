import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentsPanel } from "@/components/instructor/AssignmentsPanel";
import { InvitePanel } from "@/components/instructor/InvitePanel";
import { OverviewTable } from "@/components/instructor/OverviewTable";
import { Card } from "@/components/ui/Card";
import { getCohortOverview } from "@/lib/analytics/cohort-overview";
import { requirePageRole } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { orNotFound } from "@/lib/cohorts/page-guard";
import { getCohortSummary } from "@/lib/cohorts/queries";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import { STAGES } from "@/lib/lessons/stages";
import styles from "../../instructor.module.css";

export const metadata: Metadata = { title: "Cohort overview" };

type Params = Promise<{ id: string }>;

export default async function CohortPage({ params }: { params: Params }) {
  const { id } = await params;
  await requirePageRole(TEACHING_ROLES, `/instructor/cohorts/${id}`);
  const [summary, overview] = await orNotFound(Promise.all([getCohortSummary(id), getCohortOverview(id)]));
  const lessons = visibleLessons(await getCourse(), null);
  const stages = STAGES.map((s) => ({
    key: String(s.key),
    label: s.label,
    title: s.title,
    lessons: lessons.filter((l) => l.meta.stage === s.key).map((l) => ({ id: l.id, title: l.meta.title })),
  })).filter((s) => s.lessons.length > 0);
  const exportBase = `/api/instructor/cohorts/${summary.id}/export`;
  const active = overview.learners.filter((l) => l.active).length;
  return (
    <div className={styles.page}>
      <p className={styles.breadcrumb}><Link href="/instructor">Cohorts</Link> /</p>
      <div className={styles.header}>
        <h1>{summary.name}</h1>
        <span className={styles.muted}>
          {summary.members} learner{summary.members === 1 ? "" : "s"} · {active} active in the last 7 days
        </span>
      </div>
      <div className={styles.actions}>
        <Link href={`/instructor/cohorts/${summary.id}/quiz`}>Quiz item analysis and misconceptions</Link>
        <a href={`${exportBase}/progress`} download data-testid="export-progress">Download progress (CSV)</a>
        <a href={`${exportBase}/quiz-attempts`} download data-testid="export-attempts">Download quiz attempts (CSV)</a>
      </div>
      <Card aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="visually-hidden">Invite learners</h2>
        <InvitePanel cohortId={summary.id} invitePath={summary.invitePath} expiresAt={summary.inviteExpiresAt} expired={summary.inviteExpired} />
      </Card>
      <section className={styles.section} aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        <Card>
          <AssignmentsPanel cohortId={summary.id} stages={stages} assignments={overview.assignments} />
        </Card>
      </section>
      <section className={styles.section} aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress</h2>
        <Card className={styles.flush}>
          {overview.learners.length === 0 ? (
            <p className={styles.padded}>No learners yet. Share the invite link above: learners who open it and accept appear here.</p>
          ) : (
            <OverviewTable cohortId={summary.id} overview={{ lessons: overview.lessons, stages: overview.stages, learners: overview.learners, assignments: overview.assignments }} />
          )}
        </Card>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { LessonNotes } from "@/components/progress/LessonNotes";
import { ProgressProvider } from "@/components/progress/ProgressProvider";
import { ProgressStatus } from "@/components/progress/ProgressStatus";
import { QuizResults } from "@/components/progress/QuizResults";
import { RecentActivity } from "@/components/progress/RecentActivity";
import { StageBars } from "@/components/progress/StageBars";
import { requirePageRole } from "@/lib/auth/guards";
import { myMemberships } from "@/lib/cohorts/queries";
import { getMyAssignments, type MyAssignment } from "@/lib/cohorts/assignments";
import { DueBadge } from "@/components/progress/DueBadge";
import { getMyDashboard, type Dashboard } from "@/lib/progress/dashboard";
import { getMyFeedback } from "@/lib/feedback/queries";
import { feedbackTarget } from "@/lib/feedback/types";
import { getLessonMetas } from "@/lib/progress/lesson-meta";
import { getMyNotes } from "@/lib/progress/notes";
import { stageInfo } from "@/lib/lessons/stages";
import { getDueReviews } from "@/lib/quiz/review";
import type { StageReview } from "@/lib/quiz/stage-review";
import styles from "./me.module.css";

export const metadata: Metadata = { title: "Your progress" };

export default async function MePage() {
  const user = await requirePageRole(null, "/me");
  const [dashboard, memberships, notes, metas, reviews, assigned, feedback] = await Promise.all([
    getMyDashboard(),
    myMemberships(),
    getMyNotes(),
    getLessonMetas(user),
    getDueReviews(user),
    getMyAssignments(),
    getMyFeedback(),
  ]);
  const { next } = dashboard;
  const completed = dashboard.lessons.filter((l) => l.status === "completed").length;
  return (
    <ProgressProvider userId={user.id}>
      <div className={styles.page}>
        <div className={styles.header}>
          <h1>Your progress</h1>
          <ProgressStatus />
        </div>
        <p className={styles.summary} data-testid="me-summary">
          {completed} of {dashboard.lessons.length} lessons completed
        </p>
        <div className={styles.grid}>
          <NextLessonCard next={next} />
          {Object.keys(assigned).length > 0 && <AssignmentsCard assigned={assigned} lessons={dashboard.lessons} />}
          {feedback.items.length > 0 && <FeedbackCard feedback={feedback} lessons={dashboard.lessons} />}
          {reviews.length > 0 && <ReviewsCard reviews={reviews} />}
          <Card aria-labelledby="stages-heading">
            <h2 id="stages-heading">Progress by stage</h2>
            <StageBars stages={dashboard.stages} />
          </Card>
          <Card aria-labelledby="activity-heading">
            <h2 id="activity-heading">Recent activity</h2>
            <RecentActivity items={dashboard.recent} />
          </Card>
          <Card aria-labelledby="quiz-heading">
            <h2 id="quiz-heading">Quiz results</h2>
            <QuizResults quizzes={dashboard.quizzes} />
          </Card>
          <Card aria-labelledby="notes-heading">
            <h2 id="notes-heading">Notes</h2>
            <LessonNotes
              lessons={metas.map((m) => ({ id: m.id, title: m.title, version: m.version }))}
              initialLessonId={next?.lessonId ?? metas[0]?.id ?? ""}
              saved={notes}
            />
          </Card>
          {memberships.length > 0 && <CohortsCard memberships={memberships} />}
        </div>
      </div>
    </ProgressProvider>
  );
}

/** What instructors set, soonest due first, with whether it was done in time. */
function AssignmentsCard({ assigned, lessons }: { assigned: Record<string, MyAssignment>; lessons: Dashboard["lessons"] }) {
  const rows = Object.values(assigned)
    .flatMap((a) => lessons.filter((l) => l.lessonId === a.lessonId).map((l) => ({ a, l })))
    .sort((x, y) => x.a.dueAt.localeCompare(y.a.dueAt));
  return (
    <Card aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">Assignments</h2>
      <ul className={styles.assignments} data-testid="my-assignments">
        {rows.map(({ a, l }) => (
          <li key={a.lessonId}>
            <Link href={`/lessons/${a.lessonId}`}>{l.title}</Link>{" "}
            <DueBadge lessonId={a.lessonId} dueAt={a.dueAt} completedAt={l.completedAt} cohortName={a.cohortName} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Instructors' comments on the learner's code, newest first; unread ones are marked until the lesson shows them. */
function FeedbackCard({ feedback, lessons }: { feedback: Awaited<ReturnType<typeof getMyFeedback>>; lessons: Dashboard["lessons"] }) {
  const title = (id: string) => lessons.find((l) => l.lessonId === id)?.title ?? id;
  return (
    <Card aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">
        Feedback on your code{" "}
        {feedback.unread > 0 && <span className={styles.unread} data-testid="feedback-unread">{feedback.unread} unread</span>}
      </h2>
      <ul className={styles.feedback} data-testid="my-feedback">
        {feedback.items.map((f) => (
          <li key={f.id}>
            <Link href={`/lessons/${f.lessonId}#feedback`}>{title(f.lessonId)}</Link>{" "}
            <span className={styles.muted}>
              {f.authorName} on {f.cellId}, {feedbackTarget(f)}
              {!f.read && " · new"}
              {f.reply !== null && " · you replied"}
            </span>
            <p className={styles.excerpt}>{f.body.length > 160 ? `${f.body.slice(0, 160)}…` : f.body}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function ReviewsCard({ reviews }: { reviews: StageReview[] }) {
  return (
    <Card aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews due</h2>
      <ul className={styles.reviews}>
        {reviews.map((r) => (
          <li key={String(r.stage)}>
            <Link href={`/review/${r.stage}`} data-testid={`review-due-${r.stage}`}>
              Review {stageInfo(r.stage).label.toLowerCase()}
            </Link>{" "}
            ({r.total} question{r.total === 1 ? "" : "s"})
          </li>
        ))}
      </ul>
    </Card>
  );
}

function NextLessonCard({ next }: { next: Dashboard["next"] }) {
  return (
    <Card aria-labelledby="next-heading" className={styles.next}>
      <h2 id="next-heading">{next?.action === "continue" ? "Continue where you left off" : "Up next"}</h2>
      {next ? (
        <p>
          <span className={styles.stageLabel}>{next.stageLabel}</span>{" "}
          <Link href={`/lessons/${next.lessonId}`} className={styles.nextLink} data-testid="next-lesson">
            {next.action === "continue" ? "Continue" : "Start"} “{next.title}”
          </Link>
        </p>
      ) : (
        <p>You have completed every lesson. Well done!</p>
      )}
    </Card>
  );
}

function CohortsCard({ memberships }: { memberships: Awaited<ReturnType<typeof myMemberships>> }) {
  return (
    <Card aria-labelledby="cohorts-heading">
      <h2 id="cohorts-heading">Your cohorts</h2>
      <ul className={styles.cohorts}>
        {memberships.map((m) => (
          <li key={m.cohortName + m.joinedAt}>
            <strong>{m.cohortName}</strong> <span className={styles.muted}>with {m.instructorName}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { LearnerActivityTables } from "@/components/instructor/LearnerActivityTables";
import { LearnerCode } from "@/components/instructor/LearnerCode";
import { Card } from "@/components/ui/Card";
import { getLearnerCode, getLearnerDetail } from "@/lib/analytics/learner-detail";
import { getLearnerFeedback } from "@/lib/feedback/queries";
import { requirePageRole } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { orNotFound } from "@/lib/cohorts/page-guard";
import styles from "../../../../instructor.module.css";

export const metadata: Metadata = { title: "Learner progress" };

type Params = Promise<{ id: string; learnerId: string }>;
type Search = Promise<{ lesson?: string | string[] }>;

const STATUS_TEXT = { completed: "Completed", "in-progress": "In progress", "not-started": "Not started" } as const;

export default async function LearnerPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id, learnerId } = await params;
  const { lesson } = await searchParams;
  await requirePageRole(TEACHING_ROLES, `/instructor/cohorts/${id}/learners/${learnerId}`);
  const detail = await orNotFound(getLearnerDetail(id, learnerId));
  const codeLesson = typeof lesson === "string" ? detail.lessons.find((l) => l.lessonId === lesson) : undefined;
  const [code, feedback] = codeLesson
    ? await orNotFound(Promise.all([getLearnerCode(id, learnerId, codeLesson.lessonId), getLearnerFeedback(id, learnerId, codeLesson.lessonId)]))
    : [null, []];
  const base = `/instructor/cohorts/${detail.cohort.id}/learners/${detail.learner.id}`;
  return (
    <div className={styles.page}>
      <p className={styles.breadcrumb}>
        <Link href="/instructor">Cohorts</Link> / <Link href={`/instructor/cohorts/${detail.cohort.id}`}>{detail.cohort.name}</Link> /
      </p>
      <div className={styles.header}>
        <h1>{detail.learner.name}</h1>
        <span className={styles.muted}>{detail.learner.email}</span>
      </div>
      <section className={styles.section} aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <Card className={styles.flush}>
          <table className={styles.table} data-testid="learner-lessons">
            <caption className="visually-hidden">Progress in each lesson</caption>
            <thead>
              <tr><th scope="col">Lesson</th><th scope="col">Status</th><th scope="col">Exercises passed</th><th scope="col">Quiz</th><th scope="col">Last active</th><th scope="col">Code</th></tr>
            </thead>
            <tbody>
              {detail.lessons.map((l) => (
                <tr key={l.lessonId}>
                  <th scope="row"><span className={styles.stageTag}>{l.stageLabel}</span>{l.title}</th>
                  <td className={styles.nowrap}>{STATUS_TEXT[l.status]}{l.completedAt ? ` (${l.completedAt.slice(0, 10)})` : ""}</td>
                  <td>{l.exercisesTotal === 0 ? "—" : `${l.exercisesPassed} / ${l.exercisesTotal}`}</td>
                  <td>{l.quizTotal === 0 ? "—" : `${l.quizAnswered} of ${l.quizTotal} answered · ${l.quizCorrect} right`}</td>
                  <td className={styles.nowrap}>{l.lastActiveAt ? l.lastActiveAt.slice(0, 10) : "never"}</td>
                  <td className={styles.nowrap}>{l.hasCode ? <Link href={`${base}?lesson=${l.lessonId}#code`}>View code</Link> : <span className={styles.muted}>none saved</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </section>
      {codeLesson && code && (
        <LearnerCode lessonTitle={codeLesson.title} cells={code} feedback={feedback} target={{ cohortId: detail.cohort.id, learnerId: detail.learner.id, lessonId: codeLesson.lessonId }} />
      )}
      <LearnerActivityTables events={detail.events} attempts={detail.attempts} totals={detail.totals} />
    </div>
  );
}

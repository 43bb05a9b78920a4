import type { Metadata } from "next";
import Link from "next/link";
import { MisconceptionSection } from "@/components/instructor/MisconceptionSection";
import { QuestionSection } from "@/components/instructor/QuestionSection";
import { getItemAnalysis } from "@/lib/analytics/cohort-quiz";
import { requirePageRole } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { orNotFound } from "@/lib/cohorts/page-guard";
import styles from "../../../instructor.module.css";

export const metadata: Metadata = { title: "Quiz item analysis" };

type Params = Promise<{ id: string }>;
type Search = Promise<{ stage?: string | string[] }>;

export default async function ItemAnalysisPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { id } = await params;
  const { stage } = await searchParams;
  await requirePageRole(TEACHING_ROLES, `/instructor/cohorts/${id}/quiz`);
  const analysis = await orNotFound(getItemAnalysis(id));
  const selected = analysis.stages.find((s) => String(s.key) === stage) ?? null;
  const inStage = selected ? analysis.questions.filter((q) => q.stage === selected.key) : analysis.questions;
  const answered = inStage.filter((q) => q.learnersAnswered > 0);
  const base = `/instructor/cohorts/${analysis.cohort.id}/quiz`;
  return (
    <div className={styles.page}>
      <p className={styles.breadcrumb}>
        <Link href="/instructor">Cohorts</Link> / <Link href={`/instructor/cohorts/${analysis.cohort.id}`}>{analysis.cohort.name}</Link> /
      </p>
      <h1>Quiz item analysis</h1>
      <p className={styles.muted}>
        {analysis.learnerCount} learners. &ldquo;First try&rdquo; counts each learner&apos;s first answer to a question; &ldquo;ever chose&rdquo; counts every attempt.
      </p>
      <MisconceptionSection misconceptions={analysis.misconceptions} stages={analysis.stages} learnerCount={analysis.learnerCount} />
      <nav aria-label="Questions by stage">
        <ul className={styles.filters}>
          <li><Link href={base} aria-current={selected ? undefined : "page"}>All stages</Link></li>
          {analysis.stages.map((s) => (
            <li key={String(s.key)}>
              <Link href={`${base}?stage=${String(s.key)}`} aria-current={selected?.key === s.key ? "page" : undefined}>{s.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <QuestionSection questions={answered} unanswered={inStage.length - answered.length} />
    </div>
  );
}

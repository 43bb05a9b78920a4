import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuizBlock } from "@/components/lessons/quiz/QuizBlock";
import { requirePageRole } from "@/lib/auth/guards";
import { parseStage, stageInfo } from "@/lib/lessons/stages";
import { getStageReview } from "@/lib/quiz/review";
import type { ReviewGroup } from "@/lib/quiz/stage-review";
import type { LessonRecord } from "@/lib/lessons/discover";

type Params = Promise<{ stage: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const stage = parseStage((await params).stage);
  return { title: stage === null ? "Review" : `Review: ${stageInfo(stage).label}` };
}

function Groups({ groups, records }: { groups: ReviewGroup[]; records: Map<string, LessonRecord> }) {
  return groups.map((g) => (
    <section key={g.lessonId} aria-labelledby={`review-${g.lessonId}`} data-testid={`review-lesson-${g.lessonId}`}>
      <h3 id={`review-${g.lessonId}`}>
        <Link href={`/lessons/${g.lessonId}`}>{g.title}</Link>
      </h3>
      <QuizBlock lessonId={g.lessonId} quiz={records.get(g.lessonId)?.quiz ?? null} signedIn questions={g.questionIds} />
    </section>
  ));
}

/**
 * A stage review (lib/quiz/stage-review.ts): this stage's questions not yet answered correctly, then
 * earlier stages' questions answered wrongly a day or more ago. Answers are graded on the server as
 * in the lessons and count there too.
 */
export default async function StageReviewPage({ params }: { params: Params }) {
  const raw = (await params).stage;
  const stage = parseStage(raw);
  if (stage === null) notFound();
  const user = await requirePageRole(null, `/review/${raw}`);
  const { review, records } = await getStageReview(user, stage);
  const info = stageInfo(stage);
  return (
    <article style={{ maxWidth: "46rem" }}>
      <h1>
        Review: {info.label}, {info.title}
      </h1>
      <p data-testid="review-summary">
        {review.total === 0
          ? "Nothing to review: you have answered every question of this stage correctly, and no earlier answer is due again."
          : `${review.total} question${review.total === 1 ? "" : "s"}: the ones of this stage you have not yet answered correctly, and earlier ones you answered wrongly a day or more ago. Right answers leave the review.`}
      </p>
      {review.current.length > 0 && (
        <section aria-labelledby="review-current">
          <h2 id="review-current">From this stage</h2>
          <Groups groups={review.current} records={records} />
        </section>
      )}
      {review.spaced.length > 0 && (
        <section aria-labelledby="review-spaced">
          <h2 id="review-spaced">From earlier stages</h2>
          <Groups groups={review.spaced} records={records} />
        </section>
      )}
      <p>
        <Link href="/me">Back to your progress</Link>
      </p>
    </article>
  );
}

import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { LessonReferences, LessonTerms } from "@/components/glossary/GlossaryList";
import { DevLessonRefresh } from "@/components/lessons/DevLessonRefresh";
import { LessonBody, AUTO_QUIZ_ID } from "@/components/lessons/LessonBody";
import { LessonHeader } from "@/components/lessons/LessonHeader";
import { LessonPager } from "@/components/lessons/LessonPager";
import { LessonProblemsPanel } from "@/components/lessons/LessonProblemsPanel";
import { LessonStatusLine } from "@/components/lessons/LessonStatusLine";
import { TableOfContents } from "@/components/lessons/TableOfContents";
import styles from "@/components/lessons/lesson-page.module.css";
import { getCurrentUser } from "@/lib/auth/guards";
import { compileLesson } from "@/lib/lessons/compile";
import { findLesson, getCourse, lessonPosition, visibleLessons } from "@/lib/lessons/course";
import { termsUsedIn } from "@/lib/lessons/glossary";
import { lessonIdSchema } from "@/lib/ids";
import { getSavedCode } from "@/lib/progress/saved-code";
import { getLessonStatuses } from "@/lib/progress/statuses";
import { myAssignments } from "@/lib/cohorts/assignments";
import { DueBadge } from "@/components/progress/DueBadge";
import { LessonFeedback } from "@/components/feedback/LessonFeedback";
import { lessonFeedbackFor } from "@/lib/feedback/queries";

type Params = Promise<{ id: string }>;

// Metadata and page share one lookup per request.
const loadLesson = cache(async (id: string) => {
  if (!lessonIdSchema.safeParse(id).success) notFound();
  const [user, course] = await Promise.all([getCurrentUser(), getCourse()]);
  const lesson = findLesson(course, id, user);
  if (!lesson) notFound(); // drafts are "not found" for learners, so their existence does not leak
  return { user, lesson, lessons: visibleLessons(course, user), terms: termsUsedIn(lesson.source, course.glossary) };
});

const load = async (params: Params) => loadLesson((await params).id);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lesson } = await load(params);
  return { title: lesson.meta.title, description: lesson.meta.summary };
}

export default async function LessonPage({ params }: { params: Params }) {
  const { user, lesson, lessons, terms } = await load(params);
  const position = lessonPosition(lessons, lesson);
  const prerequisites = lesson.meta.prerequisites.flatMap((p) => lessons.filter((l) => l.id === p).map((l) => ({ id: l.id, title: l.meta.title })));
  // Signed out: no saved code and no status.
  const [compiled, savedCode, statuses, assigned, feedback] = await Promise.all([
    compileLesson(lesson),
    user ? getSavedCode(lesson.id) : [],
    user ? getLessonStatuses(user.id) : null,
    user ? myAssignments(user.id) : ({} as Awaited<ReturnType<typeof myAssignments>>),
    user ? lessonFeedbackFor(user.id, lesson.id) : [],
  ]);
  const counts = statuses?.[lesson.id];
  const due = assigned[lesson.id];
  const headings = compiled.ok ? [...compiled.lesson.structure.headings] : [];
  if (compiled.ok && lesson.quiz && compiled.lesson.structure.quizPlacements.length === 0) {
    headings.push({ depth: 2, text: "Check your understanding", slug: AUTO_QUIZ_ID });
  }
  return (
    <div className={styles.layout}>
      <article className={styles.article} data-testid="lesson" data-lesson-id={lesson.id} data-lesson-version={lesson.version}>
        {process.env.NODE_ENV === "development" && <DevLessonRefresh lessonId={lesson.id} version={`${lesson.version}:${lesson.quizVersion}`} />}
        <LessonHeader
          lesson={lesson}
          position={position}
          prerequisites={prerequisites}
          status={
            counts && (
              <>
                <LessonStatusLine counts={counts} rule={lesson.meta.completion} />
                {due && <DueBadge lessonId={lesson.id} dueAt={due.dueAt} completedAt={counts.completedAt} cohortName={due.cohortName} />}
              </>
            )
          }
        />
        {feedback.length > 0 && <LessonFeedback items={feedback} />}
        {compiled.ok ? (
          <>
            <TableOfContents headings={headings} variant="inline" />
            <LessonBody lesson={lesson} compiled={compiled.lesson} signedIn={user !== null} savedCode={savedCode} />
            <LessonTerms terms={terms} />
            <LessonReferences references={lesson.meta.references} />
          </>
        ) : (
          <LessonProblemsPanel title="This lesson could not be built" problems={compiled.problems} />
        )}
        {user && lessons.filter((l) => l.meta.stage === lesson.meta.stage && l.quiz).at(-1)?.id === lesson.id && (
          <p className={styles.stageReview}>
            End of the stage: <Link href={`/review/${lesson.meta.stage}`} data-testid="stage-review-link">review its questions</Link>, with earlier answers that are due again.
          </p>
        )}
        <LessonPager position={position} />
      </article>
      <aside className={styles.sidebar}>
        <TableOfContents headings={headings} variant="sidebar" />
      </aside>
    </div>
  );
}

import { getLessonContent } from "@/lib/lessons/evaluate";
import type { CompiledLesson } from "@/lib/lessons/compile";
import type { LessonRecord } from "@/lib/lessons/discover";
import { setupSource } from "@/lib/lessons/structure";
import { createLessonComponents } from "./mdx-components";
import type { ServerCell } from "@/components/progress/account-edits";
import { LessonNotebook } from "./LessonNotebook";
import { QuizBlock } from "./quiz/QuizBlock";
import styles from "./lesson-content.module.css";

/** Id of the section added when a lesson has a quiz file but never places <Quiz />. */
export const AUTO_QUIZ_ID = "check-your-understanding";

/** The lesson's MDX, rendered on the server inside the page's notebook (one kernel per page). */
interface Props {
  lesson: LessonRecord;
  compiled: CompiledLesson;
  signedIn: boolean;
  /** The learner's saved code for this lesson ([] for guests). */
  savedCode: readonly ServerCell[];
}

export function LessonBody({ lesson, compiled, signedIn, savedCode }: Props) {
  const Content = getLessonContent(compiled.code);
  const components = createLessonComponents({ lessonId: lesson.id, quiz: lesson.quiz, signedIn });
  const setup = setupSource(compiled.structure);
  const autoQuiz = lesson.quiz && compiled.structure.quizPlacements.length === 0;
  return (
    <LessonNotebook lessonId={lesson.id} version={lesson.version} setupSource={setup || undefined} signedIn={signedIn} savedCode={savedCode}>
      <div className={styles.prose}>
        {/* eslint-disable-next-line react-hooks/static-components -- getLessonContent memoises one component per compiled lesson, so it keeps its identity across renders. */}
        <Content components={components} />
        {autoQuiz && (
          <section aria-labelledby={AUTO_QUIZ_ID}>
            <h2 id={AUTO_QUIZ_ID}>Check your understanding</h2>
            <QuizBlock lessonId={lesson.id} quiz={lesson.quiz} signedIn={signedIn} />
          </section>
        )}
      </div>
    </LessonNotebook>
  );
}

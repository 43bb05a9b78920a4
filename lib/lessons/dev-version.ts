import "server-only";
import { getCourse } from "./course";

/**
 * Development only: the current version of a lesson's files (MDX + quiz; "missing" while the lesson
 * does not load), so an open lesson page notices its author saved and re-renders itself
 * (components/lessons/DevLessonRefresh.tsx). In development getCourse re-reads the files each call.
 */
export async function lessonFilesVersion(id: string): Promise<string> {
  const course = await getCourse();
  const lesson = course.lessons.find((l) => l.id === id);
  return lesson ? `${lesson.version}:${lesson.quizVersion}` : "missing";
}

import "server-only";
import path from "node:path";
import { hasRole, CONTENT_ROLES, type SessionUser } from "@/lib/auth/roles";
import { scanCourse, type Course, type LessonRecord } from "./discover";

const DEFAULT_LESSONS_ROOT = path.join(process.cwd(), "lessons");

let cached: { root: string; course: Promise<Course> } | null = null;

/**
 * The course, read from disk. Production reads it once per process (lessons ship with the build);
 * development re-reads it on every request so a saved lesson shows on the next reload.
 */
export function getCourse(root = DEFAULT_LESSONS_ROOT): Promise<Course> {
  if (process.env.NODE_ENV !== "production") return scanCourse(root);
  if (!cached || cached.root !== root) cached = { root, course: scanCourse(root) };
  return cached.course;
}

export function canSeeDrafts(user: Pick<SessionUser, "role"> | null): boolean {
  return hasRole(user, CONTENT_ROLES);
}

/** The lessons this user may open, in course order. */
export function visibleLessons(course: Course, user: Pick<SessionUser, "role"> | null): LessonRecord[] {
  const drafts = canSeeDrafts(user);
  return course.lessons.filter((l) => drafts || !l.meta.draft);
}

/** A lesson by id, or null when it does not exist or is a draft this user may not see. */
export function findLesson(course: Course, id: string, user: Pick<SessionUser, "role"> | null): LessonRecord | null {
  return visibleLessons(course, user).find((l) => l.id === id) ?? null;
}

export interface LessonPosition {
  previous: LessonRecord | null;
  next: LessonRecord | null;
  /** 1-based place inside its stage, among the lessons this user can see. */
  indexInStage: number;
  stageCount: number;
}

export function lessonPosition(lessons: LessonRecord[], lesson: LessonRecord): LessonPosition {
  const i = lessons.findIndex((l) => l.id === lesson.id);
  const inStage = lessons.filter((l) => l.meta.stage === lesson.meta.stage);
  return {
    previous: lessons[i - 1] ?? null,
    next: lessons[i + 1] ?? null,
    indexInStage: inStage.findIndex((l) => l.id === lesson.id) + 1,
    stageCount: inStage.length,
  };
}

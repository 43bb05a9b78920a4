"use server";

import "server-only";
import { onAuthError, requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { quizAttempts } from "@/lib/http/write-limits";
import { findLesson, getCourse } from "@/lib/lessons/course";
import { submitAnswer, type SubmitQuizResult } from "./submit";

/**
 * Grades one quiz answer on the server, where the answer keys live. A signed-out caller gets a
 * "signed-out" result (never an error page); every attempt is stored for history and analytics.
 */
export async function submitQuizAnswer(input: unknown): Promise<SubmitQuizResult> {
  let user: Awaited<ReturnType<typeof requireUser>> | null = null;
  return submitAnswer(
    {
      async currentUserId() {
        user = await onAuthError(requireUser, () => null);
        return user?.id ?? null;
      },
      allowAttempt: (userId) => quizAttempts.take(userId).ok,
      async findQuiz(lessonId) {
        const course = await getCourse();
        return findLesson(course, lessonId, user)?.quiz ?? null;
      },
      countWrongAttempts: (userId, lessonId, questionId) =>
        db.quizAttempt.count({ where: { userId, lessonId, questionId, correct: false } }),
      async saveAttempt({ userId, lessonId, questionId, answer, correct }) {
        await db.quizAttempt.create({ data: { userId, lessonId, questionId, answer: JSON.stringify(answer), correct } });
      },
    },
    input,
  );
}

"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { onAuthError, refusal } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { cohortIdSchema, lessonIdSchema } from "@/lib/ids";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import { STAGES } from "@/lib/lessons/stages";
import { requireCohortAccess } from "./access";

export type AssignmentActionResult = { ok: true; message: string } | { ok: false; message: string };

const YEAR = 365 * 86_400_000;
const assignSchema = z.object({
  cohortId: cohortIdSchema,
  /** "lesson:<id>" or "stage:<key>". */
  target: z.string().regex(/^(lesson|stage):[a-z0-9-]{1,80}$/, "Choose a lesson or a stage."),
  dueAt: z.iso.datetime({ offset: true, error: "Choose a due date and time." }),
});
const removeSchema = z.object({ cohortId: cohortIdSchema, lessonId: lessonIdSchema });

const guarded = (body: () => Promise<AssignmentActionResult>) => onAuthError(body, refusal);

/**
 * The cohort's owner (or an ADMIN) sets a lesson, or every lesson of a stage, due at a time.
 * Setting a lesson again moves its due date. Only published lessons can be set.
 */
export async function assignLessons(input: unknown): Promise<AssignmentActionResult> {
  return guarded(async () => {
    const parsed = assignSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the assignment." };
    const { cohort } = await requireCohortAccess(parsed.data.cohortId);
    const dueAt = new Date(parsed.data.dueAt);
    if (Math.abs(dueAt.getTime() - Date.now()) > YEAR) return { ok: false, message: "Choose a due date within a year of today." };
    const [kind, key] = parsed.data.target.split(":") as ["lesson" | "stage", string];
    const lessons = visibleLessons(await getCourse(), null);
    const chosen = kind === "lesson" ? lessons.filter((l) => l.id === key) : lessons.filter((l) => String(l.meta.stage) === key);
    if (chosen.length === 0) return { ok: false, message: kind === "lesson" ? "There is no such lesson." : "That stage has no lessons." };
    await db.$transaction(
      chosen.map((l) =>
        db.assignment.upsert({
          where: { cohortId_lessonId: { cohortId: cohort.id, lessonId: l.id } },
          create: { cohortId: cohort.id, lessonId: l.id, dueAt },
          update: { dueAt },
        }),
      ),
    );
    revalidatePath(`/instructor/cohorts/${cohort.id}`);
    const what = kind === "lesson" ? `"${chosen[0]!.meta.title}"` : `${STAGES.find((s) => String(s.key) === key)?.label ?? "The stage"} (${chosen.length} lessons)`;
    return { ok: true, message: `${what} set, due ${dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC.` };
  });
}

/** Takes an assignment back; the learners' progress is untouched. */
export async function removeAssignment(input: unknown): Promise<AssignmentActionResult> {
  return guarded(async () => {
    const parsed = removeSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: "Choose an assignment." };
    const { cohort } = await requireCohortAccess(parsed.data.cohortId);
    const removed = await db.assignment.deleteMany({ where: { cohortId: cohort.id, lessonId: parsed.data.lessonId } });
    if (removed.count === 0) return { ok: false, message: "That lesson is not assigned to this cohort." };
    revalidatePath(`/instructor/cohorts/${cohort.id}`);
    return { ok: true, message: "Assignment removed." };
  });
}

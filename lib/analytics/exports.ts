import "server-only";
import { onAuthError } from "@/lib/auth/guards";
import { requireCohortAccess } from "@/lib/cohorts/access";
import { orDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { stageInfo } from "@/lib/lessons/stages";
import { getLessonMetas } from "@/lib/progress/lesson-meta";
import { describeAnswer, plainText } from "./answers";
import { cohortMembers, loadCohortOverview } from "./cohort-data";
import { analysisLessons, attemptsOf } from "./cohort-quiz";
import { csvFileName, toCsv, type CsvValue } from "./csv";

const STATUS_TEXT = { "not-started": "not started", "in-progress": "in progress", completed: "completed" } as const;

async function progressCsv(cohortId: string) {
  const lessons = await getLessonMetas(null);
  const overview = await loadCohortOverview(cohortId, lessons);
  const header = [
    "learner", "email", "joined", "last active", "active last 7 days", "lessons completed", "lessons total",
    ...overview.lessons.map((l) => `${stageInfo(l.stage).label}: ${l.title}`),
  ];
  const rows = overview.learners.map((l): CsvValue[] => [
    l.name, l.email, l.joinedAt, l.lastActiveAt ?? "", l.active ? "yes" : "no", l.completed, overview.lessons.length,
    ...l.statuses.map((s) => STATUS_TEXT[s]),
  ]);
  return toCsv(header, rows);
}

async function attemptsCsv(cohortId: string) {
  const members = await cohortMembers(cohortId);
  const byId = new Map(members.map((m) => [m.id, m]));
  const [{ lessons }, attempts] = await Promise.all([analysisLessons(), attemptsOf(members.map((m) => m.id))]);
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const header = ["learner", "email", "lesson id", "lesson", "question id", "question", "answer", "answer (raw)", "correct", "answered at"];
  const rows = attempts.map((a): CsvValue[] => {
    const lesson = lessonById.get(a.lessonId);
    const prompt = lesson?.quiz?.questions.find((q) => q.id === a.questionId)?.prompt;
    const who = byId.get(a.userId);
    return [
      who?.name, who?.email, a.lessonId, lesson?.title ?? "", a.questionId, prompt ? plainText(prompt) : "",
      describeAnswer(lesson?.quiz ?? null, a.questionId, a.answer), JSON.stringify(a.answer), a.correct, a.createdAt,
    ];
  });
  return toCsv(header, rows);
}

const KINDS = { progress: progressCsv, "quiz-attempts": attemptsCsv } as const;

/**
 * GET /api/instructor/cohorts/<id>/export/<progress|quiz-attempts>: a CSV download for the cohort's
 * owner or an ADMIN. Anyone else gets 401/403 and no data.
 */
export function handleCohortExport(_request: Request, context: { params: Promise<{ cohortId: string; kind: string }> }): Promise<Response> {
  return orDatabaseUnavailable(() => exportCohort(context), "The database is unavailable right now; try the export again in a minute.");
}

async function exportCohort(context: { params: Promise<{ cohortId: string; kind: string }> }): Promise<Response> {
  const { cohortId, kind } = await context.params;
  const make = Object.hasOwn(KINDS, kind) ? KINDS[kind as keyof typeof KINDS] : null;
  const access = await onAuthError(
    () => requireCohortAccess(cohortId),
    (e) => Response.json({ ok: false, message: e.message }, { status: e.reason === "unauthenticated" ? 401 : 403 }),
  );
  if (access instanceof Response) return access;
  const { cohort } = access;
  if (!make) return Response.json({ ok: false, message: "Export progress or quiz-attempts." }, { status: 404 });
  const body = await make(cohort.id);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(cohort.name, kind)}"`,
      "Cache-Control": "no-store",
    },
  });
}

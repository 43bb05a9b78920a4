import "server-only";
import { onAuthError } from "@/lib/auth/guards";
import { requireCohortAccess } from "@/lib/cohorts/access";
import { ASSIGNMENT_STATE_TEXT } from "@/lib/cohorts/assignment-status";
import { orDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { stageInfo } from "@/lib/lessons/stages";
import { loadFacts } from "@/lib/progress/facts";
import { getLessonMetas } from "@/lib/progress/lesson-meta";
import { describeAnswer, plainText } from "./answers";
import { cohortDueDates, cohortMembers } from "./cohort-data";
import { analysisLessons, attemptsPage } from "./cohort-quiz";
import { csvFileName, csvStream, type CsvValue } from "./csv";
import { buildOverview } from "./overview";

const STATUS_TEXT = { "not-started": "not started", "in-progress": "in progress", completed: "completed" } as const;

/** Rows are read this many at a time: the memory of an export does not grow with the cohort's history. */
export const EXPORT_PAGE_SIZE = { learners: 200, attempts: 1_000 };

interface Export {
  header: string[];
  pages: AsyncGenerator<CsvValue[][]>;
}

async function progressCsv(cohortId: string): Promise<Export> {
  const lessons = await getLessonMetas(null);
  const header = [
    "learner", "email", "joined", "last active", "active last 7 days", "lessons completed", "lessons total",
    ...lessons.map((l) => `${stageInfo(l.stage).label}: ${l.title}`),
  ];
  const [members, assigned] = await Promise.all([cohortMembers(cohortId), cohortDueDates(cohortId)]);
  const assignedLessons = lessons.filter((l) => assigned.some((a) => a.lessonId === l.id));
  header.push("assignments done on time", "assignments done late", "assignments missing",
    ...assignedLessons.map((l) => `assignment: ${l.title} (due ${assigned.find((a) => a.lessonId === l.id)!.dueAt.toISOString()})`));
  async function* pages() {
    const now = new Date();
    for (let i = 0; i < members.length; i += EXPORT_PAGE_SIZE.learners) {
      const page = members.slice(i, i + EXPORT_PAGE_SIZE.learners);
      const facts = await loadFacts(page.map((m) => m.id));
      const overview = buildOverview(lessons, page, (userId, lessonId) => facts.get(userId)?.get(lessonId), now, assigned);
      yield overview.learners.map((l): CsvValue[] => [
        l.name, l.email, l.joinedAt, l.lastActiveAt ?? "", l.active ? "yes" : "no", l.completed, lessons.length,
        ...l.statuses.map((s) => STATUS_TEXT[s]),
        l.assignmentCounts.onTime, l.assignmentCounts.late, l.assignmentCounts.missing,
        ...l.assignmentStates.map((s) => ASSIGNMENT_STATE_TEXT[s]),
      ]);
    }
  }
  return { header, pages: pages() };
}

async function attemptsCsv(cohortId: string): Promise<Export> {
  const members = await cohortMembers(cohortId);
  const byId = new Map(members.map((m) => [m.id, m]));
  const { lessons } = await analysisLessons();
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const header = ["learner", "email", "lesson id", "lesson", "question id", "question", "answer", "answer (raw)", "correct", "answered at"];
  async function* pages() {
    let after: string | undefined;
    do {
      const attempts = await attemptsPage(members.map((m) => m.id), EXPORT_PAGE_SIZE.attempts, after);
      after = attempts.at(-1)?.id;
      if (attempts.length < EXPORT_PAGE_SIZE.attempts) after = undefined;
      yield attempts.map((a): CsvValue[] => {
        const lesson = lessonById.get(a.lessonId);
        const prompt = lesson?.quiz?.questions.find((q) => q.id === a.questionId)?.prompt;
        const who = byId.get(a.userId);
        return [
          who?.name, who?.email, a.lessonId, lesson?.title ?? "", a.questionId, prompt ? plainText(prompt) : "",
          describeAnswer(lesson?.quiz ?? null, a.questionId, a.answer), JSON.stringify(a.answer), a.correct, a.createdAt,
        ];
      });
    } while (after);
  }
  return { header, pages: pages() };
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
  const { header, pages } = await make(cohort.id);
  // The first page is read before answering, so a database that is down is a 503, not a cut-off file.
  const first = await pages.next();
  async function* rest() {
    if (first.done) return;
    yield first.value;
    yield* pages;
  }
  return new Response(csvStream(header, rest()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(cohort.name, kind)}"`,
      "Cache-Control": "no-store",
    },
  });
}

import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { parseJsonOrNull } from "@/lib/ids";
import { STAGES, type StageKey } from "@/lib/lessons/stages";
import { recentActivity, type ActivityItem } from "./activity";
import { factsOf, loadFacts } from "./facts";
import { getLessonMetas, type LessonMeta } from "./lesson-meta";
import { reviewQuiz, type QuizScore } from "./quiz-review";
import { summarise, type LessonProgressSummary } from "./statuses";

export interface StageProgress {
  key: StageKey;
  label: string;
  title: string;
  completed: number;
  inProgress: number;
  total: number;
}

interface NextLesson {
  lessonId: string;
  title: string;
  stageLabel: string;
  action: "continue" | "start";
}

export interface Dashboard {
  stages: StageProgress[];
  lessons: Array<LessonProgressSummary & { title: string }>;
  next: NextLesson | null;
  recent: ActivityItem[];
  quizzes: QuizScore[];
}

/** The lesson to continue: the most recently active unfinished one, else the first not done. */
function pickNextLesson(metas: readonly LessonMeta[], summaries: ReadonlyMap<string, LessonProgressSummary>): NextLesson | null {
  const label = (m: LessonMeta) => STAGES.find((s) => s.key === m.stage)?.label ?? "";
  const inProgress = metas
    .filter((m) => summaries.get(m.id)?.status === "in-progress")
    .sort((a, b) => (summaries.get(b.id)?.lastActiveAt ?? "").localeCompare(summaries.get(a.id)?.lastActiveAt ?? ""));
  const current = inProgress[0];
  if (current) return { lessonId: current.id, title: current.title, stageLabel: label(current), action: "continue" };
  const first = metas.find((m) => summaries.get(m.id)?.status !== "completed");
  return first ? { lessonId: first.id, title: first.title, stageLabel: label(first), action: "start" } : null;
}

/** The signed-in learner's own dashboard (/me). Nobody else's: there is no id parameter. */
export async function getMyDashboard(): Promise<Dashboard> {
  const user = await requireUser();
  const [metas, facts, events, attempts] = await Promise.all([
    getLessonMetas(user),
    loadFacts([user.id]),
    db.progressEvent.findMany({ where: { userId: user.id }, orderBy: { occurredAt: "desc" }, take: 200 }),
    db.quizAttempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } }),
  ]);
  const summaries = new Map(metas.map((m) => [m.id, summarise(m, factsOf(facts, user.id, m.id))]));
  const stages = STAGES.filter((s) => metas.some((m) => m.stage === s.key)).map((s) => {
    const inStage = metas.filter((m) => m.stage === s.key).map((m) => summaries.get(m.id)!);
    return {
      key: s.key, label: s.label, title: s.title, total: inStage.length,
      completed: inStage.filter((x) => x.status === "completed").length,
      inProgress: inStage.filter((x) => x.status === "in-progress").length,
    };
  });
  const parsed = attempts.map((a) => ({ ...a, answer: parseJsonOrNull(a.answer) }));
  const activity = [
    ...events.map((e) => ({ id: e.id, lessonId: e.lessonId, type: e.type, target: e.target, ok: e.ok, detail: e.detail, at: e.occurredAt })),
    ...attempts.slice(-50).map((a) => ({ id: a.id, lessonId: a.lessonId, type: "quiz", target: a.questionId, ok: a.correct, detail: null, at: a.createdAt })),
  ];
  return {
    stages,
    lessons: metas.map((m) => ({ ...summaries.get(m.id)!, title: m.title })),
    next: pickNextLesson(metas, summaries),
    recent: recentActivity(activity, new Map(metas.map((m) => [m.id, m]))),
    quizzes: metas.flatMap((m) => (m.quiz && parsed.some((a) => a.lessonId === m.id) ? [reviewQuiz({ id: m.id, title: m.title, quiz: m.quiz }, parsed)] : [])),
  };
}

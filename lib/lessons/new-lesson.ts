import type { Course } from "./discover";
import { lessonIdSchema } from "@/lib/ids";
import { STAGES, type StageKey } from "./stages";

export interface NewLesson {
  /** Paths relative to the course root. */
  mdxPath: string;
  quizPath: string;
  mdx: string;
  quiz: string;
  order: number;
}

const slugTitle = (title: string) => title.replace(/"/g, '\\"');

/**
 * A lesson and its quiz file from the template (`npm run lessons:new`): the stage's next free
 * order, the previous lesson of the stage (or the course's last lesson before it) as prerequisite,
 * in the folder the stage's lessons already live in. The template passes the lesson check as it is,
 * so an author starts from green and changes one thing at a time.
 */
export function newLesson(course: Course, stage: StageKey, id: string, title: string): NewLesson | { error: string } {
  if (!lessonIdSchema.safeParse(id).success) return { error: `"${id}" is not a lesson id: use lowercase letters, digits and single dashes, e.g. "dropout"` };
  if (course.lessons.some((l) => l.id === id)) return { error: `a lesson with the id "${id}" exists already` };
  if (title.trim().length === 0) return { error: "give the lesson a title" };
  const inStage = course.lessons.filter((l) => l.meta.stage === stage);
  const order = Math.max(0, ...inStage.map((l) => l.meta.order)) + 1;
  const stageIndex = STAGES.findIndex((s) => s.key === stage);
  const before = inStage.at(-1) ?? course.lessons.filter((l) => STAGES.findIndex((s) => s.key === l.meta.stage) < stageIndex).at(-1);
  const sample = inStage[0]?.file ?? null;
  const folder = sample ? sample.split("/").slice(-2, -1)[0]! : `${stageIndex}-${String(stage)}`;
  const base = `${folder}/${String(order).padStart(2, "0")}-${id}`;
  const mdx = `---
id: ${id}
title: "${slugTitle(title)}"
stage: ${typeof stage === "number" ? stage : JSON.stringify(stage)}
order: ${order}
summary: One sentence on what the learner builds or learns here (the course map shows it).
objectives:
  - The first thing a learner can do after this lesson
minutes: 20
prerequisites: [${before ? before.id : ""}]
draft: true
---

Start from a question the learner already has. Keep prose short between cells; every cell runs in
the learner's browser, top to bottom, in one kernel.

## A first cell

\`\`\`ts cell
const x = tf.tensor([1, 2, 3, 4]);
// tf.tidy disposes the tensors made inside it: only x stays in memory.
const mean = tf.tidy(() => x.mean().dataSync()[0]);
console.log(\`mean: \${mean}\`);
x
\`\`\`

## Exercise

<Exercise id="double-it" title="Double a tensor">

Make \`doubled\`, a tensor with every value of \`x\` times two.

\`\`\`ts starter
const doubled = x; // your code here
\`\`\`

\`\`\`ts solution
const doubled = x.mul(2);
\`\`\`

\`\`\`ts check
assertClose(Array.from(doubled.dataSync()), [2, 4, 6, 8], 1e-6, "doubled should be x times two");
\`\`\`

\`\`\`ts wrong
const doubled = x.add(2);
\`\`\`

<Hint>Tensors have a \`.mul()\` method.</Hint>
</Exercise>

## Check your understanding

<Quiz />
`;
  const quiz = `questions:
  - id: ${id}-first-question
    type: single
    # Quote any text with a colon followed by a space, a leading { or [, or a # in it.
    prompt: "What does x.mul(2) return?"
    options:
      - id: new-tensor
        text: A new tensor; x is unchanged
        correct: true
        feedback: Tensors are immutable; every op returns a new one.
      - id: changes-x
        text: Nothing; it doubles x in place
        feedback: No tfjs op changes its input.
    explanation: TensorFlow.js tensors are immutable, so ops return new tensors.
`;
  return { mdxPath: `${base}.mdx`, quizPath: `${base}.quiz.yaml`, mdx, quiz, order };
}

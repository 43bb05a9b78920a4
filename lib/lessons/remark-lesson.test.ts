import { describe, expect, it } from "vitest";
import { runMdxPipeline } from "./mdx-pipeline";
import type { LessonStructure } from "./structure";

const FRONT = "---\nid: t\n---\n\n"; // 4 lines, so the body starts on line 5

async function compile(body: string, quizQuestionIds: string[] | null = null) {
  return runMdxPipeline({ source: FRONT + body, file: "t.mdx", quizQuestionIds, highlight: false });
}

async function structureOf(body: string, quiz: string[] | null = null): Promise<LessonStructure> {
  const result = await compile(body, quiz);
  if (!("code" in result)) throw new Error(result.problems.map((p) => `${p.line}: ${p.reason}`).join("\n"));
  return result.structure;
}

async function problemsOf(body: string, quiz: string[] | null = null): Promise<string[]> {
  const result = await compile(body, quiz);
  return "problems" in result ? result.problems.map((p) => `${p.line}: ${p.reason}`) : [];
}

describe("remarkLesson", () => {
  it("turns ts cell fences into numbered cells with their options", async () => {
    const s = await structureOf("```ts cell\nconst a = 1;\n```\n\n```ts cell id=train timeLimit=120 readOnly\na\n```\n\n```ts\nstatic\n```\n");
    expect(s.blocks).toEqual([
      { kind: "cell", index: 1, cellId: "cell-1", source: "const a = 1;", line: 5, timeLimitMs: 60_000, readOnly: false, expectNotice: false },
      { kind: "cell", index: 2, cellId: "train", source: "a", line: 9, timeLimitMs: 120_000, readOnly: true, expectNotice: false },
    ]);
    const result = await compile("```ts cell\nconst a = 1;\n```\n");
    expect("code" in result && result.code).toContain("Cell");
  });

  it("collects setup blocks and removes them from the page", async () => {
    const result = await compile("```ts setup\nconst data = 1;\n```\n\nText.\n");
    expect("code" in result && result.structure.setup).toEqual([{ source: "const data = 1;", line: 5 }]);
    expect("code" in result && result.code).not.toContain("const data = 1");
  });

  it("splits an exercise into starter, solution, check, wrong answers and hints", async () => {
    const body = [
      '<Exercise id="mean" title="A mean" timeLimit="30">',
      "",
      "Compute `m`.",
      "",
      "```ts starter\nconst m = 0;\n```",
      "",
      "```ts solution\nconst m = 2;\n```",
      "",
      "```ts check\nassert(m === 2, \"m\");\n```",
      "",
      "```ts wrong\nconst m = 3;\n```",
      "",
      "<Hint>Think.</Hint>",
      "</Exercise>",
    ].join("\n");
    const s = await structureOf(body);
    expect(s.blocks).toEqual([
      {
        kind: "exercise", id: "mean", title: "A mean", cellId: "exercise-mean", line: 5, timeLimitMs: 30_000,
        starter: { source: "const m = 0;", line: 9 }, solution: { source: "const m = 2;", line: 13 },
        check: { source: 'assert(m === 2, "m");', line: 17 }, wrong: [{ source: "const m = 3;", line: 21 }], hints: 1,
      },
    ]);
  });

  it("gives h2 and h3 headings ids for the table of contents", async () => {
    const s = await structureOf("## Tensors $x$\n\n### Shape\n\n## Tensors $x$\n\n#### Deep\n");
    expect(s.headings).toEqual([
      { depth: 2, text: "Tensors x", slug: "tensors-x" },
      { depth: 3, text: "Shape", slug: "shape" },
      { depth: 2, text: "Tensors x", slug: "tensors-x-1" },
    ]);
  });

  it("reports unknown components, misplaced parts and bad attributes with their lines", async () => {
    expect(await problemsOf("Text\n\n<Slider />\n")).toEqual(["7: unknown component <Slider> (use Exercise, Hint, Quiz, Callout or Figure)"]);
    expect(await problemsOf("<Hint>Alone</Hint>\n")).toEqual(["5: <Hint> belongs inside an <Exercise>"]);
    expect(await problemsOf("```ts starter\nx\n```\n")).toEqual(["5: a `starter` block belongs directly inside an <Exercise>"]);
    expect(await problemsOf('<Callout type="danger">x</Callout>\n')).toEqual(['5: <Callout> type must be one of note, tip, warning, misconception (found "danger")']);
    expect(await problemsOf('<Figure src="/a.svg" />\n')).toEqual(['5: <Figure> needs a alt="…" attribute']);
    expect(await problemsOf("```ts cell timeLimit=0 fast\nx\n```\n")).toEqual([
      '5: timeLimit must be a number of seconds between 1 and 600 (found "0")',
      '5: unknown cell option "fast" (use timeLimit=<seconds>, readOnly, expectNotice or id=<id>)',
    ]);
    expect(await problemsOf("```js cell\nx\n```\n")).toEqual(["5: `cell` blocks are TypeScript: start the fence with ```ts cell"]);
    expect(await problemsOf("# Title\n")).toEqual(["5: the title is the page's only # heading: start sections at ##"]);
  });

  it("reports exercises with missing parts and duplicate cell ids", async () => {
    expect(await problemsOf('<Exercise id="e">\n\n```ts starter\nx\n```\n\n</Exercise>\n')).toEqual([
      '5: <Exercise id="e"> needs exactly one ```ts solution block (found 0)',
      '5: <Exercise id="e"> needs exactly one ```ts check block (found 0)',
    ]);
    expect(await problemsOf("```ts cell id=a\nx\n```\n\n```ts cell id=a\ny\n```\n")).toEqual(['9: the cell id "a" is used twice in this lesson']);
  });

  it("rejects imports and expressions but allows comments", async () => {
    expect(await problemsOf('import x from "y"\n\nText\n')).toEqual(["5: import and export are not supported in lessons: use the built-in components"]);
    expect(await problemsOf("Value: {1 + 1}\n")).toEqual(["5: JavaScript expressions in {…} are not supported in lessons (only {/* comments */})"]);
    expect(await problemsOf("{/* a note to other authors */}\n\nText\n")).toEqual([]);
  });

  it("checks <Quiz questions> against the quiz file", async () => {
    expect(await problemsOf("<Quiz />\n")).toEqual(["5: <Quiz> is used but this lesson has no quiz file (put <lesson>.quiz.yaml beside it)"]);
    expect(await problemsOf('<Quiz questions={["a", "zzz"]} />\n', ["a", "b"])).toEqual([
      '5: <Quiz> refers to the question "zzz", which the quiz file does not have',
    ]);
    expect(await problemsOf("<Quiz questions={1} />\n", ["a"])).toEqual([
      '5: <Quiz> questions must be a list of question ids, like questions={["q-one", "q-two"]}',
    ]);
    const s = await structureOf('<Quiz questions={["b"]} />\n\n<Quiz />\n', ["a", "b"]);
    expect(s.quizPlacements).toEqual([{ line: 5, questions: ["b"] }, { line: 7, questions: null }]);
  });

  it("reports broken MDX and math with the line", async () => {
    expect(await problemsOf("Text\n\n<Callout>\nnever closed\n")).toEqual(["7: MDX: Expected a closing tag for `<Callout>`"]);
    const math = await problemsOf("Text\n\n$$\n\\frac{1}{\n$$\n");
    expect(math).toHaveLength(1);
    expect(math[0]).toMatch(/^7: math: KaTeX parse error/);
  });
});

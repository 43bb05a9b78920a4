import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "./frontmatter";

const valid = `---
id: tensors
title: Tensors and operations
stage: 1
order: 1
summary: Create tensors.
objectives:
  - Create tensors
minutes: 20
---

Body.
`;

function reasons(source: string) {
  const result = parseFrontmatter(source, "x.mdx");
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => `${p.line}: ${p.reason}`);
}

describe("parseFrontmatter", () => {
  it("accepts a valid block and fills defaults", () => {
    const result = parseFrontmatter(valid, "x.mdx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ id: "tensors", stage: 1, prerequisites: [], draft: false });
    expect(result.lines.minutes).toBe(9);
  });

  it("accepts the named stages", () => {
    for (const stage of ["intro", "misconceptions", "faq"]) {
      const result = parseFrontmatter(valid.replace("stage: 1", `stage: ${stage}`), "x.mdx");
      expect(result.ok && result.data.stage).toBe(stage);
    }
  });

  it("names the line and field of each problem", () => {
    const source = valid.replace("id: tensors", "id: Tensors Lesson").replace("stage: 1", "stage: 7").replace("minutes: 20", "minutes: soon");
    expect(reasons(source)).toEqual([
      '2: id: must be lowercase letters, digits and single dashes, e.g. "tensors"',
      '4: stage: must be a number from 1 to 6, or "intro", "misconceptions" or "faq"',
      "9: minutes: Invalid input: expected number, received string",
    ]);
  });

  it("says which required field is missing and rejects unknown keys", () => {
    const source = valid.replace("summary: Create tensors.\n", "").replace("minutes: 20", "minutes: 20\nobjective: typo");
    const found = reasons(source);
    expect(found).toContainEqual(expect.stringMatching(/summary: is required/));
    expect(found).toContainEqual(expect.stringMatching(/objective/));
  });

  it("requires at least one objective and an existing frontmatter block", () => {
    expect(reasons(valid.replace("objectives:\n  - Create tensors", "objectives: []"))).toEqual(["7: objectives: list at least one objective"]);
    expect(reasons("# No frontmatter\n")).toEqual(["1: the file must start with a --- frontmatter block"]);
    expect(reasons("---\nid: x\n")).toEqual(["1: the frontmatter block is not closed with ---"]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(reasons(valid.replace("order: 1", "order: 1\norder: 2"))[0]).toMatch(/^6: invalid YAML: Map keys must be unique/);
  });

  it("accepts references with an optional https url and names a bad one", () => {
    const withRefs = valid.replace("minutes: 20\n", "minutes: 20\nreferences:\n  - cite: Goodfellow, Bengio and Courville (2016), Deep Learning, chapter 6\n    url: https://www.deeplearningbook.org/contents/mlp.html\n  - cite: Rumelhart, Hinton and Williams (1986)\n");
    const ok = parseFrontmatter(withRefs, "x.mdx");
    expect(ok.ok && ok.data.references).toEqual([
      { cite: "Goodfellow, Bengio and Courville (2016), Deep Learning, chapter 6", url: "https://www.deeplearningbook.org/contents/mlp.html" },
      { cite: "Rumelhart, Hinton and Williams (1986)" },
    ]);
    expect(parseFrontmatter(valid, "x.mdx").ok && (parseFrontmatter(valid, "x.mdx") as { data: { references: unknown[] } }).data.references).toEqual([]);
    expect(reasons(valid.replace("minutes: 20\n", "minutes: 20\nreferences:\n  - cite: A paper (2020)\n    url: javascript:alert(1)\n"))).toEqual([
      "12: references[0].url: a reference's url must be an https:// address",
    ]);
  });

  it("accepts an optional completion rule and names a bad one", () => {
    const withRule = parseFrontmatter(valid.replace("minutes: 20", "minutes: 20\ncompletion:\n  exercises: 1\n  quiz: correct"), "x.mdx");
    expect(withRule.ok && withRule.data.completion).toEqual({ exercises: 1, quiz: "correct" });
    const without = parseFrontmatter(valid, "x.mdx");
    expect(without.ok && without.data.completion).toBeUndefined();
    expect(reasons(valid.replace("minutes: 20", "minutes: 20\ncompletion:\n  quiz: sometimes")).join("\n")).toMatch(/completion\.quiz|quiz must be/);
  });
});

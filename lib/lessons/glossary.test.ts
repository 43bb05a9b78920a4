import { describe, expect, it } from "vitest";
import { formatProblem } from "./problems";
import { parseGlossary, proseOf, termsUsedIn } from "./glossary";

const YAML = `
relu:
  term: ReLU
  aliases: [rectified linear unit]
  definition: An activation that outputs max(0, x) (tf.relu).
  lesson: neurons
tensor:
  term: Tensor
  aliases: [tensors]
  definition: A multi-dimensional array of numbers with a shape and a dtype.
  lesson: tensors
`;

describe("the glossary", () => {
  it("parses terms sorted by name and checks their lessons, names and definitions", () => {
    const ok = parseGlossary(YAML, "glossary.yaml", new Set(["tensors", "neurons"]));
    expect(ok.problems).toEqual([]);
    expect(ok.terms.map((t) => t.id)).toEqual(["relu", "tensor"]);
    expect(ok.terms[1]).toMatchObject({ term: "Tensor", aliases: ["tensors"], lesson: "tensors" });

    const bad = parseGlossary(
      `${YAML}\nrank:\n  term: Rank\n  aliases: [Tensors]\n  definition: The number of axes <b>of</b> a tensor.\n`,
      "glossary.yaml",
      new Set(["neurons"]),
    );
    expect(bad.problems.map(formatProblem)).toEqual(["glossary.yaml:16: rank.definition: definitions are plain text: no HTML or JSX"]);
    const clash = parseGlossary(`${YAML}\nrank:\n  term: Rank\n  aliases: [Tensors]\n  definition: The number of axes of a tensor.\n`, "glossary.yaml", new Set(["neurons"]));
    expect(clash.problems.map((p) => p.reason)).toEqual([
      'glossary term "tensor": the lesson "tensors" does not exist',
      'glossary term "rank": "tensors" is already a name of "tensor"',
    ]);
  });

  it("finds the terms a lesson's prose uses: whole words, any case, plurals by alias, never in code, math or JSX", () => {
    const { terms } = parseGlossary(YAML, "glossary.yaml", new Set(["tensors", "neurons"]));
    const lesson = "---\ntitle: ReLU in the title does not count\n---\n\nWe add two Tensors.\n\n```ts cell\nconst r = tf.relu(x);\n```\n\n$relu(x)$ and `relu` and <Callout title=\"ReLU\">text</Callout>\n";
    expect(proseOf(lesson)).not.toMatch(/relu/i);
    expect(termsUsedIn(lesson, terms).map((t) => t.id)).toEqual(["tensor"]);
    expect(termsUsedIn("A rectified linear unit, or ReLUs.", terms).map((t) => t.id)).toEqual(["relu"]);
    expect(termsUsedIn("Extensor muscles and pre-tensors-ish words", terms)).toEqual([]);
  });
});

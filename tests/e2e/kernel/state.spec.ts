import { expect, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

// Top-level declarations of every kind persist into later cells (Jupyter semantics).
const declarations: Array<[kind: string, declare: string, use: string, expected: string]> = [
  ["let", "let a = 41;", "a + 1", "42"],
  ["const", "const b = 'kept';", "b.toUpperCase()", '"KEPT"'],
  ["var", "var c = [1, 2];", "c.length", "2"],
  ["function", "function twice(n: number) { return n * 2; }", "twice(21)", "42"],
  ["class", "class Point { constructor(public x: number) {} }", "new Point(7).x", "7"],
  ["destructuring", "const { p, q: [r] } = { p: 1, q: [2] };", "p + r", "3"],
  ["import", 'import * as tfx from "@tensorflow/tfjs";', "typeof tfx.tensor", '"function"'],
];

for (const [kind, declare, use, expected] of declarations) {
  test(`a top-level ${kind} declaration is visible in the next cell`, async ({ page }) => {
    const notebook = new NotebookPage(page);
    await notebook.openPlayground([declare, use]);
    expect(await notebook.runCellAndWait(0)).toBe("done");
    expect(await notebook.runCellAndWait(1)).toBe("done");
    await expect(notebook.output(1)).toHaveText(expected);
  });
}

test("a name can be declared again in a later cell", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const v = 1;", "const v = 2;", "v"]);
  for (const i of [0, 1, 2]) expect(await notebook.runCellAndWait(i)).toBe("done");
  await expect(notebook.output(2)).toHaveText("2");
});

test("top-level await works", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["await sleep(50);\nconst waited = await Promise.resolve(6 * 7);\nwaited"]);
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await expect(notebook.output(0)).toHaveText("42");
});

test("the value of the last expression is displayed, and nothing when the cell ends in a statement", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["const t = tf.tensor([[1, 2], [3, 4]]);\nt.mul(2)", "const nothing = 1;"]);
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await expect(notebook.output(0)).toContainText("[2, 2]");
  await expect(notebook.output(0)).toContainText("float32");
  await expect(notebook.output(0)).toContainText("[6, 8]");
  expect(await notebook.runCellAndWait(1)).toBe("done");
  await expect(notebook.output(1)).toHaveText("");
});

test("a cell's execution counter and status move from idle to done", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["1 + 1"]);
  await expect(notebook.status(0)).toHaveText("idle");
  await expect(notebook.cell(0)).toContainText("[ ]");
  await notebook.runCellAndWait(0);
  await expect(notebook.cell(0)).toContainText("[1]");
});

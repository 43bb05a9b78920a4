import Ajv from "ajv-draft-04";
import fs from "node:fs";
import { expect, expectAccessible, test } from "../fixtures";
import { NotebookPage } from "../pages/notebook";

const validate = new Ajv({ strict: false }).compile(JSON.parse(fs.readFileSync("lib/notebooks/nbformat.v4.5.schema.json", "utf8")));

test("the playground downloads its cells and outputs as an .ipynb that the nbformat 4.5 schema accepts, and opens it again", async ({ page }, testInfo) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground([
    "console.log('hello from the playground');\nconst t = tf.tensor([1, 2, 3]);\nt.sum()",
    "display.image(tf.ones([4, 4, 1]))",
    "undefinedThing()",
  ]);
  await notebook.runAll();
  await notebook.waitForEnd(2);
  const downloaded = page.waitForEvent("download");
  await page.getByTestId("download-ipynb").click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe("playground.ipynb");
  const saved = testInfo.outputPath("playground.ipynb");
  await file.saveAs(saved);
  const json = JSON.parse(fs.readFileSync(saved, "utf8"));
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  expect(json.metadata.kernelspec).toMatchObject({ name: "deno", language: "typescript" });
  const [first, second, third] = json.cells;
  expect(first.source.join("")).toContain("hello from the playground");
  expect(first.outputs.map((o: { output_type: string }) => o.output_type)).toEqual(["stream", "execute_result"]);
  expect(first.outputs[0].text.join("")).toContain("hello from the playground");
  expect(first.execution_count).toBeGreaterThan(0);
  expect(Object.keys(second.outputs[0].data)).toContain("image/png");
  expect(third.outputs[0]).toMatchObject({ output_type: "error", ename: "ReferenceError" });
  await expect(page.getByTestId("ipynb-message")).toHaveText("Downloaded playground.ipynb (3 cells).");

  // Opening it replaces the cells (after asking), with nothing run yet.
  await notebook.typeInCell(0, "'edited'");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("open-ipynb").setInputFiles(saved);
  await expect(page.getByTestId("ipynb-message")).toHaveText("Opened playground.ipynb: 3 cells.");
  await expect(notebook.cells()).toHaveCount(3);
  await expect(notebook.cell(0)).toContainText("hello from the playground");
  await expect(notebook.status(0)).toHaveText("idle");
  expect(await notebook.runCellAndWait(0)).toBe("done");
  await expect(notebook.output(0)).toContainText("hello from the playground");
  await expectAccessible(page);
});

test("a file that is not a notebook is refused with a clear message, and the cells stay", async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.openPlayground(["'keep me'"]);
  await page.getByTestId("open-ipynb").setInputFiles({ name: "notes.ipynb", mimeType: "application/json", buffer: Buffer.from("{ this is not json") });
  const message = page.getByTestId("ipynb-message");
  await expect(message).toHaveText("Could not open notes.ipynb. This is not a Jupyter notebook: the file is not valid JSON.");
  await expect(message).toHaveAttribute("data-problem", "");
  await page.getByTestId("open-ipynb").setInputFiles({ name: "old.ipynb", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ nbformat: 3, worksheets: [] })) });
  await expect(message).toContainText("nbformat 3; only nbformat 4");
  // Declining the question keeps the current cells.
  page.once("dialog", (dialog) => void dialog.dismiss());
  const other = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ id: "a", cell_type: "code", metadata: {}, source: "'other'", outputs: [], execution_count: null }] };
  await page.getByTestId("open-ipynb").setInputFiles({ name: "other.ipynb", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(other)) });
  await expect(page.getByTestId("ipynb-message")).toHaveText("Kept the current cells; other.ipynb was not opened.");
  await expect(notebook.cells()).toHaveCount(1);
  await expect(notebook.cell(0)).toContainText("keep me");
});

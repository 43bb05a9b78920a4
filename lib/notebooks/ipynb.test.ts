/**
 * Exports are validated against the official nbformat 4.5 schema, copied unchanged into this folder
 * from jupyter/nbformat (nbformat/v4/nbformat.v4.5.schema.json at 75f819f5; BSD 3-Clause licence,
 * Copyright (c) Jupyter Development Team).
 */
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import type { Output } from "@/lib/kernel/outputs";
import { fromIpynb, IPYNB_LIMITS, toIpynb, type NotebookCell } from "./ipynb";
import schema from "./nbformat.v4.5.schema.json";

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const EVERY_OUTPUT: Output[] = [
  { type: "stream", name: "stdout", text: "loss 0.25\nloss 0.12\n" },
  { type: "stream", name: "stderr", text: "careful" },
  { type: "result", value: { kind: "primitive", repr: "42", jsType: "number" } },
  { type: "display", data: { kind: "value", value: { kind: "tensor", shape: [2], dtype: "float32", size: 2, preview: "[1, 2]", truncated: false } } },
  { type: "display", data: { kind: "table", columns: ["a", "b"], rows: [[1, "x"], [null, true]], truncated: false } },
  { type: "display", data: { kind: "image", width: 2, height: 1, pixels: new Uint8ClampedArray(8), label: "two pixels", scale: 1 } },
  { type: "display", data: { kind: "images", width: 2, height: 2, images: [{ pixels: new Uint8ClampedArray(16) }], cols: 1, scale: 1 } },
  { type: "display", data: { kind: "chart", chartId: "c1", spec: { type: "line", title: "loss", series: [{ name: "loss", y: [1] }] } } },
  { type: "display", data: { kind: "chart-update", chartId: "c1", points: [{ series: "loss", x: 1, y: 0.5 }] } },
  { type: "error", ename: "TypeError", evalue: "x is not a function", traceback: ["TypeError: x is not a function", "    at cell 2, line 1"] },
  { type: "notice", level: "warning", text: "2 tensors leaked" },
];

const cells: NotebookCell[] = [
  { source: "const x = tf.tensor([1, 2]);\nx.print();", outputs: EVERY_OUTPUT, executionCount: 3 },
  { source: "", outputs: [], executionCount: null },
  { source: "// ends with a newline\n", outputs: [], executionCount: 1 },
];

describe("toIpynb", () => {
  it("writes nbformat 4.5 that the official schema accepts, with every kind of output", () => {
    expect(validate({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "code" }] }), "the schema check is live").toBe(false);
    const notebook = JSON.parse(toIpynb(cells, () => "iVBORw0KGgo="));
    expect(validate(notebook), JSON.stringify(validate.errors)).toBe(true);
    expect(notebook.nbformat_minor).toBe(5);
    expect(notebook.metadata.kernelspec.language).toBe("typescript");
    expect(notebook.metadata.language_info.name).toBe("typescript");
    const outputs = notebook.cells[0].outputs as Array<Record<string, unknown>>;
    expect(outputs.map((o) => o.output_type)).toEqual(["stream", "stream", "execute_result", "display_data", "display_data", "display_data", "display_data", "display_data", "error"]);
    expect(outputs[0]).toMatchObject({ name: "stdout", text: ["loss 0.25\n", "loss 0.12\n"] });
    expect(outputs[2]).toMatchObject({ execution_count: 3, data: { "text/plain": ["42"] } });
    expect(outputs[4]).toMatchObject({ data: { "text/plain": ["a\tb\n", "1\tx\n", "\ttrue"] } });
    expect(outputs[5]).toMatchObject({ data: { "image/png": "iVBORw0KGgo=", "text/plain": ["<image 2×1: two pixels>"] } });
    // The live update is folded into the chart: the file holds the final curve.
    expect(outputs[7]).toMatchObject({ data: { "application/json": { series: [{ name: "loss", x: [0, 1], y: [1, 0.5] }] } } });
    expect(outputs[8]).toMatchObject({ ename: "TypeError", evalue: "x is not a function" });
    expect(new Set(notebook.cells.map((c: { id: string }) => c.id)).size).toBe(3);
  });

  it("stays valid without an image encoder (text only) and does not change the outputs it was given", () => {
    const notebook = JSON.parse(toIpynb(cells));
    expect(validate(notebook), JSON.stringify(validate.errors)).toBe(true);
    expect(notebook.cells[0].outputs[5].data["image/png"]).toBeUndefined();
    expect((EVERY_OUTPUT[7] as Extract<Output, { type: "display" }>).data).toMatchObject({ spec: { series: [{ y: [1] }] } });
  });
});

describe("fromIpynb", () => {
  it("round-trips our export to the same cell sources", () => {
    const back = fromIpynb(toIpynb(cells));
    expect(back).toEqual({ ok: true, sources: cells.map((c) => c.source), skipped: null });
  });

  it("opens a Jupyter notebook's code, markdown as comments, and says what it left out", () => {
    const notebook = {
      nbformat: 4, nbformat_minor: 4, metadata: {},
      cells: [
        { cell_type: "markdown", metadata: {}, source: ["# Title\n", "Some *notes*"] },
        { cell_type: "code", metadata: {}, source: "1 + 1", outputs: [], execution_count: null },
        { cell_type: "raw", metadata: {}, source: "raw" },
      ],
    };
    expect(fromIpynb(JSON.stringify(notebook))).toEqual({
      ok: true, sources: ["// # Title\n// Some *notes*", "1 + 1"], skipped: "1 markdown cell came in as comments; 1 raw cell was left out.",
    });
  });

  it("refuses what it cannot open with a message naming the problem", () => {
    const refuse = (text: string) => {
      const result = fromIpynb(text);
      if (result.ok) throw new Error("accepted");
      return result.error;
    };
    expect(refuse("{ not json")).toMatch(/not valid JSON/);
    expect(refuse(JSON.stringify({ nbformat: 3, worksheets: [] }))).toMatch(/nbformat 3; only nbformat 4/);
    expect(refuse(JSON.stringify({ nbformat: 4, nbformat_minor: 5, cells: [{ cell_type: "code" }] }))).toMatch(/cells\.0\.source/);
    expect(refuse(JSON.stringify({ hello: "world" }))).toMatch(/not a Jupyter notebook/);
    expect(refuse(JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }))).toMatch(/no code or markdown cells/);
    const many = { nbformat: 4, nbformat_minor: 5, cells: Array.from({ length: IPYNB_LIMITS.maxCells + 1 }, () => ({ cell_type: "code", source: "" })) };
    expect(refuse(JSON.stringify(many))).toMatch(/501 cells; up to 500/);
    expect(refuse(" ".repeat(IPYNB_LIMITS.maxBytes + 1))).toMatch(/MB; notebooks up to 5 MB/);
  });
});

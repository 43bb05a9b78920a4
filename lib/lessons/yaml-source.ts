import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { LessonProblem } from "./problems";

/** A YAML document parsed with positions, so schema errors can name the line they concern. */
export interface YamlSource {
  doc: Document;
  lines: LineCounter;
  /** Added to every line number (frontmatter starts on line 2 of its file). */
  lineOffset: number;
}

export type YamlParse =
  | { ok: true; value: unknown; source: YamlSource }
  | { ok: false; problems: LessonProblem[] };

export function parseYaml(text: string, file: string, lineOffset = 0): YamlParse {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line + lineOffset,
        reason: `invalid YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  return { ok: true, value: doc.toJS(), source: { doc, lines, lineOffset } };
}

/** The line of the deepest node along `path` that exists (a missing key points at its parent). */
export function lineOf(source: YamlSource, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((k) => (typeof k === "symbol" ? String(k) : k));
    const node = depth === 0 ? source.doc.contents : source.doc.getIn(keys, true);
    if (isNode(node) && node.range) return source.lines.linePos(node.range[0]).line + source.lineOffset;
  }
  return undefined;
}

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("").replace(/^\./, "");
}

/** Turns zod issues into problems that name the file, the line and the field. */
export function zodProblems(error: z.ZodError, source: YamlSource, file: string): LessonProblem[] {
  return error.issues.map((issue) => {
    const where = describePath(issue.path);
    // zod says "expected string, received undefined"; an author needs to hear the field is missing.
    const message = issue.code === "invalid_type" && /received undefined$/.test(issue.message) ? "is required" : issue.message;
    return { file, line: lineOf(source, issue.path), reason: where ? `${where}: ${message}` : message };
  });
}

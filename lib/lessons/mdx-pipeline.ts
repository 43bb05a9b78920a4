import "server-only";
import rehypeShiki from "@shikijs/rehype";
import { bundleMDX } from "mdx-bundler";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import type { LessonProblem } from "./problems";
import { remarkLesson } from "./remark-lesson";
import { CODE_THEME } from "./highlight";
import { emptyStructure, type LessonStructure } from "./structure";

export interface PipelineInput {
  source: string;
  /** The file name used in problems. */
  file: string;
  quizQuestionIds: readonly string[] | null | "unreadable";
  /** Syntax highlighting is for readers; the lesson check skips it. */
  highlight: boolean;
}

export type PipelineResult = { code: string; structure: LessonStructure } | { problems: LessonProblem[] };

/** Static code is highlighted at build time; these are the languages lessons may show. */
const LANGS = ["ts", "tsx", "js", "jsx", "json", "bash", "shell", "yaml", "python", "html", "css", "diff", "md", "text"];

interface VFileLike {
  messages: Array<{
    source?: string | null;
    line?: number | null;
    reason: string;
    cause?: unknown;
    ancestors?: Array<{ position?: { start: { line: number } } }> | null;
  }>;
}

/** Surfaces KaTeX's parse errors, which rehype-katex only records as warnings. */
function reportMathErrors(file: string, problems: LessonProblem[]) {
  return () => (_tree: unknown, vfile: VFileLike) => {
    for (const m of vfile.messages.filter((x) => x.source === "rehype-katex")) {
      const cause = m.cause instanceof Error ? m.cause.message : m.reason;
      // Display math loses its own position on the way to HTML; its <pre> parent keeps it.
      const line = m.line ?? m.ancestors?.findLast((a) => a.position)?.position?.start.line;
      problems.push({ file, line, reason: `math: ${cause}` });
    }
  };
}

interface EsbuildMessage {
  text: string;
  location?: { line: number } | null;
  detail?: { line?: number; reason?: string; cause?: { reason?: string; line?: number } };
}

function problemsFromBuildError(error: unknown, file: string): LessonProblem[] {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  if (!Array.isArray(messages) || messages.length === 0) {
    return [{ file, reason: `the lesson could not be compiled: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return messages.map((m) => {
    let reason = m.detail?.cause?.reason ?? m.detail?.reason ?? m.text.split("\n").at(-1)?.trim() ?? m.text;
    let line = m.detail?.cause?.line || m.detail?.line || m.location?.line || undefined;
    // Some parse errors carry their place only in the message: "… (14:1-14:22)".
    const place = /\s*\((\d+):\d+-\d+:\d+\)$/.exec(reason);
    if (place) {
      line ??= Number(place[1]);
      reason = reason.slice(0, place.index);
    }
    return { file, line, reason: `MDX: ${reason}` };
  });
}

/** Compiles one lesson with mdx-bundler; every problem found is returned, not only the first. */
export async function runMdxPipeline(input: PipelineInput): Promise<PipelineResult> {
  const structure = emptyStructure();
  const extra: LessonProblem[] = [];
  try {
    const { code } = await bundleMDX({
      source: input.source,
      jsxConfig: { jsxLib: { varName: "React", package: "react" }, jsxRuntime: { varName: "_jsx_runtime", package: "react/jsx-runtime" } },
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          remarkMath,
          [remarkLesson, { file: input.file, structure, quizQuestionIds: input.quizQuestionIds }],
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          [rehypeKatex, { output: "htmlAndMathml" }],
          reportMathErrors(input.file, extra),
          ...(input.highlight
            ? [[rehypeShiki, { theme: CODE_THEME, langs: LANGS, defaultLanguage: "text", fallbackLanguage: "text" }] as const]
            : []),
        ];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = "silent";
        return options;
      },
    });
    const problems = [...structure.problems, ...extra];
    return problems.length > 0 ? { problems } : { code, structure };
  } catch (error) {
    return { problems: [...structure.problems, ...extra, ...problemsFromBuildError(error, input.file)] };
  }
}

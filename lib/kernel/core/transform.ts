import { parse, type Program } from "acorn";
import { transform as sucrase } from "sucrase";
import { CellSyntaxError } from "./errors.ts";
import { simple } from "acorn-walk";
import { loopGuardVisitors } from "./loop-guards.ts";
import { rewriteClass, rewriteFunction, rewriteImport, rewriteVariables, type DeclarationSink } from "./rewrite-declarations.ts";
import { Splicer } from "./splice.ts";

export interface TransformedCell {
  /**
   * A function expression `(async function (__scope, __g, __k) { … })`. Line N of it is line N of
   * the learner's cell: the prelude sits on line 1 before the cell's first line.
   */
  code: string;
  /** Names the cell binds at top level (variables, functions, classes, imports). */
  declared: string[];
}

interface ErrorWithLoc {
  message: string;
  loc?: { line: number; column: number };
}

function toTypeScript(source: string): string {
  try {
    // Sucrase keeps line breaks, so the JavaScript has the learner's line numbers. Imports that
    // look unused are kept: a later cell may use them.
    return sucrase(source, { transforms: ["typescript"], disableESTransforms: true, keepUnusedImports: true }).code;
  } catch (error) {
    const { message, loc } = error as ErrorWithLoc;
    // Sucrase columns are already 1-based.
    throw new CellSyntaxError(message.replace(/\s*\(\d+:\d+\)$/, ""), loc?.line, loc?.column);
  }
}

function parseProgram(js: string): Program {
  try {
    return parse(js, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowAwaitOutsideFunction: true,
      locations: true,
    });
  } catch (error) {
    const { message, loc } = error as ErrorWithLoc;
    // Acorn columns are 0-based, and count in the JavaScript, which may be shorter than the TS.
    throw new CellSyntaxError(message.replace(/\s*\(\d+:\d+\)$/, ""), loc?.line, loc ? loc.column + 1 : undefined);
  }
}

function rewriteTopLevel(program: Program, sink: DeclarationSink): void {
  const { splicer } = sink;
  for (const node of program.body) {
    switch (node.type) {
      case "VariableDeclaration": rewriteVariables(node, sink); break;
      case "FunctionDeclaration": rewriteFunction(node, sink); break;
      case "ClassDeclaration": rewriteClass(node, sink); break;
      case "ImportDeclaration": rewriteImport(node, sink); break;
      case "ExportAllDeclaration": splicer.replace(node.start, node.end, ";"); break;
      case "ExportNamedDeclaration": {
        const declaration = node.declaration;
        if (!declaration) {
          splicer.replace(node.start, node.end, ";");
          break;
        }
        splicer.replace(node.start, declaration.start, "");
        if (declaration.type === "VariableDeclaration") rewriteVariables(declaration, sink);
        else if (declaration.type === "FunctionDeclaration") rewriteFunction(declaration, sink);
        else rewriteClass(declaration, sink);
        break;
      }
      case "ExportDefaultDeclaration": {
        const declaration = node.declaration;
        if (declaration.type === "FunctionDeclaration" && declaration.id) {
          splicer.replace(node.start, declaration.start, "");
          rewriteFunction(declaration, sink);
        } else if (declaration.type === "ClassDeclaration" && declaration.id) {
          splicer.replace(node.start, declaration.start, "");
          rewriteClass(declaration, sink);
        } else {
          // An anonymous default export is just an expression here.
          splicer.replace(node.start, declaration.start, ";(");
          splicer.insert(declaration.end, ")");
        }
        break;
      }
      default:
        break;
    }
  }
  const last = program.body[program.body.length - 1];
  if (last?.type === "ExpressionStatement") {
    // Wrapped in an array so a returned promise is shown as a promise, not awaited.
    splicer.insert(last.expression.start, "return [(");
    splicer.insert(last.expression.end, ")]");
  }
}

/** One walk over the whole tree: loop guards at any depth, and `import("x")` via the kernel. */
function rewriteNested(program: Program, splicer: Splicer): void {
  simple(program, {
    ...loopGuardVisitors(splicer),
    ImportExpression(node) {
      splicer.replace(node.start, node.source.start, "__k.dynamicImport(");
    },
  });
}

export function transformCell(source: string): TransformedCell {
  const js = toTypeScript(source);
  const program = parseProgram(js);
  const splicer = new Splicer();
  const sink: DeclarationSink = { splicer, declared: [], hoisted: [] };
  rewriteTopLevel(program, sink);
  rewriteNested(program, splicer);
  const hoists = sink.hoisted.map((name) => `__scope.${name} = __k.named(__f$${name}, ${JSON.stringify(name)});`).join("");
  const prelude = `(async function (__scope, __g, __k) { with (__g) with (__scope) { let __n = 0; const __c = __k.check; ${hoists}`;
  const code = `${prelude}${splicer.apply(js)}\n}})`;
  return { code, declared: [...new Set(sink.declared)] };
}

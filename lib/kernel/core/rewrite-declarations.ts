import type {
  ClassDeclaration,
  FunctionDeclaration,
  ImportDeclaration,
  Pattern,
  VariableDeclaration,
} from "acorn";
import type { Splicer } from "./splice.ts";

/**
 * Rewrites one top-level declaration into assignments to `__scope`, in place, so every binding
 * persists the moment it executes (a cell that throws later still keeps what it declared).
 */
export interface DeclarationSink {
  splicer: Splicer;
  declared: string[];
  /** Function declarations: assigned to the scope in the prelude, like JS hoisting. */
  hoisted: string[];
}

/** Replaces every binding identifier of a pattern with a `__scope.name` assignment target. */
function rewritePattern(pattern: Pattern, sink: DeclarationSink): void {
  switch (pattern.type) {
    case "Identifier":
      sink.splicer.replace(pattern.start, pattern.end, `__scope.${pattern.name}`);
      sink.declared.push(pattern.name);
      return;
    case "ObjectPattern":
      for (const prop of pattern.properties) {
        if (prop.type === "RestElement") {
          rewritePattern(prop.argument, sink);
        } else if (prop.shorthand && prop.key.type === "Identifier") {
          // `{ a }` and `{ a = 1 }`: the key doubles as the target; spell the target out.
          const name = prop.key.name;
          sink.splicer.replace(prop.key.start, prop.key.end, `${name}: __scope.${name}`);
          sink.declared.push(name);
        } else {
          rewritePattern(prop.value as Pattern, sink);
        }
      }
      return;
    case "ArrayPattern":
      for (const element of pattern.elements) if (element) rewritePattern(element, sink);
      return;
    case "RestElement":
      rewritePattern(pattern.argument, sink);
      return;
    case "AssignmentPattern":
      rewritePattern(pattern.left, sink);
      return;
    case "MemberExpression":
      return;
  }
}

export function rewriteVariables(node: VariableDeclaration, sink: DeclarationSink): void {
  const first = node.declarations[0];
  if (!first) return;
  // `const ` becomes `;` so the statement is an expression that cannot join the previous line.
  sink.splicer.replace(node.start, first.start, ";");
  for (const declarator of node.declarations) {
    const { id, init } = declarator;
    if (id.type === "Identifier") {
      if (init) {
        rewritePattern(id, sink);
      } else if (node.kind === "var") {
        // `var x;` keeps an existing value, as a repeated var declaration does.
        sink.splicer.replace(id.start, id.end, `${JSON.stringify(id.name)} in __scope || (__scope.${id.name} = undefined)`);
        sink.declared.push(id.name);
      } else {
        sink.splicer.replace(id.start, id.end, `__scope.${id.name} = undefined`);
        sink.declared.push(id.name);
      }
    } else if (init) {
      // Destructuring becomes a parenthesised destructuring assignment.
      sink.splicer.insert(id.start, "(");
      rewritePattern(id, sink);
      sink.splicer.insert(init.end, ")");
    }
  }
}

export function rewriteFunction(node: FunctionDeclaration, sink: DeclarationSink): void {
  // Renamed so that inside the cell the name resolves to the scope (a later cell may redefine
  // it); the prelude restores `.name` and assigns the function before any statement runs.
  const name = node.id.name;
  sink.splicer.replace(node.id.start, node.id.end, `__f$${name}`);
  sink.declared.push(name);
  sink.hoisted.push(name);
}

export function rewriteClass(node: ClassDeclaration, sink: DeclarationSink): void {
  const name = node.id.name;
  sink.splicer.insert(node.start, `;__scope.${name} = `);
  sink.splicer.insert(node.end, ";");
  sink.declared.push(name);
}

export function rewriteImport(node: ImportDeclaration, sink: DeclarationSink): void {
  const source = JSON.stringify(String(node.source.value));
  const assignments = node.specifiers.map((spec) => {
    sink.declared.push(spec.local.name);
    const target = `__scope.${spec.local.name}`;
    if (spec.type === "ImportNamespaceSpecifier") return `${target} = __m;`;
    if (spec.type === "ImportDefaultSpecifier") return `${target} = __k.importDefault(__m);`;
    const imported = spec.imported.type === "Identifier" ? spec.imported.name : String(spec.imported.value);
    return `${target} = __k.importNamed(__m, ${source}, ${JSON.stringify(imported)});`;
  });
  sink.splicer.replace(node.start, node.end, `;{const __m = __k.import(${source});${assignments.join("")}}`);
}

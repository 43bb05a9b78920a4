import type { Statement } from "acorn";
import type { Splicer } from "./splice.ts";

/**
 * The guard placed at the start of every loop body. It only bumps a block-local counter; every
 * 4096 iterations it calls the kernel's stop check (host flag, interrupt, deadline), which throws
 * an InterruptError. `__n` and `__c` are declared in the cell prelude (see transform.ts).
 */
export const LOOP_GUARD = "(++__n&4095)||__c();";

function guardBody(body: Statement, splicer: Splicer): void {
  if (body.type === "BlockStatement") {
    splicer.insert(body.start + 1, LOOP_GUARD);
  } else {
    splicer.insert(body.start, `{${LOOP_GUARD}`);
    splicer.insert(body.end, "}");
  }
}

/** acorn-walk visitors that guard every loop, at any depth (inside functions and classes too). */
export function loopGuardVisitors(splicer: Splicer) {
  const visit = (node: { body: Statement }) => guardBody(node.body, splicer);
  return {
    ForStatement: visit,
    ForInStatement: visit,
    ForOfStatement: visit,
    WhileStatement: visit,
    DoWhileStatement: visit,
  };
}

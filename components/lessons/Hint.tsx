import type { ReactNode } from "react";

/**
 * A hint inside an <Exercise>. The exercise collects its hints and reveals them one at a time;
 * rendered on its own (which the compiler prevents) it is just its content.
 */
export function Hint({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/** The highlighted solution of an <Exercise>, emitted by the compiler and revealed on request. */
export function ExerciseSolution({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

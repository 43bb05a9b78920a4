import { Children, isValidElement, type ReactNode } from "react";
import { ExercisePanel } from "./ExercisePanel";
import { ExerciseSolution, Hint } from "./Hint";
import { LessonCell } from "./LessonCell";

interface Props {
  id: string;
  title: string;
  cellId: string;
  starter: string;
  check: string;
  timeLimitMs: string;
  children?: ReactNode;
}

type WithChildren = { children?: ReactNode };

/**
 * Server half of an exercise: sorts the compiled children into task prose, hints and the solution,
 * then hands them to the interactive panel. The check code is not secret (it runs in the learner's
 * kernel), so it travels as a prop; quiz answer keys never do.
 */
export function Exercise({ id, title, cellId, starter, check, timeLimitMs, children }: Props) {
  const task: ReactNode[] = [];
  const hints: ReactNode[] = [];
  let solution: ReactNode = null;
  for (const child of Children.toArray(children)) {
    const type = isValidElement<WithChildren>(child) ? child.type : null;
    if (type === Hint) hints.push((child as { props: WithChildren }).props.children);
    else if (type === ExerciseSolution) solution = (child as { props: WithChildren }).props.children;
    else task.push(child);
  }
  const limit = Number(timeLimitMs) || 60_000;
  return (
    <ExercisePanel
      id={id}
      title={title}
      cellId={cellId}
      starter={starter}
      check={check}
      timeLimitMs={limit}
      hints={hints}
      solution={solution}
      cell={<LessonCell cellId={cellId} source={starter} timeLimitMs={String(limit)} />}
    >
      {task}
    </ExercisePanel>
  );
}

import styles from "./detail.module.css";

interface Cell {
  cellId: string;
  source: string;
  revision: number;
  version: string;
  updatedAt: string;
}

/** A learner's saved code, shown as text only: it is never run or rendered as HTML here. */
export function LearnerCode({ lessonTitle, cells }: { lessonTitle: string; cells: Cell[] }) {
  return (
    <section id="code" className={styles.section} aria-labelledby="code-heading">
      <h2 id="code-heading">Code in “{lessonTitle}”</h2>
      {cells.length === 0 && <p>No saved code for this lesson.</p>}
      {cells.map((c) => (
        <figure key={c.cellId} className={styles.code} data-testid={`code-${c.cellId}`}>
          <figcaption>
            <code>{c.cellId}</code> · saved {c.updatedAt.slice(0, 16).replace("T", " ")} UTC · revision {c.revision}
          </figcaption>
          <pre tabIndex={0}>{c.source}</pre>
        </figure>
      ))}
    </section>
  );
}

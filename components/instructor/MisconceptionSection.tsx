import type { ItemAnalysis } from "@/lib/analytics/item-analysis";
import { BarChart } from "./BarChart";
import styles from "./analysis.module.css";

type Props = Pick<ItemAnalysis, "misconceptions" | "stages" | "learnerCount">;

const share = (n: number, of: number) => (of === 0 ? "" : ` (${Math.round((n / of) * 100)}%)`);

/** "Which misconceptions does my cohort hold": learners who chose an option carrying each tag, per stage. */
export function MisconceptionSection({ misconceptions, stages, learnerCount }: Props) {
  // Only stages where some misconception showed: a course has nine sections, most of them quiet.
  const used = stages.map((s, i) => ({ ...s, i })).filter(({ i }) => misconceptions.some((m) => (m.byStage[i] ?? 0) > 0));
  return (
    <section className={styles.section} aria-labelledby="misconceptions-heading">
      <h2 id="misconceptions-heading">Misconceptions in this cohort</h2>
      {misconceptions.length === 0 ? (
        <p>No learner has chosen an answer that reveals a known misconception yet.</p>
      ) : (
        <div className={styles.stack}>
          <BarChart
            labels={misconceptions.map((m) => m.description)}
            series={used.map((s) => ({ label: s.label, data: misconceptions.map((m) => m.byStage[s.i] ?? 0) }))}
            stacked
            xTitle="Learners who chose an answer showing it"
            summary={`Bar chart of ${misconceptions.length} misconceptions by number of learners; the most common is “${misconceptions[0]!.description}” with ${misconceptions[0]!.learners} learners. The table has every number.`}
          />
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Misconceptions table">
            <table className={styles.table} data-testid="misconception-table">
              <caption>Learners who chose an answer carrying each misconception, by stage</caption>
              <thead>
                <tr>
                  <th scope="col">Misconception</th>
                  {used.map((s) => <th key={String(s.key)} scope="col" className={styles.num}>{s.label}</th>)}
                  <th scope="col" className={styles.num}>Learners</th>
                </tr>
              </thead>
              <tbody>
                {misconceptions.map((m) => (
                  <tr key={m.tag} data-testid={`misconception-${m.tag}`}>
                    <th scope="row">{m.description} <code className={styles.tag}>{m.tag}</code></th>
                    {used.map((s) => <td key={s.i} className={styles.num}>{m.byStage[s.i] || ""}</td>)}
                    <td className={styles.num}>{m.learners}{share(m.learners, learnerCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

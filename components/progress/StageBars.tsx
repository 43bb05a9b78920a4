import type { StageProgress } from "@/lib/progress/dashboard";
import styles from "./dashboard.module.css";

/** One bar per stage: completed lessons out of the stage's lessons. */
export function StageBars({ stages }: { stages: StageProgress[] }) {
  return (
    <ul className={styles.stages}>
      {stages.map((s) => {
        const percent = s.total === 0 ? 0 : Math.round((s.completed / s.total) * 100);
        const labelId = `stage-${String(s.key)}-label`;
        return (
          <li key={String(s.key)} className={styles.stage} data-testid={`stage-${String(s.key)}`}>
            <div className={styles.stageHead}>
              <span id={labelId}>
                <strong>{s.label}</strong> · {s.title}
              </span>
              <span className={styles.stageCount}>
                {s.completed} of {s.total} completed{s.inProgress > 0 ? ` · ${s.inProgress} in progress` : ""}
              </span>
            </div>
            <div role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${s.completed} of ${s.total} lessons completed`} className={styles.track}>
              <div className={styles.fill} style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

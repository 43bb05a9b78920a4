import type { ActivityItem } from "@/lib/progress/activity";
import { RelativeTime } from "./RelativeTime";
import styles from "./dashboard.module.css";

export function RecentActivity({ items }: { items: ActivityItem[] }) {
  if (items.length === 0) return <p className={styles.muted}>Nothing yet. Open a lesson and run a cell: it shows up here.</p>;
  return (
    <ol className={styles.activity} data-testid="recent-activity">
      {items.map((item) => (
        <li key={item.id}>
          <span>
            {item.text}
            {item.count > 1 && <span className={styles.muted}> ×{item.count}</span>}
          </span>
          <RelativeTime iso={item.at} className={styles.when} />
        </li>
      ))}
    </ol>
  );
}

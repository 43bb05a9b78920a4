import Link from "next/link";
import type { LessonPosition } from "@/lib/lessons/course";
import styles from "./lesson-page.module.css";

export function LessonPager({ position }: { position: LessonPosition }) {
  const { previous, next } = position;
  return (
    <nav className={styles.pager} aria-label="Lessons">
      {previous ? (
        <Link href={`/lessons/${previous.id}`} className={styles.pagerLink} rel="prev">
          <span className={styles.pagerLabel}>← Previous</span>
          <span className={styles.pagerTitle}>{previous.meta.title}</span>
        </Link>
      ) : <span />}
      {next ? (
        <Link href={`/lessons/${next.id}`} className={`${styles.pagerLink} ${styles.pagerNext}`} rel="next">
          <span className={styles.pagerLabel}>Next →</span>
          <span className={styles.pagerTitle}>{next.meta.title}</span>
        </Link>
      ) : (
        <Link href="/" className={`${styles.pagerLink} ${styles.pagerNext}`}>
          <span className={styles.pagerLabel}>Done</span>
          <span className={styles.pagerTitle}>Back to the course map</span>
        </Link>
      )}
    </nav>
  );
}

import type { TocHeading } from "@/lib/lessons/structure";
import styles from "./lesson-page.module.css";

/** "On this page": the lesson's h2/h3 headings, shown in a sidebar on wide screens and folded on phones. */
export function TableOfContents({ headings, variant }: { headings: TocHeading[]; variant: "sidebar" | "inline" }) {
  if (headings.length === 0) return null;
  const list = (
    <ol className={styles.tocList}>
      {headings.map((h) => (
        <li key={h.slug} className={h.depth === 3 ? styles.tocSub : undefined}>
          <a href={`#${h.slug}`}>{h.text}</a>
        </li>
      ))}
    </ol>
  );
  if (variant === "inline") {
    return (
      <details className={styles.tocInline}>
        <summary>On this page</summary>
        <nav aria-label="On this page (inline)">{list}</nav>
      </details>
    );
  }
  return (
    <nav className={styles.tocSidebar} aria-label="On this page">
      <p className={styles.tocTitle}>On this page</p>
      {list}
    </nav>
  );
}

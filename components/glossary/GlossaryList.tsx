import Link from "next/link";
import type { GlossaryTerm } from "@/lib/lessons/glossary";
import styles from "./glossary.module.css";

interface Props {
  terms: readonly GlossaryTerm[];
  /** Lesson id → title, for the lessons a reader may open. */
  titles: ReadonlyMap<string, string>;
  /** Term id → the lessons (ids, in course order) whose prose uses it. */
  usedIn: ReadonlyMap<string, readonly string[]>;
}

const initialOf = (term: GlossaryTerm) => term.term[0]!.toUpperCase();

/** The glossary: an index of initials, then each term with its definition and where the course uses it. */
export function GlossaryList({ terms, titles, usedIn }: Props) {
  const initials = [...new Set(terms.map(initialOf))];
  return (
    <>
      <nav aria-label="Glossary index" className={styles.index}>
        {initials.map((letter) => (
          <a key={letter} href={`#letter-${letter}`}>{letter}</a>
        ))}
      </nav>
      {initials.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`} className={styles.letter}>{letter}</h2>
          <dl className={styles.terms}>
            {terms.filter((t) => initialOf(t) === letter).map((t) => {
              const others = (usedIn.get(t.id) ?? []).filter((id) => id !== t.lesson && titles.has(id));
              return (
                <div key={t.id} id={t.id} className={styles.entry} data-testid={`term-${t.id}`}>
                  <dt>{t.term}</dt>
                  <dd>
                    <p>{t.definition}</p>
                    {t.lesson && titles.has(t.lesson) && (
                      <p className={styles.where}>
                        Taught in <Link href={`/lessons/${t.lesson}`}>{titles.get(t.lesson)}</Link>
                      </p>
                    )}
                    {others.length > 0 && <UsedIn ids={others} titles={titles} />}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}

const SHOWN_LESSONS = 5;

const lessonLinks = (ids: readonly string[], titles: ReadonlyMap<string, string>) =>
  ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ", "}
      <Link href={`/lessons/${id}`}>{titles.get(id)}</Link>
    </span>
  ));

/** "Also used in" a few lessons, the rest behind a disclosure so a common term does not become a wall of links. */
function UsedIn({ ids, titles }: { ids: readonly string[]; titles: ReadonlyMap<string, string> }) {
  const rest = ids.slice(SHOWN_LESSONS);
  return (
    <div className={styles.where}>
      Also used in {lessonLinks(ids.slice(0, SHOWN_LESSONS), titles)}
      {rest.length > 0 && (
        <details className={styles.more}>
          <summary>and {rest.length} more lesson{rest.length === 1 ? "" : "s"}</summary>
          {lessonLinks(rest, titles)}
        </details>
      )}
    </div>
  );
}

/** Under a lesson: where to read more (frontmatter `references`), external links marked as such. */
export function LessonReferences({ references }: { references: ReadonlyArray<{ cite: string; url?: string }> }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="lesson-references" className={styles.lessonTerms} data-testid="lesson-references">
      <h2 id="lesson-references">References</h2>
      <ul className={styles.references}>
        {references.map((r) => (
          <li key={r.cite}>
            {r.url ? (
              <a href={r.url} rel="noopener noreferrer" target="_blank">
                {r.cite}
                <span className="visually-hidden"> (opens another site)</span>
              </a>
            ) : (
              r.cite
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Under a lesson: the glossary terms its prose uses, each a link to its definition. */
export function LessonTerms({ terms }: { terms: readonly GlossaryTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="lesson-terms" className={styles.lessonTerms} data-testid="lesson-terms">
      <h2 id="lesson-terms">Terms in this lesson</h2>
      <ul>
        {terms.map((t) => (
          <li key={t.id}>
            <Link href={`/glossary#${t.id}`} title={t.definition}>{t.term}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

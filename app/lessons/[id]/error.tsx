"use client";

import Link from "next/link";

/** Unexpected failures only: a lesson that does not compile renders its own problems panel. */
export default function LessonError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" style={{ maxWidth: "var(--content-width)", margin: "0 auto" }}>
      <h1>This lesson could not be shown</h1>
      <p>Something went wrong while preparing the page. Your saved code and answers are safe.</p>
      {error.digest && <p style={{ color: "var(--text-muted)" }}>Reference: {error.digest}</p>}
      <p>
        <button type="button" onClick={reset}>Try again</button> or <Link href="/">go to the course map</Link>.
      </p>
    </div>
  );
}

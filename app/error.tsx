"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" style={{ maxWidth: "36rem", margin: "0 auto" }}>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing you saved was lost. Try again, or come back in a minute.</p>
      {error.digest && <p style={{ color: "var(--text-muted)" }}>Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}

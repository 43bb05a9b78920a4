"use client";
import { useState } from "react";
import { shareUrl } from "@/components/notebook/share-link";
import styles from "./playground.module.css";

/** "Copy link": puts the cells into the URL, copies it, and shows it for manual copying too. */
export function ShareLink({ getSources }: { getSources(): string[] }) {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const copy = async () => {
    const url = shareUrl(window.location.origin, getSources());
    window.history.replaceState(null, "", url);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied to the clipboard.");
    } catch {
      setStatus("Copy the link below.");
    }
  };

  return (
    <div className={styles.share}>
      <button type="button" data-testid="copy-link" className={styles.button} onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" aria-live="polite" className={styles.status}>
        {status}
      </span>
      {link && (
        <input
          className={styles.link}
          data-testid="share-link"
          readOnly
          value={link}
          aria-label="Link to these cells"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}

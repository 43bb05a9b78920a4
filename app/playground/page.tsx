import type { Metadata } from "next";
import { Playground } from "./Playground";
import styles from "./playground.module.css";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <div className={styles.page}>
      <h1>Playground</h1>
      <p className={styles.lead}>
        An empty notebook: write TypeScript with TensorFlow.js (<code>tf</code>), run cells with Shift+Enter, and share
        your cells with “Copy link”. Your code runs in a sandbox in your browser, with no network access.
      </p>
      <Playground />
    </div>
  );
}

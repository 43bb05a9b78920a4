"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * `npm run dev` only: re-renders the lesson when its MDX or quiz file is saved (polls the dev
 * version route once a second). The notebook keeps its kernel and the learner's edits.
 */
export function DevLessonRefresh({ lessonId, version }: { lessonId: string; version: string }) {
  const router = useRouter();
  useEffect(() => {
    let last = version;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/dev/lesson-version/${encodeURIComponent(lessonId)}`, { cache: "no-store" });
        const { version: current } = (await response.json()) as { version: string };
        if (current !== last) router.refresh();
        last = current;
      } catch {
        // The dev server is restarting; try again on the next tick.
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [lessonId, version, router]);
  return null;
}

import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { getCurrentUser } from "@/lib/auth/guards";
import { getCourse, visibleLessons } from "@/lib/lessons/course";
import { termsUsedIn } from "@/lib/lessons/glossary";

export const metadata: Metadata = { title: "Glossary · Deep Learning Roadmap" };

export default async function GlossaryPage() {
  const [user, course] = await Promise.all([getCurrentUser(), getCourse()]);
  const lessons = visibleLessons(course, user);
  const titles = new Map(lessons.map((l) => [l.id, l.meta.title]));
  const usedIn = new Map<string, string[]>();
  for (const lesson of lessons) {
    for (const term of termsUsedIn(lesson.source, course.glossary)) usedIn.set(term.id, [...(usedIn.get(term.id) ?? []), lesson.id]);
  }
  return (
    <article style={{ maxWidth: "48rem" }}>
      <h1>Glossary</h1>
      <p>
        Every term the course uses, defined once. Each lesson lists the terms it uses at its end; each term here links to
        the lesson that teaches it.
      </p>
      <GlossaryList terms={course.glossary} titles={titles} usedIn={usedIn} />
    </article>
  );
}

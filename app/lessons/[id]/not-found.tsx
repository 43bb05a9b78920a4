import Link from "next/link";

export default function LessonNotFound() {
  return (
    <div style={{ maxWidth: "var(--content-width)", margin: "0 auto" }}>
      <h1>Lesson not found</h1>
      <p>There is no lesson at this address. It may have been renamed, or it is not published yet.</p>
      <p><Link href="/">Browse the course map</Link></p>
    </div>
  );
}

import Link from "next/link";
import { CourseMap } from "@/components/lessons/CourseMap";
import { LessonProblemsPanel } from "@/components/lessons/LessonProblemsPanel";
import styles from "@/components/lessons/course-map.module.css";
import { getCurrentUser } from "@/lib/auth/guards";
import { canSeeDrafts, getCourse, visibleLessons } from "@/lib/lessons/course";
import { myAssignments } from "@/lib/cohorts/assignments";
import { getLessonStatuses } from "@/lib/progress/statuses";

export default async function CourseMapPage() {
  const [user, course] = await Promise.all([getCurrentUser(), getCourse()]);
  const lessons = visibleLessons(course, user);
  const [statuses, assigned] = user ? await Promise.all([getLessonStatuses(user.id), myAssignments(user.id)]) : [null, {}];
  const due = Object.fromEntries(Object.values(assigned).map((a) => [a.lessonId, { assignment: a, completedAt: statuses?.[a.lessonId]?.completedAt ?? null }]));
  const first = lessons.find((l) => !l.meta.draft) ?? lessons[0];
  const hours = Math.round(lessons.reduce((sum, l) => sum + l.meta.minutes, 0) / 6) / 10;
  // Authors see what keeps a lesson off the map; learners never see a half-written course's errors.
  const showProblems = course.problems.length > 0 && (canSeeDrafts(user) || process.env.NODE_ENV === "development");
  return (
    <>
      <section className={styles.hero}>
        <h1>Deep Learning Roadmap</h1>
        <p className={styles.lead}>
          Learn deep learning by running it: every lesson is a notebook of TypeScript and TensorFlow.js that runs in
          your browser, from tensors to deploying a model.
        </p>
        <div className={styles.heroActions}>
          {first && <Link href={`/lessons/${first.id}`} className={styles.start}>Start the course →</Link>}
          <span className={styles.stats}>{lessons.length} lessons · about {hours} hours</span>
        </div>
      </section>
      {showProblems && (
        <div className={styles.authorPanel}>
          <LessonProblemsPanel title="Some lessons are not on the map" problems={course.problems} />
        </div>
      )}
      <CourseMap lessons={lessons} statuses={statuses ? Object.fromEntries(Object.entries(statuses).map(([id, s]) => [id, s.status])) : undefined} due={due} />
    </>
  );
}

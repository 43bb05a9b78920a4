import type { Metadata } from "next";
import Link from "next/link";
import { CreateCohortForm } from "@/components/instructor/CreateCohortForm";
import { Card } from "@/components/ui/Card";
import { requirePageRole } from "@/lib/auth/guards";
import { TEACHING_ROLES } from "@/lib/auth/roles";
import { listCohorts } from "@/lib/cohorts/queries";
import styles from "./instructor.module.css";

export const metadata: Metadata = { title: "Your cohorts" };

export default async function InstructorPage() {
  const user = await requirePageRole(TEACHING_ROLES, "/instructor");
  const cohorts = await listCohorts();
  return (
    <div className={styles.page}>
      <h1>{user.role === "ADMIN" ? "All cohorts" : "Your cohorts"}</h1>
      <div className={styles.twoColumns}>
        <Card aria-labelledby="cohorts-heading" className={styles.flush}>
          <h2 id="cohorts-heading" className={styles.cardTitle}>Cohorts</h2>
          {cohorts.length === 0 ? (
            <p className={styles.padded}>No cohorts yet. Create one, then share its invite link with your learners.</p>
          ) : (
            <table className={styles.table}>
              <caption className="visually-hidden">Cohorts you can review</caption>
              <thead>
                <tr><th scope="col">Name</th>{user.role === "ADMIN" && <th scope="col">Instructor</th>}<th scope="col">Learners</th><th scope="col">Created</th></tr>
              </thead>
              <tbody>
                {cohorts.map((c) => (
                  <tr key={c.id} data-testid="cohort-row">
                    <td><Link href={`/instructor/cohorts/${c.id}`}>{c.name}</Link></td>
                    {user.role === "ADMIN" && <td>{c.ownerName}</td>}
                    <td>{c.members}</td>
                    <td>{c.createdAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card aria-labelledby="create-heading">
          <h2 id="create-heading" className={styles.cardTitleTight}>New cohort</h2>
          <CreateCohortForm />
        </Card>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { NameForm, PasswordForm, SessionsForm } from "@/components/auth/ProfileForms";
import { Card } from "@/components/ui/Card";
import { requirePageRole } from "@/lib/auth/guards";
import styles from "./profile.module.css";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requirePageRole(null, "/profile");
  return (
    <div className={styles.page}>
      <h1>Your profile</h1>
      <p>
        Signed in as <strong data-testid="profile-email">{user.email}</strong> · role{" "}
        <span className={styles.role} data-testid="profile-role">{user.role.toLowerCase()}</span>
      </p>
      <div className={styles.grid}>
        <Card aria-labelledby="name-heading">
          <h2 id="name-heading">Name</h2>
          <NameForm name={user.name} />
        </Card>
        <Card aria-labelledby="password-heading">
          <h2 id="password-heading">Password</h2>
          <PasswordForm />
        </Card>
        <Card aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Devices</h2>
          <SessionsForm />
        </Card>
      </div>
    </div>
  );
}

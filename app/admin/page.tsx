import type { Metadata } from "next";
import { RoleSelect } from "@/components/auth/RoleSelect";
import { Card } from "@/components/ui/Card";
import { listUsers } from "@/lib/admin/users";
import { requirePageRole } from "@/lib/auth/guards";
import styles from "./admin.module.css";

export const metadata: Metadata = { title: "Admin · Users" };

export default async function AdminPage() {
  await requirePageRole(["ADMIN"], "/admin");
  const users = await listUsers();
  return (
    <div>
      <h1>Users</h1>
      <p>{users.length} accounts. Changing a role takes effect on the user&apos;s next request.</p>
      <Card className={styles.card}>
        <table className={styles.table}>
          <caption className="visually-hidden">All users and their roles</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Joined</th><th scope="col">Role</th></tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid="user-row">
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{u.createdAt.toISOString().slice(0, 10)}</td>
                <td><RoleSelect userId={u.id} email={u.email} role={u.role} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}

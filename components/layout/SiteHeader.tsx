import Link from "next/link";
import { hasRole, TEACHING_ROLES, type SessionUser } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/auth/SignOutButton";
import styles from "./layout.module.css";

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span aria-hidden="true" className={styles.logo}>∇</span> Deep Learning Roadmap
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <Link href="/">Course</Link>
          <Link href="/playground">Playground</Link>
          <Link href="/glossary">Glossary</Link>
          {user && <Link href="/me" data-testid="nav-progress">My progress</Link>}
          {hasRole(user, TEACHING_ROLES) && <Link href="/instructor" data-testid="nav-teaching">Teaching</Link>}
          {user?.role === "ADMIN" && <Link href="/admin">Admin</Link>}
          {user ? (
            <>
              <Link href="/profile" data-testid="nav-profile">{user.name}</Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup" className={styles.cta}>Create account</Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}

"use client";

import { signOut } from "next-auth/react";
import styles from "@/components/layout/layout.module.css";

export function SignOutButton() {
  return (
    <button type="button" className={styles.linkButton} onClick={() => signOut({ callbackUrl: "/" })} data-testid="sign-out">
      Sign out
    </button>
  );
}

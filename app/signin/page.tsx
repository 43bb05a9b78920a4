import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { Card } from "@/components/ui/Card";
import { getCurrentUser } from "@/lib/auth/guards";
import { safeCallbackUrl } from "@/lib/util/safe-redirect";
import styles from "@/components/layout/layout.module.css";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<{ callbackUrl?: string; registered?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const { callbackUrl, registered } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallbackUrl(callbackUrl));
  return (
    <div className={styles.narrow}>
      <h1>Sign in</h1>
      <p>Sign in to save your progress, your code and your quiz answers.</p>
      <Card>
        <SignInForm callbackUrl={callbackUrl ?? null} registered={registered === "1"} />
      </Card>
    </div>
  );
}

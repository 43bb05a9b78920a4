import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { Card } from "@/components/ui/Card";
import { getCurrentUser } from "@/lib/auth/guards";
import styles from "@/components/layout/layout.module.css";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect("/");
  return (
    <div className={styles.narrow}>
      <h1>Create your account</h1>
      <p>Free. Your progress, code and quiz answers are kept in your account.</p>
      <Card>
        <SignUpForm callbackUrl={callbackUrl ?? null} />
      </Card>
    </div>
  );
}

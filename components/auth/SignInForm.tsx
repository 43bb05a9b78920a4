"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { signInSchema, fieldErrorsOf, type FieldErrors } from "@/lib/auth/schemas";
import { safeCallbackUrl } from "@/lib/util/safe-redirect";

const GENERIC = "The email or password is incorrect.";

export function SignInForm({ callbackUrl, registered }: { callbackUrl: string | null; registered: boolean }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const target = safeCallbackUrl(callbackUrl);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    setMessage(null);
    if (!parsed.success) return setFieldErrors(fieldErrorsOf(parsed.error));
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) {
        // A full navigation so the server-rendered header picks up the new session.
        window.location.assign(target);
        return;
      }
      setMessage(result?.error && result.error !== "CredentialsSignin" ? result.error : GENERIC);
    } catch {
      setMessage("We could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Sign in">
      {registered && <Alert tone="success">Your account was created. Sign in to continue.</Alert>}
      {message && <Alert tone="error" testId="signin-error">{message}</Alert>}
      <Field name="email" label="Email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required errors={fieldErrors.password} />
      <Button type="submit" disabled={pending} style={{ width: "100%" }}>{pending ? "Signing in…" : "Sign in"}</Button>
      <p>
        New here? <Link href={`/signup${callbackUrl ? `?callbackUrl=${encodeURIComponent(target)}` : ""}`}>Create an account</Link>
      </p>
    </form>
  );
}

"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { signUp } from "@/lib/auth/actions";
import { MIN_PASSWORD } from "@/lib/auth/schemas";
import { useFormAction } from "@/components/ui/useFormAction";
import { safeCallbackUrl } from "@/lib/util/safe-redirect";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const { state, onSubmit, pending } = useFormAction(signUp, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  const target = safeCallbackUrl(callbackUrl);

  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false }).then((r) => {
      window.location.assign(r?.ok && !r.error ? target : "/signin?registered=1");
    });
  }, [state.ok, target]);

  const errors = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Create account">
      {state.message && !state.ok && <Alert tone="error">{state.message}</Alert>}
      {state.ok && <Alert tone="success">Account created. Signing you in…</Alert>}
      <Field name="name" label="Name" autoComplete="name" required maxLength={200} errors={errors.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" required errors={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD} characters.`}
        errors={errors.password}
      />
      <Button type="submit" disabled={pending || state.ok} style={{ width: "100%" }}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p>Already have an account? <Link href="/signin">Sign in</Link></p>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { createCohort } from "@/lib/cohorts/actions";

export function CreateCohortForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { name: String(data.get("name") ?? ""), expiresInDays: String(data.get("expiresInDays") ?? "") };
    startTransition(async () => {
      const res = await createCohort(input);
      setResult(res);
      if (res.ok && res.cohortId) router.push(`/instructor/cohorts/${res.cohortId}`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {result && !result.ok && <Alert tone="error" testId="create-cohort-error">{result.message}</Alert>}
      <Field name="name" label="Cohort name" required maxLength={80} placeholder="e.g. Spring 2027, group A" />
      <Field name="expiresInDays" label="Invite link expires after (days, optional)" type="number" min={1} max={365} inputMode="numeric" hint="Leave empty for a link that does not expire." />
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create cohort"}</Button>
    </form>
  );
}

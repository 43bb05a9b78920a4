"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { joinCohort } from "@/lib/cohorts/actions";

/** Joining is a deliberate POST (a server action), never a side effect of opening the link. */
export function JoinCohortButton({ code }: { code: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  if (result?.ok) return <Alert tone="success" testId="join-result">{result.message}</Alert>;
  return (
    <>
      {result && <Alert tone="error" testId="join-result">{result.message}</Alert>}
      <Button type="button" disabled={pending} onClick={() => startTransition(async () => setResult(await joinCohort({ code })))}>
        {pending ? "Joining…" : "Join this cohort"}
      </Button>
    </>
  );
}

"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/auth/schemas";

/**
 * Runs a server action from a form's submit event. Unlike `<form action>`, this does not reset
 * the form afterwards, so a rejected submission keeps what the user typed.
 */
export function useFormAction(action: (prev: FormState, data: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, { ok: false });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}

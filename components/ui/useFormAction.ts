"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * Runs a server action from a form's submit event. Unlike `<form action>`, this does not reset
 * the form afterwards, so a rejected submission keeps what the user typed. `initial` is the state
 * before the first submission.
 */
export function useFormAction<State>(action: (prev: Awaited<State>, data: FormData) => Promise<State>, initial: Awaited<State>) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}

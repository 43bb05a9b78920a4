"use client";

import { changePassword, signOutOtherDevices, updateProfile } from "@/lib/auth/actions";
import { MIN_PASSWORD, type FormState } from "@/lib/auth/schemas";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { useFormAction } from "@/components/ui/useFormAction";

function Result({ state }: { state: FormState }) {
  if (state.ok && state.message) return <Alert tone="success">{state.message}</Alert>;
  if (!state.ok && state.message) return <Alert tone="error">{state.message}</Alert>;
  return null;
}

export function NameForm({ name }: { name: string }) {
  const { state, onSubmit, pending } = useFormAction(updateProfile, { ok: false });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change name">
      <Result state={state} />
      <Field name="name" label="Name" defaultValue={name} autoComplete="name" required errors={state.fieldErrors?.name} />
      <Button type="submit" disabled={pending}>Save name</Button>
    </form>
  );
}

export function PasswordForm() {
  const { state, onSubmit, pending } = useFormAction(changePassword, { ok: false });
  const e = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password" key={state.ok ? "done" : "editing"}>
      <Result state={state} />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={e.currentPassword} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD} characters.`}
        errors={e.newPassword}
      />
      <Field name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" errors={e.confirmPassword} />
      <Button type="submit" disabled={pending}>Change password</Button>
    </form>
  );
}

export function SessionsForm() {
  const { state, onSubmit, pending } = useFormAction(signOutOtherDevices, { ok: false });
  return (
    <form onSubmit={onSubmit} aria-label="Sign out of all other devices">
      <Result state={state} />
      <p>Signed in on a shared or lost computer? End every session except this one.</p>
      <Button type="submit" variant="secondary" disabled={pending} data-testid="sign-out-others">
        Sign out of all other devices
      </Button>
    </form>
  );
}

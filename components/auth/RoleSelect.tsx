"use client";

import { useState, useTransition } from "react";
import { changeRole } from "@/lib/admin/actions";
import { ROLES, type Role } from "@/lib/auth/roles";

export function RoleSelect({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [value, setValue] = useState<Role>(role);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onChange(next: Role) {
    const previous = value;
    setValue(next);
    startTransition(async () => {
      const result = await changeRole({ userId, role: next });
      setMessage({ ok: result.ok, text: result.message });
      if (!result.ok) setValue(previous);
    });
  }

  return (
    <div>
      <label className="visually-hidden" htmlFor={`role-${userId}`}>Role of {email}</label>
      <select
        id={`role-${userId}`}
        value={value}
        disabled={pending}
        onChange={(e) => onChange(e.target.value as Role)}
        data-testid={`role-select-${email}`}
      >
        {ROLES.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
      </select>
      <span role="status" aria-live="polite" style={{ marginLeft: "0.5rem", color: message?.ok ? "var(--success)" : "var(--danger)" }}>
        {message?.text}
      </span>
    </div>
  );
}

type QueueState = "saved" | "saving" | "offline" | "server-error" | "signed-out" | "conflict" | "error";

export interface QueueStatus {
  state: QueueState;
  /** Items not yet on the server. */
  pending: number;
  /** Cells changed elsewhere that wait for the learner's choice. */
  conflicts: number;
  /** Detail for "error" (and the reason behind the retry states). */
  message: string | null;
}

/** A failure that sticks until the next successful send. */
export interface Trouble {
  state: "offline" | "server-error" | "signed-out" | "error";
  message: string;
}

/** What the indicator says, derived in one place. Work that cannot be saved yet always shows. */
export function statusOf(input: { pending: number; conflicts: number; flushing: boolean; trouble: Trouble | null }): QueueStatus {
  const { pending, conflicts, flushing, trouble } = input;
  const base = { pending, conflicts, message: trouble?.message ?? null };
  if (conflicts > 0) return { ...base, state: "conflict" };
  if (trouble && trouble.state !== "error" && pending > 0) return { ...base, state: trouble.state };
  if (flushing || pending > 0) return { ...base, state: "saving" };
  if (trouble?.state === "error") return { ...base, state: "error" };
  return { ...base, state: "saved", message: null };
}

/** The words the status indicator shows. */
export function statusText(status: QueueStatus): string {
  switch (status.state) {
    case "saved":
      return "Saved";
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline — will retry";
    case "server-error":
      return "Server problem — will retry";
    case "signed-out":
      return "Signed out — sign in to keep saving";
    case "conflict":
      return "Changed in another tab — choose a version";
    case "error":
      return status.message ?? "Some progress could not be saved";
  }
}

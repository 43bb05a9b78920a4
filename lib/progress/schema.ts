import { z } from "zod";
import { lessonIdSchema, slugSchema } from "@/lib/ids";

/**
 * The wire format of `POST /api/progress`, shared by the browser queue (which validates before it
 * stores anything) and the route (which validates again: the browser is never trusted).
 */
export const MAX_EVENTS_PER_BATCH = 100;
export const MAX_CODE_SAVES_PER_BATCH = 10;
/** Per cell. Measured in UTF-8 bytes, like the database stores it. */
export const MAX_CODE_BYTES = 100 * 1024;
/** Whole request body: ten full cells plus events, with room for JSON escaping. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Cell and exercise ids: the lesson format's id rule. */
const idSchema = slugSchema();

/** Ids the browser generates (crypto.randomUUID or similar). */
const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _");

const base = {
  id: clientIdSchema,
  lessonId: lessonIdSchema,
  /** Milliseconds since the epoch on the learner's device. */
  at: z.number().int().nonnegative(),
};

export const progressEventSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ ...base, type: z.literal("lesson-opened") }),
    z.strictObject({ ...base, type: z.literal("cell-run"), cellId: idSchema, ok: z.boolean(), errorName: z.string().max(100).optional() }),
    z.strictObject({ ...base, type: z.literal("exercise-check"), exerciseId: idSchema, passed: z.boolean() }),
    z.strictObject({ ...base, type: z.literal("hint-viewed"), exerciseId: idSchema, hint: z.number().int().min(1).max(50) }),
    z.strictObject({ ...base, type: z.literal("solution-viewed"), exerciseId: idSchema }),
  ],
  { error: "type must be one of lesson-opened, cell-run, exercise-check, hint-viewed, solution-viewed" },
);
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** What callers pass to `progress.record`: the queue adds the id and the time. */
export type ProgressEventInput = DistributiveOmit<ProgressEvent, "id" | "at">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * One cell's code. `source: null` resets the cell to the lesson's original. `baseRevision` is the
 * revision this edit started from (0 when the learner had no saved copy); a save whose base is not
 * the stored revision is refused as a conflict.
 */
export const codeSaveSchema = z.strictObject({
  saveId: clientIdSchema,
  lessonId: lessonIdSchema,
  cellId: idSchema,
  // The size cap is checked per save on the server (a "too-large" answer), not here, so one
  // oversized cell never makes the whole batch unreadable.
  source: z.string().nullable(),
  version: z.string().min(1).max(64),
  baseRevision: z.number().int().nonnegative(),
});
export type CodeSave = z.infer<typeof codeSaveSchema>;

export const progressBatchSchema = z
  .strictObject({
    events: z.array(progressEventSchema).max(MAX_EVENTS_PER_BATCH, `send at most ${MAX_EVENTS_PER_BATCH} events per request`).default([]),
    code: z.array(codeSaveSchema).max(MAX_CODE_SAVES_PER_BATCH, `send at most ${MAX_CODE_SAVES_PER_BATCH} code saves per request`).default([]),
  })
  .refine((b) => b.events.length + b.code.length > 0, { error: "send at least one event or code save" });
export type ProgressBatch = z.infer<typeof progressBatchSchema>;

/** What the server has stored for a cell (in a conflict answer; the browser queue keeps it until the learner chooses). */
export const serverCodeSchema = z.strictObject({
  source: z.string().nullable(),
  revision: z.number().int().nonnegative(),
  version: z.string(),
  updatedAt: z.string(),
});
export type ServerCode = z.infer<typeof serverCodeSchema>;

export type CodeSaveResult =
  | { saveId: string; status: "saved"; revision: number }
  | { saveId: string; status: "conflict"; current: ServerCode }
  | { saveId: string; status: "too-large"; message: string }
  | { saveId: string; status: "unknown-lesson"; message: string }
  | { saveId: string; status: "unknown-cell"; message: string };

export interface BatchResponse {
  ok: true;
  events: { stored: number; duplicates: number; ignored: number };
  code: CodeSaveResult[];
}

export interface BatchError {
  ok: false;
  message: string;
  issues?: Array<{ path: string; message: string }>;
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export const TOO_LARGE_MESSAGE = `This cell is larger than ${MAX_CODE_BYTES / 1024} KB, so it is not saved to your account. Shorten it (large data belongs in a dataset, not in code).`;

/** The pseudo-cell that holds a learner's own notes on a lesson (saved like code, shown on /me). */
export const NOTES_CELL_ID = "learner-notes";

import "server-only";
import { isUniqueViolation, type db } from "@/lib/db";
import { MAX_CODE_BYTES, TOO_LARGE_MESSAGE, utf8Bytes, type CodeSave, type CodeSaveResult, type ServerCode } from "./schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

interface StoredCode {
  source: string | null;
  revision: number;
  lessonVersion: string;
  updatedAt: Date;
}

function toServerCode(row: StoredCode): ServerCode {
  return { source: row.source, revision: row.revision, version: row.lessonVersion, updatedAt: row.updatedAt.toISOString() };
}

/**
 * Applies one save (or reset, `source: null`) if its base revision is the stored one; otherwise
 * answers "conflict" with what is stored, so the browser can ask the learner which to keep.
 * The writes are conditional on the revision, so two racing saves cannot both win.
 */
export async function applyCodeSave(tx: Tx, userId: string, save: CodeSave): Promise<CodeSaveResult> {
  const { saveId, lessonId, cellId, source, version, baseRevision } = save;
  if (source !== null && utf8Bytes(source) > MAX_CODE_BYTES) return { saveId, status: "too-large", message: TOO_LARGE_MESSAGE };

  const where = { userId_lessonId_cellId: { userId, lessonId, cellId } };
  const current = await tx.codeSave.findUnique({ where });
  // The same save replayed (its answer was lost on the way back): already applied.
  if (current?.lastSaveId === saveId) return { saveId, status: "saved", revision: current.revision };

  const conflict = async (): Promise<CodeSaveResult> => {
    const now = await tx.codeSave.findUnique({ where });
    const stored = now ?? { source: null, revision: 0, lessonVersion: version, updatedAt: new Date() };
    return { saveId, status: "conflict", current: toServerCode(stored) };
  };
  if ((current?.revision ?? 0) !== baseRevision) return conflict();

  const data = { source, lessonVersion: version, revision: baseRevision + 1, lastSaveId: saveId };
  if (current) {
    const updated = await tx.codeSave.updateMany({ where: { id: current.id, revision: baseRevision }, data });
    if (updated.count === 0) return conflict();
  } else {
    try {
      await tx.codeSave.create({ data: { userId, lessonId, cellId, ...data } });
    } catch (error) {
      if (isUniqueViolation(error)) return conflict();
      throw error;
    }
  }
  return { saveId, status: "saved", revision: baseRevision + 1 };
}

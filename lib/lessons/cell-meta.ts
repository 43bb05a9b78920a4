import { SLUG, SLUG_RULE } from "@/lib/ids";
import { MAX_TIME_LIMIT_S } from "./structure";

/** The role of a fenced block, from the first word after its language. */
const FENCE_ROLES = ["cell", "setup", "starter", "solution", "check", "wrong"] as const;
export type FenceRole = (typeof FENCE_ROLES)[number];

export interface FenceMeta {
  role: FenceRole | null;
  timeLimitMs?: number;
  readOnly: boolean;
  /** The cell ends with the kernel's warning notice on purpose (a leak shown to teach it). */
  expectNotice: boolean;
  id?: string;
  errors: string[];
}

/** Parses the info string after the language, e.g. `cell timeLimit=120 readOnly id=train`. */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const words = (meta ?? "").trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  const role = FENCE_ROLES.find((r) => r === first) ?? null;
  const result: FenceMeta = { role, readOnly: false, expectNotice: false, errors: [] };
  if (!role) return result;
  for (const word of words.slice(1)) {
    const [key, value] = word.split("=", 2) as [string, string | undefined];
    if (role !== "cell") {
      result.errors.push(`a \`${role}\` block takes no options (found "${word}")`);
    } else if (key === "readOnly" && value === undefined) {
      result.readOnly = true;
    } else if (key === "expectNotice" && value === undefined) {
      result.expectNotice = true;
    } else if (key === "timeLimit" && value !== undefined) {
      const seconds = Number(value);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIME_LIMIT_S) {
        result.errors.push(`timeLimit must be a number of seconds between 1 and ${MAX_TIME_LIMIT_S} (found "${value}")`);
      } else result.timeLimitMs = Math.round(seconds * 1000);
    } else if (key === "id" && value !== undefined) {
      if (!SLUG.test(value)) result.errors.push(`id must be ${SLUG_RULE} (found "${value}")`);
      else result.id = value;
    } else {
      result.errors.push(`unknown cell option "${word}" (use timeLimit=<seconds>, readOnly, expectNotice or id=<id>)`);
    }
  }
  return result;
}

export const CELL_LANGS = new Set(["ts", "typescript"]);

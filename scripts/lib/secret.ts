import crypto from "node:crypto";
import fs from "node:fs";

const SECRET_FILE = ".nextauth-secret";

/**
 * NEXTAUTH_SECRET from the environment, or else from a local file generated on first start, so
 * the quick start needs no setup. The file is git-ignored; production sets the variable.
 */
export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!fs.existsSync(SECRET_FILE)) {
    fs.writeFileSync(SECRET_FILE, crypto.randomBytes(48).toString("base64url") + "\n", { mode: 0o600 });
  }
  return fs.readFileSync(SECRET_FILE, "utf8").trim();
}

import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";

/** 128 random bits, URL-safe: unguessable, and short enough to read out in a classroom link. */
export function newInviteCode(): string {
  return randomBytes(16).toString("base64url");
}

export const inviteCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export function invitePath(code: string): string {
  return `/join/${code}`;
}

export function isInviteExpired(expiresAt: Date | null, now = new Date()): boolean {
  return expiresAt !== null && expiresAt <= now;
}

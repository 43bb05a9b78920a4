import "server-only";
import { env } from "@/lib/env";
import { createLimiter } from "./rate-limiter";

/** Progress batches per learner per minute (the queue sends at most a few per second while busy). */
export const progressWrites = createLimiter(env.PROGRESS_WRITES_PER_MINUTE);
/** Graded quiz answers per learner per minute. */
export const quizAttempts = createLimiter(env.QUIZ_ATTEMPTS_PER_MINUTE);

/**
 * Feedback on a learner's code, as the browser sees it (browser-safe: types and limits only).
 * Bodies and replies are plain text: every screen renders them as text, never as HTML.
 */

/** The longest comment or reply, in characters. */
export const FEEDBACK_MAX_CHARS = 2000;

export interface FeedbackItem {
  id: string;
  lessonId: string;
  cellId: string;
  /** 1-based line of the code when the comment was written; null for the whole cell. */
  line: number | null;
  /** The commented line's text as it was then ("" for the whole cell). */
  quote: string;
  body: string;
  authorName: string;
  createdAt: string;
  /** Whether the learner has seen it. */
  read: boolean;
  reply: string | null;
  repliedAt: string | null;
}

export type FeedbackResult = { ok: true; message: string } | { ok: false; message: string };

/** "line 3" or "the whole cell", for the comment's heading. */
export const feedbackTarget = (item: Pick<FeedbackItem, "line">) => (item.line === null ? "the whole cell" : `line ${item.line}`);

/**
 * Text edits at source positions, applied in one pass. A replacement never changes the number of
 * lines: newlines in the replaced range are kept, so runtime line N stays the learner's line N.
 */
interface Edit {
  start: number;
  end: number;
  text: string;
  seq: number;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

export class Splicer {
  private readonly edits: Edit[] = [];

  insert(pos: number, text: string): void {
    this.edits.push({ start: pos, end: pos, text, seq: this.edits.length });
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, seq: this.edits.length });
  }

  apply(source: string): string {
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.seq - b.seq);
    const parts: string[] = [];
    let cursor = 0;
    for (const edit of edits) {
      if (edit.start < cursor) throw new Error(`Overlapping cell rewrite at ${edit.start}`);
      parts.push(source.slice(cursor, edit.start), edit.text);
      const removed = source.slice(edit.start, edit.end);
      const lost = countNewlines(removed) - countNewlines(edit.text);
      if (lost > 0) parts.push("\n".repeat(lost));
      cursor = edit.end;
    }
    parts.push(source.slice(cursor));
    return parts.join("");
  }
}

/**
 * The exercises of a lesson read straight from its MDX, without compiling it (compiling a whole
 * course takes seconds; this takes microseconds). Fenced code is skipped, so a lesson that shows
 * exercise syntax in a code block does not gain an exercise. Returns null when an <Exercise> has
 * no literal id (its id then depends on its position, which only the compiler knows).
 */
export function exercisesFromSource(source: string): Array<{ id: string; title: string }> | null {
  const prose: string[] = [];
  let fence: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence === null) prose.push(line);
  }
  const found: Array<{ id: string; title: string }> = [];
  for (const tag of prose.join("\n").matchAll(/<Exercise\b([^>]*)>/g)) {
    const attrs = tag[1] ?? "";
    const id = /\bid\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (!id) return null;
    found.push({ id, title: /\btitle\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? "Exercise" });
  }
  return found;
}

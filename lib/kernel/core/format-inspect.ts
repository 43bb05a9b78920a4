import type { InspectValue } from "../outputs.ts";

/** The console's text form of an InspectValue (Node-like: `[ 1, 2 ]`, `Foo { a: 1 }`). */
function indent(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}

function joinList(open: string, items: string[], close: string): string {
  if (items.length === 0) return `${open}${close}`;
  const oneLine = `${open} ${items.join(", ")} ${close}`;
  if (oneLine.length <= 72 && !oneLine.includes("\n")) return oneLine;
  return `${open}\n  ${items.map((item) => indent(item, "  ")).join(",\n  ")}\n${close}`;
}

function more(truncated: boolean, shown: number, total: number): string[] {
  return truncated && total > shown ? [`... ${total - shown} more`] : [];
}

function formatKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

export function formatInspect(value: InspectValue): string {
  switch (value.kind) {
    case "primitive":
      return value.repr;
    case "array": {
      const items = value.items.map(formatInspect);
      if (value.items.length === 0 && value.truncated) return value.ctor ? `[${value.ctor}(${value.length})]` : `[Array(${value.length})]`;
      return `${value.ctor ? `${value.ctor}(${value.length}) ` : ""}${joinList("[", items, "]")}`;
    }
    case "object": {
      const items = value.entries.map(([k, v]) => `${formatKey(k)}: ${formatInspect(v)}`);
      if (value.entries.length === 0 && value.truncated) return `[${value.ctor}]`;
      const body = joinList("{", [...items, ...(value.truncated ? ["..."] : [])], "}");
      return value.ctor === "Object" ? body : `${value.ctor} ${body}`;
    }
    case "map": {
      const items = value.entries.map(([k, v]) => `${formatInspect(k)} => ${formatInspect(v)}`);
      return `Map(${value.size}) ${joinList("{", [...items, ...more(value.truncated, items.length, value.size)], "}")}`;
    }
    case "set":
      return `Set(${value.size}) ${joinList("{", value.items.map(formatInspect), "}")}`;
    case "tensor":
      return `Tensor ${value.dtype} [${value.shape.join(", ")}]\n${value.preview}`;
    case "function":
      return `[Function: ${value.name}]`;
    case "error":
      return `${value.name}: ${value.message}`;
    case "date":
      return value.iso;
    case "model":
      return [`Model ${value.name}`, ...value.summary].join("\n");
    case "circular":
      return "[Circular]";
    case "more":
      return `... ${value.count} more`;
  }
}

import { describe, expect, it } from "vitest";
import { OUTPUT_LIMITS, type Output } from "../outputs.ts";
import { createCellConsole } from "./console.ts";
import { OutputSink } from "./output-sink.ts";

describe("OutputSink", () => {
  it("announces truncation as soon as a flood of small writes fills the stream, not at the end of the run", () => {
    const outputs: Output[] = [];
    const sink = new OutputSink((o) => outputs.push(o), () => 0);
    const cellConsole = createCellConsole(() => sink);
    // Lines of 9 characters + newline: 20,000 of them fill the 200,000-character cap exactly.
    for (let i = 0; i < 100_000; i++) cellConsole.log("x".repeat(9));
    const notices = outputs.filter((o) => o.type === "notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: "warning", text: expect.stringMatching(/^Output truncated/) });
    const streamed = outputs.flatMap((o) => (o.type === "stream" ? [o.text.length] : [])).reduce((a, b) => a + b, 0);
    expect(streamed).toBe(OUTPUT_LIMITS.maxStreamChars);
  });
});

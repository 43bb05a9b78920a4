import { describe, expect, it } from "vitest";
import type { Output } from "../outputs";
import { OutputRelay } from "./output-relay";

const out = (text: string): Output => ({ type: "stream", name: "stdout", text });

describe("OutputRelay", () => {
  it("posts each output at once, tagged with its run", () => {
    const sent: Array<[string, Output[]]> = [];
    const relay = new OutputRelay((runId, outputs) => sent.push([runId, outputs]));
    relay.begin("r1");
    relay.push(out("a"));
    expect(sent).toEqual([["r1", [out("a")]]]);
  });

  it("drops output before any run and gives late output to the last run", () => {
    const sent: Array<[string, Output[]]> = [];
    const relay = new OutputRelay((runId, outputs) => sent.push([runId, outputs]));
    relay.push(out("lost"));
    relay.begin("r1");
    relay.begin("r2");
    relay.push(out("late timer output"));
    expect(sent).toEqual([["r2", [out("late timer output")]]]);
  });
});

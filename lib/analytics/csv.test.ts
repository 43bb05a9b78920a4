import { describe, expect, it } from "vitest";
import { csvField, csvFileName, toCsv } from "./csv";
import { parseCsv } from "@/tests/support/csv-reader";

describe("csvField", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r\nlf")).toBe('"cr\r\nlf"');
    expect(csvField(" padded ")).toBe('" padded "');
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("a=b")).toBe("a=b");
  });

  it("neutralises a formula prefix hidden behind leading whitespace", () => {
    const hostile: Array<[string, string]> = [
      [" =1+1", "' =1+1"],
      ["   +cmd", "'   +cmd"],
      ["\t=HYPERLINK(1)", "'\t=HYPERLINK(1)"],
      ["\n=cmd", "\"'\n=cmd\""],
      ["\r\n@SUM(A1)", "\"'\r\n@SUM(A1)\""],
      ["\u00a0-2+3", "'\u00a0-2+3"],
      ["\u3000=1", "'\u3000=1"],
      ["\u200b=1", "'\u200b=1"],
      ["\r", "\"'\r\""],
    ];
    for (const [input, written] of hostile) expect(csvField(input), JSON.stringify(input)).toBe(written);
    // Whitespace before ordinary text is kept as it is (quoted so no reader trims it).
    expect(csvField("  hello")).toBe('"  hello"');
    expect(csvField("x =1")).toBe("x =1");
  });

  it("quotes fields holding ';', the separator of many locales' spreadsheets", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField(";")).toBe('";"');
    expect(csvField("=1;2")).toBe("\"'=1;2\"");
    expect(csvField("a:b")).toBe("a:b");
  });

  it("writes numbers, booleans, dates and empties as data", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField(0.5)).toBe("0.5");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("toCsv", () => {
  it("round-trips awkward cells through a CSV reader", () => {
    const rows = [["Ada, Countess", 'She said "no"', "line1\nline2", "=1+1", 3]];
    const parsed = parseCsv(toCsv(["name", "quote", "multi", "formula", "n"], rows));
    expect(parsed).toEqual([
      ["name", "quote", "multi", "formula", "n"],
      ["Ada, Countess", 'She said "no"', "line1\nline2", "'=1+1", "3"],
    ]);
  });

  it("keeps hostile cells as one inert field each through a CSV reader", () => {
    const hostile = ["a;b;c", " =cmd|' /C calc'!A0", "\t@SUM(1;2)", 'x";=1;"y'];
    const text = toCsv(["a", "b", "c", "d"], [hostile]);
    const row = parseCsv(text)[1]!;
    expect(row).toHaveLength(4);
    expect(row).toEqual(["a;b;c", "' =cmd|' /C calc'!A0", "'\t@SUM(1;2)", 'x";=1;"y']);
  });

  it("starts with a BOM and ends every line with CRLF", () => {
    const text = toCsv(["a"], [["b"]]);
    expect(text.startsWith("\uFEFFa\r\n")).toBe(true);
    expect(text.endsWith("b\r\n")).toBe(true);
  });
});

describe("csvFileName", () => {
  it("keeps only safe characters", () => {
    expect(csvFileName("Spring 2026: Group \"A\"", "progress")).toBe("spring-2026-group-a-progress.csv");
    expect(csvFileName("")).toBe("export.csv");
  });
});

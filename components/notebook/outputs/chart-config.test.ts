import { describe, expect, it } from "vitest";
import { chartConfig } from "./chart-config";

describe("chartConfig", () => {
  it("draws line series as x/y points, defaulting x to the index", () => {
    const config = chartConfig({ type: "line", title: "Loss", series: [{ name: "loss", y: [3, 2, 1] }] });
    expect(config.type).toBe("scatter");
    expect(config.data.datasets[0]).toMatchObject({ label: "loss", showLine: true, data: [{ x: 0, y: 3 }, { x: 1, y: 2 }, { x: 2, y: 1 }] });
    expect(config.options.plugins).toMatchObject({ title: { display: true, text: "Loss" }, legend: { display: false } });
  });

  it("uses the first series' x as bar categories", () => {
    const config = chartConfig({ type: "bar", series: [{ name: "count", x: ["a", "b"], y: [1, 2] }] });
    expect(config.type).toBe("bar");
    expect(config.data.labels).toEqual(["a", "b"]);
    expect(config.data.datasets[0]).toMatchObject({ data: [1, 2] });
  });

  it("gives each series its own colour", () => {
    const config = chartConfig({ type: "scatter", series: [{ name: "a", y: [1] }, { name: "b", y: [2] }] });
    expect(config.data.datasets[0]?.borderColor).not.toBe(config.data.datasets[1]?.borderColor);
    expect(config.data.datasets[0]).toMatchObject({ showLine: false });
  });
});

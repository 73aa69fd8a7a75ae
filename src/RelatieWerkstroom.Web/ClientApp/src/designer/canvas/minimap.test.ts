import { describe, expect, it } from "vitest";
import { minimapSize } from "./minimap";

const tall = Array.from({ length: 40 }, (_, i) => ({ x: (i % 2) * 300, y: i * 120 }));
const wide = Array.from({ length: 6 }, (_, i) => ({ x: i * 300, y: (i % 2) * 100 }));

describe("minimap size", () => {
  it("keeps the full size on a wide canvas, tall or wide like the flowchart", () => {
    expect(minimapSize(tall, { width: 1400, height: 900 })).toEqual({ width: 110, height: 230 });
    expect(minimapSize(wide, { width: 1400, height: 900 })).toEqual({ width: 200, height: 130 });
  });

  it("shrinks with its shape kept to a fifth of the width and under a third of the height of a narrow canvas", () => {
    const size = minimapSize(tall, { width: 530, height: 460 })!;
    expect(size.height).toBeLessThanOrEqual(460 * 0.3);
    expect(size.width).toBeLessThanOrEqual(530 * 0.2);
    expect(size.height / size.width).toBeCloseTo(230 / 110, 1);
    const broad = minimapSize(wide, { width: 530, height: 460 })!;
    expect(broad.width).toBe(106);
    expect(broad.height / broad.width).toBeCloseTo(130 / 200, 1);
  });

  it("is left out when even a small readable map would not fit", () => {
    expect(minimapSize(tall, { width: 200, height: 150 })).toBeNull();
  });
});

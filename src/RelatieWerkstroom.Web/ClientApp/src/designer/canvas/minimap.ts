/** Size of the minimap: shaped like the flowchart, and never more than a corner of the canvas it overlays. */

export interface Size {
  width: number;
  height: number;
}

/** At most this share of the canvas' width and height (so on a 1024 px screen it stays in its corner). */
export const MinimapShare = { width: 0.2, height: 0.3 } as const;

/** Below this the map is too small to read or to pan with; it is hidden instead (the toggle can bring it back). */
export const MinimapMinimum = 48;

/**
 * Tall (110 × 230) for a long procedure read downwards, wide (200 × 130) for a short broad one, scaled down with its
 * shape kept until it fits the canvas' share. Null when even the smallest readable map does not fit.
 */
export function minimapSize(positions: readonly { x: number; y: number }[], canvas: Size | null): Size | null {
  let base: Size = { width: 200, height: 150 };
  if (positions.length > 0) {
    const xs = positions.map((p) => p.x);
    const ys = positions.map((p) => p.y);
    const ratio = (Math.max(...ys) - Math.min(...ys) + 100) / (Math.max(...xs) - Math.min(...xs) + 240);
    base = ratio > 1.5 ? { width: 110, height: 230 } : { width: 200, height: 130 };
  }
  if (!canvas || canvas.width <= 0 || canvas.height <= 0) return base;
  const scale = Math.min(1, (canvas.width * MinimapShare.width) / base.width, (canvas.height * MinimapShare.height) / base.height);
  const size = { width: Math.round(base.width * scale), height: Math.round(base.height * scale) };
  return Math.min(size.width, size.height) < MinimapMinimum ? null : size;
}

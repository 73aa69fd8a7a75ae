import type { Position } from '../model/elsa';

/** Below this zoom the node texts cannot be read. */
export const readableZoom = 0.6;
/** Opening a long flow a little below full size shows more of it, still easy to read. */
const openingZoom = 0.85;
const margin = 16;

interface Box {
  position: Position;
  width?: number;
  height?: number;
}

const right = (n: Box) => n.position.x + (n.width ?? 240);
const bottom = (n: Box) => n.position.y + (n.height ?? 64);

/**
 * Where the canvas opens. A flowchart that fits readably is fitted whole (undefined: fitView). A long one, laid out
 * top to bottom, opens on its beginning: zoomed so that the steps in the first screenful fit side by side (never below
 * a readable zoom, never above 0.85), centred on them, the first step whole at the top; "Alles in beeld" and the minimap
 * show the rest.
 */
export function openingView(nodes: Box[], width: number, height: number): { x: number; y: number; zoom: number } | undefined {
  const left = Math.min(...nodes.map((n) => n.position.x));
  const top = Math.min(...nodes.map((n) => n.position.y));
  const whole = Math.min((width - 2 * margin) / (Math.max(...nodes.map(right)) - left || 1), (height - 2 * margin) / (Math.max(...nodes.map(bottom)) - top || 1));
  if (whole >= readableZoom) return undefined;
  let zoom = openingZoom;
  let shown = nodes;
  // The first screenful depends on the zoom and the zoom on what it shows; a few rounds settle it.
  for (let round = 0; round < 4; round++) {
    shown = nodes.filter((n) => n.position.y < top + (height - margin) / zoom);
    const span = Math.max(...shown.map(right)) - Math.min(...shown.map((n) => n.position.x));
    const next = Math.min(openingZoom, Math.max(readableZoom, (width - 2 * margin) / (span || 1)));
    if (Math.abs(next - zoom) < 0.01) break;
    zoom = next;
  }
  shown = nodes.filter((n) => n.position.y < top + (height - margin) / zoom);
  const shownLeft = Math.min(...shown.map((n) => n.position.x));
  const shownRight = Math.max(...shown.map(right));
  const first = nodes.reduce((a, b) => (b.position.y < a.position.y ? b : a));
  const firstVisible = (x: number) => first.position.x * zoom + x >= margin && right(first) * zoom + x <= width - margin;
  // What fits is centred; what does not starts at its left edge (reading order), unless that cuts off the first step.
  let x = (shownRight - shownLeft) * zoom <= width - 2 * margin ? width / 2 - ((shownLeft + shownRight) / 2) * zoom : margin - shownLeft * zoom;
  if (!firstVisible(x)) x = width / 2 - ((first.position.x + right(first)) / 2) * zoom;
  return { x, y: margin - top * zoom, zoom };
}

/**
 * "Alles in beeld", but never smaller than readable. What fits readably is fitted whole and centred (at most full
 * size). What does not is shown at the readable zoom from its beginning: the top, and the left edge unless it fits
 * across; the rest is a scroll, a pan or the minimap away. `whole` says which of the two it became.
 */
export function readableFit(nodes: Box[], width: number, height: number): { x: number; y: number; zoom: number; whole: boolean } {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1, whole: true };
  const left = Math.min(...nodes.map((n) => n.position.x));
  const top = Math.min(...nodes.map((n) => n.position.y));
  const spanX = Math.max(...nodes.map(right)) - left;
  const spanY = Math.max(...nodes.map(bottom)) - top;
  const fit = Math.min(1, (width - 2 * margin) / (spanX || 1), (height - 2 * margin) / (spanY || 1));
  if (fit >= readableZoom) {
    return { x: width / 2 - (left + spanX / 2) * fit, y: height / 2 - (top + spanY / 2) * fit, zoom: fit, whole: true };
  }
  const zoom = readableZoom;
  const x = spanX * zoom <= width - 2 * margin ? width / 2 - (left + spanX / 2) * zoom : margin - left * zoom;
  return { x, y: margin - top * zoom, zoom, whole: false };
}

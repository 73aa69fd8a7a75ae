import { describe, expect, it } from 'vitest';
import { readDefinition } from '../model/elsa';
import { toNodes } from '../model/flowGraph';
import { indexDescriptors } from '../model/descriptors';
import { fixtureDescriptors } from '../testing/descriptorFixture';
import { referenceWorkflow } from '../testing/referenceWorkflows';
import { openingView, readableFit, readableZoom } from './openingView';

describe('the view a workflow opens on', () => {
  const nodes = toNodes(readDefinition(JSON.parse(referenceWorkflow('rw1'))), indexDescriptors(fixtureDescriptors), new Set());
  const start = nodes.find((n) => n.id === 'Start')!;

  it('shows the start of RW-1 whole and readable on a laptop-sized canvas, the flow running down from it', () => {
    const view = openingView(nodes, 760, 620)!;
    expect(view.zoom).toBeGreaterThanOrEqual(0.6);
    const screenLeft = start.position.x * view.zoom + view.x;
    const screenTop = start.position.y * view.zoom + view.y;
    expect(screenLeft).toBeGreaterThanOrEqual(0);
    expect(screenLeft + start.width! * view.zoom).toBeLessThanOrEqual(760);
    expect(screenTop).toBeGreaterThanOrEqual(0);
    expect(screenTop).toBeLessThan(100);
  });

  it('opens a wide grid of 500 steps at its top left corner, readable', () => {
    const grid = Array.from({ length: 500 }, (_, i) => ({ position: { x: (i % 25) * 300, y: Math.floor(i / 25) * 140 }, width: 240, height: 64 }));
    const view = openingView(grid, 760, 620)!;
    expect(view.zoom).toBeGreaterThanOrEqual(0.6);
    expect(view.x).toBeGreaterThan(0);
    expect(300 * view.zoom + view.x + 240 * view.zoom).toBeLessThan(760); // the second step is in view too
  });

  it('fits a small flowchart whole', () => {
    expect(openingView(nodes.slice(0, 3).map((n, i) => ({ ...n, position: { x: 0, y: i * 120 } })), 760, 620)).toBeUndefined();
  });
});

describe('"Alles in beeld"', () => {
  const grid = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ position: { x: (i % 25) * 300, y: Math.floor(i / 25) * 140 }, width: 240, height: 64 }));

  it('fits a flowchart that is readable whole, centred and never above full size', () => {
    const view = readableFit(grid(2), 1000, 600);
    expect(view.whole).toBe(true);
    expect(view.zoom).toBe(1);
    // Two steps of 240 with 60 between them: 540 wide, centred in 1000.
    expect(view.x).toBeCloseTo(230);
  });

  it('shows a large flowchart at the readable zoom from its top left corner instead of shrinking it', () => {
    const view = readableFit(grid(500), 760, 620);
    expect(view.whole).toBe(false);
    expect(view.zoom).toBe(readableZoom);
    expect(view.x).toBeGreaterThan(0);
    expect(view.x).toBeLessThan(30);
    expect(view.y).toBeGreaterThan(0);
    expect(view.y).toBeLessThan(30);
  });

  it('centres a long narrow flowchart across, its beginning at the top', () => {
    const nodes = toNodes(readDefinition(JSON.parse(referenceWorkflow('rw1'))), indexDescriptors(fixtureDescriptors), new Set());
    const view = readableFit(nodes, 760, 620);
    expect(view.zoom).toBeGreaterThanOrEqual(readableZoom);
    const top = Math.min(...nodes.map((n) => n.position.y));
    expect(top * view.zoom + view.y).toBeLessThan(30);
  });
});

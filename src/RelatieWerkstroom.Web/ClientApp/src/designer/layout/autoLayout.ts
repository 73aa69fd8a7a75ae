import type { DescriptorIndex } from '../model/descriptors';
import type { ElsaDefinition, Position } from '../model/elsa';
import { positionsFromElk, toElkGraph } from './elkGraph';

type Elk = { layout: (graph: ReturnType<typeof toElkGraph>) => Promise<ReturnType<typeof toElkGraph>> };
let elk: Promise<Elk> | undefined;

/** ELK (1.6 MB) is loaded only when a layout is asked for, and runs in a Web Worker, off the main thread. */
function loadElk(): Promise<Elk> {
  elk ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([api, worker]) => new api.default({ workerFactory: () => new Worker(worker.default) }) as unknown as Elk,
  );
  return elk;
}

/** Lays the flowchart out left to right; resolves with a position for every activity. */
export async function autoLayout(definition: ElsaDefinition, descriptors: DescriptorIndex): Promise<Map<string, Position>> {
  const instance = await loadElk();
  return positionsFromElk(await instance.layout(toElkGraph(definition, descriptors)));
}

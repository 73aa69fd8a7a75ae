import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { ActivityFlowNode } from '../model/flowGraph';
import { readableFit } from './openingView';

/** "Alles in beeld" at no less than a readable zoom; answers whether the whole flowchart fitted. */
export function useReadableFit(): () => Promise<boolean> {
  const flow = useReactFlow<ActivityFlowNode>();
  const store = useStoreApi<ActivityFlowNode>();
  return useCallback(async () => {
    const { width, height } = store.getState();
    const nodes = flow.getNodes().map((n) => ({ position: n.position, width: n.width ?? n.measured?.width, height: n.height ?? n.measured?.height }));
    const { whole, ...view } = readableFit(nodes, width, height);
    await flow.setViewport(view, { duration: 0 });
    return whole;
  }, [flow, store]);
}

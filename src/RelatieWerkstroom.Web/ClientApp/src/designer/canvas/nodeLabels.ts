import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

/**
 * The canvas translates once and hands the functions to its nodes: five hundred nodes each asking i18next for
 * a translator cost more than drawing them.
 */
export interface NodeLabels {
  t: TFunction<'designer'>;
  typeLabel: (typeName: string) => string;
}

export const NodeLabelsContext = createContext<NodeLabels | null>(null);

export function useNodeLabels(): NodeLabels {
  const labels = useContext(NodeLabelsContext);
  if (!labels) throw new Error('a canvas node is rendered outside DesignerCanvas');
  return labels;
}

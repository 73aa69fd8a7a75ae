/** The what-if answer of the host: the draft's simulated friction figures beside the published version's. */

export interface WhatIfLeadTime {
  clock: string;
  legalBasis?: string | null;
  term?: string | null;
  decided: number;
  withinTerm: number;
  open: number;
  percentWithinTerm?: number | null;
  meanLeadTimeDays?: number | null;
}

export interface WhatIfOriginBurden {
  origin: string;
  executions: number;
  professionalHours: number;
  professionalEuros: number;
  citizenHours: number;
  citizenOutOfPocket: number;
}

export interface WhatIfDiscretion {
  discretionId: string;
  name?: string | null;
  decisions: number;
  deviations: number;
  deviationRate?: number | null;
}

export interface WhatIfFigures {
  version: number;
  isPublished: boolean;
  casesOpened: number;
  casesFinished: number;
  tasksCompleted: number;
  decisions: number;
  leadTimes: WhatIfLeadTime[];
  burdenByOrigin: WhatIfOriginBurden[];
  burden: { professionalHours: number; professionalEuros: number; citizenHours: number; citizenOutOfPocket: number };
  breaches: number;
  breachWarnings: number;
  dwangsomOwed: number;
  breachesByClock: { clock: string; breached: number; warnings: number }[];
  deviationRate?: number | null;
  discretion: WhatIfDiscretion[];
  problems: string[];
}

export interface WhatIfResult {
  definitionId: string;
  name: string;
  cases: number;
  months: number;
  seed: number;
  from: string;
  to: string;
  draft: WhatIfFigures;
  published?: WhatIfFigures | null;
  seconds: number;
}

export type Direction = 'less' | 'more' | 'same' | 'none';

export interface Change {
  /** Draft minus published, rounded to the figure's precision; null when one side is missing. */
  delta: number | null;
  direction: Direction;
}

/** How the draft differs from the published figure (a difference smaller than the precision counts as the same). */
export function change(published: number | null | undefined, draft: number | null | undefined, decimals = 2): Change {
  if (published === null || published === undefined || draft === null || draft === undefined) return { delta: null, direction: 'none' };
  const factor = 10 ** decimals;
  const delta = Math.round((draft - published) * factor) / factor;
  return { delta, direction: delta < 0 ? 'less' : delta > 0 ? 'more' : 'same' };
}

/** The origins both runs have figures for, in the host's order (national, local, contract, internal, unknown). */
export function originRows(draft: WhatIfFigures, published: WhatIfFigures | null | undefined) {
  const order = ['national', 'local', 'contract', 'internal', 'unknown'];
  const names = new Set([...draft.burdenByOrigin.map((o) => o.origin), ...(published?.burdenByOrigin ?? []).map((o) => o.origin)]);
  return order.filter((o) => names.has(o)).map((origin) => ({
    origin,
    draft: draft.burdenByOrigin.find((o) => o.origin === origin),
    published: published?.burdenByOrigin.find((o) => o.origin === origin),
  }));
}

/** The lead-time rows of both runs by clock. */
export function clockRows(draft: WhatIfFigures, published: WhatIfFigures | null | undefined) {
  const clocks = [...new Set([...(published?.leadTimes ?? []).map((l) => l.clock), ...draft.leadTimes.map((l) => l.clock)])];
  return clocks.map((clock) => ({
    clock,
    draft: draft.leadTimes.find((l) => l.clock === clock),
    published: published?.leadTimes.find((l) => l.clock === clock),
  }));
}

/** The discretion rows of both runs by discretion id. */
export function discretionRows(draft: WhatIfFigures, published: WhatIfFigures | null | undefined) {
  const ids = [...new Set([...(published?.discretion ?? []).map((d) => d.discretionId), ...draft.discretion.map((d) => d.discretionId)])];
  return ids.map((id) => {
    const d = draft.discretion.find((x) => x.discretionId === id);
    const p = published?.discretion.find((x) => x.discretionId === id);
    return { id, name: d?.name ?? p?.name ?? id, draft: d, published: p };
  });
}

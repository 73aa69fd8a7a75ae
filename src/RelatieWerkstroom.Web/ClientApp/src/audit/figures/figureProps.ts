import type { ReportLabels } from '../reportLabels';
import type { FrictionReport } from '../useReport';

/** What every figure of the dashboard gets: the report, its source line, the names for its codes and the drill-down link maker. */
export interface FigureProps {
  report: FrictionReport;
  source: string;
  labels: ReportLabels;
  drill: (params: Record<string, string>) => string;
}

import type { BarChartOption } from './EChart';

/** Palette with enough contrast against white; decal patterns repeat the distinction without colour. */
const palette = ['#1f4e9c', '#b3541e', '#2e7d32', '#6a1b9a', '#00695c', '#8d6e00'];

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** Width of the category labels on the left; long names wrap onto more lines within it instead of running into each other. */
const labelWidth = 190;
const lineHeight = 15;

export interface BarSeries {
  name: string;
  data: (number | null)[];
}

export interface BarChart {
  option: BarChartOption;
  height: number;
}

/** Lines a label needs at the label width (an estimate from the average glyph width of the body font at 12 px). */
const linesFor = (label: string) => Math.min(3, Math.max(1, Math.ceil((label.length * 6.6) / labelWidth)));

/**
 * Horizontal bars: category names read left to right however long they are. The height grows with the categories and
 * their label lines, so neither labels nor bars overlap. Values are shown in the reader's number format.
 */
export function barChart(
  categories: string[],
  series: BarSeries[],
  language: string,
  unit: 'percent' | 'euro' | 'plain' = 'plain',
  /** 'full': a percentage axis runs to 100 %; 'fit': it ends near the largest bar, for small shares. */
  scale: 'full' | 'fit' = 'full',
): BarChart {
  const format = (value: number) =>
    unit === 'percent'
      ? new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
      : unit === 'euro'
        ? new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value)
        : new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
  const lines = Math.max(1, ...categories.map(linesFor));
  const perBar = 14;
  const row = Math.max(lines * lineHeight + 10, series.length * perBar + 10);
  const legend = series.length > 1 ? 32 : 0;
  return {
    height: Math.max(260, categories.length * row + legend + 40),
    option: {
      color: palette,
      grid: { left: 8, right: 24, top: legend + 8, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0, left: 0 } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? format(v) : '–') },
      xAxis: {
        type: 'value',
        // Quarters on a full percentage axis (0, 25, 50, 75, 100 %) never crowd its last label.
        ...(unit === 'percent' && scale === 'full' ? { max: 100, interval: 25 } : { splitNumber: 4 }),
        axisLabel: { formatter: (v: number) => format(v), hideOverlap: true, fontSize: 12, color: '#333' },
      },
      yAxis: {
        type: 'category',
        data: categories,
        inverse: true,
        axisTick: { show: false },
        axisLabel: { width: labelWidth, overflow: 'break', lineHeight, interval: 0, fontSize: 12, color: '#222' },
      },
      // The value at the end of each bar, so nobody has to read it off the axis.
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.data,
        barMaxWidth: 18,
        label: { show: true, position: 'right', fontSize: 11, color: '#222', formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? format(p.value) : '') },
      })),
    },
  };
}

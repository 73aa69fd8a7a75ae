import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Canvas, not SVG: the host's content security policy allows no inline style attributes, which the SVG renderer writes.
echarts.use([BarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

interface Props {
  option: BarChartOption;
  /** The height the bars and labels need; the chart may be taller when its container is. */
  height?: number;
  /** Called with the category index of a clicked bar (the table beside the chart offers the same by keyboard). */
  onSelect?: (index: number) => void;
}

/**
 * A bar chart. It is hidden from assistive technology: the data table next to it holds the same figures,
 * which screen-reader users and auditors copying figures use instead.
 */
export function EChart({ option, height = 280, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(ref.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Decal patterns tell series apart without colour.
    chart.current?.setOption({ animation: false, aria: { enabled: false, decal: { show: true } }, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onSelect) return;
    const handler = (params: { dataIndex?: number }) => {
      if (typeof params.dataIndex === 'number') onSelect(params.dataIndex);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onSelect]);

  // The frame takes at least the height the bars need and may grow to line up with a neighbouring card; the chart fills
  // the frame absolutely, so its canvas never pushes the frame (no resize loop).
  return (
    <div className="rw-chart-frame" style={{ minHeight: height }}>
      <div ref={ref} className="rw-chart" aria-hidden="true" data-testid="chart" />
    </div>
  );
}

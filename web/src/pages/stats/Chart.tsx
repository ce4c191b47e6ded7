// One chart: a canvas drawn by ECharts in a labelled figure. The aria-label states what the chart
// shows; the same figures are in the table below, the accessible alternative.
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts.ts';

interface ChartProps {
  option: EChartsCoreOption;
  label: string;
  testId?: string;
  tall?: boolean;
}

export function Chart({ option, label, testId, tall }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = box.current!;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      className={tall ? 'sta-chart sta-chart-tall' : 'sta-chart'}
      data-testid={testId}
    />
  );
}

// ECharts, only the parts the dashboard draws (tree-shaken: echarts/core + bar, line and pie,
// grid, tooltip and legend, the canvas renderer). Tooltips render on the canvas (richText):
// the HTML tooltip writes style attributes into markup, which the strict CSP refuses.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';

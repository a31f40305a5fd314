import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the pieces a bar chart needs, so the route's chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const BAR_PX = 22;
const GOVUK_BLUE = '#1d70b8';

/**
 * A bar chart (Chart.js, canvas) for people who would rather look than
 * read. The canvas is an image with a name; the table beside it carries the
 * same figures for screen-reader users, so the chart adds nothing they miss.
 * `*` (a suppressed count) is drawn as no bar.
 */
export function BarChart(props: {
  label: string;
  labels: readonly string[];
  values: readonly (number | '*')[];
  horizontal?: boolean;
}) {
  const { label, labels, values, horizontal = false } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    // jsdom has no canvas: the table beside still shows every figure.
    const ctx = canvas.current?.getContext?.('2d');
    if (!ctx) return;
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        labels: [...labels],
        datasets: [
          {
            label,
            data: values.map((v) => (v === '*' ? null : v)) as number[],
            backgroundColor: GOVUK_BLUE,
          },
        ],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { tooltip: { enabled: true } },
      },
    };
    const chart = new Chart(ctx, config);
    return () => chart.destroy();
  }, [label, labels, values, horizontal]);
  const height = horizontal ? Math.max(160, labels.length * BAR_PX + 60) : 280;
  return (
    <div className="app-chart" style={{ height }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Bar chart: ${label}. The table beside it gives the same figures.`}
      />
    </div>
  );
}

/** The quality score per day a check ran, as a line over 0..100 (SVG); its accessible name says first and last. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { TrendPoint } from '../../../insights/quality-trend';

const useStyles = makeStyles({
  chart: { display: 'block', width: '100%', height: 'auto' },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: '10px' },
});

const WIDTH = 300;
const HEIGHT = 96;
const LEFT = 24;
const TOP = 6;
const BOTTOM = 18;

export function TrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  const styles = useStyles();
  const plotW = WIDTH - LEFT - 6;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (score: number) => TOP + plotH - (plotH * score) / 100;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      data-testid="quality-trend"
    >
      {[0, 50, 100].map((v) => (
        <g key={v} aria-hidden="true">
          <line x1={LEFT} x2={WIDTH - 6} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
          <text x={LEFT - 4} y={y(v) + 3} textAnchor="end" className={styles.axis}>
            {v}
          </text>
        </g>
      ))}
      <polyline points={line} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
      {points.map((p, i) => (
        <circle key={p.day} cx={x(i)} cy={y(p.score)} r={2.5} fill={tokens.colorBrandForeground1} />
      ))}
      {points.length > 0 && (
        <g aria-hidden="true" className={styles.axis}>
          <text
            x={points.length === 1 ? x(0) : LEFT}
            y={HEIGHT - 4}
            textAnchor={points.length === 1 ? 'middle' : 'start'}
          >
            {points[0]!.day}
          </text>
          {points.length > 1 && (
            <text x={WIDTH - 6} y={HEIGHT - 4} textAnchor="end">
              {points[points.length - 1]!.day}
            </text>
          )}
        </g>
      )}
    </svg>
  );
}

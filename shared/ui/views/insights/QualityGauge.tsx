/** The quality score as a half-circle gauge (SVG in Fluent tokens); the score is also its accessible name. */
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  gauge: { display: 'block', width: '100%', maxWidth: '200px', height: 'auto' },
  score: { fill: tokens.colorNeutralForeground1, fontSize: '28px', fontWeight: tokens.fontWeightSemibold },
});

const RADIUS = 80;
const ARC = Math.PI * RADIUS;

export function QualityGauge({ score, label }: { score: number; label: string }) {
  const styles = useStyles();
  const colour =
    score >= 90
      ? tokens.colorPaletteGreenForeground1
      : score >= 70
        ? tokens.colorPaletteMarigoldForeground1
        : tokens.colorPaletteRedForeground1;
  const path = `M 20 100 A ${RADIUS} ${RADIUS} 0 0 1 180 100`;
  return (
    <svg className={styles.gauge} viewBox="0 0 200 112" role="img" aria-label={label} data-testid="quality-gauge">
      <path d={path} fill="none" stroke={tokens.colorNeutralBackground5} strokeWidth={16} strokeLinecap="round" />
      <path
        d={path}
        fill="none"
        stroke={colour}
        strokeWidth={16}
        strokeLinecap="round"
        strokeDasharray={`${(ARC * Math.max(0, Math.min(100, score))) / 100} ${ARC}`}
      />
      <text x="100" y="98" textAnchor="middle" className={styles.score} aria-hidden="true">
        {score.toFixed(1)}
      </text>
    </svg>
  );
}

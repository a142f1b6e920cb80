/** The Duplicates view's search settings: key columns, exact or fuzzy, and the threshold with live band counts. */
import {
  Caption1,
  Checkbox,
  Field,
  Label,
  Radio,
  RadioGroup,
  Slider,
  Text,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { HeaderMapping } from '../../template/header-mapping';
import { useT } from '../i18n';
import { MAX_THRESHOLD, MIN_THRESHOLD, keyColumns, mappedColumns, type SearchSettings } from './search-settings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  columns: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface SearchSettingsPanelProps {
  settings: SearchSettings;
  /** The sheet's columns as the last search mapped them; absent before a search (no key column list yet). */
  mapping: HeaderMapping | undefined;
  /** Groups of the last search in each band at the current threshold (absent before a search). */
  counts: { merge: number; review: number } | undefined;
  disabled: boolean;
  onChange(settings: SearchSettings): void;
}

export function SearchSettingsPanel({ settings, mapping, counts, disabled, onChange }: SearchSettingsPanelProps) {
  const t = useT();
  const styles = useStyles();
  const keysId = useId('search-keys');
  const columns = mapping ? mappedColumns(mapping) : [];
  const keys = mapping ? keyColumns(settings, mapping) : [];
  const toggle = (header: string, on: boolean) =>
    onChange({ ...settings, columns: columns.filter((c) => (c === header ? on : keys.includes(c))) });
  const percent = Math.round(settings.threshold * 100);

  return (
    <div className={styles.panel}>
      <Field label={t('dupes.mode')}>
        <RadioGroup
          layout="horizontal"
          value={settings.mode}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...settings, mode: data.value === 'exact' ? 'exact' : 'fuzzy' })}
        >
          <Radio value="fuzzy" label={t('dupes.mode.fuzzy')} />
          <Radio value="exact" label={t('dupes.mode.exact')} />
        </RadioGroup>
      </Field>
      {mapping && (
        <div className={styles.panel}>
          <Label id={keysId}>{t('dupes.keys')}</Label>
          <div className={styles.columns} role="group" aria-labelledby={keysId}>
            {columns.map((header) => (
              <Checkbox
                key={header}
                label={header}
                checked={keys.includes(header)}
                disabled={disabled}
                onChange={(_, data) => toggle(header, data.checked === true)}
              />
            ))}
          </div>
          {settings.mode === 'exact' && keys.length === 0 && (
            <Text className={styles.error}>{t('dupes.keysNeeded')}</Text>
          )}
        </div>
      )}
      {settings.mode === 'fuzzy' && (
        <Field label={t('dupes.threshold', { percent: `${percent}%` })}>
          <Slider
            min={MIN_THRESHOLD * 100}
            max={MAX_THRESHOLD * 100}
            step={1}
            value={percent}
            aria-valuetext={`${percent}%`}
            onChange={(_, data) => onChange({ ...settings, threshold: data.value / 100 })}
          />
        </Field>
      )}
      {counts && (
        <Text role="status" aria-live="polite">
          {t('dupes.bands', { merge: counts.merge, review: counts.review })}
        </Text>
      )}
      {settings.mode === 'fuzzy' && <Caption1>{t('dupes.thresholdHint')}</Caption1>}
    </div>
  );
}

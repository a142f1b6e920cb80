/**
 * The colours an .xlsx names by its theme (Excel's palette: "Blue, Accent 1, Lighter 80%" is theme 4
 * with tint 0.8) as `#RRGGBB`, the way Excel shows them: the theme's colour scheme, then the tint
 * applied to the colour's lightness (ECMA-376 Part 1, 18.8.19 `tint`, in HLS).
 */

/** The theme's colours in the order a cell's `theme` index counts them (lt1 and dk1 first, then lt2, dk2 …). */
const SCHEME_ORDER = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];

/** Excel's default Office theme (what exceljs writes into a workbook it creates), in SCHEME_ORDER. */
const OFFICE: readonly string[] = [
  'FFFFFF',
  '000000',
  'EEECE1',
  '1F497D',
  '4F81BD',
  'C0504D',
  '9BBB59',
  '8064A2',
  '4BACC6',
  'F79646',
  '0000FF',
  '800080',
];

/** The theme's colours (RRGGBB, by theme index) from its XML; the Office theme's where one is missing. */
export function themePalette(themeXml: string | undefined): string[] {
  return SCHEME_ORDER.map((name, i) => {
    const found = new RegExp(
      `<a:${name}>\\s*<a:(?:srgbClr val="([0-9A-Fa-f]{6})"|sysClr[^>]*lastClr="([0-9A-Fa-f]{6})")`,
    ).exec(themeXml ?? '');
    return (found?.[1] ?? found?.[2] ?? OFFICE[i]!).toUpperCase();
  });
}

/** A colour (RRGGBB) lightened (tint > 0) or darkened (tint < 0) as Excel does, as `#RRGGBB`. */
export function tintedColor(rgb: string, tint = 0): string {
  if (!tint) return `#${rgb.toUpperCase()}`;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const s = max === min ? 0 : l <= 0.5 ? (max - min) / (max + min) : (max - min) / (2 - max - min);
  let h = 0;
  if (max !== min) {
    const d = max - min;
    h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) / 6 : max === g ? ((b - r) / d + 2) / 6 : ((r - g) / d + 4) / 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  if (s === 0) return `#${channel(0).repeat(3)}`.toUpperCase(); // a grey: p = q = l
  return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`.toUpperCase();
}

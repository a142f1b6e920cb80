/**
 * A cell's look (shared/sheet/cell-look.ts) from and to an exceljs cell style. Colours an .xlsx names by
 * its theme are read as the colour they show (theme-colors.ts); a pattern fill is read as its
 * foreground colour, a gradient fill and colours by legacy index (Excel's automatic) as none; the
 * workbook's normal font, where the opener read it (normal-font.ts), as no font.
 */
import type ExcelJS from 'exceljs';
import { BORDER_STYLES, lookKey, type BorderEdge, type CellLook } from '../sheet/cell-look';
import { themePalette, tintedColor } from './theme-colors';
import { normalFontOf } from './normal-font';

type Style = Partial<ExcelJS.Style>;
type Color = { argb?: string; theme?: number; tint?: number };

const EDGES = ['top', 'right', 'bottom', 'left'] as const;
const HORIZONTAL = new Set(['left', 'center', 'right', 'fill', 'justify', 'centerContinuous', 'distributed']);
// Bottom is where cells sit by default (and what the file host gives an empty noted cell to keep it).
const VERTICAL = new Set(['top', 'middle', 'justify', 'distributed']);
const BORDERS = new Set<string>(BORDER_STYLES);

export interface ReadLook {
  look: CellLook;
  /** lookKey(look): '' for a plain cell. */
  key: string;
}

/**
 * Reads cells' looks with the workbook's theme, once per style: a loaded sheet gives many cells a
 * style object of their own, but they share its parts (fill, font, border, alignment), so a look is
 * found by the parts' identities.
 */
export class LookReader {
  private readonly palette: string[];
  private readonly byParts = new Map<string, ReadLook>();
  private readonly partIds = new WeakMap<object, number>();
  private parts = 0;
  private readonly normalFont: string | undefined;
  private static readonly PLAIN: ReadLook = { look: {}, key: '' };

  constructor(workbook: ExcelJS.Workbook | undefined) {
    const themes = (workbook as { _themes?: Record<string, string> } | undefined)?._themes;
    this.palette = themePalette(themes?.theme1);
    const normal = normalFontOf(workbook);
    this.normalFont = normal && JSON.stringify(this.font(normal));
  }

  read(style: Style | undefined): ReadLook {
    if (!style || !(style.fill || style.font || style.border || style.alignment)) return LookReader.PLAIN;
    const parts = `${this.partId(style.fill)},${this.partId(style.font)},${this.partId(style.border)},${this.partId(style.alignment)}`;
    let found = this.byParts.get(parts);
    if (!found) {
      const look = this.lookOf(style);
      this.byParts.set(parts, (found = { look, key: lookKey(look) }));
    }
    return found;
  }

  private partId(part: object | undefined): number {
    if (!part) return 0;
    let id = this.partIds.get(part);
    if (id === undefined) this.partIds.set(part, (id = ++this.parts));
    return id;
  }

  private color(color: Partial<Color> | undefined): string | undefined {
    if (typeof color?.argb === 'string' && /^([0-9A-F]{2})?[0-9A-F]{6}$/i.test(color.argb))
      return `#${color.argb.slice(-6).toUpperCase()}`;
    const base = typeof color?.theme === 'number' ? this.palette[color.theme] : undefined;
    return base ? tintedColor(base, color?.tint ?? 0) : undefined;
  }

  private font(f: Partial<ExcelJS.Font> | undefined): NonNullable<CellLook['font']> {
    const font: NonNullable<CellLook['font']> = {};
    if (typeof f?.name === 'string' && f.name) font.name = f.name;
    if (typeof f?.size === 'number' && f.size > 0) font.size = f.size;
    if (f?.bold) font.bold = true;
    if (f?.italic) font.italic = true;
    if (f?.underline && f.underline !== 'none') font.underline = f.underline === true ? 'single' : f.underline;
    if (f?.strike) font.strike = true;
    const color = this.color(f?.color);
    if (color) font.color = color;
    return font;
  }

  private lookOf(style: Style): CellLook {
    const look: CellLook = {};
    const fill = style.fill;
    const fillColor = fill?.type === 'pattern' && fill.pattern !== 'none' ? this.color(fill.fgColor) : undefined;
    if (fillColor) look.fill = fillColor;
    const font = this.font(style.font);
    if (Object.keys(font).length > 0 && JSON.stringify(font) !== this.normalFont) look.font = font;
    const border: NonNullable<CellLook['border']> = {};
    for (const edge of EDGES) {
      const line = style.border?.[edge];
      if (!line?.style || !BORDERS.has(line.style)) continue;
      const color = this.color(line.color);
      border[edge] = { style: line.style as BorderEdge['style'], ...(color ? { color } : {}) };
    }
    if (Object.keys(border).length > 0) look.border = border;
    const a = style.alignment;
    const alignment: NonNullable<CellLook['alignment']> = {};
    if (a?.horizontal && HORIZONTAL.has(a.horizontal)) alignment.horizontal = a.horizontal;
    if (a?.vertical && VERTICAL.has(a.vertical)) alignment.vertical = a.vertical as typeof alignment.vertical;
    if (a?.wrapText) alignment.wrapText = true;
    if (typeof a?.indent === 'number' && a.indent > 0) alignment.indent = a.indent;
    if (a?.textRotation === 'vertical' || (typeof a?.textRotation === 'number' && a.textRotation !== 0))
      alignment.textRotation = a.textRotation;
    if (Object.keys(alignment).length > 0) look.alignment = alignment;
    return look;
  }
}

const argb = (color: string) => ({ argb: `FF${color.slice(1)}` });

/** A style with the look's fill, font, border and alignment in place of its own (its number format and protection kept). */
export function styleWithLook(style: Style, look: CellLook): Style {
  const { fill: _fill, font: _font, border: _border, alignment: _alignment, ...rest } = style;
  const out: Style = { ...rest };
  if (look.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(look.fill) };
  if (look.font) {
    const { color, ...font } = look.font;
    out.font = { ...font, ...(color ? { color: argb(color) } : {}) };
  }
  if (look.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const edge of EDGES) {
      const line = look.border[edge];
      if (line) border[edge] = { style: line.style, ...(line.color ? { color: argb(line.color) } : {}) };
    }
    out.border = border;
  }
  if (look.alignment) out.alignment = { ...look.alignment };
  return out;
}

/**
 * An .xlsx's normal font: the first font of xl/styles.xml, which Excel shows wherever a cell names no
 * other and which exceljs reads into every cell with a style of its own (a number format is enough).
 * Known, it reads as no font in a cell's look (exceljs-look.ts), so a list whose cells only have number
 * formats has no look to keep. exceljs keeps no styles after a load, so the opener reads it from the bytes.
 */
import type ExcelJS from 'exceljs';
import { attribute } from './xml-tokens';
import { readPart } from './xlsx-parts';
import { zipEntries } from './xlsx-scan';

const NORMAL_FONTS = new WeakMap<ExcelJS.Workbook, Partial<ExcelJS.Font>>();

export function normalFontOf(workbook: ExcelJS.Workbook | undefined): Partial<ExcelJS.Font> | undefined {
  return workbook && NORMAL_FONTS.get(workbook);
}

/** Reads the normal font of the .xlsx `bytes` that `workbook` was loaded from; a file without one leaves it unknown. */
export async function rememberNormalFont(workbook: ExcelJS.Workbook, bytes: Uint8Array): Promise<void> {
  const entry = zipEntries(bytes)?.find((e) => e.name.replace(/^\//, '') === 'xl/styles.xml');
  if (!entry) return;
  const font: Partial<ExcelJS.Font> = {};
  let state = 'before' as 'before' | 'fonts' | 'font' | 'done';
  const flag = (attrs: string) => !['0', 'false'].includes(attribute(attrs, 'val') ?? '1');
  const open = (name: string, attrs: string, selfClosing: boolean) => {
    if (state === 'before' && name === 'fonts') state = 'fonts';
    else if (state === 'fonts' && name === 'font') state = selfClosing ? 'done' : 'font';
    else if (state !== 'font') return;
    else if (name === 'sz') font.size = Number(attribute(attrs, 'val'));
    else if (name === 'name') font.name = attribute(attrs, 'val');
    else if (name === 'b') font.bold = flag(attrs);
    else if (name === 'i') font.italic = flag(attrs);
    else if (name === 'strike') font.strike = flag(attrs);
    else if (name === 'u') font.underline = (attribute(attrs, 'val') ?? 'single') as ExcelJS.Font['underline'];
    else if (name === 'color') {
      const [rgb, theme, tint] = ['rgb', 'theme', 'tint'].map((key) => attribute(attrs, key));
      font.color = {
        ...(rgb ? { argb: rgb } : {}),
        ...(theme ? { theme: Number(theme) } : {}),
        ...(tint ? { tint: Number(tint) } : {}),
      } as ExcelJS.Color;
    }
  };
  const close = (name: string) => {
    if (state === 'font' && name === 'font') state = 'done';
  };
  try {
    await readPart(bytes, entry, { open, close, text: () => undefined }, () => state === 'done');
  } catch {
    return; // exceljs loaded the file, so its styles were read; a part this reader cannot follow only costs the shortcut
  }
  if (state === 'done') NORMAL_FONTS.set(workbook, font);
}

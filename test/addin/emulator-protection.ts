/**
 * Worksheet protection in the Excel emulator (ExcelApi 1.2): `worksheet.protection` (protected,
 * options, protect, unprotect) and `range.format.protection.locked`. As in Excel, a protected sheet
 * refuses values and formulas written to a locked cell, and protect() fails on a protected sheet.
 */
import { type EmContext, EmulatedOfficeError } from './emulator-context';
import { formatAddress, type EmSheet, type Rect } from './emulator-model';
import { Proxy } from './emulator-proxy';
import type { RangeTarget } from './emulator-range';

export interface EmProtection {
  options: Record<string, boolean>;
}

/** Whether a cell is locked: the last lock set over it wins; cells are locked by default, as in Excel. */
export function isLockedCell(sheet: EmSheet, row: number, col: number): boolean {
  for (let i = sheet.locks.length - 1; i >= 0; i--) {
    const { rect, locked } = sheet.locks[i]!;
    if (row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1) return locked;
  }
  return true;
}

/** Throws as Excel does when a write reaches a locked cell of a protected sheet. */
export function checkWritable(sheet: EmSheet, rect: Rect): void {
  if (!sheet.protection) return;
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++)
      if (isLockedCell(sheet, r, c))
        throw new EmulatedOfficeError('AccessDenied', `The cell ${formatAddress(rect)} is protected.`);
}

export class WorksheetProtectionProxy extends Proxy<EmSheet> {
  constructor(ctx: EmContext, path: string, parent: Proxy<EmSheet>) {
    super(ctx, path, null, parent);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
  get options(): Record<string, boolean> {
    return this.prop('options');
  }
  protected override read(name: string, sheet: EmSheet): unknown {
    if (name === 'protected') return sheet.protection !== null;
    if (name === 'options') return { ...sheet.protection?.options };
    return super.read(name, sheet);
  }
  protect(options: Record<string, boolean> = {}): void {
    this.enqueue(
      'protection.protect',
      (sheet) => {
        if (sheet.protection) throw new EmulatedOfficeError('InvalidOperation', 'The worksheet is already protected.');
        sheet.protection = { options: { ...options } };
      },
      { record: options },
    );
  }
  unprotect(): void {
    this.enqueue('protection.unprotect', (sheet) => void (sheet.protection = null), { record: true });
  }
}

/** `range.format.protection`: only `locked`, which Custodian sets. */
export class RangeProtectionProxy extends Proxy<RangeTarget> {
  constructor(ctx: EmContext, path: string, parent: Proxy<RangeTarget>) {
    super(ctx, path, null, parent);
  }
  set locked(value: boolean) {
    this.enqueue(
      'format.protection.locked',
      ({ sheet, rect }) => {
        if (sheet.protection)
          throw new EmulatedOfficeError('AccessDenied', 'Cell locks cannot change on a protected sheet.');
        sheet.locks.push({ rect, locked: value });
      },
      { record: value },
    );
  }
}

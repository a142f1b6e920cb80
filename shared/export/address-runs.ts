/**
 * The address column's cells where the sheet has no region column: an address typed as one run of
 * province, city and street (钉钉's 地址 安徽省合肥市蜀山区长江西路123号) gives the CRM's State and City
 * their values and keeps the district and street as the street (normalise/place-run.ts). An address that does
 * not split that surely stays as typed.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import { splitPlaceRun, type PlaceRun } from '../normalise/place-run';
import { provinceNames } from '../normalise/region-places';

const MEMO_LIMIT = 50_000;

export class AddressRuns {
  private readonly provinces: Set<string>;
  private readonly byText = new Map<string, PlaceRun | null>();
  /** Some row's address splits: the CRM's State and City columns take the address column. */
  readonly holds: boolean;

  constructor(
    values: readonly (readonly CellValue[])[],
    readonly col: number,
    regionField: Field,
  ) {
    this.provinces = provinceNames(regionField);
    let holds = false;
    for (let r = 1; r < values.length && !holds; r++) holds = this.parts(values[r] ?? []) !== null;
    this.holds = holds;
  }

  /** The row's address as province, city and the rest, or null when it does not split. */
  parts(row: readonly CellValue[]): PlaceRun | null {
    const cell = row[this.col - 1] ?? null;
    if (typeof cell !== 'string') return null;
    let run = this.byText.get(cell);
    if (run === undefined) {
      run = splitPlaceRun(cell, this.provinces);
      if (this.byText.size < MEMO_LIMIT) this.byText.set(cell, run);
    }
    return run;
  }
}

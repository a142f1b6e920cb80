/**
 * The address column's cells where the sheet has no region column: an address typed as one run of
 * province, city and street (钉钉's 地址 安徽省合肥市蜀山区长江西路123号) gives the CRM's State and City
 * their values and keeps the district and street as the street (normalise/place-run.ts), and one typed
 * with its parts two spaces apart (Mailchimp's Address, address-spaced.ts) gives State, City, the
 * postcode and the country theirs. An address that does not split that surely stays as typed.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import { splitPlaceRun, type PlaceRun } from '../normalise/place-run';
import { provinceNames } from '../normalise/region-places';
import { spacedAddress } from './address-spaced';

const MEMO_LIMIT = 50_000;

/** An address's parts: province (or state), city and the rest, and the postcode and country a spaced address names. */
export interface AddressRun extends PlaceRun {
  postcode?: string;
  country?: string;
}

function readRun(text: string, provinces: ReadonlySet<string>): AddressRun | null {
  const run = splitPlaceRun(text, provinces);
  if (run) return run;
  const spaced = spacedAddress(text);
  return (
    spaced && {
      province: spaced.state,
      city: spaced.city,
      rest: spaced.street,
      postcode: spaced.postcode,
      country: spaced.country,
    }
  );
}

export class AddressRuns {
  private readonly provinces: Set<string>;
  private readonly byText = new Map<string, AddressRun | null>();
  /** Some row's address splits: the CRM's State and City columns take the address column. */
  readonly holds: boolean;
  /** Some row's address is spaced (Mailchimp's): the postcode and country columns take it too. */
  readonly holdsSpaced: boolean;

  constructor(
    values: readonly (readonly CellValue[])[],
    readonly col: number,
    regionField: Field,
  ) {
    this.provinces = provinceNames(regionField);
    let first: AddressRun | null = null;
    for (let r = 1; r < values.length && !first; r++) first = this.parts(values[r] ?? []);
    this.holds = first !== null;
    // A list writes its addresses one way: the first that splits says which.
    this.holdsSpaced = first?.country !== undefined;
  }

  /** The row's address as province, city and the rest, or null when it does not split. */
  parts(row: readonly CellValue[]): AddressRun | null {
    const cell = row[this.col - 1] ?? null;
    if (typeof cell !== 'string') return null;
    let run = this.byText.get(cell);
    if (run === undefined) {
      run = readRun(cell, this.provinces);
      if (this.byText.size < MEMO_LIMIT) this.byText.set(cell, run);
    }
    return run;
  }
}

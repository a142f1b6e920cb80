/**
 * Dates against a spreadsheet's wall clock. Google Sheets hands dates over as instants and takes
 * instants back, while the core's dates are UTC midnights of the date a cell shows. The host passes
 * in its one time-zone-aware call (Apps Script: Utilities.formatDate); results are cached per
 * instant, since a column of dates repeats many.
 */

export const MS_PER_DAY = 86_400_000;
/** The pattern the host's formatter writes an instant in (Java SimpleDateFormat letters). */
export const WALL_CLOCK_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSS";

export class WallClock {
  private readonly wallClocks = new Map<number, number>();

  constructor(private readonly format: (instant: number) => string) {}

  /** The wall-clock time the spreadsheet shows for an instant, as milliseconds read as UTC. */
  wallClock(instant: number): number {
    const cached = this.wallClocks.get(instant);
    if (cached !== undefined) return cached;
    const m = /^(-?\d+)-(\d+)-(\d+)T(\d+):(\d+):(\d+)\.(\d+)$/.exec(this.format(instant));
    const wall = m
      ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7]))
      : instant;
    this.wallClocks.set(instant, wall);
    return wall;
  }

  /** The instant the spreadsheet shows as 00:00 of the UTC date of `utcMidnight` (two passes for DST). */
  localMidnight(utcMidnight: number): Date {
    let instant = utcMidnight - (this.wallClock(utcMidnight) - utcMidnight);
    instant = utcMidnight - (this.wallClock(instant) - instant);
    return new Date(instant);
  }

  /** The UTC midnight of the date the spreadsheet shows at `instant` (its time, if any, dropped). */
  dateShown(instant: number): Date {
    return new Date(Math.floor(this.wallClock(instant) / MS_PER_DAY) * MS_PER_DAY);
  }
}

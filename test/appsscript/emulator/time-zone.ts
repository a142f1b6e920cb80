/**
 * Sheets' date model for the emulator: a date cell holds a serial number (days since 1899-12-30 in
 * the spreadsheet's time zone) and getValues turns it into the instant of that wall-clock time.
 * Also Utilities.formatDate. Uses Intl, which knows every IANA time zone.
 */

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const formatters = new Map<string, Intl.DateTimeFormat>();
const wallCache = new Map<string, number>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time shown in `timeZone` at `instant`, as milliseconds read as UTC. */
export function wallClock(instant: number, timeZone: string): number {
  const key = `${timeZone}|${instant}`;
  const cached = wallCache.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const ms = ((instant % 1000) + 1000) % 1000;
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!, ms);
  if (wallCache.size > 200_000) wallCache.clear();
  wallCache.set(key, wall);
  return wall;
}

/** The instant whose wall-clock time in `timeZone` is `wall`. */
export function instantOf(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(wall, timeZone) - wall);
  guess = wall - (wallClock(guess, timeZone) - guess);
  return guess;
}

export function serialToInstant(serial: number, timeZone: string): number {
  return instantOf(Math.round(SERIAL_EPOCH + serial * MS_PER_DAY), timeZone);
}

export function instantToSerial(instant: number, timeZone: string): number {
  return (wallClock(instant, timeZone) - SERIAL_EPOCH) / MS_PER_DAY;
}

/** The serial of a calendar date (no time). */
export function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH) / MS_PER_DAY;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Utilities.formatDate for the patterns the server uses (SimpleDateFormat letters y M d H m s S Z, 'quoted'). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const instant = date.getTime();
  const wall = new Date(wallClock(instant, timeZone));
  const offsetMinutes = Math.round((wall.getTime() - instant) / 60_000);
  return pattern.replace(/'([^']*)'|y+|M+|d+|H+|m+|s+|S+|Z/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    switch (token[0]) {
      case 'y':
        return pad(wall.getUTCFullYear(), 4);
      case 'M':
        return pad(wall.getUTCMonth() + 1, token.length);
      case 'd':
        return pad(wall.getUTCDate(), token.length);
      case 'H':
        return pad(wall.getUTCHours(), token.length);
      case 'm':
        return pad(wall.getUTCMinutes(), token.length);
      case 's':
        return pad(wall.getUTCSeconds(), token.length);
      case 'S':
        return pad(wall.getUTCMilliseconds(), 3);
      default: {
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
      }
    }
  });
}

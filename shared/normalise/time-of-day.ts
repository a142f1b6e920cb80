/**
 * The time of day beside a date: typed after it (14:22, 下午3:30, 9:15 am, T10:30:00Z, 23:30-05:00),
 * as 24-hour `HH:MM[:SS]` with its zone as typed, or held in an Excel serial's fraction. Midnight is
 * how exports write a plain date (an API's 2024-03-05T00:00:00+08:00), except in a column whose other
 * times at other hours carry their zone: Constant Contact's Created At of "2020-01-01 00:00:00 -0800" is a
 * moment in California, which a bare 2020-01-01 read as UTC's would move to 31 December.
 */

// A time of day after the date: 14:22, 14:22:10.250, 下午3:30, 9:15 am, T10:30:00Z, 23:30-05:00.
export const TIME_OF_DAY =
  /(?:t|\s+|(?<=[日号]))\s*(上午|下午|晚上|早上|中午)?\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?\s*(am|pm)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const ZONES: Record<string, string> = { z: 'UTC', utc: 'UTC', gmt: 'UTC' };

/** A time of day as `timeOfDay` writes it with its zone. */
export const ZONED_TIME = /\s(?:UTC|[+-]\d{2}:\d{2})$/;

/**
 * A matched time of day as 24-hour HH:MM[:SS] (and its zone as typed), null when it cannot be a time;
 * '' for midnight, unless written with its zone where `zonedMidnight` says the column's times are moments.
 */
export function timeOfDay(m: RegExpExecArray, zonedMidnight = false): string | null {
  const [, word, h, min, sec, half, zone] = m;
  let hour = Number(h);
  const minute = Number(min);
  const second = sec === undefined ? 0 : Number(sec);
  if (minute > 59 || second > 59) return null;
  const afternoon = half === 'pm' || word === '下午' || word === '晚上' || (word === '中午' && hour < 11);
  const morning = half === 'am' || word === '上午' || word === '早上';
  // 0:30 AM is half past midnight, as 12:30 AM is; 0:30 PM could be noon or a slip, so no time.
  if ((afternoon || morning) && (hour > 12 || (hour < 1 && !morning))) return null;
  if (afternoon && hour < 12) hour += 12;
  if (morning && hour === 12) hour = 0;
  if (hour > 23) return null;
  const zoneText = zone ? ` ${ZONES[zone] ?? zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')}` : '';
  if (hour === 0 && minute === 0 && second === 0 && !(zonedMidnight && zone)) return '';
  return `${pad(hour)}:${pad(minute)}${sec === undefined ? '' : `:${pad(second)}`}${zoneText}`;
}

/** The time of day a serial's fraction holds, to the second ('' for midnight), never past the serial's day. */
export function serialTime(serial: number): string {
  const seconds = Math.min(86_399, Math.round((serial - Math.floor(serial)) * 86_400));
  if (seconds === 0) return '';
  const [hour, minute, second] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return `${pad(hour)}:${pad(minute)}${second === 0 ? '' : `:${pad(second)}`}`;
}

/**
 * Where a meeting takes place, as booking exports write it (Calendly's Location): a link to join, the
 * video platform's name, the number to call. Such a column says nothing of where the customer is.
 */
import type { CellValue } from '../sheet/cell-value';
import { valueShape } from './value-shape';
import { isJapanPostcode } from './column-profile';

const LINK = /^(?:https?:\/\/|www\.)\S+$/i;
/** Video and phone meeting platforms, alone or before a meeting number (腾讯会议 123-456-789). */
const PLATFORM =
  /^(?:zoom(?:\s+meeting)?|google\s+meet|(?:microsoft\s+|ms\s+)?teams(?:\s+meeting)?|webex|skype|gotomeeting|whereby|jitsi(?:\s+meet)?|phone(?:\s+call)?|(?:outbound|inbound)\s+call|腾讯会议|飞书(?:视频)?会议|钉钉(?:视频)?会议|企业微信会议|电话(?:会议)?|视频会议|线上会议)(?:\s*[:：]?\s*[\d\s-]+)?$/i;
/** Share of a column's values that are such places for the column to be one of meeting places. */
const MEETINGS = 0.5;
const SAMPLE = 50;

/** Whether one cell names where a meeting is held online or by phone. */
function meetingPlace(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const s = value.normalize('NFKC').trim();
  // Japan's postcode (100-0005) has a local phone's shape but is no number to call.
  return LINK.test(s) || PLATFORM.test(s) || (valueShape(s) === 'phone' && !isJapanPostcode(s));
}

/** Whether most sampled values of the column are meeting links, platforms or numbers to call. */
export function holdsMeetingPlaces(rows: readonly (readonly CellValue[] | undefined)[], col: number): boolean {
  let seen = 0;
  let meetings = 0;
  for (let r = 0; r < rows.length && seen < SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    seen++;
    if (meetingPlace(value)) meetings++;
  }
  return seen > 0 && meetings / seen >= MEETINGS;
}

/**
 * A 房产中介 客户登记表 names a client 赵总 on one visit and 赵建华 on another: the merged row keeps the
 * whole name, whichever row survives, and the title form goes to the notes; nothing is lost.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const HEADER = ['客户姓名', '电话', '意向区域', '经纪人', '备注'];
const pair = [{ rows: [2, 3], confidence: 0.99, reasons: ['同一客户'] }];

function merged(rows: CellValue[][]) {
  const snapshot = sheet('客户登记', [HEADER, ...rows]);
  return mergeAndApply(snapshot, pair, optionsFor(snapshot, 'zh-CN')).rowAt(2);
}

describe('merge of a surname with a title and the whole name', () => {
  test('keeps 赵建华 when the surviving row says 赵总, and notes 赵总', () => {
    const row = merged([
      ['赵总', '13900001234', '朝阳', '王磊', '看过两套'],
      ['赵建华', '139 0000 1234', '朝阳', '王磊', null],
    ]);
    expect(row['客户姓名']).toBe('赵建华');
    expect(String(row['备注'])).toContain('赵总');
    expect(String(row['备注'])).toContain('看过两套');
  });

  test('keeps the whole name when it is the survivor’s already', () => {
    const row = merged([
      ['赵建华', '13900001234', '朝阳', '王磊', null],
      ['赵总', '139 0000 1234', '朝阳', '王磊', null],
    ]);
    expect(row['客户姓名']).toBe('赵建华');
  });

  test('keeps a title form when no whole name of that surname is in the group', () => {
    const row = merged([
      ['赵总', '13900001234', '朝阳', '王磊', null],
      ['钱阿姨', '139 0000 1234', '朝阳', '王磊', null],
    ]);
    expect(row['客户姓名']).toBe('赵总');
  });
});

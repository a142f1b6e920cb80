import { checkSheet } from '../../shared/check/check-sheet';
import { sheet, TODAY } from '../operations/fixtures';

describe('phone cells holding more than a number', () => {
  test('says two numbers in one cell, or a note after a number that clean moves, in the sheet’s language', () => {
    const zh = checkSheet(
      sheet([
        ['姓名', '手机'],
        ['张三', '13800138000/13900139000'],
        ['赵六', '13800138000 (微信同号)'],
      ]),
      { now: TODAY },
    );
    expect(zh.issues.map((i) => [i.row, i.code, i.severity, i.message])).toEqual([
      [
        2,
        'phone.several',
        'error',
        '“13800138000/13900139000”里有不止一个号码：一个单元格只放一个号码，另一个请放到单独的一列（如 备用电话）。',
      ],
      // Clean can move the note to the 备注 column it adds: a warning, not a dead end.
      [
        3,
        'phone.noteToMove',
        'warning',
        '“13800138000 (微信同号)”是号码加备注：清理时备注会移到“备注”列（记为“手机：微信同号”），这一格只留号码 13800138000。',
      ],
    ]);
    const en = checkSheet(
      sheet([
        ['Name', 'Phone'],
        ['Ann Smith', '+1 415 555 0134, +1 415 555 0199'],
      ]),
      { now: TODAY },
    );
    expect(en.issues.map((i) => i.message)).toEqual([
      '"+1 415 555 0134, +1 415 555 0199" holds more than one number: keep one number per cell and put the other in a column of its own (Other Phone, say).',
    ]);
  });
});

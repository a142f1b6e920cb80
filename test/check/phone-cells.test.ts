import { checkSheet } from '../../shared/check/check-sheet';
import { sheet, TODAY } from '../operations/fixtures';

describe('phone cells holding more than a number', () => {
  test('says two numbers in one cell, or a note after a number, in the sheet’s language', () => {
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
      [
        3,
        'phone.withNote',
        'error',
        '“13800138000 (微信同号)”是号码加备注：号码本身有效，备注请移到备注列，这一格只留号码。',
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

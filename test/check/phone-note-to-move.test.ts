/**
 * Check of a phone cell holding a number and a note: clean can move the note to the notes column, so
 * it is a fixable issue (a warning naming the number and where the note goes), not a dead end; a
 * contact's name after the number is no note and stays an error, said as a name.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { sheet, TODAY } from '../operations/fixtures';

describe('check of phone cells with a note', () => {
  test('zh-CN: the note can move to 备注, which clean adds; a name after the number stays as typed', () => {
    const { issues } = checkSheet(
      sheet([
        ['客户名称', '联系人', '手机', '城市'],
        ['华为技术', '张伟', '13911112222 (微信同号)', '深圳'],
        ['小米科技', '李娜', '138 2222 3333（微信同号）', '北京'],
        ['明德电子', '周杰', '13911112222 张总', '苏州'],
      ]),
      { now: TODAY },
    );
    expect(issues.map((i) => [i.row, i.code, i.severity, i.suggestion, i.message])).toEqual([
      [
        2,
        'phone.noteToMove',
        'warning',
        '13911112222',
        '“13911112222 (微信同号)”是号码加备注：清理时备注会移到“备注”列（记为“手机：微信同号”），这一格只留号码 13911112222。',
      ],
      [
        3,
        'phone.noteToMove',
        'warning',
        '13822223333',
        '“138 2222 3333（微信同号）”是号码加备注：清理时备注会移到“备注”列（记为“手机：微信同号”），这一格只留号码 13822223333。',
      ],
      [
        4,
        'phone.withName',
        'error',
        null,
        '“13911112222 张总”是号码后面写了人名（像是联系人，不是备注）：已保持原样，清理不会移动它。请把联系人写到联系人列，这一格只留号码。',
      ],
    ]);
  });

  test('en-US: the note can move to the sheet’s own Notes column', () => {
    const { issues } = checkSheet(
      sheet([
        ['Name', 'Company', 'Mobile', 'Notes'],
        ['Oliver Hughes', 'Hughes Joinery Ltd', '+44 7911 123456 (work)', 'Met at the fair'],
        ['Sophie Turner', 'Turner Design', '+44 7912 345678 (John)', ''],
      ]),
      { now: TODAY },
    );
    expect(issues.filter((i) => i.field === 'phone').map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        'phone.noteToMove',
        'warning',
        '"+44 7911 123456 (work)" is a number with a note: cleaning moves the note to Notes (as "Mobile: work") and keeps only the number here, +44 7911 123456.',
      ],
      [
        'phone.withName',
        'error',
        '"+44 7912 345678 (John)" has a person’s name after the number (a contact, no note): left as typed, and cleaning does not move it. Put the contact in a contact column and keep only the number here.',
      ],
    ]);
  });
});

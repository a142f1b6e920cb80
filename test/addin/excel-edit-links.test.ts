/**
 * Clean rewrites an e-mail whose cell links to mailto: of the old address (ZhangWei@QQ.com → zhangwei@qq.com):
 * through the Excel host the link follows the new text, another cell's link (a CRM record) stays, and
 * undo's edit puts the old link back.
 */
import { planFor, hostFor } from './helpers';
import { ExcelEmulator } from './excel-emulator';

const rows = [
  ['姓名', '邮箱'],
  ['张伟', 'ZhangWei@QQ.com'],
  ['李娜', 'li.na@163.com'],
];

function workbook(): ExcelEmulator {
  const excel = new ExcelEmulator().addSheet('客户', rows);
  excel.apiVersion = 1.18;
  const model = excel.sheet('客户');
  model.setCell(2, 2, { ...model.cell(2, 2)!, link: 'mailto:ZhangWei@QQ.com' });
  model.setCell(3, 2, { ...model.cell(3, 2)!, link: 'https://crm.example.com/contacts/88' });
  return excel;
}

const edit = {
  row: 2,
  col: 2,
  before: 'ZhangWei@QQ.com',
  after: 'zhangwei@qq.com',
  linkBefore: 'mailto:ZhangWei@QQ.com',
  link: 'mailto:zhangwei@qq.com',
};

describe('an edit that moves its cell’s link, through the Excel host', () => {
  test('sets the new link, keeps the other cell’s, and the inverse edit gives the old one back', async () => {
    const excel = workbook();
    const host = hostFor(excel);
    await host.applyPlan(planFor('客户', { edits: [edit] }));
    const model = excel.sheet('客户');
    expect(model.cell(2, 2)).toMatchObject({ value: 'zhangwei@qq.com', link: 'mailto:zhangwei@qq.com' });
    expect(model.cell(3, 2)).toMatchObject({ link: 'https://crm.example.com/contacts/88' });

    const inverse = {
      ...edit,
      before: edit.after,
      after: edit.before,
      linkBefore: edit.link,
      link: edit.linkBefore,
    };
    await host.applyPlan(planFor('客户', { edits: [inverse] }));
    expect(model.cell(2, 2)).toMatchObject({ value: 'ZhangWei@QQ.com', link: 'mailto:ZhangWei@QQ.com' });
  });

  test('an edit without a link keeps the cell’s own', async () => {
    const excel = workbook();
    await hostFor(excel).applyPlan(
      planFor('客户', { edits: [{ row: 3, col: 2, before: 'li.na@163.com', after: 'lina@163.com' }] }),
    );
    expect(excel.sheet('客户').cell(3, 2)).toMatchObject({
      value: 'lina@163.com',
      link: 'https://crm.example.com/contacts/88',
    });
  });
});

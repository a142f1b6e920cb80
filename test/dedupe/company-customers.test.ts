import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });
const mergedRows = (values: CellValue[][]) =>
  findDuplicates(sheet(values))
    .clusters.filter((c) => c.band === 'merge')
    .map((c) => c.rows);

describe('findDuplicates on lists whose customers are companies', () => {
  test('compares the contact person as a name: one contact twice is a duplicate, two contacts of one company are not', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '地址'],
      ['杭州蓝海贸易有限公司', '陈静', '13912345678', '杭州市西湖区文三路100号'], // 2
      ['蓝海贸易（杭州）有限公司', '陈 静', '139 1234 5678', '西湖区文三路100号'], // 3: row 2 again
      ['杭州蓝海贸易有限公司', '王强', '13698765432', '杭州市西湖区文三路100号'], // 4: a colleague
      ['宁波恒通物流有限公司', '刘洋', '18622223333', '宁波市鄞州区中山路8号'],
      ['上海中联咨询有限公司', '孙磊', '13344445555', '上海市徐汇区南京路20号'],
      ['深圳卓越电子有限公司', '吴昊', '18977778888', '深圳市南山区科技园路66号'],
    ];
    expect(mergedRows(values)).toEqual([[2, 3]]);
  });

  test('compares the contact person as a name in an English list of accounts', () => {
    const values: CellValue[][] = [
      ['Company', 'Contact Person', 'Phone', 'Email'],
      ['Acme Inc.', 'John Smith', '+1 415 555 2671', 'john.smith@acme.com'], // 2
      ['ACME, Inc', 'Smith, John', '(415) 555-2671', 'John.Smith@acme.com'], // 3: row 2 again
      ['Acme Inc.', 'Mary Jones', '+1 415 555 2600', 'mary.jones@acme.com'], // 4: a colleague
      ['Globex LLC', 'Peter Brown', '+1 212 555 0188', 'peter@globex.com'],
      ['Initech', 'Linda Wu', '+1 646 555 0123', 'linda.wu@initech.com'],
    ];
    expect(mergedRows(values)).toEqual([[2, 3]]);
  });
});

/**
 * Export of cells that show a label linking to the value (an address book's 张伟邮箱 → mailto:, a
 * website column's 官网 → https://…, an Outlook "Call" → tel:): the CRM file gets the link's target,
 * since an import file holds no links, and the report names the column, rows and an example. A cell
 * whose text is itself an address or web address keeps its text.
 */
import { linkTarget, withLinkTargets } from '../../shared/export/link-targets';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const NOW = new Date('2024-07-01T00:00:00Z');

function column(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  return file.rows.map((row) => row[at] ?? null);
}

describe('linkTarget', () => {
  test('a label linking to an address, a web page or a number stands for the target', () => {
    expect(linkTarget('张伟邮箱', 'mailto:zhangwei@huawei.com')).toBe('zhangwei@huawei.com');
    expect(linkTarget('Email me', 'mailto:ann%2Bcrm@acme.co.uk?subject=Hello')).toBe('ann+crm@acme.co.uk');
    expect(linkTarget('官网', 'https://www.huawei.com')).toBe('https://www.huawei.com');
    expect(linkTarget('LinkedIn', 'http://linkedin.com/in/ann-lee')).toBe('http://linkedin.com/in/ann-lee');
    expect(linkTarget('Call', 'tel:+44%2020%207946%200958')).toBe('+44 20 7946 0958');
  });

  test('text that is itself a value of the link’s kind keeps its text, as does an empty or odd link', () => {
    expect(linkTarget('lina@xiaomi.com', 'mailto:lina@xiaomi.com')).toBeNull();
    expect(linkTarget('sales@acme.com', 'mailto:ann@acme.com')).toBeNull();
    expect(linkTarget('https://www.mi.com', 'https://www.mi.com')).toBeNull();
    expect(linkTarget('huawei.com', 'https://www.huawei.com/cn')).toBeNull();
    expect(linkTarget('13911112222', 'tel:+8613911112222')).toBeNull();
    expect(linkTarget('', 'mailto:a@b.com')).toBeNull();
    expect(linkTarget('联系人', 'mailto:')).toBeNull();
    expect(linkTarget('见第二页', '#Sheet2!A1')).toBeNull();
    expect(linkTarget('合同', 'file:///C:/合同/2024.pdf')).toBeNull();
  });
});

describe('withLinkTargets', () => {
  test('replaces only labelled cells, in copied rows, and leaves the sheet it was given alone', () => {
    const values: CellValue[][] = [
      ['客户名称', '邮箱', '网址'],
      ['华为技术有限公司', '张伟邮箱', '官网'],
      ['小米科技', 'lina@xiaomi.com', 'https://www.mi.com'],
    ];
    const snapshot: SheetSnapshot = {
      name: '客户',
      values,
      extras: [
        { row: 2, col: 2, link: 'mailto:zhangwei@huawei.com' },
        { row: 2, col: 3, link: 'https://www.huawei.com' },
        { row: 3, col: 2, link: 'mailto:lina@xiaomi.com' },
      ],
    };
    const { snapshot: linked, targets } = withLinkTargets(snapshot);
    expect(linked.values[1]).toEqual(['华为技术有限公司', 'zhangwei@huawei.com', 'https://www.huawei.com']);
    expect(linked.values[2]).toBe(values[2]);
    expect(values[1]).toEqual(['华为技术有限公司', '张伟邮箱', '官网']);
    expect([...targets]).toEqual([
      ['邮箱', { rows: [2], example: { label: '张伟邮箱', target: 'zhangwei@huawei.com' } }],
      ['网址', { rows: [2], example: { label: '官网', target: 'https://www.huawei.com' } }],
    ]);
  });

  test('a sheet without links is returned as it is', () => {
    const snapshot: SheetSnapshot = { name: 'A', values: [['Name'], ['Ann']] };
    expect(withLinkTargets(snapshot).snapshot).toBe(snapshot);
  });
});

describe('planExport with labelled links', () => {
  test('HubSpot gets the address and the site, and the report says where', () => {
    const snapshot: SheetSnapshot = {
      name: 'Contacts',
      values: [
        ['Name', 'Company', 'Email', 'Website'],
        ['Ann Lee', 'Acme Ltd', 'Email Ann', 'Site'],
        ['Bob Ray', 'Globex', 'bob@globex.com', 'https://globex.com'],
        ['Cy Tan', 'Initech', 'Email Cy', ''],
      ],
      extras: [
        { row: 2, col: 3, link: 'mailto:ann.lee@acme.co.uk' },
        { row: 2, col: 4, link: 'https://www.acme.co.uk/' },
        { row: 4, col: 3, link: 'mailto:cy@initech.com' },
      ],
    };
    const { files, report } = planExport(snapshot, { crm: 'hubspot', now: NOW });
    expect(column(files[0]!, 'Email')).toEqual(['ann.lee@acme.co.uk', 'bob@globex.com', 'cy@initech.com']);
    expect(report.linkTargets).toEqual({
      Email: { count: 2, rowNumbers: [2, 4], example: { label: 'Email Ann', target: 'ann.lee@acme.co.uk' } },
      Website: { count: 1, rowNumbers: [2], example: { label: 'Site', target: 'https://www.acme.co.uk/' } },
    });
    expect(report.errorRows).toBe(0);
  });
});

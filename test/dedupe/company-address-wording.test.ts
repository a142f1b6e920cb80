/**
 * Company and address reasons name the real difference: St. is Saint in a company's name (Street in an
 * address), & is and, 远通/远同 is one character apart (not one brand), and an address written with
 * more detail (a flat, a suite, 十二区, a direction) or without its 市/区 is no typo. Two flats of one
 * building stay two flats.
 */
import type { Reason } from '../../shared/dedupe';
import { clusterOf } from './cluster-of-pair';
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { levelKey } from '../../shared/ui/i18n/level-strings';
import { enUS } from '../../shared/ui/i18n/en-US';
import { zhCN } from '../../shared/ui/i18n/zh-CN';

const zh = MERGE_LABELS['zh-CN'].reason!;

function reasonOn(values: CellValue[][], column: string, a: number, b: number): Reason {
  const reason = clusterOf(values, a, b).reasons.find((r) => r.column === column);
  expect(reason).toBeDefined();
  return reason!;
}

const EN_B2B = ['Company', 'Contact', 'Email', 'Phone', 'Address', 'City', 'State'];

describe('company names', () => {
  test("Saint Luke's and St. Luke's are one company, and the rows merge", () => {
    const values: CellValue[][] = [
      EN_B2B,
      [
        "Saint Luke's Medical Center",
        'Dr. Susan Patel',
        'spatel@saintlukes.org',
        '(816) 555-0130',
        '4401 Wornall Rd',
        'Kansas City',
        'MO',
      ],
      [
        "St. Luke's Medical Center",
        'Susan Patel, MD',
        'SPatel@saintlukes.org',
        '816-555-0130',
        '4401 Wornall Road',
        'Kansas City',
        'MO',
      ],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(cluster.band).toBe('merge');
    const company = cluster.reasons.find((r) => r.column === 'Company')!;
    expect(company.level).toBe('exact');
    expect(company.message).toBe("Company: same company (Saint Luke's Medical Center = St. Luke's Medical Center)");
  });

  test('Mt. is Mount and Ft. is Fort in a company name', () => {
    const values: CellValue[][] = [
      EN_B2B,
      ['Mount Sinai Dental Group', 'Ana Ruiz', 'aruiz@msdental.com', '212-555-0190', '10 E 102nd St', 'New York', 'NY'],
      ['Mt. Sinai Dental Group', 'Ana Ruiz', 'aruiz@msdental.com', '212-555-0190', '10 E 102nd St', 'New York', 'NY'],
      ['Fort Worth Tool Supply', 'Ben Hale', 'ben@fwtool.com', '817-555-0144', '500 Main St', 'Fort Worth', 'TX'],
      ['Ft. Worth Tool Supply', 'Ben Hale', 'ben@fwtool.com', '817-555-0144', '500 Main St', 'Fort Worth', 'TX'],
    ];
    expect(reasonOn(values, 'Company', 2, 3).level).toBe('exact');
    expect(reasonOn(values, 'Company', 4, 5).level).toBe('exact');
  });

  test('& is and, not words in another order', () => {
    const values: CellValue[][] = [
      EN_B2B,
      ['Baker & Sons Plumbing', 'Tom Baker', 'tom@bakersons.com', '512-555-0177', '88 Elm St', 'Austin', 'TX'],
      ['Baker and Sons Plumbing LLC', 'Tom Baker', 'tom@bakersons.com', '512-555-0177', '88 Elm St', 'Austin', 'TX'],
    ];
    const reason = reasonOn(values, 'Company', 2, 3);
    expect(reason.level).toBe('suffix-removed');
    expect(reason.message).not.toContain('another order');
  });

  test('上海远通物流 and 上海远同物流 are one character apart, not one brand', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '座机', '地址'],
      ['上海远通物流有限公司', '许志伟', '021-64001234', '上海市闵行区莘庄工业区春东路508号'],
      ['上海远同物流有限公司', '许志伟', '021-64001234', '上海市闵行区春东路508号'],
    ];
    const reason = reasonOn(values, '客户名称', 2, 3);
    expect(reason.level).toBe('typo');
    expect(reason.message).toBe(
      '客户名称: company names one character apart (通/同), read the same (上海远通物流有限公司 ≈ 上海远同物流有限公司)',
    );
    expect(reasonText(reason, zh)).toBe('客户名称：有一处笔误（上海远通物流有限公司 ≈ 上海远同物流有限公司）');
  });
});

describe('addresses', () => {
  const cn: CellValue[][] = [
    ['客户名称', '联系人', '手机', '地址'],
    ['北京中科信达科技有限公司', '赵明', '13501234567', '北京市海淀区中关村大街27号'],
    ['中科信达', '赵经理', '13501234567', '北京海淀中关村大街27号'],
    ['北京博达恒远商贸有限公司', '吕建波', '13910987654', '北京市丰台区南四环西路188号'],
    ['北京博达恒远商贸有限公司', '吕建波', '8613910987654', '北京市丰台区南四环西路188号十二区'],
  ];

  test('an address without its 市/区 is the same address written short', () => {
    const reason = reasonOn(cn, '地址', 2, 3);
    expect(reason.level).toBe('place-words-left-out');
    expect(reasonText(reason, zh)).toBe(
      '地址：一方省略了省、市、区等字（北京市海淀区中关村大街27号 ≈ 北京海淀中关村大街27号）',
    );
    expect(enUS[levelKey('place-words-left-out')]).toBe('same address, one without 省/市/区');
    expect(zhCN[levelKey('place-words-left-out')]).toBe('一方省略了省、市、区等字');
  });

  test('an address with a part more (十二区) has more detail', () => {
    const reason = reasonOn(cn, '地址', 4, 5);
    expect(reason.level).toBe('more-detail');
    expect(reasonText(reason, zh)).toBe(
      '地址：一方更详细，另一方是其中一部分（北京市丰台区南四环西路188号 ≈ 北京市丰台区南四环西路188号十二区）',
    );
    expect(reason.message).toContain('one address has more detail (十二区)');
  });

  test('a suite or a flat written in one row only is more detail, and a direction with an abbreviation too', () => {
    const values: CellValue[][] = [
      EN_B2B,
      [
        'The Greenfield Group Inc.',
        'William Ortiz',
        'wortiz@greenfieldgroup.com',
        '617-555-0110',
        '75 State St',
        'Boston',
        'MA',
      ],
      [
        'Greenfield Group',
        'Bill Ortiz',
        'wortiz@greenfieldgroup.com',
        '(617) 555-0110',
        '75 State Street, Suite 1200',
        'Boston',
        'MA',
      ],
      [
        'Lone Star Freight',
        'Raul Diaz',
        'rdiaz@lonestarfreight.com',
        '214-555-0133',
        '7800 Stemmons Fwy',
        'Dallas',
        'TX',
      ],
      [
        'Lone Star Freight',
        'Raul Diaz',
        'rdiaz@lonestarfreight.com',
        '214-555-0133',
        '7800 N Stemmons Freeway',
        'Dallas',
        'TX',
      ],
    ];
    const suite = reasonOn(values, 'Address', 2, 3);
    expect(suite.level).toBe('more-detail');
    expect(suite.message).toBe(
      'Address: one address has more detail (Suite 1200) (75 State St ≈ 75 State Street, Suite 1200)',
    );
    expect(enUS[levelKey('more-detail')]).toBe('one address has more detail');
    const north = reasonOn(values, 'Address', 4, 5);
    expect(north.level).toBe('more-detail');
    expect(north.message).toContain('one address has more detail (N)');
  });

  test('a flat in one row only is more detail; two other flats stay a difference', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Address', 'ZIP'],
      ['Alex', 'Rivera', 'arivera@gmail.com', '303-555-0145', '300 Oak St Apt 4B', '80205'],
      ['Alex', 'Rivera', 'arivera@gmail.com', '', '300 Oak St', '80205'],
      ['Maria', 'Lopez', 'mlopez@gmail.com', '303-555-0188', '300 Oak St Apt 4B', '80205'],
      ['Maria', 'Lopez', 'mlopez@gmail.com', '', '300 Oak St Apt 5C', '80205'],
    ];
    const flat = reasonOn(values, 'Address', 2, 3);
    expect(flat.level).toBe('more-detail');
    expect(flat.message).toContain('one address has more detail (Apt 4B)');
    const other = reasonOn(values, 'Address', 4, 5);
    expect(other.level).toBe('other-unit');
    expect(other.message).toBe(
      'Address: same street address, another flat or suite (Apt 4B ≠ Apt 5C) (300 Oak St Apt 4B ≠ 300 Oak St Apt 5C)',
    );
    expect(reasonText(other, zh)).toBe('Address：同一门牌，房号或单元不同（300 Oak St Apt 4B ≠ 300 Oak St Apt 5C）');
  });

  test('two rooms of one building in a Chinese address stay two rooms; a room written in one row only is more detail', () => {
    const values: CellValue[][] = [
      ['收货人', '手机', '收货地址'],
      ['周婷', '13812345678', '广州市天河区珠江新城富力盈泰大厦1502'],
      ['周婷', '13812345678', '广州市天河区珠江新城富力盈泰大厦1502室'],
      ['吴磊', '13698765432', '广州市天河区珠江新城富力盈泰大厦1502室'],
      ['吴磊', '13698765432', '广州市天河区珠江新城富力盈泰大厦1503室'],
    ];
    const room = reasonOn(values, '收货地址', 2, 3);
    expect(room.level).toBe('more-detail');
    const other = reasonOn(values, '收货地址', 4, 5);
    expect(other.level).toBe('other-unit');
    expect(other.message).toContain('another flat or suite (1502室 ≠ 1503室)');
  });
});

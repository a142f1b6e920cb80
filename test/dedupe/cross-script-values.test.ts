/**
 * Hong Kong and Singapore lists write one company, one address and one contact in English in one row
 * and in Chinese in another (Tencent Holdings Ltd / 騰訊控股有限公司, David Chan / 陳大文). Two values
 * in two scripts, the Latin one not the other's pinyin, cannot be compared: no evidence either way,
 * as an empty cell, and the reason says so. A cell holding both forms matches either.
 */
import { findDuplicates, type Reason } from '../../shared/dedupe';
import { clusterOf } from './cluster-of-pair';
import { companyComparator } from '../../shared/dedupe/compare/company';
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { levelKey } from '../../shared/ui/i18n/level-strings';
import { enUS } from '../../shared/ui/i18n/en-US';
import { zhCN } from '../../shared/ui/i18n/zh-CN';

const zh = MERGE_LABELS['zh-CN'].reason!;

function reasonOn(reasons: Reason[], column: string): Reason {
  const reason = reasons.find((r) => r.column === column);
  expect(reason).toBeDefined();
  return reason!;
}

const HEADER = ['Company Name', 'Contact', 'Phone', 'Email', 'Address', 'Country'];

describe('values written in two scripts', () => {
  test('an English and a Chinese company name with the same phone and e-mail merge, the names not compared', () => {
    const values: CellValue[][] = [
      HEADER,
      [
        'Tencent Holdings Ltd',
        'David Chan',
        '+852 2179 5111',
        'david.chan@tencent.com.hk',
        "29/F Three Pacific Place, 1 Queen's Road East, Wan Chai",
        'Hong Kong',
      ],
      [
        '騰訊控股有限公司',
        '陳大文',
        '21795111',
        'David.Chan@tencent.com.hk',
        '灣仔皇后大道東1號太古廣場三座29樓',
        '香港',
      ],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(cluster.band).toBe('merge');
    const company = reasonOn(cluster.reasons, 'Company Name');
    expect(company.level).toBe('other-script');
    expect(company.message).toBe(
      'Company Name: written in English in one row and in Chinese in the other, not compared (Tencent Holdings Ltd / 騰訊控股有限公司)',
    );
    expect(reasonText(company, zh)).toBe(
      'Company Name：一方为英文、一方为中文，未比较（Tencent Holdings Ltd / 騰訊控股有限公司）',
    );
    expect(enUS[levelKey('other-script')]).toBe(
      'written in English in one row and in Chinese in the other, not compared',
    );
    expect(zhCN[levelKey('other-script')]).toBe('一方为英文、一方为中文，未比较');
    expect(reasonOn(cluster.reasons, 'Contact').level).toBe('other-script');
    expect(reasonOn(cluster.reasons, 'Address').level).toBe('other-script');
  });

  test('Li & Fung and 利豐 with one phone and one e-mail merge', () => {
    const values: CellValue[][] = [
      HEADER,
      [
        'Li & Fung Limited',
        'Wong Ka Ming',
        '+852 2300 2300',
        'kmwong@lifung.com',
        'LiFung Tower, 888 Cheung Sha Wan Road, Kowloon',
        'Hong Kong',
      ],
      ['利豐有限公司', '黃家明', '(852) 23002300', 'kmwong@lifung.com', '九龍長沙灣道888號利豐大廈', '香港'],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(cluster.band).toBe('merge');
    expect(cluster.reasons.some((r) => r.level === 'different')).toBe(false);
  });

  test('a Chinese name equal to the English one in pinyin still counts as the same', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机'],
      ['华为技术有限公司', '张伟', '13800138000'],
      ['Huawei Technologies Co., Ltd.', 'Zhang Wei', '13800138000'],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(reasonOn(cluster.reasons, '客户名称').level).toBe('pinyin');
  });

  test('two English names of other companies still differ', () => {
    const values: CellValue[][] = [
      HEADER,
      [
        'Sun Kee Enterprises Ltd',
        'Chan Tai Man',
        '+852 2545 8888',
        'taiman@sunkee.com.hk',
        "88 Queen's Road Central",
        'Hong Kong',
      ],
      [
        'Wing On Trading Ltd',
        'Chan Tai Man',
        '+852 2545 8888',
        'taiman@sunkee.com.hk',
        "88 Queen's Road Central",
        'Hong Kong',
      ],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(reasonOn(cluster.reasons, 'Company Name').level).toBe('different');
  });

  test('an English name whose surname is not the Chinese one still tells two colleagues apart', () => {
    // A trading firm's switchboard: David Chan (陳) and 黃家明 (Wong) are two people; Wong Ka Ming may be 黃家明.
    const values: CellValue[][] = [
      ['Company', 'Contact', 'Phone', 'Address'],
      ['Hang Seng Trading Ltd', 'David Chan', '+852 2179 5111', "88 Queen's Road Central"],
      ['Hang Seng Trading Ltd', '黃家明', '+852 2179 5111', "88 Queen's Road Central"],
      ['Hang Seng Trading Ltd', 'Wong Ka Ming', '+852 2179 5111', "88 Queen's Road Central"],
    ];
    const clusters = findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.3 }).clusters;
    const merged = clusters.filter((c) => c.band === 'merge');
    expect(merged.some((c) => c.rows.includes(2) && c.rows.includes(3))).toBe(false);
    const wong = clusterOf(values, 3, 4);
    expect(reasonOn(wong.reasons, 'Contact').level).toBe('other-script');
  });

  test('a contact written in both forms matches the Chinese one', () => {
    const values: CellValue[][] = [
      ['Company Name', 'Contact', 'Phone'],
      ['Wing Lung Trading', 'Wong Ka Ming 黃家明', '+852 2300 2311'],
      ['Wing Lung Trading', '黃家明', '(852) 23002311'],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(cluster.band).toBe('merge');
    expect(reasonOn(cluster.reasons, 'Contact').level).toBe('exact');
  });

  test('a cell holding both forms of a company name matches either form', () => {
    const values: CellValue[][] = [
      ['Company Name', 'Contact', 'Phone'],
      ['Tencent 腾讯', 'David Chan', '+852 2179 5111'],
      ['腾讯控股有限公司', 'David Chan', '21795111'],
      ['Tencent Holdings Ltd', 'David Chan', '2179 5111'],
    ];
    const cluster = clusterOf(values, 2, 3);
    expect(cluster.rows).toEqual([2, 3, 4]);
    const company = reasonOn(cluster.reasons, 'Company Name');
    expect(company.level).not.toBe('different');
    expect(company.level).not.toBe('other-script');
  });

  test.each([
    ['Tencent 腾讯', '腾讯控股有限公司', 'exact'],
    ['利豐 Li & Fung', 'Li & Fung Limited', 'exact'],
    ['Tencent (腾讯)', 'Tencent Holdings Ltd', 'same-brand'],
    // A part that names only a trade, a place or a legal form is no name of its own.
    ['ABC 国际贸易有限公司', 'XYZ 国际贸易有限公司', 'different'],
    ['华为 Technologies', 'Acme Technologies', 'different'],
    ['Acme 香港', 'Bolt 香港', 'different'],
  ])('%s against %s: %s', (x, y, expected) => {
    const company = companyComparator();
    const [a, b] = [company.prepare(company.key(x)!), company.prepare(company.key(y)!)];
    const level = company.key(x) === company.key(y) ? 0 : company.compare(a, b);
    expect(company.levels[level]!.label).toBe(expected);
  });
});

import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { buildRecords, type MatchRecords } from '../../shared/dedupe/records';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';

function recordsOf(values: CellValue[][]): MatchRecords {
  return buildRecords(
    { name: 't', values },
    { template: DEFAULT_TEMPLATE, mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE) },
  );
}

function countCandidates(records: MatchRecords): number {
  const n = records.rows.length;
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  let count = 0;
  for (let i = 0; i < n; i++) index.forEachPartner(i, () => count++);
  return count;
}

function candidates(records: MatchRecords): Set<string> {
  const n = records.rows.length;
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  const pairs = new Set<string>();
  for (let i = 0; i < n; i++) {
    index.forEachPartner(i, (j) => {
      expect(j).toBeGreaterThan(i);
      const key = `${i},${j}`;
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    });
  }
  return pairs;
}

describe('block', () => {
  test('puts every true duplicate pair of a generated list among the candidates', () => {
    const list = generateChineseCustomers({ people: 800, duplicateShare: 0.25, seed: 7 });
    const records = recordsOf(list.values);
    const pairs = candidates(records);
    const entity = (r: number) => list.truth[records.rows[r]! - 2]!;
    let truePairs = 0;
    let found = 0;
    for (let i = 0; i < records.rows.length; i++) {
      for (let j = i + 1; j < records.rows.length; j++) {
        if (entity(i) !== entity(j)) continue;
        truePairs++;
        if (pairs.has(`${i},${j}`)) found++;
      }
    }
    expect(truePairs).toBeGreaterThan(150);
    expect(found / truePairs).toBeGreaterThanOrEqual(0.99);
  });

  test('grows about linearly with rows (2k vs 8k)', () => {
    const count = (people: number) =>
      countCandidates(recordsOf(generateChineseCustomers({ people, duplicateShare: 0.05, seed: 11 }).values));
    const small = count(2_000);
    const large = count(8_000);
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(5.5);
    // About six partners a record: the blocks of shared lines and common names are read through windows.
    expect(large / 8_000).toBeLessThan(8);
  });

  test('splits an oversized block of one common name instead of comparing all its pairs', () => {
    const values: CellValue[][] = [
      ['姓名', '手机'],
      ...Array.from({ length: 1_000 }, (_, k): CellValue[] => [
        '张伟',
        `139${String(10_000_000 + k * 7919).slice(0, 8)}`,
      ]),
    ];
    const pairs = candidates(recordsOf(values));
    expect(pairs.size).toBeLessThan(1_000 * 15);
    expect(pairs.size).toBeGreaterThan(1_000);
  });

  test('meets a mobile typed with a wrong last digit, even when the names share no sound', () => {
    // 王晓明 / 汪筱敏 and two mailboxes: only the sorted mobiles bring the pair together.
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司', '公司电话'],
      ...Array.from({ length: 300 }, (_, k): CellValue[] => [
        `客户${k}`,
        `1390${String(1_000_000 + k * 3_331).padStart(7, '0')}`,
        `user${k}@example.cn`,
        `星河贸易有限公司`,
        '021-64881234',
      ]),
      ['王晓明', '13800138000', 'wxm@hongchuang.com', '宏创科技有限公司', '021-64881234'],
      ['汪筱敏', '13800138001', 'amy.wang@qq.com', '宏创科技有限公司', '021-64881234'],
    ];
    const records = recordsOf(values);
    const pairs = candidates(records);
    const n = records.rows.length;
    expect(pairs.has(`${n - 2},${n - 1}`)).toBe(true);
  });

  test('reads only personal numbers in phone order: a switchboard line shared by a company is blocked, not windowed', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '公司', '公司电话'],
      ...Array.from({ length: 400 }, (_, k): CellValue[] => [
        `员工${k}`,
        `1370${String(2_000_000 + k * 4_447).padStart(7, '0')}`,
        `分公司${k % 20}`,
        `0755-2668${String(1000 + (k % 20)).slice(-4)}`,
      ]),
    ];
    const records = recordsOf(values);
    const sorted = collectKeySets(records).find((s) => s.name === 'phone-sorted')!;
    // 400 mobiles, none of the 20 switchboard numbers.
    expect(sorted.length).toBe(400);
    const company = records.fields.find((f) => f.column === '公司电话')!;
    const mobiles = new Set(Array.from(sorted.recs));
    expect(mobiles.size).toBe(400);
    expect(company.keys.length).toBe(20);
  });

  test('does not compare every colleague of a company with every other: company and switchboard key with the surname', () => {
    // 30 colleagues of each of two companies share its name and switchboard; their surnames
    // differ (no mobiles: phone order would put neighbouring numbers side by side whatever the name).
    const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
    const givens = [
      '伟',
      '芳',
      '娜',
      '敏',
      '静',
      '丽',
      '强',
      '磊',
      '军',
      '洋',
      '明',
      '华',
      '杰',
      '涛',
      '超',
      '勇',
      '艳',
      '霞',
      '平',
      '刚',
    ];
    const values: CellValue[][] = [
      ['姓名', '公司', '公司电话'],
      ...Array.from({ length: 60 }, (_, k): CellValue[] => [
        `${surnames[k % 10]}${givens[Math.floor(k / 10)]}${givens[(k * 7) % 20]}`,
        k < 30 ? '深圳诚博软件有限公司' : '杭州云栖科技有限公司',
        k < 30 ? '0755-26681000' : '0571-88150000',
      ]),
    ];
    const records = recordsOf(values);
    const pairs = candidates(records);
    const row = (r: number) => values[records.rows[r]! - 1]!;
    for (const key of pairs) {
      const [i, j] = key.split(',').map(Number) as [number, number];
      expect(String(row(i)[0]).charAt(0)).toBe(String(row(j)[0]).charAt(0));
      expect(row(i)[1]).toBe(row(j)[1]);
    }
    // Three colleagues of each surname at each company: 2 × 10 × 3 pairs, not 2 × 435.
    expect(pairs.size).toBe(60);
  });

  test('still meets a colleague-looking duplicate whose given name is written in another order, in Chinese and English', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司', '公司电话'],
      ['陈敏轩', '', 'xuanmin.chen82@hotmail.com', '深圳诚博软件有限公司', '0755-26681000'],
      ['刘强', '', 'liuqiang@cb-soft.cn', '深圳诚博软件有限公司', '0755-26681000'],
      ['陈轩敏', '18336654492', '', '深圳诚博软件有限公司', '0755-26681000'],
      ['Mary Ann Smith', '', 'mas@acme.com', 'Acme Ltd', '+1 415 555 0100'],
      ['John Brown', '', 'jb@acme.com', 'Acme Ltd', '+1 415 555 0100'],
      ['Smith Mary-Ann', '+1 415 555 0199', '', 'Acme Ltd', '+1 415 555 0100'],
    ];
    const records = recordsOf(values);
    const pairs = candidates(records);
    const recordOf = (sheetRow: number) => records.rows.indexOf(sheetRow);
    const pair = (a: number, b: number) =>
      `${Math.min(recordOf(a), recordOf(b))},${Math.max(recordOf(a), recordOf(b))}`;
    expect(pairs.has(pair(2, 4))).toBe(true);
    expect(pairs.has(pair(5, 7))).toBe(true);
    expect(pairs.has(pair(2, 3))).toBe(false);
    expect(pairs.has(pair(5, 6))).toBe(false);
  });

  test('keeps blocking a company alone on a list of organisations, and rows without a name among themselves', () => {
    const sites: CellValue[][] = [
      ['名称', '地址', '电话'],
      ['星巴克(南京西路店)', '上海市静安区南京西路1266号', '021-62881234'],
      ['星巴克 南京西路店', '上海市静安区南京西路1266号恒隆广场', '021-62881235'],
      ['瑞幸咖啡(人民广场店)', '上海市黄浦区人民大道120号', '021-63501111'],
    ];
    expect(candidates(recordsOf(sites)).size).toBeGreaterThanOrEqual(1);
    const nameless: CellValue[][] = [
      ['姓名', '公司', '手机'],
      ['', '杭州云栖科技有限公司', '13800001111'],
      ['', '杭州云栖科技有限公司', '13800002222'],
      ['王芳', '宁波港城贸易有限公司', '13800003333'],
    ];
    const records = recordsOf(nameless);
    expect(candidates(records).has('0,1')).toBe(true);
  });

  test('gives a record the same partners when it is visited again after a sample of others', () => {
    // Dedupe visits every 10th record of a large list to learn the model, then every record to
    // score it: the second visit must meet all the partners the first one did.
    const list = generateChineseCustomers({ people: 1_500, duplicateShare: 0.2, seed: 5 });
    const records = recordsOf(list.values);
    const n = records.rows.length;
    const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
    const partners = (i: number) => {
      const found: number[] = [];
      index.forEachPartner(i, (j) => found.push(j));
      return found;
    };
    const first = new Map<number, number[]>();
    for (let i = 0; i < n; i += 10) first.set(i, partners(i));
    let met = 0;
    for (let i = 0; i < n; i++) {
      const again = partners(i);
      if (first.has(i)) {
        expect(again).toEqual(first.get(i));
        met += again.length;
      }
    }
    expect(met).toBeGreaterThan(100);
  });
});

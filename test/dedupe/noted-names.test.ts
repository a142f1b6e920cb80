/**
 * Names as hand-kept ledgers and CRM exports write them, from probes of realistic lists: a contact's
 * whole name with a title, a role or a note (李四先生, 李四（采购）, 李四-采购) is that name; a given name
 * and its nickname in a full-name column (Dave Chen, Susie Miller) are one name whatever the strings'
 * similarity; and a group's explanation says one true thing per field, quoting its own values.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { compareNames, NAME_LEVEL, nameAside, nameKey, prepareName } from '../../shared/dedupe/compare/person-name';
import { personNameComparator } from '../../shared/dedupe/compare/person-name';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import { reasonText } from '../../shared/merge/audit-log';
import { readNotedName } from '../../shared/normalise/remark-name';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (name: string, values: CellValue[][]) => findDuplicates({ name, values }).clusters;
const clusterWith = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const level = (a: string, b: string) =>
  compareNames(prepareName(nameKey(a)!, 'full'), prepareName(nameKey(b)!, 'full'));
const zh = (reason: Cluster['reasons'][number]) =>
  reasonText(reason, (column, lvl, detail) => `${column}：${ZH_LEVEL_WORDS[lvl]}${detail ? `（${detail}）` : ''}`);

/** A 飞书 customer ledger: 李四 of 上海华通物流 entered twice, the second time with a note by the name. */
function ledger(second: string): CellValue[][] {
  return [
    ['客户名称', '联系人', '手机', '座机', '邮箱', '地区', '负责人', '客户等级', '跟进状态', '备注'],
    [
      '上海华通物流有限公司',
      '李四',
      '13912345678',
      '021-62345678转201',
      'lisi@huatong-logistics.cn',
      '上海',
      '王磊',
      'B',
      '已签约',
      '',
    ], // 2
    ['上海华通物流有限公司', second, '+86 139-1234-5678', '', '', '上海市', '王磊', '一般', '已签约', '重复录入'], // 3
    [
      '深圳市大疆创新科技有限公司',
      '王五',
      '18688889999',
      '0755-26656677',
      'wangwu@dji.com',
      '深圳',
      '何静',
      'A类',
      '洽谈中',
      '',
    ],
    ['广州小蜜蜂餐饮店', '孙八', '13500135000', '020-12345678', '', '广州', '何静', '一般', '跟进中', ''],
    [
      '杭州源泉科技有限公司',
      '陈立',
      '13611112222',
      '0571-88886666',
      'chenli@yuanquan.com',
      '杭州',
      '何静',
      'A',
      '跟进中',
      '',
    ],
  ];
}

describe('a whole name with a title, a role or a note is that name', () => {
  test.each(['李四（采购）', '李四先生', '李四(采购部)', '李四-采购', '李四（微信同号）', '李四 采购', '【VIP】李四'])(
    '李四 and %s at one company on one mobile are merged, and the reason says what was set aside',
    (second) => {
      const cluster = clusterWith(clustersOf('客户', ledger(second)), 2, 3);
      expect(cluster?.band).toBe('merge');
      const name = cluster!.reasons.find((r) => r.column === '联系人')!;
      expect(name.level).toBe('name-with-note');
      expect(name.message).toContain(`(李四 = ${second})`);
      expect(name.message).toMatch(/^联系人: same name, with “.+” set aside/);
      expect(ZH_LEVEL_WORDS[name.level]).toBe('同名（一方另附称呼或备注）');
    },
  );

  test('the key is the name; what was set aside is the title or note', () => {
    expect(nameKey('李四（采购）')).toBe('李四');
    expect(nameAside('李四（采购）')).toBe('采购');
    expect(nameKey('李四先生')).toBe('李四');
    expect(nameAside('李四先生')).toBe('先生');
    expect(nameKey('張建華先生')).toBe('张建华');
    expect(nameKey('欧阳娜娜女士')).toBe('欧阳娜娜');
    expect(nameKey('李四-采购')).toBe('李四');
    expect(nameKey('Tom Lee (Purchasing)')).toBe('tom lee');
    expect(nameAside('Mr John Smith')).toBe('Mr');
    expect(nameAside('李四')).toBe('');
    expect(nameAside('Cathy~')).toBe('');
  });

  test('a surname with a title stays a surname with a title; a name that may end in a title character stays a name', () => {
    // 王先生 and 李先生 say only the surname (张总's reading), compared as such.
    expect(prepareName(nameKey('王先生')!, 'full').titledSurname).toBe('王');
    expect(prepareName(nameKey('李先生')!, 'full').titledSurname).toBe('李');
    expect(prepareName(nameKey('欧阳女士')!, 'full').titledSurname).toBe('欧阳');
    // 张生 may be a given name; a one-character title after a two-character name may be one too.
    expect(nameKey('张生')).toBe('张生');
    expect(nameKey('李建工')).toBe('李建工');
    expect(nameKey('王一哥')).toBe('王一哥');
    expect(level('李四', '张生')).toBe(NAME_LEVEL.different);
  });

  test('a note that may name another person keeps the cell as written (two readings, none taken)', () => {
    for (const cell of ['李四（老婆）', '李四太太', '李四夫人', '李四-助理', '李四（王五）', '张三-李四'])
      expect(nameKey(cell)).not.toBe('李四');
    for (const cell of ['Tom Lee (Jr)', 'Tom Lee (wife)', 'Tom Lee - Assistant'])
      expect(nameKey(cell)).not.toBe('tom lee');
    expect(clusterWith(clustersOf('客户', ledger('李四（老婆）')), 2, 3)?.band).not.toBe('merge');
    expect(clusterWith(clustersOf('客户', ledger('李四太太')), 2, 3)?.band).not.toBe('merge');
  });

  test('readNotedName reads a person and a note, and nothing else', () => {
    expect(readNotedName('李四（采购）')).toEqual({ person: '李四', note: '采购' });
    expect(readNotedName('李四-采购')).toEqual({ person: '李四', note: '采购' });
    expect(readNotedName('采购-李四')).toEqual({ person: '李四', note: '采购' });
    expect(readNotedName('Tom Lee - Purchasing')).toEqual({ person: 'Tom Lee', note: 'Purchasing' });
    // A hyphen inside a Latin name is no separator.
    expect(readNotedName('Anne-Marie Dubois')).toBeNull();
    expect(readNotedName('Mary-Jane Smith')).toBeNull();
    // Organisations are readRemarkName's; two people or no person are nothing.
    expect(readNotedName('张伟-宏达贸易有限公司')).toBeNull();
    expect(readNotedName('张三-李四')).toBeNull();
    expect(readNotedName('采购（上海）')).toBeNull();
  });

  test('张总 of a ledger still meets 张建华, and a titled cell with a note meets the full name', () => {
    expect(level('张总', '张建华')).toBe(NAME_LEVEL.initial);
    expect(level('张总（采购）', '张建华')).toBe(NAME_LEVEL.initial);
    expect(level('李四（采购）', '李四 先生')).toBe(NAME_LEVEL.exact);
  });
});

/** A Pipedrive persons export: one full-name column, the same person entered twice with a nickname. */
const PERSONS: CellValue[][] = [
  ['Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Phone - Mobile'],
  ['Sarah Johnson', 'Brightwave Inc.', 'sarah.johnson@brightwave.io', '+1 415-555-0134'],
  ['Michael OBrien', 'OBrien & Associates', 'mobrien@obrienlaw.com', '(617) 555-0177'],
  ['David Chen', 'Northwind Traders', 'dchen@northwind.com', '+1 206-555-0188'], // 4
  ['Dave Chen', 'Northwind Traders', 'dchen@northwind.com', '206-555-0188'], // 5
  ['Susan Miller', 'Globex LLC', 'susan.miller@globex.com', '+1 212-555-0199'], // 6
  ['Susie Miller', 'Globex LLC', 'susan.miller@globex.com', '(212) 555-0199'], // 7
  ['Priya Nair', 'Nair Design', 'priya@nairdesign.com', '+1 212-555-0167'],
  ['Ethan Park', 'Park Dental', 'ethan.park@parkdental.com', '+1 206-555-0154'],
  ['Emily Nguyen', 'Summit Health', 'emily@summithealth.org', '+1 303-555-0110'], // 10
  ['Tom Nguyen', 'Summit Health', 'emily@summithealth.org', '+1 303-555-0110'], // 11: her husband on her line
];

describe('a given name and its nickname in a full-name column', () => {
  test.each([
    ['David Chen', 'Dave Chen'],
    ['Susan Miller', 'Susie Miller'],
    ['Susan Miller', 'Sue Miller'],
    ['Robert Garcia', 'Bob Garcia'],
    ['Daniel Park', 'Danny Park'],
    ['Chen, David', 'Dave Chen'],
  ])('%s and %s are one name (nickname), whatever level their spellings reach first', (a, b) => {
    expect(level(a, b)).toBe(NAME_LEVEL.nickname);
  });

  test('slips and relatives are as before', () => {
    expect(level('Jon Doe', 'John Doe')).toBe(NAME_LEVEL.typo);
    expect(level('Rob Smith', 'Robert Smith')).toBe(NAME_LEVEL.typo);
    expect(level('John Doe', 'Jane Doe')).toBe(NAME_LEVEL.relative);
    expect(level('Samuel Ortiz', 'Samantha Ortiz')).toBe(NAME_LEVEL.relative);
    expect(level('David Chen', 'David Chen Jr')).toBe(NAME_LEVEL.relative);
    expect(level('Dave Chen Jr', 'David Chen')).toBe(NAME_LEVEL.relative);
  });

  test('Dave Chen and Susie Miller are merged with David and Susan on one e-mail and mobile; Tom and Emily are not', () => {
    const clusters = clustersOf('Persons', PERSONS);
    for (const [a, b] of [
      [4, 5],
      [6, 7],
    ] as const) {
      const cluster = clusterWith(clusters, a, b);
      expect(cluster?.band).toBe('merge');
      const name = cluster!.reasons.find((r) => r.column === 'Person - Name')!;
      expect(name.level).toBe('nickname');
      expect(name.message).toContain("one given name is the other's short form");
    }
    expect(clusterWith(clusters, 10, 11)?.band).not.toBe('merge');
  });
});

describe('explanations quote their own values and say one thing per field', () => {
  test('李四 ≈ 李总 names its own surname, not an example', () => {
    const cluster = clusterWith(clustersOf('客户', ledger('李总')), 2, 3)!;
    const name = cluster.reasons.find((r) => r.column === '联系人')!;
    expect(name.level).toBe('same-surname');
    expect(name.message).toBe('联系人: the same surname 李, one written with a title (李四 ≈ 李总)');
    expect(name.message).not.toContain('张');
    expect(zh(name)).toBe('联系人：同姓（一方为称呼）（李四 ≈ 李总）');
  });

  test('a traditional 張總 is quoted as written', () => {
    const full = personNameComparator('full');
    const a = full.prepare(full.key('張總')!);
    const b = full.prepare(full.key('張建華')!);
    expect(full.explain(NAME_LEVEL.initial, a, b, '張總', '張建華').phrase).toBe(
      'the same surname 張, one written with a title',
    );
  });

  test('three orders of one buyer, two addresses the same and one a typo apart: one address reason, true of all three', () => {
    // 淘宝 orders export (rows 2 to 4 of a probe list), with other buyers around them.
    const values: CellValue[][] = [
      ['买家会员名', '收货人姓名', '收货地址', '联系手机'],
      ['tb_zhangwei88', '张伟', '浙江省 杭州市 西湖区 文三路 478号华星时代广场A座1203室(310012)', "'13812341234"],
      ['tb_zhangwei88', '张伟', '浙江省 杭州市 西湖区 文三路478号 华星时代广场A座1203(310012)', "'13812341234"],
      ['tb_zhangwei88', '张 伟', '浙江省 杭州市 西湖区 文三路478号华星时代广场A座1203室(310012)', "'138-1234-1234"],
      ['小林子2015', '林小红', '广东省 广州市 天河区 天河路385号太古汇写字楼12楼(510620)', "'13922223333"],
      ['hz_mama', '赵敏', '浙江省 杭州市 余杭区 五常街道 文一西路969号(311121)', ''],
      ['tb_zhangwei89', '张伟', '浙江省 杭州市 西湖区 古墩路 701号紫金广场(310030)', "'13812341235"],
      ['孙悟空_hz', '孙丽', '浙江省 宁波市 鄞州区 天童南路 588号(315100)', "'13700001111"],
    ];
    const cluster = clusterWith(clustersOf('订单', values), 2, 4)!;
    expect(cluster.rows).toEqual([2, 3, 4]);
    const fields = cluster.reasons.map((r) => r.column);
    expect(new Set(fields).size).toBe(fields.length);
    const address = cluster.reasons.filter((r) => r.column === '收货地址');
    expect(address).toHaveLength(1);
    // The weakest link's words, which hold for the group; each link quoted with its own sign.
    expect(address[0]!.level).toBe('typo');
    expect(address[0]!.message).toMatch(/^收货地址: addresses a typo apart \(.+ = .+; .+ ≈ .+\)$/);
  });
});

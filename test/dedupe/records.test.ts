import { buildRecords } from '../../shared/dedupe/records';
import { fieldCoder } from '../../shared/dedupe/compare/rows';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function records(values: CellValue[][], columns?: string[]) {
  const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE);
  return buildRecords({ name: 't', values }, { template: DEFAULT_TEMPLATE, mapping, ...(columns ? { columns } : {}) });
}

const zhSheet: CellValue[][] = [
  ['序号', '客户编号', '姓名', '手机', '邮箱', '公司', '城市', '微信号', '备注', '空列', '来源渠道'],
  ...Array.from({ length: 30 }, (_, k): CellValue[] => [
    k + 1,
    `C${String(k + 1).padStart(6, '0')}`,
    ['张伟', '王芳', '李娜', '刘洋', '陈静'][k % 5]! + (k >= 5 ? String.fromCharCode(0x4e00 + k) : ''),
    `1380013${String(8000 + k)}`,
    `user${k}@163.com`,
    k % 2 ? '北京鼎盛科技有限公司' : '上海华信贸易有限公司',
    k % 3 ? '北京' : '上海',
    `wx_${k}`,
    `第${k}次联系`,
    null,
    '官网',
  ]),
];

describe('records', () => {
  test('uses identity fields by kind, an account column (微信号) as an account and other unmapped columns as generic text', () => {
    const { fields, rows } = records(zhSheet);
    expect(rows.length).toBe(30);
    expect(fields.map((f) => [f.key, f.role])).toEqual([
      ['name', 'name'],
      ['phone', 'phone'],
      ['email', 'email'],
      ['company', 'company'],
      ['region', 'region'],
      ['微信号', 'account'],
    ]);
  });

  test('ignores row counters, customer IDs, empty and constant columns, and CRM attributes', () => {
    const keys = records(zhSheet).fields.map((f) => f.key);
    for (const ignored of ['序号', 'customerId', '空列', 'source', 'notes']) expect(keys).not.toContain(ignored);
  });

  test('interns equal keys once and counts them', () => {
    const company = records(zhSheet).fields.find((f) => f.role === 'company')!;
    expect(company.keys.sort()).toEqual(['华信贸易', '鼎盛科技']);
    expect([...company.counts].sort()).toEqual([15, 15]);
  });

  test('restricts matching to the columns the user chose', () => {
    expect(records(zhSheet, ['手机', ' 邮箱 ']).fields.map((f) => f.key)).toEqual(['phone', 'email']);
    expect(records(zhSheet, ['备注']).fields.map((f) => f.role)).toEqual(['text']);
  });

  test('reads split names and FEBRL-style columns the template does not know', () => {
    const values: CellValue[][] = [
      [
        'given_name',
        'surname',
        'street_number',
        'address_1',
        'address_2',
        'suburb',
        'postcode',
        'state',
        'date_of_birth',
        'soc_sec_id',
      ],
      ...Array.from({ length: 40 }, (_, k): CellValue[] => [
        ['lachlan', 'kayla', 'deakin', 'sarah'][k % 4]!,
        `smith${k}`,
        String((k * 7) % 50),
        `${k} tullaroop street`,
        k % 3 ? `villa ${k}` : '',
        ['st james', 'bittern', 'canterbury'][k % 3]!,
        String(2600 + k),
        ['nsw', 'vic', 'qld'][k % 3]!,
        `19${50 + k}0612`,
        String(6988048 + k * 31),
      ]),
    ];
    const { fields } = records(values);
    expect(Object.fromEntries(fields.map((f) => [f.column, f.role]))).toEqual({
      given_name: 'given',
      surname: 'family',
      street_number: 'code',
      address_1: 'address',
      address_2: 'text',
      suburb: 'region',
      postcode: 'postcode',
      state: 'text',
      date_of_birth: 'birthDate',
      soc_sec_id: 'idNumber',
    });
    const given = fields.find((f) => f.role === 'given')!;
    expect(given.partner?.role).toBe('family');
  });

  test('treats unmapped columns of phones and emails by what they hold', () => {
    const values: CellValue[][] = [
      ['姓名', '办公电话', '备用'],
      ...Array.from({ length: 20 }, (_, k): CellValue[] => [
        `王${String.fromCharCode(0x4e00 + k)}`,
        `010-6234${String(5600 + k)}`,
        `backup${k}@example.com`,
      ]),
    ];
    expect(records(values).fields.map((f) => [f.column, f.role])).toEqual([
      ['姓名', 'name'],
      ['办公电话', 'phone'],
      ['备用', 'email'],
    ]);
  });
});

describe('compare/rows', () => {
  const split: CellValue[][] = [
    ['given_name', 'surname', 'postcode'],
    ['sophie', 'snall', '2372'], // 2
    ['snell', 'sophie', '2372'], // 3: the same person, parts swapped, the surname a slip apart
    ['sophie', 'godfrey', '3717'], // 4
    ['godfrey', 'marie', '3717'], // 5: another person whose surname is a given name elsewhere
  ];
  const coderOf = (key: string) => {
    const { fields } = records(split);
    return {
      coder: fieldCoder(fields.find((f) => f.key === key)!),
      levels: fields.find((f) => f.key === key)!.comparator.levels,
    };
  };

  test("reads given and family names typed into each other's columns as reordered when one part is similar", () => {
    const { coder, levels } = coderOf('name.given');
    expect(levels[coder(0, 1) - 1]!.label).toBe('reordered');
  });

  test('does not read two different people as reordered when only one part meets', () => {
    const { coder, levels } = coderOf('name.given');
    expect(levels[coder(2, 3) - 1]!.label).toBe('different');
  });
});

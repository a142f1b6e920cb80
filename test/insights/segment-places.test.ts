import { buildInsights } from '../../shared/insights';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2024, 6, 1));

/** A shop's customers by city, as a B2C export types them: mostly with 市, a few without. */
const B2C: CellValue[][] = [
  ['客户姓名', '手机', '城市', '消费总额'],
  ['夏萍国', '16626694428', '杭州市', 100],
  ['陶子文', '17668575811', '杭州市', 200],
  ['韦琪子', '18613122153', '杭州市', 300],
  ['胡艳伟', '15219247841', '杭州', 50],
  ['林晓', '13800138001', '北京市', 10],
  ['王静', '13800138002', '北京', 20],
  ['陈美玲', '13800138003', '臺北市', 30],
  ['张家豪', '13800138004', '台北市', 40],
  ['李娜', '13800138005', '台北', 5],
  ['黄志明', '13800138014', '台北市', 6],
  ['刘洋', '13800138006', '臺灣', 1],
  ['孙丽', '13800138007', '台湾省', 2],
  ['赵磊', '13800138008', '西湖区', 3],
  ['周强', '13800138009', '西湖', 4],
];

const regions = (values: CellValue[][]) =>
  buildInsights({ name: '客户', values }, { now: TODAY })
    .segments.find((s) => s.field === 'region')
    ?.values.map((v) => [v.value, v.count, v.totalSpend]);

describe('report segments by place', () => {
  test('groups a city written with and without 市 under its most common spelling', () => {
    expect(regions(B2C)).toEqual([
      ['台北市', 4, 81],
      ['杭州市', 4, 650],
      ['北京', 2, 30],
      ['台湾', 2, 3],
      ['西湖区', 2, 7],
    ]);
  });

  test('shows the spelling most rows type, whichever suffix it has', () => {
    const mostlyBare = [...B2C, ['吴敏', '13800138010', '杭州', 1], ['郑洁', '13800138011', '杭州', 1]];
    mostlyBare.push(['冯军', '13800138012', '杭州', 1], ['蒋平', '13800138013', '杭州', 1]);
    expect(regions(mostlyBare)?.[0]).toEqual(['杭州', 8, 654]);
  });

  test('keeps a city apart from the province of its name when both are typed (吉林市 is not 吉林省)', () => {
    const jilin: CellValue[][] = [
      ['姓名', '手机', '地区'],
      ['张伟', '13800138000', '吉林省'],
      ['李娜', '13900139000', '吉林'],
      ['王芳', '13700137000', '吉林市'],
      ['刘洋', '13600136000', '吉林市'],
    ];
    expect(regions(jilin)).toEqual([
      ['吉林', 2, null],
      ['吉林市', 2, null],
    ]);
  });

  test('keeps two places apart when the column writes one name with two suffixes (朝阳区, 朝阳市)', () => {
    const chaoyang: CellValue[][] = [
      ['姓名', '手机', '城市'],
      ['张伟', '13800138000', '朝阳区'],
      ['李娜', '13900139000', '朝阳区'],
      ['王芳', '13700137000', '朝阳市'],
      ['刘洋', '13600136000', '朝阳'],
    ];
    expect(regions(chaoyang)).toEqual([
      ['朝阳区', 2, null],
      ['朝阳', 1, null],
      ['朝阳市', 1, null],
    ]);
  });

  test('drops no single character before a suffix, and leaves English places as typed', () => {
    const short: CellValue[][] = [
      ['Name', 'Phone', 'City'],
      ['Ann Lee', '(415) 555-0101', '沙市'],
      ['Bob Ray', '(415) 555-0102', '沙'],
      ['Cy Tam', '(415) 555-0103', 'New York City'],
      ['Di Orr', '(415) 555-0104', 'New York'],
      ['Ed Poe', '(415) 555-0105', 'new york'],
    ];
    expect(regions(short)).toEqual([
      ['New York', 2, null],
      ['New York City', 1, null],
      ['沙', 1, null],
      ['沙市', 1, null],
    ]);
  });

  test('leaves other segments by their text: an owner is no place', () => {
    const owners: CellValue[][] = [
      ['姓名', '手机', '负责人'],
      ['张伟', '13800138000', '王市'],
      ['李娜', '13900139000', '王'],
    ];
    const report = buildInsights({ name: '客户', values: owners }, { now: TODAY });
    expect(report.segments.find((s) => s.field === 'owner')?.values.map((v) => v.value)).toEqual(['王', '王市']);
  });
});

/** A US small-business list typed by hand: states by code and by name. */
const US_STATES: CellValue[][] = [
  ['Name', 'Email', 'State', 'Annual Revenue'],
  ['Maria Gonzalez', 'maria@sunrisebakery.com', 'CA', 1000],
  ['Tom Brown', 'tom@brownandsons.com', 'California', 500],
  ['Ana Lopez', 'ana@lopez.com', 'CA', 200],
  ['Sam Reed', 'sam@reedco.com', 'OR', 50],
  ['Lee Park', 'lee@parkdesign.com', 'Oregon', 20],
  ['Jo Hart', 'jo@hart.io', 'WA', 5],
  ['Kim Vo', 'kim@vo.dev', 'Washington', 1],
];

describe('report segments by state', () => {
  test('counts a state by its code and its name as one, under the form most rows type', () => {
    expect(regions(US_STATES)).toEqual([
      ['CA', 3, null],
      ['OR', 2, null],
      ['WA', 2, null],
    ]);
  });

  test('reads WA as the state of the country the other rows are in', () => {
    const australian: CellValue[][] = [
      ['Name', 'Email', 'State'],
      ['Olivia Smith', 'olivia@smith.com.au', 'NSW'],
      ['Jack Wilson', 'jack@wilson.com.au', 'WA'],
      ['Mia Brown', 'mia@brown.com.au', 'Western Australia'],
      ['Noah Taylor', 'noah@taylor.com.au', 'New South Wales'],
      ['Ava Jones', 'ava@jones.com.au', 'Victoria'],
    ];
    expect(regions(australian)).toEqual([
      ['NSW', 2, null],
      ['WA', 2, null],
      ['Victoria', 1, null],
    ]);
  });

  test('leaves WA apart from Washington where the other rows are Australian, or do not say', () => {
    const rows = (...states: string[]): CellValue[][] => [
      ['Name', 'Email', 'State'],
      ...states.map((state, k) => [`Customer ${k}`, `c${k}@example.com`, state]),
    ];
    const counts = (values: CellValue[][]) => regions(values)!.map(([value, count]) => [value, count]);
    expect(counts(rows('WA', 'Washington', 'NSW', 'Victoria'))).toEqual(
      expect.arrayContaining([
        ['WA', 1],
        ['Washington', 1],
      ]),
    );
    expect(counts(rows('WA', 'Washington', 'NSW'))).toEqual(
      expect.arrayContaining([
        ['WA', 1],
        ['Washington', 1],
        ['NSW', 1],
      ]),
    );
  });
});

/**
 * Phones one digit apart are a typo of one number or two numbers bought in a run (a company's
 * mobiles, a family's plan). When the e-mails clearly differ too, or the name is only a surname with
 * a title (钱阿姨), nothing says one person: the pair is reviewed, never merged.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.3 }).clusters;
/** The cluster holding both rows, if any. */
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('findDuplicates on a trade-show badge-scan list', () => {
  // leads.csv: two Emily Chens of Initech scanned a minute apart, at emily1@ and emily2@.
  const leads: CellValue[][] = [
    [
      'First Name',
      'Last Name',
      'Company',
      'Job Title',
      'Email',
      'Phone',
      'Country',
      'Booth Notes',
      'Scanned At',
      'Lead Rating',
    ],
    [
      'John',
      'Smith',
      'Acme Corp',
      'VP Sales',
      'john.smith@acme.com',
      '+1 (415) 555-0132 ext. 204',
      'United States',
      'Wants demo, budget Q3',
      '2025-03-12T14:05:00Z',
      'Hot',
    ],
    [
      'Jon',
      'Smith',
      'ACME Corporation',
      'VP of Sales',
      'John.Smith@Acme.com',
      '415-555-0132 x204',
      'USA',
      'Follow up re pricing',
      '2025-03-13T09:41:00Z',
      'Warm',
    ],
    [
      'Maria',
      'García',
      'Iberdrola S.A.',
      'Procurement Manager',
      'm.garcia@iberdrola.es',
      '+34 91 784 2200',
      'Spain',
      null,
      '2025-03-12T15:20:00Z',
      'Warm',
    ],
    [
      'María',
      'Garcia',
      'Iberdrola',
      'Procurement Mgr',
      'm.garcia@iberdrola.es',
      '0034 917 842 200',
      'España',
      'met at booth 2nd day',
      '2025-03-13T11:02:00Z',
      'Hot',
    ],
    [
      'Priya',
      'Sharma',
      'Infosys Ltd',
      'Director',
      'priya_sharma@infosys.com',
      '+91 98450 12345',
      'India',
      null,
      '2025-03-12T13:00:00Z',
      'Hot',
    ],
    [
      'Wei',
      'Zhang',
      'Huawei Technologies',
      'Solutions Architect',
      'zhang.wei@huawei.com',
      '+86 138 0013 8000',
      'China',
      null,
      '2025-03-12T17:30:00Z',
      'Warm',
    ],
    [
      'Kenji',
      'Tanaka',
      'Sony Group',
      'Engineer',
      'k.tanaka@sony.co.jp',
      '+81 3-6748-2111',
      'Japan',
      null,
      '2025-03-13T14:30:00Z',
      'Cold',
    ],
    [
      'Emily',
      'Chen',
      'Initech',
      'Marketing Lead',
      'emily1@initech.com',
      '+1 650 555 0101',
      'United States',
      null,
      '2025-03-13T15:00:00Z',
      'Warm',
    ],
    [
      'Emily',
      'Chen',
      'Initech',
      'Marketing Lead',
      'emily2@initech.com',
      '+1 650 555 0102',
      'United States',
      null,
      '2025-03-13T15:01:00Z',
      'Warm',
    ],
    [
      'Pierre',
      'Dubois',
      'TotalEnergies',
      'Analyst',
      'pierre.dubois@totalenergies.com',
      '+33 1 47 44 45 46',
      'France',
      null,
      '2025-03-14T09:15:00Z',
      'Cold',
    ],
    [
      'Liam',
      "O'Brien",
      'Ryanair',
      'Ops Manager',
      'liam.obrien@ryanair.com',
      '+353 1 945 1212',
      'Ireland',
      null,
      '2025-03-14T11:11:00Z',
      'Warm',
    ],
  ];

  test('reviews, never merges, two Emily Chens whose e-mails differ and phones are one digit apart', () => {
    const pair = together(clustersOf(leads), 9, 10);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('still merges one lead whose phone was typed one digit off when the e-mail agrees', () => {
    const values = leads.map((row, r) => (r === 9 ? [...row.slice(0, 4), 'emily1@initech.com', ...row.slice(5)] : row));
    expect(together(clustersOf(values), 9, 10)?.band).toBe('merge');
  });
});

describe('findDuplicates on a 房产中介 客户登记表', () => {
  // re2.csv: two 钱阿姨, numbers one digit apart, another district, budget, layout, source and agent.
  const register: CellValue[][] = [
    ['客户姓名', '电话', '意向区域', '预算（万元）', '户型', '来源', '带看日期', '状态', '经纪人'],
    ['王先生', '13812345678', '朝阳区望京', '500-600', '三室两厅', '贝壳', '2024/10/12', 'A类', '刘强'],
    ['王先生', '138 1234 5678', '望京', '550', '3室2厅', '58同城', '2024/10/20', 'A类', '刘强'],
    ['李女士', '13987654321 / 15011112222', '海淀', '300万', '两室一厅', '安居客', '2024-10-13', 'B类', '张敏'],
    ['李女士', '15011112222', '海淀区', '280-320', '2室1厅', '安居客', '2024-10-25', 'B类', '张敏'],
    ['赵总', '010-62345678转8021', '西城', '1200', '四室', '朋友介绍', '2024/10/15', 'A类', '陈晨'],
    ['赵建华', '01062345678-8021', '西城区金融街', '1000-1500', '4室2厅', '朋友介绍', '2024/11/2', 'A类', '陈晨'],
    ['孙姐', '13700001111', '通州', '200以内', '一室', '58同城', '10月16日', 'C类', '刘强'],
    ['周先生', '18600002222，13600003333', '丰台', '350', '两室', '贝壳', '2024.10.17', 'B类', '王磊'],
    ['周先生', '13600003333', '丰台区', '350', '两居', '贝壳', '2024.10.28', 'B类', '王磊'],
    ['吴女士', '15900004444', '大兴', '260', '两室一厅', '安居客', '2024/10/18', 'C类', '张敏'],
    ['郑先生', '13500005555', '昌平回龙观', '400', '三室', '58同城', '2024/10/19', 'B类', '陈晨'],
    ['钱阿姨', '13300006666', '东城', '800', '三室', '朋友介绍', '2024/10/21', 'A类', '王磊'],
    ['钱阿姨', '13300006667', '海淀', '300', '一室', '58同城', '2024/11/21', 'C类', '刘强'],
    ['冯先生', '17700007777转2', '顺义', '600', '别墅', '贝壳', '2024/10/22', 'B类', '刘强'],
    ['陈女士', '18800008888', '石景山', '300', '两室', '安居客', null, 'C类', '张敏'],
    ['褚先生', '13200009999', '朝阳', '450-500', '三室', '58同城', '2024/10/23', 'A类', '陈晨'],
    ['卫女士', '15600001234', '海淀', '700', '三室两厅', '贝壳', '2024/10/24', 'A类', '王磊'],
    ['蒋先生', '(010)8888 6666', '朝阳', '900', '四室', '朋友介绍', '2024/10/26', 'B类', '刘强'],
    ['沈女士', '13100004321', '房山', '150', '一室', '58同城', '2024/10/27', 'C类', '张敏'],
    ['韩先生', '+86 139 0000 1111', '亦庄', '500', '三室', '贝壳', '2024/10/29', 'A类', '陈晨'],
    ['韩先生', '139-0000-1111', '亦庄开发区', '500', '三室', '安居客', '2024/11/01', 'A类', '陈晨'],
    ['杨女士', '无', '通州', '250', '两室', '58同城', '2024/11/03', 'C类', '王磊'],
  ];

  test('reviews, never merges, two 钱阿姨 whose numbers are one digit apart', () => {
    const pair = together(clustersOf(register), 13, 14);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('still merges two 周先生 rows on one number', () => {
    expect(together(clustersOf(register), 9, 10)?.band).toBe('merge');
  });
});

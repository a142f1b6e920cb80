/**
 * The template's trades beyond its first 21 (电子, 半导体, 农业, 食品 …) reach each CRM's own industry
 * value where it has one of the same meaning (Salesforce's Electronics, HubSpot's SEMICONDUCTORS), and
 * stay as typed, named in the report, where it has none (半导体 in Salesforce) or several (传媒 is
 * HubSpot's Broadcast Media, Online Media …). Zoho and 纷享销客 get the option's label.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}`);
  return file.rows.map((row) => row[at] ?? null);
}

// A 华南 distributor's 客户名单, cleaned: 行业 holds the options' labels.
// prettier-ignore
const MAINLAND: CellValue[][] = [
  ['客户名称', '联系人', '行业'],
  ['深圳华强电子有限公司', '张伟', '电子'],
  ['无锡华润微电子有限公司', '王芳', '半导体'],
  ['山东寿光蔬菜产业集团', '刘洋', '农业'],
  ['广州东方食品有限公司', '李娜', '食品'],
  ['浙江龙盛化工股份有限公司', '陈静', '化工'],
  ['比亚迪汽车工业有限公司', '杨磊', '汽车'],
  ['中建三局第一建设工程有限公司', '赵敏', '建筑'],
  ['广州酒家集团股份有限公司', '黄强', '餐饮'],
  ['中国移动通信集团广东有限公司', '吴刚', '通信/电信'],
  ['三一重工股份有限公司', '郑丽', '机械'],
  ['广东溢达纺织有限公司', '周杰', '纺织'],
  ['北京中科远望信息技术有限公司', '孙强', '互联网/IT'],
];

// A US sales team's accounts, cleaned: the options' English labels.
// prettier-ignore
const US: CellValue[][] = [
  ['Company', 'Contact', 'Industry'],
  ['Micron Components Inc.', 'Jane Doe', 'Electronics'],
  ['Heartland Grain Co.', 'Tom Reed', 'Agriculture'],
  ['Blue Ocean Seafood', 'Amy Chen', 'Food & Beverage'],
  ['Harbor View Hotels', 'Luis Gomez', 'Hospitality'],
  ['Riverside Food Bank', 'Eve Long', 'Non-profit'],
  ['Greenway Recycling', 'Joe Park', 'Environmental Services'],
  ['Motor City Parts LLC', 'Sara Kim', 'Automotive'],
];

describe('the template’s trades in each CRM’s industry values', () => {
  test('Salesforce: its value of the same meaning, else as typed and named in the report', () => {
    const { files, report } = planExport(sheet(MAINLAND), { crm: 'salesforce', object: 'accounts', now: NOW });
    expect(columnOf(files[0]!, 'Industry')).toEqual([
      'Electronics',
      '半导体',
      'Agriculture',
      'Food & Beverage',
      'Chemicals',
      '汽车',
      'Construction',
      '餐饮',
      'Telecommunications',
      'Machinery',
      '纺织',
      'Technology',
    ]);
    // Electronics would say less than 半导体, Hospitality less than 餐饮: none of Salesforce's.
    expect(report.notCrmValues).toEqual({ Industry: ['半导体', '汽车', '纺织', '餐饮'] });
  });

  test('HubSpot: its internal values; 互联网/IT is two of them (Internet, IT and Services), kept as typed', () => {
    const { files, report } = planExport(sheet(MAINLAND), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(files[0]!, 'Industry')).toEqual([
      'ELECTRICAL_ELECTRONIC_MANUFACTURING',
      'SEMICONDUCTORS',
      'FARMING',
      'FOOD_BEVERAGES',
      'CHEMICALS',
      'AUTOMOTIVE',
      'CONSTRUCTION',
      'RESTAURANTS',
      'TELECOMMUNICATIONS',
      'MACHINERY',
      'TEXTILES',
      '互联网/IT',
    ]);
    expect(report.notCrmValues).toEqual({ Industry: ['互联网/IT'] });
  });

  test('an English list’s labels go to Salesforce’s and HubSpot’s values', () => {
    const sf = planExport(sheet(US, 'Accounts'), { crm: 'salesforce', object: 'accounts', now: NOW });
    expect(columnOf(sf.files[0]!, 'Industry')).toEqual([
      'Electronics',
      'Agriculture',
      'Food & Beverage',
      'Hospitality',
      'Not For Profit',
      'Environmental',
      'Automotive',
    ]);
    expect(sf.report.notCrmValues).toEqual({ Industry: ['Automotive'] });
    const hs = planExport(sheet(US, 'Accounts'), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(hs.files[0]!, 'Industry')).toEqual([
      'ELECTRICAL_ELECTRONIC_MANUFACTURING',
      'FARMING',
      'FOOD_BEVERAGES',
      'HOSPITALITY',
      'NON_PROFIT_ORGANIZATION_MANAGEMENT',
      'ENVIRONMENTAL_SERVICES',
      'AUTOMOTIVE',
    ]);
    expect(hs.report.notCrmValues).toEqual({});
  });

  test('a Taiwan list’s 電子 and 觀光 are read in simplified characters', () => {
    // prettier-ignore
    const taiwan: CellValue[][] = [
      ['公司名稱', '聯絡人', '產業別'],
      ['鴻海精密工業股份有限公司', '林美玲', '電子'],
      ['墾丁觀光飯店股份有限公司', '張雅婷', '觀光'],
      ['台灣農業發展有限公司', '黃俊傑', '農業'],
    ];
    const sf = planExport(sheet(taiwan), { crm: 'salesforce', object: 'accounts', now: NOW });
    // 觀光 (tourism) is more than Salesforce's Hospitality says: as typed.
    expect(columnOf(sf.files[0]!, 'Industry')).toEqual(['Electronics', '觀光', 'Agriculture']);
    const hs = planExport(sheet(taiwan), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(hs.files[0]!, 'Industry')).toEqual([
      'ELECTRICAL_ELECTRONIC_MANUFACTURING',
      'LEISURE_TRAVEL_TOURISM',
      'FARMING',
    ]);
  });

  test('传媒 is Salesforce’s Media, and several of HubSpot’s values: kept as typed there', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '行业'],
      ['分众传媒信息技术股份有限公司', '王磊', '传媒'],
    ];
    const sf = planExport(sheet(values), { crm: 'salesforce', object: 'accounts', now: NOW });
    expect(columnOf(sf.files[0]!, 'Industry')).toEqual(['Media']);
    const hs = planExport(sheet(values), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(columnOf(hs.files[0]!, 'Industry')).toEqual(['传媒']);
    expect(hs.report.notCrmValues).toEqual({ Industry: ['传媒'] });
  });

  test('Zoho gets the options’ English labels and 纷享销客 their Chinese ones', () => {
    const zoho = planExport(sheet(MAINLAND), { crm: 'zoho', object: 'accounts', now: NOW });
    expect(columnOf(zoho.files[0]!, 'Industry').slice(0, 3)).toEqual(['Electronics', 'Semiconductors', 'Agriculture']);
    expect(columnOf(zoho.files[0]!, 'Industry')[10]).toBe('Textiles');
    const fx = planExport(sheet(MAINLAND), { crm: 'fxiaoke', object: 'accounts', now: NOW });
    expect(columnOf(fx.files[0]!, '行业').slice(0, 3)).toEqual(['电子', '半导体', '农业']);
  });
});

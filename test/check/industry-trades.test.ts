/**
 * The trades B2B lists name in 行业 / Industry beyond the first template's 21 (电子, 半导体, 农业, 食品,
 * Electronics, Food & Beverage, Hospitality …): check reads each as an option, clean writes its label,
 * and a value that was an option already still names that one (科技 is 互联网/IT).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { normaliseChoice } from '../../shared/normalise/choice';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

// A 华南 distributor's 客户名单, 行业 typed by hand.
// prettier-ignore
const MAINLAND: CellValue[][] = [
  ['客户名称', '联系人', '手机', '行业'],
  ['深圳华强电子有限公司', '张伟', '13812345678', '电子'],
  ['无锡华润微电子有限公司', '王芳', '13912345678', '半导体'],
  ['山东寿光蔬菜产业集团', '刘洋', '13712345678', '农业'],
  ['广州东方食品有限公司', '李娜', '13612345678', '食品'],
  ['浙江龙盛化工股份有限公司', '陈静', '13512345678', '化学工业'],
  ['比亚迪汽车工业有限公司', '杨磊', '13412345678', '汽车行业'],
  ['中建三局第一建设工程有限公司', '赵敏', '13312345678', '建筑'],
  ['广州酒家集团股份有限公司', '黄强', '13212345678', '餐饮'],
  ['深圳市天虹商场股份有限公司', '周杰', '13112345678', '贸易'],
  ['中国移动通信集团广东有限公司', '吴刚', '13012345678', '电信'],
  ['三一重工股份有限公司', '郑丽', '15012345678', '机械设备'],
  ['北京中科远望信息技术有限公司', '孙强', '15112345678', '科技'],
  ['金蝶软件（中国）有限公司', '钱勇', '15212345678', '软件'],
];

// A US sales team's accounts sheet (phones aside: this is about Industry).
// prettier-ignore
const US: CellValue[][] = [
  ['Company', 'Contact', 'Website', 'Industry'],
  ['Micron Components Inc.', 'Jane Doe', 'www.microncomponents.com', 'Electronics'],
  ['Heartland Grain Co.', 'Tom Reed', 'www.heartlandgrain.com', 'Agriculture'],
  ['Blue Ocean Seafood', 'Amy Chen', 'www.blueoceanseafood.com', 'Food and Beverage'],
  ['Harbor View Hotels', 'Luis Gomez', 'www.harborviewhotels.com', 'Hospitality'],
  ['Great Lakes Chemical Corp.', 'Mark Hall', 'www.glchemical.com', 'Chemicals'],
  ['Motor City Parts LLC', 'Sara Kim', 'www.motorcityparts.com', 'Automotive'],
  ['Coastal Media Group', 'Dan Price', 'www.coastalmedia.com', 'Media'],
  ['Riverside Food Bank', 'Eve Long', 'www.riversidefoodbank.org', 'Non-profit'],
  ['Acme Telecom', 'Bob Ruiz', 'www.acmetelecom.com', 'Telecom'],
  ['Summit Capital', 'Ian Ross', 'www.summitcapital.com', 'Financial Services'],
];

const industryField = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'industry')!;

function industryIssues(values: CellValue[][], locale: 'zh-CN' | 'en-US') {
  const column = values[0]![3];
  return checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === column);
}

function industryEdits(values: CellValue[][], locale: 'zh-CN' | 'en-US') {
  const { plan } = planClean(sheet(values), { now: TODAY, locale });
  return plan.edits.filter((e) => e.col === 4).map((e) => [e.row, e.before, e.after]);
}

describe('industry trades', () => {
  test('check reads a mainland list’s 电子, 半导体, 农业, 食品, 化工 and 汽车 as options: no errors', () => {
    const issues = industryIssues(MAINLAND, 'zh-CN');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Written another way than the label: a notice each, naming the label.
    expect(issues.map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [6, 'choice.nonCanonical', '化工'],
      [7, 'choice.nonCanonical', '汽车'],
      [11, 'choice.nonCanonical', '通信/电信'],
      [12, 'choice.nonCanonical', '机械'],
      [13, 'choice.nonCanonical', '互联网/IT'],
    ]);
  });

  test('clean writes the labels, in the sheet’s language, and leaves the labels as they are', () => {
    expect(industryEdits(MAINLAND, 'zh-CN')).toEqual([
      [6, '化学工业', '化工'],
      [7, '汽车行业', '汽车'],
      [11, '电信', '通信/电信'],
      [12, '机械设备', '机械'],
      [13, '科技', '互联网/IT'],
    ]);
  });

  test('check reads a US list’s Electronics, Agriculture, Food and Beverage and Hospitality: no errors', () => {
    const issues = industryIssues(US, 'en-US');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(industryEdits(US, 'en-US')).toEqual([
      [4, 'Food and Beverage', 'Food & Beverage'],
      [10, 'Telecom', 'Telecommunications'],
      [11, 'Financial Services', 'Finance'],
    ]);
  });

  test('a Taiwan list’s 電子, 半導體, 農業, 觀光 and 食品 are options too, read in simplified characters', () => {
    // prettier-ignore
    const taiwan: CellValue[][] = [
      ['公司名稱', '聯絡人', '電子郵件', '產業別'],
      ['台灣積體電路製造股份有限公司', '陳志明', 'chen@tsmc.com.tw', '半導體'],
      ['鴻海精密工業股份有限公司', '林美玲', 'lin@foxconn.com.tw', '電子'],
      ['台灣農業發展有限公司', '黃俊傑', 'huang@twagri.com.tw', '農業'],
      ['墾丁觀光飯店股份有限公司', '張雅婷', 'chang@kenting-hotel.com.tw', '觀光'],
      ['統一企業股份有限公司', '王建宏', 'wang@uni-president.com.tw', '食品'],
    ];
    const issues = checkSheet(sheet(taiwan), { now: TODAY, locale: 'zh-CN' }).issues.filter(
      (i) => i.column === '產業別',
    );
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(industryEdits(taiwan, 'zh-CN')).toEqual(
      expect.arrayContaining([
        [2, '半導體', '半导体'],
        [5, '觀光', '旅游'],
      ]),
    );
  });

  test.each([
    // Each option in either language, and a value of another reading still the option it named.
    ['电子', '电子', 'Electronics'],
    ['Semiconductors', '半导体', 'Semiconductors'],
    ['芯片', '半导体', 'Semiconductors'],
    ['农林牧渔', '农业', 'Agriculture'],
    ['F&B', '食品', 'Food & Beverage'],
    ['Restaurants', '餐饮', 'Restaurants'],
    ['服饰', '服装', 'Apparel'],
    ['Textiles', '纺织', 'Textiles'],
    ['酒店业', '酒店', 'Hospitality'],
    ['Tourism', '旅游', 'Travel & Tourism'],
    ['建材', '建材', 'Building Materials'],
    ['Construction', '建筑', 'Construction'],
    ['外贸', '进出口', 'Import & Export'],
    ['Wholesale', '批发', 'Wholesale'],
    ['商贸', '贸易', 'Trading'],
    ['Machinery', '机械', 'Machinery'],
    ['Environmental', '环保', 'Environmental Services'],
    ['Not For Profit', '非营利组织', 'Non-profit'],
    ['Advertising', '广告', 'Advertising'],
    ['Biotech', '生物技术', 'Biotechnology'],
    ['科技', '互联网/IT', 'Internet/IT'],
    ['Technology', '互联网/IT', 'Internet/IT'],
    ['电子商务', '电商', 'E-commerce'],
    ['Financial', '金融', 'Finance'],
  ])('reads %j as %s / %s', (input, zh, en) => {
    expect(normaliseChoice(input, industryField, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(input, industryField, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  test.each([
    // Two trades in one cell, or a part of two names: no one option, left as typed.
    ['建筑/建材'],
    ['传媒/广告'],
    ['酒店/旅游'],
    ['服装/纺织'],
    ['贸易/批发'],
    ['技术'],
    ['商务'],
  ])('leaves %j unmatched: it names no one option', (input) => {
    expect(normaliseChoice(input, industryField, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test('clean leaves a cell naming two trades as typed', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '行业'],
      ['东方雨虹防水技术股份有限公司', '李强', '13812345678', '建筑/建材'],
      ['分众传媒信息技术股份有限公司', '王磊', '13912345678', '传媒/广告'],
    ];
    expect(industryEdits(values, 'zh-CN')).toEqual([]);
  });
});

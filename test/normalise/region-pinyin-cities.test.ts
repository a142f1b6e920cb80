/**
 * A 城市 column on a Chinese list where some rows write the city in pinyin (Hangzhou beside 杭州), as
 * lists merged from an English form or a foreign trade team's CRM do. The Chinese list reads each
 * pinyin city as its Chinese name, the way it reads Beijing as 北京; a romanisation two cities share
 * (Suzhou: 苏州 or 宿州) stays as typed and is reported. An English list keeps its pinyin.
 */
import { normaliseCell, type NormaliseContext } from '../../shared/normalise';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';
import { checkSheet } from '../../shared/check/check-sheet';
import { buildInsights } from '../../shared/insights';
import type { CellValue } from '../../shared/sheet/cell-value';
import { issueMessage } from '../../shared/i18n/issue-messages';
import { issueTitle } from '../../shared/i18n/issue-titles';

const zh: NormaliseContext = { locale: 'zh-CN', defaultRegion: 'CN' };
const en: NormaliseContext = { locale: 'en-US', defaultRegion: 'US' };
const region = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'region') as Field;
const TODAY = new Date(Date.UTC(2024, 6, 1));

// A trade-show lead list merged into the sales team's own: the English form wrote cities in pinyin.
const LEADS: CellValue[][] = [
  ['客户姓名', '手机', '城市', '消费总额'],
  ['夏萍', '16626694428', '杭州', 100],
  ['陶子文', '17668575811', 'Hangzhou', 200],
  ['韦琪', '18613122153', 'HANGZHOU', 300],
  ['胡伟', '15219247841', '广州', 50],
  ['林晓', '13800138001', 'Guangzhou', 10],
  ['王静', '13800138002', "Xi'an", 20],
  ['陈美玲', '13800138003', '西安', 30],
  ['张豪', '13800138004', 'Suzhou', 40],
  ['李娜', '13800138005', 'Beijing', 5],
];

describe('region-places: cities in pinyin on a Chinese list', () => {
  test.each<[string, string]>([
    ['Hangzhou', '杭州'],
    ['Guangzhou', '广州'],
    ['Shenzhen', '深圳'],
    ['Chengdu', '成都'],
    ['Wuhan', '武汉'],
    ['Nanjing', '南京'],
    ["Xi'an", '西安'],
    ['Xian', '西安'],
    ['Chongqing', '重庆'],
    ['Tianjin', '天津'],
    ['HANGZHOU', '杭州'],
    ['Hang Zhou', '杭州'],
    ['Hangzhou City', '杭州'],
    ['Harbin', '哈尔滨'],
    ['Lvliang', '吕梁'],
    ['Luliang', '吕梁'],
  ])('reads %j as %j', (typed, city) => {
    expect(normaliseCell(region, typed, zh)).toEqual({ status: 'valid', value: city });
  });

  test.each<[string, string[]]>([
    ['Suzhou', ['苏州', '宿州']],
    ['Taizhou', ['泰州', '台州']],
    ['Fuzhou', ['福州', '抚州']],
    ['Yulin', ['玉林', '榆林']],
    ['Yichun', ['伊春', '宜春']],
  ])('leaves %j as typed when two cities share it', (typed, readings) => {
    const read = normaliseCell(region, typed, zh);
    expect(read).toEqual({ status: 'ambiguous', code: 'region.ambiguous', readings: expect.any(Array) });
    expect(read.status === 'ambiguous' && [...read.readings].sort()).toEqual([...readings].sort());
  });

  test('keeps pinyin on an English list and Chinese names and unknown words as typed', () => {
    expect(normaliseCell(region, 'Hangzhou', en)).toEqual({ status: 'valid', value: 'Hangzhou' });
    expect(normaliseCell(region, 'Beijing', en)).toEqual({ status: 'valid', value: 'Beijing' });
    expect(normaliseCell(region, '杭州', zh)).toEqual({ status: 'valid', value: '杭州' });
    expect(normaliseCell(region, 'Springfield', zh)).toEqual({ status: 'valid', value: 'Springfield' });
    expect(normaliseCell(region, 'Hangzhou Road 12', zh)).toEqual({ status: 'valid', value: 'Hangzhou Road 12' });
  });

  test('check names a shared romanisation in both languages and suggests the Chinese names of the rest', () => {
    const zhCheck = checkSheet({ name: '客户', values: LEADS }, { now: TODAY });
    const suzhou = zhCheck.issues.find((i) => i.row === 9 && i.code === 'region.ambiguous');
    expect(suzhou?.message).toContain('苏州 或 宿州');
    expect(suzhou?.message).toContain('Suzhou');
    expect(zhCheck.issues.find((i) => i.row === 3 && i.column === '城市')?.suggestion).toBe('杭州');
    const enCheck = checkSheet({ name: '客户', values: LEADS }, { now: TODAY, locale: 'en-US' });
    const inEnglish = enCheck.issues.find((i) => i.row === 9 && i.column === '城市');
    // An English reading of the list keeps pinyin: Suzhou is a place as typed, nothing to report.
    expect(inEnglish).toBeUndefined();
    const params = { column: '城市', value: 'Suzhou', suggestion: '', readings: '苏州 or 宿州' };
    expect(issueMessage('en-US', 'region.ambiguous', params)).toBe(
      '"Suzhou" is the pinyin of more than one city (苏州 or 宿州): left as typed. Write the city in Chinese in 城市.',
    );
    expect(issueTitle('region.ambiguous', 'zh-CN')).toBe('城市拼音对应两个城市');
    expect(issueTitle('region.ambiguous', 'en-US')).toBe('City spelling two cities share');
  });

  test('the report counts 杭州 and Hangzhou as one city on a Chinese list', () => {
    const segments = buildInsights({ name: '客户', values: LEADS }, { now: TODAY })
      .segments.find((s) => s.field === 'region')
      ?.values.map((v) => [v.value, v.count]);
    expect(segments).toEqual(
      expect.arrayContaining([
        ['杭州', 3],
        ['广州', 2],
        ['西安', 2],
        ['Suzhou', 1],
        ['北京', 1],
      ]),
    );
    expect(segments).toHaveLength(5);
  });
});

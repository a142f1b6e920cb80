/**
 * How common a Chinese name is, known before reading any sheet: surname shares from the 2020
 * census (rounded), and rough shares of the given-name characters that make two-character names
 * like 张伟 and 王芳 the most repeated names in China. Used as a floor for the name's u
 * probability, so that a small sheet with two 张伟 does not treat the shared name as strong evidence.
 */

const SURNAME_SHARE: Record<string, number> = {
  王: 0.0712,
  李: 0.07,
  张: 0.0668,
  刘: 0.0538,
  陈: 0.0453,
  杨: 0.0308,
  黄: 0.0223,
  赵: 0.02,
  吴: 0.02,
  周: 0.019,
  徐: 0.0145,
  孙: 0.0138,
  马: 0.0129,
  朱: 0.0126,
  胡: 0.0115,
  郭: 0.0113,
  何: 0.0106,
  林: 0.01,
  高: 0.01,
  罗: 0.009,
  郑: 0.008,
  梁: 0.008,
  谢: 0.007,
  宋: 0.006,
  唐: 0.006,
  许: 0.006,
  韩: 0.006,
  冯: 0.005,
  邓: 0.005,
  曹: 0.005,
  彭: 0.005,
  曾: 0.005,
  肖: 0.005,
  田: 0.004,
  董: 0.004,
  袁: 0.004,
  潘: 0.004,
  于: 0.004,
  蒋: 0.004,
  蔡: 0.004,
  余: 0.004,
  杜: 0.004,
  叶: 0.004,
  程: 0.004,
  苏: 0.003,
  魏: 0.003,
  吕: 0.003,
  丁: 0.003,
  任: 0.003,
  沈: 0.003,
};
const OTHER_SURNAME = 0.001;

const COMMON_GIVEN_CHARS = new Set(
  '伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚辉鹏华红燕玲桂丹萍鑫斌宇浩凯健俊帆帅旭宁龙林欢阳建亮成佳峰婷慧颖倩雪琳晶波飞英兰秀梅莉云',
);
const COMMON_GIVEN_PAIRS = new Set([
  '秀英',
  '桂英',
  '秀兰',
  '玉兰',
  '桂兰',
  '秀珍',
  '凤英',
  '玉珍',
  '玉英',
  '兰英',
  '子涵',
  '梓涵',
  '一诺',
  '浩然',
  '欣怡',
  '子轩',
  '雨涵',
  '宇轩',
  '梓轩',
  '佳怡',
  '建华',
  '建国',
  '建军',
  '志强',
  '志明',
  '海燕',
  '丽娟',
  '小红',
  '小明',
  '晓明',
  '文静',
  '春梅',
  '淑珍',
  '玉梅',
]);

export function surnameShare(surname: string): number {
  return SURNAME_SHARE[surname] ?? OTHER_SURNAME;
}

export function givenNameShare(given: string): number {
  if (given.length === 1) return COMMON_GIVEN_CHARS.has(given) ? 0.015 : 0.002;
  if (given.length === 2) return COMMON_GIVEN_PAIRS.has(given) ? 0.003 : 2e-4;
  return 1e-5;
}

/** Share of people called by this Han full name (surname of `surnameLength` characters). */
export function hanNameShare(han: string, surnameLength: number): number {
  if (han.length <= surnameLength) return surnameShare(han);
  return surnameShare(han.slice(0, surnameLength)) * givenNameShare(han.slice(surnameLength));
}

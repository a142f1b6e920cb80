/**
 * Lists whose region column (地區, 地区, Region) names each row's country or region: a Hong Kong and
 * Taiwan distributor's member list in traditional characters, a mainland shop's list with a few
 * customers from Hong Kong and Taiwan, and an English one. Read by check, clean, dedupe, export and merge.
 */
import type { CellValue } from '../../shared/sheet/cell-value';

/** 港台經銷會員名單: 63687353 and 2440 4535 are Hong Kong numbers on 香港 rows (Tainan and Keelung without their 0 in Taiwan). */
export const HK_TW_MEMBERS: CellValue[][] = [
  ['客戶編號', '姓名', '性別', '地區', '手機', '電話', '電子郵件', '備註'],
  ['M00001', '陳建華', '女', '香港', '+852 5638 5629', '2959 8950', 'm59643@yahoo.com.hk', null],
  ['M00002', '陳雅婷', '女', '臺灣', '0915721178', null, 'm4441@gmail.com', null],
  ['M00011', '黃曉彤', '女', '香港', '63687353', null, 'm34959@gmail.com', null],
  ['M00014', '黃志明', '男', '臺灣', '0997-739-863', '02-2225-3579', null, null],
  ['M00015', '何淑芬', '男', '香港', '68822511', '2440 4535', null, null],
  ['M09001', '陳大文', '男', '香港', '9123 4567', '2345 6789', 'chantaiman@netvigator.com', null],
  ['M09002', '陈大文', '男', '香港', '+852 91234567', null, 'ChanTaiMan@netvigator.com', '內地分店登記'],
  ['M00016', '黃偉強', '女', '臺灣', '0971-520-864', null, 'm12599@hotmail.com', null],
];

/** 广州门店客户: provinces and cities in 地区, and three customers from Hong Kong and Taiwan. */
export const MAINLAND_WITH_HK_TW: CellValue[][] = [
  ['姓名', '地区', '手机', '备注'],
  ['张伟', '广东', '13800138000', null],
  ['李娜', '浙江', '13912345678', null],
  ['王芳', '上海市', '13611112222', null],
  ['陈大文', '香港', '9123 4567', null],
  ['林雅婷', '台湾', '0912-345-678', null],
  ['黄志明', '香港', '63687353', null],
];

/** A Singapore agency's contacts, their Region column of countries. */
export const ENGLISH_REGIONS: CellValue[][] = [
  ['Name', 'Region', 'Mobile', 'Notes'],
  ['Chan Tai Man', 'Hong Kong', '6368 7353', null],
  ['Lin Ya-ting', 'Taiwan', '0912 345 678', null],
  ['Tan Wei Ling', 'Singapore', '9123 4567', null],
  ['Wong Ka Yan', 'Hong Kong', '2440 4535', null],
];

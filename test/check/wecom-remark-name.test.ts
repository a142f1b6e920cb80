/**
 * A WeCom (企业微信) 客户联系 export names a contact by 备注名, the name the salesperson typed, and beside
 * it by 客户名称, the WeChat name the customer goes by. A contact never renamed has a blank 备注名 and is
 * still named (export names the row by its WeChat name): check does not call the name missing, unless the
 * WeChat name is no name either (微信用户, a contact who shared none).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '客户类型', '性别', '添加时间', '添加方式', '所属成员', '备注名', '描述', '企业标签', '备注手机号', '备注企业名称', '状态'],
  ['🌸小美🌸', '微信用户', '女', '2024-03-05 10:21:33', '扫描二维码', '王芳', '李美-装修-三期', '想装修三居室，预算20万', '意向客户;装修', '13811112222', '', '正常'],
  ['A-张总', '微信用户', '男', '2024-02-11 08:00:00', '搜索手机号', '王芳', '张建国 中建三局', '项目经理，负责采购', '大客户', '13988886666', '中建三局', '正常'],
  ['张建国', '企业微信用户', '男', '2024-02-12 09:00:00', '名片分享', '李军', '', '', '大客户', '13988887777', '中国建筑第三工程局有限公司', '正常'],
  ['Lily', '微信用户', '未知', '2023-12-30 22:10:05', '群聊', '王芳', '', '', '', '13700001111', '', '已删除'],
  ['随风', '微信用户', '男', '2024-01-05 12:00:00', '扫描二维码', '李军', '刘先生 看房', '周末有空', '意向客户', '+86 186-0000-1234', '', '正常'],
  ['刘先生', '微信用户', '男', '2024-01-06 12:00:00', '扫描二维码', '王芳', '刘强', '', '意向客户', '18600001234', '', '正常'],
  ['阳光明媚', '微信用户', '女', '2024-04-01 09:00:00', '其他', '李军', '', '老客户介绍', '', '13600002222', '', '正常'],
  ['微信用户', '微信用户', '未知', '2024-04-02 09:00:00', '其他', '李军', '', '', '', '13500003333', '', '正常'],
];

const missingNames = (locale: 'zh-CN' | 'en-US') =>
  checkSheet({ name: '客户联系', values: WECOM }, { now: TODAY, locale })
    .issues.filter((i) => i.code === 'required.missing')
    .map((i) => [i.row, i.column, i.message]);

describe('check on a WeCom export whose 备注名 is blank', () => {
  test('a contact named by the WeChat name has a name; one with no WeChat name (微信用户) has none', () => {
    expect(missingNames('zh-CN')).toEqual([[9, '备注名', '“备注名”为必填项，但为空。']]);
  });

  test('the same in English', () => {
    expect(missingNames('en-US')).toEqual([[9, '备注名', '备注名 is required but empty.']]);
  });
});

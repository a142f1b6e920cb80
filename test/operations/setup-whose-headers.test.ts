/**
 * Set up (and clean) renames a header to its field's label only when the label says the same: a
 * parent's, guardian's, referrer's or emergency contact's name or number is governed as the field
 * it maps to, but keeps its header, which says whose it is.
 */
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

function setUpHeaders(values: CellValue[][], locale: 'zh-CN' | 'en-US') {
  const snapshot = sheet(values);
  const { plan } = planSetup(snapshot, { now: TODAY, locale });
  return after(snapshot, plan).values[0] as string[];
}

describe('planSetup headers naming whose contact it is', () => {
  test('a training school’s 家长姓名 and 家长手机 keep saying they are the parent’s', () => {
    const headers = setUpHeaders(
      [
        ['学员姓名', '性别', '出生日期', '家长姓名', '家长手机', '所在学校'],
        ['张子涵', '男', '2015-04-12', '张伟', '13801234567', '中关村一小'],
        ['张子萱', '女', '2017-07-03', '张伟', '138 0123 4567', '中关村一小'],
        ['王一诺', '女', '2014-11-20', '王芳', '139-1122-3344', '人大附小'],
      ],
      'zh-CN',
    );
    expect(headers.slice(3, 5)).toEqual(['家长姓名', '家长手机']);
  });

  test.each([
    ['监护人电话', 'zh-CN'],
    ['监护人手机', 'zh-CN'],
    ['紧急联系人', 'zh-CN'],
    ['紧急联系人手机', 'zh-CN'],
    ['推荐人', 'zh-CN'],
    ['推荐人手机', 'zh-CN'],
    ['Parent Name', 'en-US'],
    ['Parent Phone', 'en-US'],
    ['Guardian Mobile', 'en-US'],
    ['Guardian Name', 'en-US'],
    ['Emergency Contact', 'en-US'],
    ['Emergency Contact Phone', 'en-US'],
    ['Referrer', 'en-US'],
    ['Referrer Phone', 'en-US'],
  ] as const)('headed %s, a %s set up keeps the header', (header, locale) => {
    const headers = setUpHeaders(
      [
        ['Student Name', 'Email', header],
        ['Ann Smith', 'ann@example.com', '+1 415 555 2671'],
        ['Leo Park', 'leo@example.com', '+1 415 555 0198'],
      ],
      locale,
    );
    expect(headers[2]).toBe(header);
  });

  test('the customer’s own contact and number are still renamed to the labels', () => {
    const headers = setUpHeaders(
      [
        ['客户名称', '联系人姓名', '手机号码'],
        ['杭州西子网络科技有限公司', '刘晓明', '13588889999'],
        ['宁波东海贸易有限公司', '王芳', '13912345678'],
      ],
      'zh-CN',
    );
    expect(headers).toEqual(expect.arrayContaining(['联系人', '手机']));
  });
});

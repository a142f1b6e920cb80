/**
 * A WeCom 客户联系 export whose 备注名 the sales team typed as a name, a space and the company's short
 * name (王志刚 森源建材), or the company first (宏达五金 李建国): the column is the customers' names,
 * not a column of companies, and 客户名称 (the WeChat nickname) is neither.
 */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const map = (headers: string[], rows: string[][]) => mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows));

describe('mapHeaders on spaced WeCom remark names', () => {
  test('maps 备注名 to the name when its remarks join a person and a company with a space', () => {
    const headers = ['客户名称', '备注名', '添加时间', '添加人', '手机号', '备注企业名称'];
    const rows = [
      ['A王总-建材', '王志刚 森源建材', '2024-04-02 16:05:00', '陈晨', '15811112222', ''],
      ['宏达李', '宏达五金 李建国', '2024-04-03 10:20:00', '陈晨', '15811113333', ''],
      ['王哥', '王总 森源建材', '2024-04-05 09:00:00', '刘强', '15811114444', ''],
      ['🌸Lily🌸', '李莉 美的集团', '2024-04-06 09:00:00', '刘强', '13587654321', '美的集团股份有限公司'],
      ['老孙', '孙建华 华通物流', '2024-04-07 09:00:00', '刘强', '13511116666', ''],
    ];
    expect(map(headers, rows)).toMatchObject({ 客户名称: null, 备注名: 'name', 备注企业名称: 'company' });
  });
});

/**
 * A remark name that carries the customer's company (WeCom's 客户备注 张三-杭州源泉科技, an English
 * team's Tom Lee - Acme Ltd) names a person: the column holding them is the name column, not the company's.
 */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { valueShape } from '../../shared/template/value-shape';

const map = (headers: string[], rows: string[][]) => mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows));

describe('valueShape', () => {
  test.each([
    '张三-杭州源泉科技',
    '李四（上海华通物流）',
    '杭州源泉科技-王五',
    'Tom Lee - Acme Ltd',
    'Sarah Johnson (Initech LLC)',
  ])('reads %j as a person when one side is a person and the other an organisation', (value) => {
    expect(valueShape(value)).toBe('person');
  });

  test.each(['华为技术有限公司（深圳）', '杭州源泉科技-上海华通物流', 'Acme Ltd - New York'])(
    'reads %j as a company when no side is plainly a person',
    (value) => {
      expect(valueShape(value)).toBe('company');
    },
  );
});

describe('mapHeaders on WeCom remark names', () => {
  test('maps 客户备注 to the name when many remarks carry the customer’s company', () => {
    const headers = ['客户名称', '客户备注', '描述', '添加时间', '添加人', '来源', '手机号', '备注企业名称'];
    const rows = [
      ['小雨', '张三-杭州源泉科技', '年底有预算', '2023-03-01 10:12:45', '张磊', '扫描渠道二维码', '13811112222', ''],
      ['Rain🌧', '李四（上海华通物流）', '', '2023-06-11 09:00:00', '李娜', '搜索手机号', '13911113333', ''],
      ['周周', '杭州源泉科技-王五', '', '2023-07-02 15:30:00', '张磊', '扫描名片', '13711114444', ''],
      ['老孙', '孙七-源泉控股集团', '', '2023-08-03 10:00:00', '王芳', '来自群聊', '13511116666', '源泉控股集团'],
      ['刘先生', '刘建军', '', '2023-05-01 11:11:11', '张磊', '扫描名片', '15000002222', ''],
    ];
    expect(map(headers, rows)).toMatchObject({ 客户名称: null, 客户备注: 'name', 备注企业名称: 'company' });
  });

  test('maps an English Name column of "person - company" names to the name, and Company to the company', () => {
    const headers = ['Name', 'Email', 'Company'];
    const rows = [
      ['Tom Lee - Acme Ltd', 'tom.lee@acme.example', ''],
      ['Sarah Johnson (Initech LLC)', 'sarah@initech.example', ''],
      ['Raj Patel - Initech LLC', 'raj@initech.example', 'Initech, Inc.'],
      ['John Melton', 'john@melton.example', ''],
    ];
    expect(map(headers, rows)).toMatchObject({ Name: 'name', Company: 'company' });
  });
});

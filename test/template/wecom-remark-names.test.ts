/**
 * A WeCom (企业微信) customer export knows a contact by two names: 客户名称 is the WeChat nickname
 * (🌸Lily🌸, ".", A王总-建材) and 备注名 the name the salesperson gave (王志刚 森源建材). The export's own
 * columns (添加人, 添加时间, 备注企业名称…) say which sheet it is, and there 备注名 is the name.
 */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { isContactAppExport } from '../../shared/template/sheet-shapes';
import { foldHeader } from '../../shared/template/header-words';

const map = (headers: string[], rows: string[][]) => mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows));

const headers = ['客户名称', '备注名', '添加人', '添加时间', '标签', '手机号', '备注企业名称', '来源'];
const rows = [
  [
    '张小红',
    '张小红-华润万家采购',
    '刘强',
    '2024-03-12 14:22:05',
    '重要客户',
    '13912345678',
    '华润万家有限公司',
    '展会',
  ],
  ['🌸Lily🌸', '李莉-美的集团', '刘强', '2024-03-15 09:10:44', '意向客户', '13587654321', '美的集团股份有限公司', ''],
  ['A王总-建材', '王志刚 森源建材', '陈晨', '2024/4/2 16:05', 'VIP', '15811112222', '佛山市森源建材有限公司', ''],
  ['王志刚', '王志刚 森源建材', '刘强', '2024-04-20 10:00:00', 'VIP', '158-1111-2222', '佛山森源建材有限公司', ''],
  ['Tom Zhang', '张涛 携程商旅', '陈晨', '2024-05-06 11:30:12', '合作伙伴', '', '携程旅行网', '合作伙伴'],
  ['.', '周经理', '陈晨', '2024-05-10 19:20:33', '待跟进', '13300001111', '上海瑞金医院', ''],
  [
    'Kevin',
    'Kevin 阿里云',
    '陈晨',
    '2024-05-20 15:00:00',
    '意向客户',
    '+86 186 0000 1111',
    '阿里云计算有限公司',
    '官网',
  ],
];

describe('mapHeaders on a WeCom export with 备注名', () => {
  test('maps 备注名 to the name and leaves the nickname in 客户名称 alone', () => {
    expect(map(headers, rows)).toEqual({
      客户名称: null,
      备注名: 'name',
      添加人: 'owner',
      添加时间: 'createdAt',
      标签: 'tags',
      手机号: 'phone',
      备注企业名称: 'company',
      来源: 'source',
    });
  });

  test('keeps 客户名称 as the name when the salesperson gave no remark names', () => {
    const mapping = map(
      headers,
      rows.map((row) => [row[0], '', ...row.slice(2)]),
    );
    expect(mapping['客户名称']).toBe('name');
    expect(mapping['备注名']).toBeNull();
  });

  test('does not read 备注名 as the name outside a WeCom export when its values do not show names', () => {
    const notes = ['老客户', '展会认识', '价格敏感', '月结', '合作伙伴', '待跟进', '官网咨询'];
    const mapping = map(
      ['客户名称', '备注名', '手机号'],
      rows.map((row, i) => [row[0], notes[i]!, row[5]]),
    );
    expect(mapping['客户名称']).toBe('name');
    expect(mapping['备注名']).toBeNull();
  });

  test('reads 备注名 as the name outside a WeCom export when its values name people and 客户名称 holds nicknames', () => {
    // 王志刚 森源建材, 李莉-美的集团: the person a salesperson labelled, beside 🌸Lily🌸 and "."
    const mapping = map(
      ['客户名称', '备注名', '手机号'],
      rows.map((row) => [row[0], row[1], row[5]]),
    );
    expect(mapping['备注名']).toBe('name');
    expect(mapping['客户名称']).toBeNull();
  });
});

describe('isContactAppExport', () => {
  const fold = (hs: string[]) => hs.map(foldHeader);

  test('recognises a WeCom export by its own columns', () => {
    expect(isContactAppExport(fold(headers))).toBe(true);
    expect(isContactAppExport(fold(['客户名称', '客户备注', '描述', '添加时间', '添加人', '企业标签']))).toBe(true);
  });

  test('does not take a sales ledger with one 添加时间 column for one', () => {
    expect(isContactAppExport(fold(['客户名称', '联系人', '手机', '添加时间', '备注']))).toBe(false);
  });
});

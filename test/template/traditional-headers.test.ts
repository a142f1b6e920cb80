import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { foldHeader, mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';

describe('mapHeaders with headers in traditional characters', () => {
  test.each([
    ['手機', '手机', 'phone'],
    ['手機號碼', '手机号码', 'phone'],
    ['行動電話', '行动电话', 'phone'],
    ['郵箱', '邮箱', 'email'],
    ['電子郵件', '电子邮件', 'email'],
    ['性別', '性别', 'gender'],
    ['地區', '地区', 'region'],
    ['備註', '备注', 'notes'],
    ['客戶編號', '客户编号', 'customerId'],
    ['負責人', '负责人', 'owner'],
    ['客戶等級', '客户等级', 'valueTier'],
  ])('maps "%s" to the field of "%s" (%s)', (traditional, simplified, field) => {
    expect(mapHeaders([simplified], DEFAULT_TEMPLATE).columns[0].field).toBe(field);
    expect(mapHeaders([traditional], DEFAULT_TEMPLATE).columns[0].field).toBe(field);
  });

  test('maps a Hong Kong list like its mainland spelling, and keeps each header as typed', () => {
    const row = ['陳大文', '13800138000', '021-62345678', 'chan@a.com', '男', '1985-11-20', '上海', '老客'];
    const traditional = mapHeaders(
      ['姓名', '手機', '電話', '郵箱', '性別', '生日', '地區', '備註'],
      DEFAULT_TEMPLATE,
      {},
      sampleRows([[], row]),
    );
    const simplified = mapHeaders(
      ['姓名', '手机', '电话', '邮箱', '性别', '生日', '地区', '备注'],
      DEFAULT_TEMPLATE,
      {},
      sampleRows([[], row]),
    );
    expect(mappingToJson(traditional)).toEqual({
      姓名: 'name',
      手機: 'phone',
      電話: null,
      郵箱: 'email',
      性別: 'gender',
      生日: 'birthDate',
      地區: 'region',
      備註: 'notes',
    });
    expect(traditional.columns.map((c) => [c.field, c.secondOf])).toEqual(
      simplified.columns.map((c) => [c.field, c.secondOf]),
    );
    // 電話 beside 手機 is the customer's other number, as 电话 beside 手机 is.
    expect(traditional.columns[2].secondOf).toBe('phone');
    expect(traditional.missing).not.toContain('phone');
  });

  test('folds a traditional header to its simplified form, like width and case', () => {
    expect(foldHeader('手機號碼')).toBe(foldHeader('手机号码'));
    expect(foldHeader('電子 郵件')).toBe('电子邮件');
  });
});

describe('mapHeaders with the words Taiwan and Hong Kong lists use', () => {
  const fieldOf = (header: string) => mapHeaders([header], DEFAULT_TEMPLATE).columns[0].field;

  test.each([
    // 聯絡 is 联系, 追蹤 is 跟进, 紀錄 is 记录, 建立 is 创建.
    ['最後聯絡日', 'lastContact'],
    ['最後聯絡日期', 'lastContact'],
    ['上次聯絡', 'lastContact'],
    ['下次追蹤日', 'nextFollowUp'],
    ['下次追蹤日期', 'nextFollowUp'],
    ['下次聯絡日期', 'nextFollowUp'],
    ['追蹤日期', 'lastContact'],
    ['追蹤紀錄', 'contactSummary'],
    ['聯絡紀錄', 'contactSummary'],
    ['追蹤狀態', 'status'],
    ['聯絡電話', 'phone'],
    ['建立日期', 'createdAt'],
    // 業務 (業務員, 業務代表) is the sales rep who owns the account.
    ['業務', 'owner'],
    ['業務員', 'owner'],
    ['業務代表', 'owner'],
    ['負責業務', 'owner'],
    ['電子郵件地址', 'email'],
    ['電子信箱', 'email'],
    ['電郵地址', 'email'],
    ['住址', 'address'],
    ['郵遞區號', 'postcode'],
  ])('maps "%s" to %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  test.each([
    // A line of business, not the salesperson.
    '主營業務',
    '經營業務',
    '业务范围',
    // Taiwan's 統一編號 (統編) is the company's tax number, not the customer's number in the list.
    '統一編號',
    '統編',
    // Nor is a tracking number a follow-up.
    '物流追蹤號',
  ])('leaves "%s" alone', (header) => {
    expect(fieldOf(header)).toBeNull();
  });
});

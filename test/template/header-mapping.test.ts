import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { foldHeader, mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

describe('mapHeaders', () => {
  test.each([
    ['客户编号', 'customerId'],
    ['Customer ID', 'customerId'],
    ['customer_id', 'customerId'],
    ['姓名', 'name'],
    ['Full Name', 'name'],
    ['手机号', 'phone'],
    ['联系电话', 'phone'],
    ['ＭＯＢＩＬＥ', 'phone'],
    ['  Tel  ', 'phone'],
    ['E-mail', 'email'],
    ['电子邮箱', 'email'],
    ['公司名称', 'company'],
    ['客户等级', 'valueTier'],
    ['最近联系时间', 'lastContact'],
    ['Last Contact Date', 'lastContact'],
    ['*性别', 'gender'],
    ['手机号（必填）', 'phone'],
    ['客户手机号码', 'phone'],
    // A member book's 最近消费日期 is when the member last bought.
    ['最近消费日期', 'lastPurchaseDate'],
    ['最后消费时间', 'lastPurchaseDate'],
    ['销售人员', 'owner'],
    // A clinic's patient list heads the resident ID column with the document alone.
    ['身份证', 'idNumber'],
    ['身份证号码', 'idNumber'],
  ])('maps "%s" to %s', (header, field) => {
    expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0].field).toBe(field);
  });

  test.each(['年度销售额', '销售额', '年销售额', 'Sales Amount'])(
    'leaves "%s" alone: a header ending in a measure is an amount, not the salesperson',
    (header) => {
      expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0].field).toBeNull();
    },
  );

  test('maps first/last name columns to the parts of the name', () => {
    const mapping = mapHeaders(['First Name', 'Last Name', 'Email'], DEFAULT_TEMPLATE);
    expect(mappingToJson(mapping)).toEqual({ 'First Name': 'name.given', 'Last Name': 'name.family', Email: 'email' });
    expect(mapping.nameParts).toEqual({ given: 1, family: 2 });
    expect(mapping.missing).not.toContain('name');
  });

  test('maps 姓 and 名 columns as a split Chinese name', () => {
    const mapping = mapHeaders(['姓', '名', '手机'], DEFAULT_TEMPLATE);
    expect(mappingToJson(mapping)).toEqual({ 姓: 'name.family', 名: 'name.given', 手机: 'phone' });
  });

  test('leaves unknown columns unmapped and reports missing fields', () => {
    const mapping = mapHeaders(['姓名', '内部备用列', '', 'Phone'], DEFAULT_TEMPLATE);
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', null, null, 'phone']);
    expect(mapping.columns[1].match).toBe('none');
    expect(mapping.missing).toContain('email');
    expect(mapping.missing).not.toContain('phone');
  });

  test('gives a field to its first column only', () => {
    const mapping = mapHeaders(['手机', '电话'], DEFAULT_TEMPLATE);
    expect(mapping.columns.map((c) => c.field)).toEqual(['phone', null]);
  });

  test("applies the user's corrections before guessing", () => {
    const mapping = mapHeaders(['电话', '手机', '备注'], DEFAULT_TEMPLATE, { 电话: null, 备注: 'contactSummary' });
    expect(mappingToJson(mapping)).toEqual({ 电话: null, 手机: 'phone', 备注: 'contactSummary' });
    expect(mapping.columns[0].match).toBe('manual');
  });

  test('ignores an override naming a field the template lacks', () => {
    const mapping = mapHeaders(['X'], DEFAULT_TEMPLATE, { X: 'noSuchField' });
    expect(mapping.columns[0].field).toBeNull();
  });
});

describe('foldHeader', () => {
  test.each([
    ['Ｃｕｓｔｏｍｅｒ　ＩＤ', 'customerid'],
    ['E-mail:', 'email'],
    ['*手机号', '手机号'],
    ['手机号(必填)', '手机号'],
  ])('folds "%s" to "%s"', (input, folded) => {
    expect(foldHeader(input)).toBe(folded);
  });
});

describe('mapHeaders with value evidence', () => {
  const B2B_ROWS = [
    ['上海明辉机械制造有限公司', '王建国', '13816628830', '2024-05-12 14:30', '2021-03-08'],
    ['杭州云启网络科技有限公司', '陈晓雯', '0571-88231546', '2024-05-20', '2020-11-23'],
    ['苏州恒达物流集团', '刘强', '13912887765', '2024-04-02', '2022-07-15'],
    ['北京知行教育咨询有限公司', '张丽', '18601012233', '2024-03-18', '2023-01-09'],
  ];

  test('maps 客户名称 holding companies to company and 联系人 to the contact person when the customers are companies', () => {
    const mapping = mapHeaders(
      ['客户名称', '联系人', '联系电话', '最后跟进时间', '首次成交日期'],
      DEFAULT_TEMPLATE,
      {},
      B2B_ROWS,
    );
    expect(mappingToJson(mapping)).toEqual({
      客户名称: 'company',
      联系人: 'contact',
      联系电话: 'phone',
      最后跟进时间: 'lastContact',
      首次成交日期: 'firstPurchaseDate',
    });
    expect(mapping.customers).toBe('company');
    expect(mapping.missing).not.toContain('name');
    expect(mapping.columns[0].evidence).toBe('company');
  });

  test('maps 客户名称 to company in a two-row list: a company suffix is unmistakable even in a small sample', () => {
    const mapping = mapHeaders(['客户名称', '联系人', '手机'], DEFAULT_TEMPLATE, {}, [
      ['杭州西湖茶业有限公司', '刘强', '13800138000'],
      ['上海明远科技有限公司', '陈静', '021-62345678'],
    ]);
    expect(mappingToJson(mapping)).toEqual({ 客户名称: 'company', 联系人: 'contact', 手机: 'phone' });
    expect(mapping.customers).toBe('company');
  });

  test('maps 客户名称 to company when the companies are kept by their short trade names (no 有限公司)', () => {
    const rows = [
      ['上海云杉科技有限公司', '张伟', '13800138000', 'A类', '软件'],
      ['北京明德贸易', '李娜', '13900139000', 'B', '贸易'],
      ['杭州青禾食品', '王芳', '13700137000', 'C', '食品'],
      ['深圳华拓电子有限公司', '刘洋', '13600136000', 'A类', '电子'],
      ['广州恒信物流', '陈静', '13500135000', 'B', '物流'],
      ['成都锦城文化传媒', '杨帆', '13400134000', 'C', '传媒'],
      ['南京博远教育科技', '赵磊', '13300133000', 'B', '教育'],
      ['武汉长江医疗器械', '黄敏', '13200132000', 'A类', '医疗'],
    ];
    const mapping = mapHeaders(['客户名称', '联系人', '手机', '客户等级', '所属行业'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toMatchObject({ 客户名称: 'company', 联系人: 'contact', 手机: 'phone' });
    expect(mapping.customers).toBe('company');
  });

  test('maps Customer Name holding one Ltd company to company in a one-row English list', () => {
    const mapping = mapHeaders(['Customer Name', 'Contact', 'Email'], DEFAULT_TEMPLATE, {}, [
      ['Harbour Freight Ltd', 'Ann Lee', 'ann@harbourfreight.co.uk'],
    ]);
    expect(mappingToJson(mapping)).toEqual({ 'Customer Name': 'company', Contact: 'contact', Email: 'email' });
  });

  test('maps 客户名称 holding people to the name when the customers are people', () => {
    const rows = [
      ['陈静', '13612345678'],
      ['黄伟', '13787654321'],
      ['赵雪', '15912340000'],
      ['孙志强', '18812345670'],
    ];
    const mapping = mapHeaders(['客户名称', '联系电话'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({ 客户名称: 'name', 联系电话: 'phone' });
    expect(mapping.customers).toBe('person');
  });

  test('maps a 联系人 column to the name when the list has no company column', () => {
    const rows = [
      ['王建国', '13816628830'],
      ['陈晓雯', '13912887765'],
      ['刘强', '18601012233'],
    ];
    const mapping = mapHeaders(['联系人', '手机'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({ 联系人: 'name', 手机: 'phone' });
    expect(mapping.missing).not.toContain('name');
  });

  test('maps Account ID to the customer ID and Account Name to the company in an English CRM export', () => {
    const rows = [
      ['0015g00000AbCdEAA1', 'Acme Corporation', 'Referral'],
      ['0015g00000AbCdFAA1', 'Globex Inc.', 'Web'],
      ['0015g00000AbCdGAA1', 'Initech LLC', 'Trade Show'],
    ];
    const mapping = mapHeaders(['Account ID', 'Account Name', 'Lead Source'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({
      'Account ID': 'customerId',
      'Account Name': 'company',
      'Lead Source': 'source',
    });
    expect(mapping.customers).toBe('company');
  });

  test('redirects Customer Name holding companies to company and keeps Contact Person as the contact in English', () => {
    const rows = [
      ['Apex Engineering Pty Ltd', 'Gary Nolan'],
      ['Blue Harbour Marina Inc', 'Sandra Lee'],
      ['Citywide Cleaning Services', 'Omar Aziz'],
    ];
    expect(mappingToJson(mapHeaders(['Customer Name', 'Contact Person'], DEFAULT_TEMPLATE, {}, rows))).toEqual({
      'Customer Name': 'company',
      'Contact Person': 'contact',
    });
  });

  test('gives a field to the column whose values fit it when two headers claim it', () => {
    // Both headers say phone; only the second holds phone numbers (the first holds WeChat IDs).
    const rows = [
      ['wx_lily88', '13812345678'],
      ['kevin-zhang', '13987654321'],
      ['abc_123x', '15011112222'],
      ['heli0421', '18600001111'],
    ];
    const mapping = mapHeaders(['联系方式', '手机号码'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({ 联系方式: null, 手机号码: 'phone' });
  });

  test("rejects a partial header match whose values are not in the field's list", () => {
    const rows = [['年卡'], ['次卡'], ['储值卡'], ['体验卡']];
    expect(mappingToJson(mapHeaders(['卡类型'], DEFAULT_TEMPLATE, {}, rows))).toEqual({ 卡类型: null });
  });

  test('names an unlabelled column of email addresses from its values', () => {
    const rows = [['julia.r@example.com'], ['kevin.hart@example.com'], ['nora.j@example.com']];
    const mapping = mapHeaders(['Contact details'], DEFAULT_TEMPLATE, {}, rows);
    expect(mapping.columns[0]).toMatchObject({ field: 'email', match: 'values', evidence: 'email' });
  });

  test('keeps a header match when the sample is too small to judge', () => {
    expect(mappingToJson(mapHeaders(['Name', 'Email'], DEFAULT_TEMPLATE, {}, [['Ann', 'bad@']]))).toEqual({
      Name: 'name',
      Email: 'email',
    });
  });

  test('does not map an order number or order status to customer fields', () => {
    const rows = [
      ['3701234567890123456', '交易成功'],
      ['3701234567890123457', '卖家已发货'],
      ['3701234567890123458', '交易关闭'],
    ];
    expect(mappingToJson(mapHeaders(['订单编号', '订单状态'], DEFAULT_TEMPLATE, {}, rows))).toEqual({
      订单编号: null,
      订单状态: null,
    });
  });

  test('prefers the synonym that ends the header: 收件人手机 is a phone', () => {
    expect(mapHeaders(['收件人手机'], DEFAULT_TEMPLATE).columns[0].field).toBe('phone');
  });

  test('lets a user correction win over value evidence', () => {
    const mapping = mapHeaders(['客户名称', '联系人'], DEFAULT_TEMPLATE, { 客户名称: 'name', 联系人: null }, B2B_ROWS);
    expect(mappingToJson(mapping)).toEqual({ 客户名称: 'name', 联系人: null });
  });
});

describe('mapHeaders on numbers typed without formatting', () => {
  test('keeps a Phone column of US numbers stored as numbers or bare digits', () => {
    const rows = [[4155552671], [2125550100], ['6175550123'], ['3125550188']];
    expect(mapHeaders(['Phone'], DEFAULT_TEMPLATE, {}, rows).columns[0].field).toBe('phone');
  });

  test('keeps a 客户ID column of long numeric IDs as the customer ID', () => {
    const rows = [['1682234410028'], ['1682234410131'], ['1682234410277'], ['1682234410390']];
    expect(mapHeaders(['客户ID'], DEFAULT_TEMPLATE, {}, rows).columns[0]).toMatchObject({
      field: 'customerId',
      evidence: 'number',
    });
  });
});

describe('mapHeaders on follow-up dates', () => {
  test.each([
    // 台账 and CRM exports name the last follow-up in many ways.
    ['最近跟进', 'lastContact'],
    ['最后跟进', 'lastContact'],
    ['上次跟进', 'lastContact'],
    ['上次跟进日期', 'lastContact'],
    ['跟进时间', 'lastContact'],
    ['跟进日期', 'lastContact'],
    ['最新跟进时间', 'lastContact'],
    ['最后一次跟进时间', 'lastContact'],
    ['最近一次跟进时间', 'lastContact'],
    ['最后跟进时间', 'lastContact'],
    ['上次联系时间', 'lastContact'],
    ['上次回访时间', 'lastContact'],
    ['Last Activity Date', 'lastContact'],
    ['Last Contacted', 'lastContact'],
    ['Last Contacted Date', 'lastContact'],
    ['Last Engagement Date', 'lastContact'],
    ['Date of Last Contact', 'lastContact'],
    ['下次跟进', 'nextFollowUp'],
    ['下次联系', 'nextFollowUp'],
    ['下次联系时间', 'nextFollowUp'],
    ['计划跟进', 'nextFollowUp'],
    ['计划跟进时间', 'nextFollowUp'],
    ['计划跟进日期', 'nextFollowUp'],
    ['下次回访', 'nextFollowUp'],
    ['预约回访时间', 'nextFollowUp'],
    ['Next Activity Date', 'nextFollowUp'],
    ['Next Step Date', 'nextFollowUp'],
    ['Next Contact Date', 'nextFollowUp'],
    ['Next Action Date', 'nextFollowUp'],
    ['Next Follow Up Date', 'nextFollowUp'],
    // The next step itself is the plan, not a date.
    ['Next Step', 'followUpPlan'],
    ['跟进计划', 'followUpPlan'],
  ])('maps "%s" to %s', (header, field) => {
    expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0].field).toBe(field);
  });

  test('maps a ledger’s 最近跟进 and 下次跟进 dates beside 跟进阶段 and 跟进人', () => {
    const rows = [
      ['杭州云栖科技有限公司', '王建国', '商务谈判', '李娜', '2024/3/15', '2024/4/1'],
      ['北京中关村软件股份有限公司', '刘洋', '方案报价', '李娜', '2024/3/10', '2024/3/25'],
      ['深圳市华强电子有限公司', '张伟', '需求确认', '王磊', '2024/1/8', '2024/2/8'],
    ];
    const mapping = mapHeaders(
      ['客户名称', '联系人', '跟进阶段', '跟进人', '最近跟进', '下次跟进'],
      DEFAULT_TEMPLATE,
      {},
      rows,
    );
    expect(mappingToJson(mapping)).toMatchObject({
      跟进人: 'owner',
      最近跟进: 'lastContact',
      下次跟进: 'nextFollowUp',
    });
    expect(mapping.missing).not.toEqual(expect.arrayContaining(['lastContact']));
    expect(mapping.missing).not.toContain('nextFollowUp');
  });

  test('leaves a 计划跟进 column of notes alone: the date field takes dates only', () => {
    const rows = [['下周报价后再约'], ['等对方预算批下来'], ['月底上门拜访'], ['发送新版方案']];
    expect(mapHeaders(['计划跟进'], DEFAULT_TEMPLATE, {}, rows).columns[0].field).toBeNull();
  });
});

describe('mapHeaders on several phone columns', () => {
  test.each([
    '座机',
    '固话',
    '市話',
    '固定电话',
    '办公电话',
    '公司电话',
    'Landline',
    'Work Phone',
    'Mobile Phone Number',
  ])('maps "%s" to the phone when it is the only phone column: the phone field takes landlines', (header) => {
    expect(mapHeaders(['姓名', header], DEFAULT_TEMPLATE).columns[1].field).toBe('phone');
  });

  test('keeps 手机 as the phone and reads 座机 beside it as a second phone column', () => {
    const rows = [
      ['成都天府餐饮管理有限公司', '赵敏', '', '028-85551234'],
      ['杭州云栖科技有限公司', '王建国', '13958012345', '0571-88231546'],
    ];
    const mapping = mapHeaders(['客户名称', '联系人', '手机', '座机'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({ 客户名称: 'company', 联系人: 'contact', 手机: 'phone', 座机: null });
    expect(mapping.columns[3].secondOf).toBe('phone');
    expect(mapping.columns[2].secondOf).toBeUndefined();
  });

  test.each([
    ['Salesforce', 'Phone', 'Mobile', 'Mobile'],
    ['HubSpot', 'Phone Number', 'Mobile Phone Number', 'Mobile Phone Number'],
    ['Xero', 'PhoneNumber', 'MobileNumber', 'MobileNumber'],
    // Outlook's Mobile Phone is named as the template's phone, Business Phone only by part.
    ['Outlook', 'Business Phone', 'Mobile Phone', 'Business Phone'],
    ['Chinese ledger', '联系电话', '办公电话', '办公电话'],
  ])('reads one phone column of a %s layout as the phone and the other as more numbers of it', (_, a, b, second) => {
    const rows = [
      ['Elizabeth Taylor', '212-555-0147', '917-555-0102'],
      ['Liz Taylor', '', '917 555 0102'],
      ['Robert Johnson', '(415) 555-0134', '(415) 555-0199'],
      ['Maria Garcia', '(217) 555-0143', ''],
    ];
    const mapping = mapHeaders(['Name', a, b], DEFAULT_TEMPLATE, {}, rows);
    expect(Object.fromEntries(mapping.columns.map((c) => [c.header, [c.field, c.secondOf]]))).toEqual({
      Name: ['name', undefined],
      [a]: a === second ? [null, 'phone'] : ['phone', undefined],
      [b]: b === second ? [null, 'phone'] : ['phone', undefined],
    });
  });

  test('does not read another person’s number as the customer’s second phone', () => {
    const mapping = mapHeaders(
      ['姓名', '手机', '紧急联系人电话', '推荐人电话', 'Emergency Contact Phone'],
      DEFAULT_TEMPLATE,
    );
    expect(mapping.columns.map((c) => c.secondOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  test('does not read a column the user left alone as a second phone', () => {
    const mapping = mapHeaders(['姓名', '手机', '座机'], DEFAULT_TEMPLATE, { 座机: null });
    expect(mapping.columns[2]).toMatchObject({ field: null, match: 'manual' });
    expect(mapping.columns[2].secondOf).toBeUndefined();
  });

  test('keeps the phone on the column headed with its label when few of its cells are filled', () => {
    // Most customers of this ledger only have a landline: 手机 stays the phone, so setup never names 座机 手机 too.
    const rows = [
      ['赵敏', '', '028-85551234'],
      ['王建国', '13958012345', '0571-88231546'],
      ['刘洋', '', '010-62345678'],
      ['陈静', '', '021-55556666'],
      ['张伟', '', '0755-83456789'],
    ];
    const mapping = mapHeaders(['姓名', '手机', '座机'], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({ 姓名: 'name', 手机: 'phone', 座机: null });
    expect(mapping.columns[2].secondOf).toBe('phone');
  });
});

import { mergeAndApply, optionsFor, sheet } from './fixtures';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('survivorship', () => {
  test("keeps a valid email over the survivor's broken one when a Chinese team typed it twice", () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '手机', '邮箱', '公司', '备注'],
      ['C000011', '刘强', '13700001111', 'liuqiang@xihutea', '杭州西湖茶业有限公司', '老客户'],
      ['C000012', '刘强', '137 0000 1111', 'liuqiang@xihutea.com', '', ''],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(result.merges[0]).toMatchObject({ survivorRow: 2 });
    expect(rowAt(2)['邮箱']).toBe('liuqiang@xihutea.com');
    // The broken value is not lost: it goes into the notes like any other email.
    expect(String(rowAt(2)['备注'])).toContain('liuqiang@xihutea');
  });

  test('keeps a valid phone over an unreadable one when an English team typed it twice', () => {
    const snapshot = sheet('Customers', [
      ['Customer ID', 'Name', 'Phone', 'Email', 'Company', 'Notes'],
      ['C1', 'Ann Lee', '555-01', 'ann@acme.com', 'Acme Ltd', 'met at fair'],
      ['C2', 'Ann Lee', '+1 415 555 0101', 'ann@acme.com', '', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US'));
    expect(rowAt(2)['Phone']).toBe('+1 415 555 0101');
  });

  test('keeps the ID number Excel did not cut short, and the industry and source the list offers', () => {
    // The first row was pasted from a sheet that showed the ID number as 3.30106E+17.
    const snapshot = sheet('客户', [
      ['姓名', '手机', '身份证号', '行业', '客户来源', '备注'],
      ['陈大文', '13800138000', '3.30106E+17', '零售业', '展会会议', '老顾客'],
      ['陈大文', '138 0013 8000', '33010619851120001X', '零售', '展会', ''],
      ['王芳', '13912345678', '330106199003051227', '金融', '官网', ''],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(result.merges[0]).toMatchObject({ survivorRow: 2 });
    expect(rowAt(2)['身份证号']).toBe('33010619851120001X');
    expect(rowAt(2)['行业']).toBe('零售');
    expect(rowAt(2)['客户来源']).toBe('展会');
  });

  test("keeps the survivor's value when no row holds a valid one", () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '邮箱', '公司'],
      ['C000011', '刘强', 'liuqiang@xihutea', '杭州西湖茶业有限公司'],
      ['C000012', '刘强', 'liuqiang@', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(rowAt(2)['邮箱']).toBe('liuqiang@xihutea');
  });

  test("writes a later text date as a real date when the survivor's cell is a date", () => {
    const snapshot = sheet('客户', [
      ['客户编号', '姓名', '手机', '最近联系日期'],
      ['C000011', '刘强', '13700001111', d('2024-03-01')],
      ['C000012', '刘强', '13700001111', '2024年4月2日'],
    ]);
    // The user keeps row 2 (the sidebar's choice); its date cell takes the later day.
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 } }),
    );
    expect(result.merges[0]).toMatchObject({ survivorRow: 2 });
    expect(rowAt(2)['最近联系日期']).toEqual(d('2024-04-02'));
  });

  test("leaves a text date as typed when the survivor's cell is text too", () => {
    const snapshot = sheet('Customers', [
      ['Customer ID', 'Name', 'Phone', 'Last Contact'],
      ['C1', 'Ann Lee', '+1 415 555 0101', '2024-03-01'],
      ['C2', 'Ann Lee', '+1 415 555 0101', 'April 2, 2024'],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US'));
    expect(rowAt(2)['Last Contact']).toBe('April 2, 2024');
  });
});

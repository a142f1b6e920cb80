import { mergeContext, rowSummary } from '../../shared/ui/views/merge-context';

describe('a duplicate group’s row as the sidebar names it', () => {
  test('says a name in two columns as it is said: James Smith, 张伟', () => {
    const english = mergeContext({
      name: 'Contacts',
      values: [
        ['First Name', 'Last Name', 'Email'],
        ['James', 'Smith', 'james.smith@example.com'],
      ],
    });
    expect(rowSummary(english, 2)).toBe('James Smith · james.smith@example.com');
    const chinese = mergeContext({
      name: '客户',
      values: [
        ['姓', '名', '手机'],
        ['张', '伟', '13800138000'],
      ],
    });
    expect(rowSummary(chinese, 2)).toBe('张伟 · 13800138000');
  });

  test('names the contact person of a list of companies', () => {
    const ledger = mergeContext({
      name: '客户台账',
      values: [
        ['客户名称', '联系人', '手机', '邮箱'],
        ['深圳市腾达电子有限公司', '张伟', '13810000000', 'user0@qq.com'],
      ],
    });
    expect(rowSummary(ledger, 2)).toBe('张伟 · 13810000000 · user0@qq.com · 深圳市腾达电子有限公司');
  });
});

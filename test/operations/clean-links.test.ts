import { followedLink } from '../../shared/operations/clean-links';
import { invertPlan } from '../../shared/plan/invert-plan';
import { emptyPlan } from '../../shared/plan/plan';
import { packEdits, unpackEdits } from '../../shared/history/operation-entry';

describe('followedLink', () => {
  test.each([
    ['mailto:ZhangWei@QQ.com', ' ZhangWei@QQ.com ', 'zhangwei@qq.com', 'mailto:zhangwei@qq.com'],
    ['mailto:ADMIN1@QQ.COM', 'Admin1@QQ.com', 'admin1@qq.com', 'mailto:admin1@qq.com'],
    ['MAILTO:Mary.Smith@Acme.COM', 'Mary.Smith@Acme.COM ', 'mary.smith@acme.com', 'MAILTO:mary.smith@acme.com'],
    ['HTTPS://WWW.ACME.COM', 'HTTPS://WWW.ACME.COM ', 'https://www.acme.com', 'https://www.acme.com'],
    ['tel:138 0013 8000', '138 0013 8000', '13800138000', 'tel:13800138000'],
  ])('moves %s when the text goes from %j to %j', (link, before, after, moved) => {
    expect(followedLink(link, before, after)).toBe(moved);
  });

  test.each([
    ['https://crm.example.cn/contacts/88', 'LiNa@MingDe.CN', 'lina@mingde.cn'],
    ['mailto:sales@acme.com', 'Mary.Smith@Acme.COM', 'mary.smith@acme.com'],
    ['mailto:zw@qq.com?subject=报价', 'zw@qq.com ', 'zw@qq.com'],
    ['tel:+8613800138000', '138 0013 8000', '13800138000'],
  ])('leaves %s (a link to something else than %j)', (link, before, after) => {
    expect(followedLink(link, before, after)).toBeUndefined();
  });
});

describe('a moved link in history and undo', () => {
  test('is kept with the edit and given back by its inverse', () => {
    const edit = {
      row: 2,
      col: 3,
      before: ' ZhangWei@QQ.com ',
      after: 'zhangwei@qq.com',
      linkBefore: 'mailto:ZhangWei@QQ.com',
      link: 'mailto:zhangwei@qq.com',
    };
    const other = { row: 3, col: 3, before: 'LiNa@MingDe.CN', after: 'lina@mingde.cn' };
    const kept = unpackEdits(packEdits([edit, other]));
    expect(kept).toEqual([edit, other]);
    const inverse = invertPlan({ ...emptyPlan('客户'), edits: kept });
    expect(inverse.edits[1]).toMatchObject({
      before: 'zhangwei@qq.com',
      after: ' ZhangWei@QQ.com ',
      link: 'mailto:ZhangWei@QQ.com',
    });
    expect(inverse.edits[0]!.link).toBeUndefined();
  });
});

/**
 * A comparator's quick test settles most pairs from numbers alone; it may only ever say "different"
 * where the full comparison says so too, or duplicates would be missed.
 */
import { addressComparator } from '../../shared/dedupe/compare/address';
import type { AnyComparator } from '../../shared/dedupe/compare/comparator';
import { differentLevel } from '../../shared/dedupe/compare/comparator';
import { companyComparator } from '../../shared/dedupe/compare/company';
import { emailComparator } from '../../shared/dedupe/compare/email';
import { personNameComparator } from '../../shared/dedupe/compare/person-name';
import { phoneComparator } from '../../shared/dedupe/compare/phone';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';

function column(values: unknown[][], header: string): unknown[] {
  const col = values[0]!.indexOf(header);
  return values.slice(1).map((row) => row[col]);
}

/** Every pair of distinct keys: how often the quick test spoke, after checking it never contradicts compare. */
function agreement(comparator: AnyComparator, cells: unknown[]): { pairs: number; settled: number } {
  const keys = [...new Set(cells.map((c) => comparator.key(c as never)).filter((k): k is string => k !== null))];
  const prepared = keys.map((k) => comparator.prepare(k));
  const quick = comparator.quick!;
  const numbers = new Int32Array(prepared.length * quick.width);
  prepared.forEach((p, id) => quick.write(p, numbers, id * quick.width));
  const different = differentLevel(comparator);
  let pairs = 0;
  let settled = 0;
  for (let a = 0; a < prepared.length; a++)
    for (let b = a + 1; b < prepared.length; b++) {
      pairs++;
      if (!quick.differ(numbers, a * quick.width, b * quick.width)) continue;
      settled++;
      if (comparator.compare(prepared[a], prepared[b]) !== different)
        throw new Error(`${comparator.name}: quick test says ${keys[a]} and ${keys[b]} differ, compare does not`);
    }
  return { pairs, settled };
}

const list = generateChineseCustomers({ people: 500, duplicateShare: 0.3, seed: 21 });

describe('quick tests agree with compare', () => {
  test('phones: typos, country codes, landlines, extensions, numbers of another country', () => {
    const typed = [
      '13800138000',
      '13800138001',
      '13800183000',
      '+86 138 0013 8000',
      '8613800138000',
      '(+86)13800138009',
      '010-62345678',
      '01062345679',
      '+1 415 555 2671',
      '415-555-2671',
      '+1 415 555 2672',
      '+44 20 7946 0958',
      '020 7946 0958',
      '0755-26681000 转 8021',
      '12345',
      '138001380',
      'n/a',
      '+852 9123 4567',
      '91234567',
    ];
    const result = agreement(phoneComparator('CN'), [...column(list.values, '手机'), ...typed]);
    expect(result.settled / result.pairs).toBeGreaterThan(0.9);
    const us = agreement(phoneComparator('US'), typed);
    expect(us.settled).toBeGreaterThan(0);
  });

  test('emails: typos, dots and +tags, the same user name at another provider', () => {
    const typed = [
      'zhang.wei@163.com',
      'zhangwei@163.com',
      'zhang.wei+crm@163.com',
      'zhang.wei@126.com',
      'zhang.wie@163.com',
      'Zhang.Wei@163.com',
      'wei.zhang@qq.com',
      'ann.smith@gmail.com',
      'annsmith@gmail.com',
      'ann.smith@acme.co',
      'a@b.cn',
      'ab@b.cn',
    ];
    const result = agreement(emailComparator(), [...column(list.values, '邮箱'), ...typed]);
    expect(result.settled / result.pairs).toBeGreaterThan(0.9);
  });

  test('names: homophones, look-alikes, swapped characters, pinyin, Latin names', () => {
    const typed = [
      '张伟',
      '张玮',
      '章伟',
      '王玉',
      '玉王',
      '王鈺',
      '陈敏轩',
      '陈轩敏',
      '欧阳娜娜',
      '欧阳那娜',
      'Zhang Wei',
      'Wei Zhang',
      'zhangwei',
      'Ann Smith',
      'Smith, Ann',
      'A. Smith',
      'Anne Smyth',
      '李 强',
      '李强',
      'Li Qiang',
    ];
    for (const role of ['full', 'given', 'family'] as const) {
      const result = agreement(personNameComparator(role), [...column(list.values, '姓名'), ...typed]);
      expect(result.settled / result.pairs).toBeGreaterThan(0.8);
    }
  });

  test('companies: brands, pinyin, branches, a name inside another, Latin names', () => {
    const typed = [
      '杭州阳光公益',
      '阳光社区服务中心',
      '杭州阳光社区服务中心',
      '阳光社区服务中心滨江站',
      '阿里巴巴（中国）有限公司',
      '阿里巴巴网络技术有限公司',
      'Alibaba Group',
      '深圳诚博软件有限公司',
      '深圳诚博软件有限公 司',
      '诚博软件',
      'Acme Ltd',
      'Acme Limited',
      'Lakeside YMCA',
      'YMCA of Greater Springfield - Lakeside YMCA',
      'Spago (Los Angeles)',
    ];
    const result = agreement(companyComparator(), [...column(list.values, '公司'), ...typed]);
    // Names sharing an ending of four characters (…文化传媒) are left to compare.
    expect(result.settled / result.pairs).toBeGreaterThan(0.5);
  });

  test('addresses: other house numbers on other streets, units, abbreviations, either script', () => {
    const typed = [
      '1200 W Lake St',
      '1200 West Lake Street',
      '1201 W Lake St',
      '1200 W Lake St, Suite 5',
      '4265 S Pine Blvd',
      '1880 S Pine Blvd',
      '12 Main St',
      'Main Street 12',
      '文三路100号',
      '文三路120号',
      '杭州市文三路100号',
      '北京市朝阳区建国路88号',
      '北京朝阳区建国路88号',
      '上海市浦东新区世纪大道100号',
      'Room 1203 上海市浦东新区世纪大道100号',
      '浙江省 杭州市 西湖区 文三路 478号',
      '华星时代广场',
    ];
    const result = agreement(addressComparator(), [...column(list.values, '地址'), ...typed]);
    expect(result.settled / result.pairs).toBeGreaterThan(0.5);
  });
});

import { getCountryCallingCode } from 'libphonenumber-js/max';
import type { AnyComparator } from '../../shared/dedupe/compare/comparator';
import { phoneKey } from '../../shared/normalise';
import { addressComparator } from '../../shared/dedupe/compare/address';
import { codeComparator } from '../../shared/dedupe/compare/code';
import { companyComparator } from '../../shared/dedupe/compare/company';
import { dateComparator } from '../../shared/dedupe/compare/date';
import { emailComparator } from '../../shared/dedupe/compare/email';
import { personNameComparator } from '../../shared/dedupe/compare/person-name';
import { phoneComparator } from '../../shared/dedupe/compare/phone';
import { textComparator } from '../../shared/dedupe/compare/text';

/** The level label two cells compare at, as the user would see it (null when a value is missing). */
function levelOf(comparator: AnyComparator, a: string, b: string): string | null {
  const ka = comparator.key(a);
  const kb = comparator.key(b);
  if (ka === null || kb === null) return null;
  const pa = comparator.prepare(ka);
  const pb = comparator.prepare(kb);
  const level = ka === kb ? 0 : comparator.compare(pa, pb);
  return comparator.explain(level, pa, pb, a, b).label ?? comparator.levels[level]!.label;
}

describe('compare/phone', () => {
  const phone = phoneComparator('CN');
  test.each([
    ['+86 138 0013 8000', '13800138000', 'exact'],
    ['138-0013-8000', '１３８００１３８０００', 'exact'],
    ['(+86)13800138000', '8613800138000', 'exact'],
    ['010-62345678', '(010)62345678', 'exact'],
    ['+86 10 6234 5678', '01062345678', 'exact'],
    ['13800138000', '13800138001', 'digit-apart'],
    ['13800138000', '13800183000', 'swapped'],
    ['13800138000', '13912345678', 'different'],
    ['+1 415 555 2671', '+1 (415) 555-2671', 'exact'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(phone, a, b)).toBe(expected);
  });

  test.each([
    // Ten digits with the fifth and sixth swapped: a typo that changes both ends' first and last five.
    ['415-582-0147', '415-528-0147', 'swapped'],
    ['415-582-0147', '415-582-0174', 'swapped'],
    ['415-582-0147', '415-582-9631', 'different'],
  ])('in the United States %s vs %s is %s', (a, b, expected) => {
    expect(levelOf(phoneComparator('US'), a, b)).toBe(expected);
  });

  test.each([
    [
      'CN',
      [
        '13800138000',
        '+86 138 0013 8000',
        '138-0013-8000',
        '(+86)13800138000',
        '8613800138000',
        '010-62345678',
        '(010)62345678',
        '+86 10 6234 5678',
        '0755-86013388',
        '021 62345678',
        '057188231546',
        '0755 86013388',
        '+1 415 555 2671',
      ],
    ],
    ['US', ['(415) 555-2671', '+1 415 555 2671', '1-415-555-2671', '+44 20 7946 0958']],
    ['GB', ['020 7946 0958', '+44 20 7946 0958', '+86 138 0013 8000']],
  ] as const)('keys plainly written numbers as phoneKey would (%s)', (region, numbers) => {
    const comparator = phoneComparator(region);
    const code = getCountryCallingCode(region);
    for (const number of numbers) {
      const e164 = phoneKey(number, region)!;
      expect(e164).not.toBeNull();
      const expected = e164.startsWith(`+${code}`) ? `#${e164.slice(code.length + 1)}` : e164;
      expect(comparator.key(number)).toBe(expected);
    }
  });

  test('a cell without digits is missing, not a disagreement', () => {
    expect(phone.key('n/a')).toBeNull();
  });
});

describe('compare/email', () => {
  const email = emailComparator();
  test.each([
    [' Zhang.Wei@Example.com ', 'zhang.wei@example.com', 'exact'],
    ['ZHANGWEI@163.COM', 'zhangwei@163.com', 'exact'],
    // Gmail ignores dots and +tags, but that is one inbox, not proof of one person: a weaker level.
    ['zhangwei@gmail.com', 'zhang.wei@gmail.com', 'same-mailbox'],
    ['wei.zhang+crm@qq.com', 'wei.zhang@qq.com', 'same-mailbox'],
    ['zhang.wei@outlook.com', 'zhangwei@outlook.com', 'typo'],
    ['zhangwei@163.com', 'zhangwei@163.con', 'typo'],
    ['zhangwei88@163.com', 'zhangwei88@qq.com', 'same-user-name'],
    ['john.smith@example.com', 'mary.jones@example.com', 'different'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(email, a, b)).toBe(expected);
  });
});

describe('compare/person-name', () => {
  const name = personNameComparator('full');
  test.each([
    ['张伟', '张 伟', 'exact'],
    ['张伟', '张伟 ', 'exact'],
    ['张伟', 'Zhang Wei', 'pinyin'],
    ['张伟', 'Wei Zhang', 'pinyin'],
    ['张伟', 'ZHANG Wei', 'pinyin'],
    ['张伟', 'zhangwei', 'pinyin'],
    ['李小明', 'Xiaoming Li', 'pinyin'],
    ['欧阳娜娜', 'Ouyang Nana', 'pinyin'],
    ['张伟', '张玮', 'homophone'],
    ['王小明', '王晓明', 'homophone'],
    ['王小明', '玉小明', 'look-alike'],
    ['张伟', '臧伟', 'similar-sound'],
    ['刘英', '刘印', 'similar-sound'],
    ['王德明', '王明德', 'typo'],
    // Swapped and one of them a homophone, as pinyin input makes it.
    ['刘婷然', '刘然亭', 'typo'],
    ['邓怡丽', '邓丽仪', 'typo'],
    ['王德强', '王德轩', 'different'],
    ['刘婷然', '李然婷', 'different'],
    ['张伟', '李娜', 'different'],
    ['John Smith', 'Smith John', 'reordered'],
    ['Smith, John', 'John Smith', 'reordered'],
    ['Jon Smith', 'John Smith', 'typo'],
    ['Katherine', 'Kathryn', 'similar'],
    ['Steven', 'Stephen', 'similar'],
    ['J. Smith', 'John Smith', 'initial'],
    // One name, the title set aside (and the explanation says so).
    ['Mr John Smith', 'john smith', 'name-with-note'],
    ['Mary Jones', 'Peter Brown', 'different'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(name, a, b)).toBe(expected);
  });
});

describe('compare/company', () => {
  const company = companyComparator();
  test.each([
    ['北京鼎盛科技有限公司', '北京鼎盛科技有限公司', 'exact'],
    ['北京鼎盛科技有限公司', '鼎盛科技（北京）有限公司', 'suffix-removed'],
    ['阿里巴巴（中国）网络技术有限公司', '阿里巴巴网络技术有限公司', 'suffix-removed'],
    ['深圳市腾讯计算机系统有限公司', '腾讯计算机系统', 'suffix-removed'],
    ['上海华信股份有限公司', '华信集团', 'suffix-removed'],
    ['Acme Inc.', 'ACME, Inc', 'exact'],
    ['Siemens AG', 'Siemens GmbH', 'suffix-removed'],
    ['Acme Corp', 'Acme Corporation Limited', 'suffix-removed'],
    ['华为技术有限公司', 'Huawei Technologies Co., Ltd.', 'pinyin'],
    ['鼎盛科技（北京）有限公司', 'Dingsheng Technology Co., Ltd. (Beijing)', 'pinyin'],
    ['鼎盛科技有限公司', '鼎盛信息技术有限公司', 'same-brand'],
    // A trade fair's exhibitors, as their English cards translate the trade: 五金 = Hardware, 家具 = Furniture.
    ['杭州宏达五金有限公司', 'Hongda Hardware (Hangzhou)', 'pinyin'],
    ['佛山市顺德区美家家具有限公司', 'Meijia Furniture Co., Ltd.', 'pinyin'],
    ['宏达五金', '宏达家具', 'different'],
    ['Hongda Hardware', 'Hongda Furniture', 'different'],
    ['Microsoft Corp', 'Microsfot Corp', 'typo'],
    ['鼎盛科技', '鼎盛贸易', 'different'],
    // Honest limit: a translated (not transliterated) brand does not meet its Chinese form.
    ['腾讯科技', 'Tencent Technology', 'different'],
    // Organisation sites as different sources write them.
    ['YMCA of Greater Springfield - Lakeside YMCA', 'Lakeside YMCA', 'similar'],
    ['Lincoln School II', 'Lincoln School', 'suffix-removed'],
    ['Spago (Los Angeles)', 'Spago', 'similar'],
    ['Restaurant Ritz-Carlton Atlanta', 'Ritz-Carlton Restaurant', 'similar'],
    ['Hotel Bel-Air', 'Bel-Air Hotel', 'reordered'],
    ["Philippe's the Original", 'Philippe the Original', 'typo'],
    ['St. Anne Comumnity Kitchen', 'St. Anne Community Kitchen', 'typo'],
    ['杭州阳光公益 - 阳光社区服务中心', '阳光社区服务中心', 'similar'],
    // A shared parent or a shared ending is no likeness; a branch after the name is another site.
    ['Hamilton Middle School', 'Hamilton Academy', 'different'],
    ['Westfield Head Start', 'Highland Head Start West', 'different'],
    ['Edison Elementary School', 'King Elementary School', 'different'],
    ['YMCA of Greater Greenville - Meadowbrook YMCA', 'YMCA of Greater Greenville - Hillcrest YMCA', 'different'],
    ['阳光社区服务中心（滨江站）', '阳光社区服务中心', 'different'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(company, a, b)).toBe(expected);
  });
});

describe('compare/address', () => {
  const address = addressComparator();
  test.each([
    ['12 Main St', '12 Main Street', 'exact'],
    ['Main Street 12', '12 Main Street', 'reordered'],
    ['北京市朝阳区建国路88号', '北京市朝阳区建国路88号', 'exact'],
    ['北京市朝阳区建国路88号', '北京朝阳区建国路88号', 'exact'],
    ['北京市朝阳区建国路８８号', '北京市朝阳区建国路88号', 'exact'],
    ['tullaroop street', 'tullarop street', 'typo'],
    ['北京市朝阳区建国路88号', '上海市浦东新区世纪大道100号', 'different'],
    ['1200 W Lake St', '1200 West Lake Street', 'exact'],
    ['3310 Grand Blvd', '3310 Grand Blv.', 'exact'],
    ['4302 N Franklin Ln., Suite 193', '4302 North Franklin Lane', 'more-detail'],
    // Another house number on the same street is another place.
    ['1880 S Pine Blvd', '4265 S Pine Blvd', 'different'],
    ['文三路100号', '文三路120号', 'different'],
    // A shop's order export spaces the parts of an address; the buyer's own copy does not.
    ['浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座', '浙江省杭州市西湖区文三路478号华星时代广场A座', 'exact'],
    ['Room 1203, 上海市 浦东新区 世纪大道 100号', 'Room 1203 上海市浦东新区世纪大道100号', 'exact'],
    ['上海市浦东新区世纪大道100号A座', '上海市浦东新区世纪大道100号a座', 'exact'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(address, a, b)).toBe(expected);
  });

  test.each([
    // Written solid (most Chinese addresses): the text itself, lower-cased, without the 市/区 of its divisions.
    ['广州市天河区体育西路191号B座', '广州天河体育西路191号b座'],
    ['St', 'street'],
    ['12 Main St.', '12 main street'],
    ['Ｒｏｏｍ　５，文三路100号', 'room 5文三路100号'],
    ['  ', null],
  ])('the key of %j is %j', (value, key) => {
    expect(address.key(value)).toBe(key);
  });
});

describe('compare/date', () => {
  const date = dateComparator('birth');
  test.each([
    ['1990-03-05', '19900305', 'exact'],
    ['1990-03-05', '1990年3月5日', 'exact'],
    ['1990-03-05', '1990-05-03', 'swapped'],
    ['1990-03-05', '1990-03-06', 'typo'],
    ['1990-03-15', '1990-03-51', 'typo'],
    ['1990-03-05', '1975-11-20', 'different'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(levelOf(date, a, b)).toBe(expected);
  });

  test('keys 03/04/1990 by one reading, and a date whose year could be first or last (24-01-02) by none', () => {
    const activity = dateComparator('activity');
    expect(activity.key('03/04/1990')).toBe('1990-03-04');
    expect(activity.key('24-01-02')).toBeNull();
  });

  test('calls two follow-ups days apart similar dates, not a typo; a birthday a digit apart stays a typo', () => {
    const explain = (c: ReturnType<typeof dateComparator>, a: string, b: string) => {
      const [pa, pb] = [c.prepare(c.key(a)!), c.prepare(c.key(b)!)];
      return c.explain(c.compare(pa, pb), pa, pb, a, b);
    };
    expect(explain(dateComparator('activity'), '2024/3/15', '2024-03-18')).toMatchObject({
      label: 'similar',
      phrase: 'dates 3 days apart',
    });
    expect(explain(dateComparator('activity'), '2024-01-05', '2024-01-06').phrase).toBe('dates 1 day apart');
    expect(explain(date, '1990-03-05', '1990-03-06')).toEqual({ similarity: 0.85, phrase: 'dates one digit apart' });
  });
});

describe('compare/code', () => {
  test.each([
    ['postcode', '100020', '100 020', 'exact'],
    ['postcode', '100020', '100026', 'typo'],
    ['postcode', '2600', '4870', 'different'],
    ['idNumber', '110101199003074518', '110101199003074581', 'typo'],
    ['idNumber', '110101199003074518', '11010119900307451X', 'typo'],
    ['idNumber', '6988048', '6988048', 'exact'],
    ['idNumber', '6988048', '1797144', 'different'],
  ] as const)('%s: %s vs %s is %s', (role, a, b, expected) => {
    expect(levelOf(codeComparator(role), a, b)).toBe(expected);
  });
});

describe('compare/text', () => {
  test.each([
    ['region', '北京', '北京市', 'exact'],
    ['region', '广东省', '广东', 'exact'],
    ['region', 'Sydney', 'Sydeny', 'typo'],
    ['region', '北京', '上海', 'different'],
    // 吉林市 is a city in 吉林省, not the province: near, as 浙江 and 浙江省杭州市 are. A bare 吉林 may be either.
    ['region', '吉林市', '吉林省', 'similar'],
    ['region', '吉林市', '吉林', 'similar'],
    ['region', '吉林省吉林市', '吉林市', 'exact'],
    ['region', '吉林省', '吉林', 'exact'],
    ['region', '浙江省', '浙江', 'exact'],
    // Columns the template does not know are equal or not: a likeness of free text is no evidence.
    ['text', 'villa 147 henry kendall bayside', 'villa 147 henry kendall baysde', 'different'],
    ['text', 'Villa 147  Henry Kendall', 'villa 147 henry kendall', 'exact'],
  ] as const)('%s: %s vs %s is %s', (role, a, b, expected) => {
    expect(levelOf(textComparator(role), a, b)).toBe(expected);
  });
});

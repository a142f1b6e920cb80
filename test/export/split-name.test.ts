import {
  hanSurname,
  isChineseList,
  joinPersonName,
  salutationValue,
  splitPersonName,
} from '../../shared/export/split-name';
import { isOrganisationName } from '../../shared/normalise/organisation-name';

const zh = { chineseList: true };
const en = { chineseList: false };

describe('split-name', () => {
  test.each([
    ['欧阳娜', '娜', '欧阳'],
    ['张伟', '伟', '张'],
    ['司马相如', '相如', '司马'],
    ['诸葛亮', '亮', '诸葛'],
    ['上官婉儿', '婉儿', '上官'],
    ['慕容复', '复', '慕容'],
    ['令狐冲', '冲', '令狐'],
    ['王小明', '小明', '王'],
    ['欧阳 娜', '娜', '欧阳'],
    ['阿卜杜·热合曼', '阿卜杜', '热合曼'],
  ])('splits the Chinese name %s surname first (first %s, last %s) when it is written in Han', (name, first, last) => {
    expect(splitPersonName(name, zh)).toEqual({ first, last, keptWhole: false });
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false });
  });

  test('keeps a two-character compound surname whole when it is the whole name', () => {
    expect(splitPersonName('欧阳', zh)).toEqual({ first: '', last: '欧阳', keptWhole: false });
    expect(hanSurname('欧阳')).toBe('欧');
  });

  test.each([
    ['John Smith', 'John', 'Smith'],
    ['Mary Ann Evans', 'Mary Ann', 'Evans'],
    ['John Fitzgerald Kennedy', 'John Fitzgerald', 'Kennedy'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Martin Luther King Jr.', 'Martin Luther', 'King Jr.'],
    ['Smith, John', 'John', 'Smith'],
    ['Madonna', '', 'Madonna'],
  ])('splits the English name %s on spaces, last word the last name, when the list is English', (name, first, last) => {
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false });
  });

  test.each([
    ['Zhang Wei', 'Wei', 'Zhang'],
    ['Ouyang Na', 'Na', 'Ouyang'],
    ['Wang Xiaoming', 'Xiaoming', 'Wang'],
    ['Li Xiao Long', 'Xiao Long', 'Li'],
  ])('reads the pinyin name %s surname first when the list is Chinese', (name, first, last) => {
    expect(splitPersonName(name, zh)).toEqual({ first, last, keptWhole: false });
  });

  test('keeps a pinyin name whole when the list is English and nothing says which way it is typed', () => {
    expect(splitPersonName('Zhang Wei', en)).toEqual({ first: '', last: 'Zhang Wei', keptWhole: true });
  });

  test('keeps the Western order in a Chinese list when the first word is not a pinyin surname or the rest is not pinyin', () => {
    expect(splitPersonName('Xiaoming Wang', zh)).toEqual({ first: 'Xiaoming', last: 'Wang', keptWhole: false });
    expect(splitPersonName('Li David', zh)).toEqual({ first: 'Li', last: 'David', keptWhole: false });
    expect(splitPersonName('David Li', zh)).toEqual({ first: 'David', last: 'Li', keptWhole: false });
  });

  test('reads two pinyin surnames surname first when the list is Chinese (Wei is 魏 too)', () => {
    expect(splitPersonName('Wei Zhang', zh)).toEqual({ first: 'Zhang', last: 'Wei', keptWhole: false });
  });

  test('takes the word in capitals as the surname when one word of the name is in capitals', () => {
    expect(splitPersonName('ZHANG Wei', en)).toEqual({ first: 'Wei', last: 'ZHANG', keptWhole: false });
    expect(splitPersonName('Wei ZHANG', zh)).toEqual({ first: 'Wei', last: 'ZHANG', keptWhole: false });
    expect(splitPersonName('John Smith III', en)).toEqual({ first: 'John', last: 'Smith III', keptWhole: false });
  });

  test.each([
    ['Susan B. Anthony', 'Susan B.', 'Anthony'],
    ['John F. Kennedy', 'John F.', 'Kennedy'],
    ['J.R.R. Tolkien', 'J.R.R.', 'Tolkien'],
    ['John F. Kennedy Jr.', 'John F.', 'Kennedy Jr.'],
    ['Martin Luther King, Jr.', 'Martin Luther', 'King Jr.'],
    ['Henry Ford II', 'Henry', 'Ford II'],
    ['Thurston B. Howell III', 'Thurston B.', 'Howell III'],
    ['Mary Ann Van der Berg', 'Mary Ann', 'Van der Berg'],
    ['Maria De la Cruz', 'Maria', 'De la Cruz'],
  ])(
    'keeps middle initials with the first name and suffixes and particles with the last when splitting %s',
    (name, first, last) => {
      expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false });
      expect(splitPersonName(name, zh)).toEqual({ first, last, keptWhole: false });
    },
  );

  test.each([
    ['Dr. Robert Smith', 'Dr.', 'Robert', 'Smith'],
    ['Ms. Elizabeth Warren', 'Ms.', 'Elizabeth', 'Warren'],
    ['Mr John Smith', 'Mr', 'John', 'Smith'],
    ['Prof. Susan B. Anthony', 'Prof.', 'Susan B.', 'Anthony'],
    ['Mrs. Smith', 'Mrs.', '', 'Smith'],
    ['Smith, Dr. John', 'Dr.', 'John', 'Smith'],
  ])('takes the title off the name as its salutation when %s starts with one', (name, salutation, first, last) => {
    expect(splitPersonName(name, en)).toEqual({ salutation, first, last, keptWhole: false });
  });

  test('reads a pinyin name after its title surname first when the list is Chinese', () => {
    expect(splitPersonName('Dr. Zhang Wei', zh)).toEqual({
      salutation: 'Dr.',
      first: 'Wei',
      last: 'Zhang',
      keptWhole: false,
    });
    expect(splitPersonName('Dr. Zhang Wei', en)).toEqual({
      salutation: 'Dr.',
      first: '',
      last: 'Zhang Wei',
      keptWhole: true,
    });
  });

  test('keeps a word that is only a title, or a first name that looks like one, as part of the name', () => {
    expect(splitPersonName('Dr.', en)).toEqual({ first: '', last: 'Dr.', keptWhole: false });
    expect(splitPersonName('Drew Barrymore', en)).toEqual({ first: 'Drew', last: 'Barrymore', keptWhole: false });
    expect(splitPersonName('Van Morrison', en)).toEqual({ first: 'Van', last: 'Morrison', keptWhole: false });
  });

  test.each([
    ['Dr.', 'Dr.'],
    ['dr', 'Dr.'],
    ['Mr', 'Mr.'],
    ['MRS.', 'Mrs.'],
    ['Ms', 'Ms.'],
    ['Miss', 'Miss'],
    ['Mx', 'Mx.'],
    ['Prof', 'Prof.'],
  ])('writes the salutation %s as the CRM picklist value %s', (typed, value) => {
    expect(salutationValue(typed)).toBe(value);
  });

  // A 房产中介 客户登记表 writes clients as 钱阿姨, 孙姐, 刘处长, 周大夫.
  test.each([
    '张总',
    '李经理',
    '王老师',
    '陈先生',
    '刘女士',
    '欧阳总',
    '張總',
    '黃經理',
    '钱阿姨',
    '刘处长',
    '周大夫',
    '李叔叔',
  ])('keeps %s whole as the last name when a surname is followed by an honorific', (name) => {
    expect(splitPersonName(name, zh)).toEqual({ first: '', last: name, keptWhole: true });
  });

  // Hong Kong lists write the title after the full name: 陳大文先生 is no one called 大文先生.
  test.each(['陳大文先生', '李嘉欣小姐', '王建国经理', '張志明總經理', '欧阳娜女士'])(
    'keeps %s whole as the last name when a full name is followed by an honorific',
    (name) => {
      expect(splitPersonName(name, zh)).toEqual({ first: '', last: name, keptWhole: true });
      expect(splitPersonName(name, en)).toEqual({ first: '', last: name, keptWhole: true });
    },
  );

  test('keeps a name whole when it mixes Han and Latin words', () => {
    expect(splitPersonName('张伟 David', zh)).toEqual({ first: '', last: '张伟 David', keptWhole: true });
  });

  test('joins parts in the order of the script when rebuilding a full name', () => {
    expect(joinPersonName('娜', '欧阳')).toBe('欧阳娜');
    expect(joinPersonName('Mary Ann', 'Evans')).toBe('Mary Ann Evans');
    expect(joinPersonName('', '张')).toBe('张');
  });

  test('calls a list Chinese when its locale is zh-CN or most names are Han', () => {
    expect(isChineseList('zh-CN', ['John Smith'])).toBe(true);
    expect(isChineseList('en-US', ['张伟', '李娜', 'Zhang Wei'])).toBe(true);
    expect(isChineseList('en-US', ['John Smith', 'Zhang Wei', '李娜'])).toBe(false);
    expect(isChineseList('en-US', [])).toBe(false);
  });
});

describe('organisation-name', () => {
  test.each([
    '北京字节跳动科技有限公司',
    '上海浦东发展银行',
    '华为技术有限公司（深圳）',
    'Acme Pty Ltd',
    'Globex Corporation',
    'Initech, Inc.',
    '老王烧烤店',
    '北京明德贸易',
    '杭州青禾食品',
    '成都锦城文化传媒',
  ])('recognises %s as an organisation when it ends with a legal or trade word', (name) =>
    expect(isOrganisationName(name)).toBe(true),
  );
  test.each(['张伟', '欧阳娜', 'John Smith', 'Jenny Cole', 'Li Na'])(
    'does not take the person %s for an organisation when no such word ends it',
    (name) => {
      expect(isOrganisationName(name)).toBe(false);
    },
  );
});

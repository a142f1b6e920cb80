import { normaliseEmail } from '../../shared/normalise/email';

describe('email', () => {
  test.each([
    ['zhang.wei@example.com', 'zhang.wei@example.com'],
    ['Zhang.Wei+crm@example.com.cn', 'zhang.wei+crm@example.com.cn'],
    ['a_b@sub.example.co.uk', 'a_b@sub.example.co.uk'],
    ['  ZW@QQ.COM  ', 'zw@qq.com'],
    ['ｚｈａｎｇｗｅｉ＠１６３．ｃｏｍ', 'zhangwei@163.com'],
    ['zhangwei@163。com', 'zhangwei@163.com'],
    ['mailto:li.na@example.com', 'li.na@example.com'],
    ['MAILTO:li.na@example.com', 'li.na@example.com'],
    ['<li.na@example.com>', 'li.na@example.com'],
    ['"li.na@example.com"', 'li.na@example.com'],
    ['“li.na@example.com”', 'li.na@example.com'],
    ['<mailto:li.na@example.com>', 'li.na@example.com'],
    ['li.na@example.com\u200b', 'li.na@example.com'],
    ['张三@例子.中国', '张三@例子.中国'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseEmail(input)).toEqual({ status: 'valid', value: expected });
  });

  test.each([
    ['zhangwei.example.com'], // no @
    ['zhang wei@example.com'], // space inside
    ['name@'],
    ['@x.com'],
    ['a@b'], // no top-level domain
    ['a@@b.com'],
    ['a@b@c.com'],
    ['a..b@example.com'],
    ['a@example.com.'],
    ['a@example.com, b@'], // one of two is no address
    ['Zhang Wei <zw@example.com>'],
    ['无'],
    ['N/A'],
  ])('reports %j as invalid', (input) => {
    expect(normaliseEmail(input)).toEqual({ status: 'invalid', code: 'email.invalid' });
  });

  test.each([
    ['a@example.com，b@example.com'],
    ['a@example.com；b@example.com'],
    ['a@example.com, b@example.com'],
    ['a@example.com;b@example.com'],
    ['a@example.com、b@example.com'],
    ['efoster@northshoreclinic.com ::: emily.foster@gmail.com'], // Google Contacts joins a field's values so
  ])('reports %j as several addresses, left as typed', (input) => {
    expect(normaliseEmail(input)).toEqual({ status: 'invalid', code: 'email.several' });
  });

  test.each([[12], [true], [new Date(Date.UTC(2024, 2, 5))]])('reports the non-text %j as invalid', (input) => {
    expect(normaliseEmail(input)).toEqual({ status: 'invalid', code: 'email.invalid' });
  });

  test.each([[''], ['  '], ['\u3000'], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normaliseEmail(input)).toEqual({ status: 'empty' });
  });
});

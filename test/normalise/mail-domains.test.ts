/** A domain one slip from a well-known mail domain is named, never corrected; real domains are not judged. */
import { emailDomainTypo, normaliseEmail } from '../../shared/normalise/email';
import { likelyMailDomain } from '../../shared/normalise/mail-domains';

describe('mail domain typos', () => {
  test.each([
    ['kim@gmial.com', 'gmail.com'],
    ['eve@hotmial.com', 'hotmail.com'],
    ['liz@go.con', 'go.com'],
    ['ann@qq.con', 'qq.com'],
    ['bo@163.cm', '163.com'],
    ['cy@yaho.com', 'yahoo.com'],
    ['dan@gmail.con', 'gmail.com'],
    ['fay@gmial.con', 'gmail.com'],
    ['gus@outlok.com', 'outlook.com'],
    ['hal@iclould.com', 'icloud.com'],
    ['ivy@foxmial.com', 'foxmail.com'],
    ['jo@aliyn.com', 'aliyun.com'],
    ['ken@lvie.com', 'live.com'],
    ['lu@yahoo.comm', 'yahoo.com'],
    ['mo@company.con', 'company.com'],
    ['ned@hotmial.co.uk', 'hotmail.co.uk'],
  ])('%s looks like a typo of %s', (address, likely) => {
    expect(emailDomainTypo(address)).toBe(likely);
  });

  test.each([
    'a@gmail.com',
    'a@163.com',
    'a@126.com',
    'a@qq.com',
    'a@sina.cn',
    'a@company.cn',
    'a@gmail.co.uk',
    'a@yahoo.co.uk',
    'a@mail.com',
    'a@email.com',
    'a@ymail.com',
    // Short or digit names one letter off are real domains of their own.
    'a@162.com',
    'a@168.com',
    'a@life.com',
    'a@man.com',
    // Company domains one letter apart are two companies, neither well-known.
    'a@acme.com',
    'a@acne.com',
    'a@example.cm',
    'a@muscat.om',
  ])('%s is not flagged', (address) => {
    expect(emailDomainTypo(address)).toBeNull();
  });

  test('the value stays as typed: the normaliser still reads it as the same valid address', () => {
    expect(normaliseEmail('kim@gmial.com')).toMatchObject({ status: 'valid', value: 'kim@gmial.com' });
    expect(normaliseEmail('KIM@GMIAL.COM')).toMatchObject({ status: 'valid', value: 'kim@gmial.com' });
  });

  test('a domain is judged the same way every time it is asked', () => {
    expect(likelyMailDomain('gmial.com')).toBe('gmail.com');
    expect(likelyMailDomain('gmial.com')).toBe('gmail.com');
    expect(likelyMailDomain('gmail.com')).toBeNull();
  });
});

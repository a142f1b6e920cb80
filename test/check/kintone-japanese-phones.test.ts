/**
 * A kintone export of a Japanese team's customer list (東京都 addresses, .co.jp and .jp e-mail
 * addresses, 03-/06-/045- landlines), checked on the built-in Chinese template. Its mobile
 * 090-1234-5678 is a Chinese number only by the chance of a Tacheng area code (0901): the other
 * numbers of the list fail China and its e-mail domains name Japan, so it is never given +86.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const HEADER = [
  'レコード番号',
  '会社名',
  '部署名',
  '担当者名',
  'メールアドレス',
  '電話番号',
  '郵便番号',
  '住所',
  '顧客ランク',
  '更新日時',
];

function kintone(mobileMail: string): CellValue[][] {
  return [
    HEADER,
    [
      '1',
      '株式会社サンプル商事',
      '営業部',
      '山田 太郎',
      'yamada@sample.co.jp',
      '03-1234-5678',
      '100-0001',
      '東京都千代田区千代田1-1',
      'A',
      '2025-11-03 16:12',
    ],
    [
      '2',
      '株式会社サンプル商事',
      '営業部',
      '山田　太郎',
      'YAMADA@SAMPLE.CO.JP',
      '０３－１２３４－５６７８',
      '100-0001',
      '東京都千代田区千代田１－１',
      'A',
      '2025-11-04 09:00',
    ],
    [
      '3',
      'サンプル物産株式会社',
      '総務部',
      '山田 花子',
      'hanako@sample-bussan.jp',
      '06-6123-4567',
      '530-0001',
      '大阪府大阪市北区梅田1-1',
      'B',
      '2025-10-01 10:00',
    ],
    [
      '4',
      '有限会社テスト工業',
      '',
      '佐藤 次郎',
      mobileMail,
      '090-1234-5678',
      '460-0008',
      '愛知県名古屋市中区栄3-3',
      'C',
      '2025-09-01 12:00',
    ],
    [
      '5',
      '株式会社みらい',
      '開発部',
      '鈴木 一郎',
      'suzuki@mirai.jp',
      '045-123-4567',
      '220-0012',
      '神奈川県横浜市西区みなとみらい2-2',
      'B',
      '2025-08-15 08:30',
    ],
    [
      '6',
      '株式会社ミライ',
      '開発部',
      '鈴木 一朗',
      'ichiro@mirai-corp.jp',
      '052-987-6543',
      '450-0002',
      '愛知県名古屋市中村区名駅4-4',
      'C',
      '2025-08-16 08:30',
    ],
  ];
}

function phoneIssues(values: CellValue[][], locale: Locale = 'zh-CN') {
  return checkSheet(sheet(values), { now: TODAY, locale }).issues.filter((i) => i.column === '電話番号');
}

describe('a Japanese list on the Chinese template', () => {
  test.each([['sato@test-kogyo.jp'], ['sato.jiro@gmail.com']])(
    'never rewrites the mobile 090-1234-5678 as the Chinese landline 0901-2345678 or gives it +86 (%s)',
    (mail) => {
      const issues = phoneIssues(kintone(mail));
      const mobile = issues.filter((i) => i.row === 5);
      expect(mobile).toHaveLength(1);
      expect(String(mobile[0]!.suggestion ?? '')).not.toMatch(/0901|\+86/);
      expect(issues.some((i) => String(i.suggestion ?? '').includes('+86'))).toBe(false);
    },
  );

  test.each<[Locale, string]>([
    ['zh-CN', '电话号码格式不统一：将改为 +81 90 1234 5678。'],
    ['en-US', 'Phone number in a non-standard form: will become +81 90 1234 5678.'],
  ])('reads it in Japan by the list’s kana where its row says nothing of Japan (%s)', (locale, message) => {
    const mobile = phoneIssues(kintone('sato.jiro@gmail.com'), locale).filter((i) => i.row === 5);
    expect(mobile.map((i) => [i.code, i.severity, i.suggestion ?? null, i.message])).toEqual([
      ['phone.nonCanonical', 'warning', '+81 90 1234 5678', message],
    ]);
  });

  test('reads the list’s numbers in Japan where each row’s e-mail domain is Japanese (.jp, .co.jp)', () => {
    const issues = phoneIssues(kintone('sato@test-kogyo.jp'));
    expect(issues.map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [2, 'phone.nonCanonical', '+81 3 1234 5678'],
      [3, 'phone.nonCanonical', '+81 3 1234 5678'],
      [4, 'phone.nonCanonical', '+81 6 6123 4567'],
      [5, 'phone.nonCanonical', '+81 90 1234 5678'],
      [6, 'phone.nonCanonical', '+81 45 123 4567'],
      [7, 'phone.nonCanonical', '+81 52 987 6543'],
    ]);
  });

  test('leaves a Chinese list with a few Japanese contacts read as before', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱'],
      ['张伟', '13800138000', 'zw@example.cn'],
      ['李娜', '010-62345678', 'ln@qq.com'],
      ['王芳', '0901-2345678', 'wf@163.com'],
      ['山田太郎', '03-1234-5678', 'yamada@sample.co.jp'],
    ];
    const issues = checkSheet(sheet(values), { now: TODAY, locale: 'zh-CN' }).issues.filter((i) => i.column === '手机');
    expect(issues.filter((i) => i.row === 4)).toEqual([]);
  });
});

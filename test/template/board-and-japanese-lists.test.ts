/**
 * A monday.com board export and a Japanese customer list (kintone's 顧客リスト, or one kept by hand).
 * On a board, Person is who the item is assigned to: the owner, not the customer's contact. A
 * Japanese list names its columns in Japanese words (会社名, 担当者名, 役職, 郵便番号, 都道府県, 住所)
 * that fold to no Chinese header.
 */
import { parseCsv } from '../../shared/files/parse-csv';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const csv = (text: string): CellValue[][] =>
  parseCsv(new TextEncoder().encode(text.trim() + '\n'), 'export.csv').rows as CellValue[][];
const mapped = (values: CellValue[][]) => mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

// A sales board exported from monday.com (Export board to Excel), its title and group rows left out.
const MONDAY = csv(`
Name,Person,Status,Date,Phone,Email,Link,Text
Acme Trading Ltd,Alice Chen,Working on it,2024-03-12,+1 415 555 0101,buyer@acmetrading.com,https://acmetrading.com,Renewal due in May
Blue River Foods,Bob Martinez,Done,2024-02-28,(212) 555-0199,orders@blueriverfoods.com,https://blueriverfoods.com,
Nordic Design AB,Alice Chen,Stuck,2024-04-02,+46 8 123 456 78,info@nordicdesign.se,,Waiting for PO
Sunrise Dental,Carol Wu,,2024-01-15,(617) 555-0144,frontdesk@sunrisedental.com,https://sunrisedental.com,Sent quote
`);

// prettier-ignore
const KINTONE: CellValue[][] = [
  ['会社名', '部署名', '担当者名', '役職', '電話番号', 'メールアドレス', '郵便番号', '都道府県', '住所'],
  ['株式会社山田商事', '営業部', '山田 太郎', '部長', '03-1234-5678', 't.yamada@yamada-shoji.co.jp', '100-0005', '東京都', '千代田区丸の内1-1-1'],
  ['有限会社鈴木製作所', '総務部', '鈴木 花子', '課長', '06-6123-4567', 'hanako@suzuki-ss.jp', '530-0001', '大阪府', '大阪市北区梅田2-2-2'],
  ['佐藤商店', null, '佐藤 健', '店長', '052-123-4567', 'ken.sato@satoshoten.jp', '460-0008', '愛知県', '名古屋市中区栄3-3-3'],
  ['株式会社グリーンフィールド', 'マーケティング部', '田中 美咲', 'マネージャー', '092-123-4567', 'misaki.tanaka@greenfield.co.jp', '810-0001', '福岡県', '福岡市中央区天神4-4-4'],
];

describe('monday.com board export', () => {
  test('Person is the item’s owner; Name of companies is the company', () => {
    expect(mapped(MONDAY)).toEqual({
      Name: 'company',
      Person: 'owner',
      Status: 'status',
      Date: null,
      Phone: 'phone',
      Email: 'email',
      Link: null,
      Text: null,
    });
  });

  test('a board whose own Owner column holds the owner leaves Person alone', () => {
    const values = csv(`
Name,Owner,Person,Status
Acme Trading Ltd,Dana Lee,Alice Chen,Done
Blue River Foods,Dana Lee,Bob Martinez,Stuck
Nordic Design AB,Evan Park,Alice Chen,Working on it
`);
    expect(mapped(values)).toMatchObject({ Owner: 'owner', Person: null });
  });

  test('Person on a list that is no board (no Status beside Name) is left as it was', () => {
    const values = csv(`
Company,Person,Phone
Acme Trading Ltd,Alice Chen,+1 415 555 0101
Blue River Foods,Bob Martinez,(212) 555-0199
Nordic Design AB,Erik Berg,+46 8 123 456 78
`);
    expect(mapped(values)).toMatchObject({ Person: null });
  });
});

describe('Japanese customer list', () => {
  test('会社名, 担当者名, 役職, 郵便番号, 都道府県 and 住所 are the company, contact, title, postcode, region and address', () => {
    expect(mapped(KINTONE)).toEqual({
      会社名: 'company',
      // The template has no department field.
      部署名: null,
      担当者名: 'contact',
      役職: 'title',
      電話番号: 'phone',
      メールアドレス: 'email',
      郵便番号: 'postcode',
      都道府県: 'region',
      住所: 'address',
    });
  });

  test('a two-row kintone export is a customer list: its company, contact, e-mail and phone', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['会社名', '担当者名', 'メールアドレス', '電話番号'],
      ['有限会社テスト工業', '佐藤 次郎', 'sato@test.jp', '090-1234-5678'],
      ['株式会社みらい', '鈴木 一郎', 'suzuki@mirai.jp', '080-9876-5432'],
    ];
    expect(mapped(values)).toEqual({
      会社名: 'company',
      担当者名: 'contact',
      メールアドレス: 'email',
      電話番号: 'phone',
    });
  });

  test('the same headers map without rows below them', () => {
    expect(mapped([KINTONE[0]!])).toMatchObject({
      会社名: 'company',
      担当者名: 'contact',
      役職: 'title',
      メールアドレス: 'email',
      郵便番号: 'postcode',
      都道府県: 'region',
      住所: 'address',
    });
  });
});

/**
 * A Japanese customer ledger (顧客管理台帳) kept by hand: 会社名 with a bare 担当者, its reading (フリガナ)
 * and department (部署), 〒 for the postcode and 取引開始日 for when trading began. With no other person
 * column, 担当者 is the person at the customer's company; 〒 is the postcode; the day trading began is
 * when the company became a customer (Customer Since, createdAt). 部署 has no field and stays alone.
 */
import { planExport } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { NOW, sheet } from '../export/fixtures';

const mapped = (values: CellValue[][]) => mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

// prettier-ignore
const LEDGER: CellValue[][] = [
  ['No.', '会社名', '担当者', 'フリガナ', '部署', '電話番号', '携帯電話', 'メールアドレス', '〒', '住所', '取引開始日', '備考'],
  [1, '株式会社山田製作所', '山田 太郎', 'ヤマダ タロウ', '営業部', '03-1234-5678', '090-1234-5678', 't.yamada@yamada-ss.co.jp', '100-0005', '東京都千代田区丸の内1-1-1', new Date(Date.UTC(2019, 3, 1)), '年末に訪問'],
  [2, '有限会社鈴木商店', '鈴木 花子', 'スズキ ハナコ', '総務部', '06-6123-4567', '080-2345-6789', 'hanako@suzuki-shoten.jp', '530-0001', '大阪府大阪市北区梅田2-2-2', new Date(Date.UTC(2021, 9, 15)), ''],
  [3, '佐藤工業株式会社', '佐藤 健', 'サトウ ケン', '購買部', '052-123-4567', '070-3456-7890', 'ken.sato@sato-kogyo.co.jp', '460-0008', '愛知県名古屋市中区栄3-3-3', new Date(Date.UTC(2022, 0, 11)), '見積送付済'],
];

// The probe's one-row reproduction.
const MINIMAL: CellValue[][] = [
  ['会社名', '担当者', 'メールアドレス', '携帯電話', '〒', '取引開始日'],
  ['株式会社山田製作所', '山田 太郎', 't.yamada@yamada-ss.co.jp', '090-1234-5678', '100-0005', '2019/04/01'],
];

describe('a Japanese customer ledger', () => {
  test('担当者 beside 会社名 is the contact, 〒 the postcode, 取引開始日 when the customer became one', () => {
    expect(mapped(LEDGER)).toMatchObject({
      会社名: 'company',
      担当者: 'contact',
      部署: null,
      '〒': 'postcode',
      取引開始日: 'createdAt',
    });
    expect(mapped(MINIMAL)).toEqual({
      会社名: 'company',
      担当者: 'contact',
      メールアドレス: 'email',
      携帯電話: 'phone',
      '〒': 'postcode',
      取引開始日: 'createdAt',
    });
  });

  test('a bare 担当者 with the customer’s own name column is someone else, and stays alone', () => {
    const withName: CellValue[][] = [
      ['氏名', '担当者', 'メールアドレス'],
      ['山田 太郎', '田中', 't.yamada@example.jp'],
    ];
    expect(mapped(withName)).toMatchObject({ 氏名: 'name', 担当者: null });
  });

  test('exports the ledger’s 担当者 as contacts with their company', () => {
    const { files } = planExport(sheet(MINIMAL, '顧客一覧'), { crm: 'hubspot', object: 'contacts', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts');
    expect(contacts?.rows).toHaveLength(1);
    const row = Object.fromEntries(contacts!.header.map((h, i) => [h, contacts!.rows[0]![i]]));
    expect(row).toMatchObject({ Email: 't.yamada@yamada-ss.co.jp', 'Company Name': '株式会社山田製作所' });
  });
});

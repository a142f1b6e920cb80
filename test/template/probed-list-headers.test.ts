/**
 * Headers a prober's lists left alone though they name a template field: WeCom's 最近沟通时间, a
 * member list's 首次下单, an Indian dealer list's Dealer Name and Total Business (INR), Taiwan's 產業別,
 * a Hong Kong list's District. Rows as the exports have them (/tmp/probe9 in the probe's notes).
 */
import { parseCsv } from '../../shared/files/parse-csv';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';

const csv = (text: string): CellValue[][] =>
  parseCsv(new TextEncoder().encode(text.trim() + '\n'), 'export.csv').rows as CellValue[][];
const mapped = (values: CellValue[][]) =>
  mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values)));

// 企业微信 > 客户联系 > 导出客户 (wecom_export.csv).
const WECOM = csv(`
客户名称,客户备注,描述,性别,手机号,企业标签,个人标签,添加人,添加人账号,所属部门,添加时间,添加渠道,客户类型,最近沟通时间
张伟,张伟-华东区采购,上海某贸易公司采购,男,138 0013 8000,重点客户;华东,老客户,李娜,lina,销售一部,2024-03-05 14:23:11,扫描二维码,微信,2024/05/06
Amy🌸,王芳 杭州美妆店,杭州美妆连锁店主,女,+86 139-0013-9000,意向客户,,李娜,lina,销售一部,2024/3/5 9:01,搜索手机号,微信,2024年6月1日
A阳光,刘洋,,未知,15800158000,,,赵强,zhaoqiang,销售二部,2024-01-02 08:00:00,名片分享,微信,
张伟,张伟（华东）,上海某贸易公司,男,13800138000,重点客户,,赵强,zhaoqiang,销售二部,2024-03-06 10:00:00,群聊,微信,
陈静@深圳科技,陈静,深圳科技有限公司 CTO,女,,已成交;深圳,,李娜,lina,销售一部,2023-12-12 16:40:00,扫描二维码,企业微信,2024-02-01
黄磊,,,男,186-0018-6000,流失客户,,王磊,wanglei,市场部,2023-06-18 11:11:11,其他,微信,2023-07-01
周杰,周杰 北京,,0,17700177000,,,王磊,wanglei,市场部,45352,扫描二维码,微信,45400
孙丽,孙丽 - 广州,广州服装批发,女,020-12345678,重点客户,,李娜,lina,销售一部,2024-04-02 12:00:00,名片分享,微信,2024-04-03
`);

// A member list kept in Excel (cn_members_title.xlsx, below its title rows).
// prettier-ignore
const MEMBERS: CellValue[][] = [
  ['序号', '客户姓名', '性别', '手机号码', '身份证号', '生日', '首次下单', '最近下单', '消费总额'],
  [1, '王小明', '男', 13800138000, '110101199003071234', new Date(Date.UTC(1990, 2, 7)), 45352, '2024/6/1', 12800],
  [2, '李华', '女', '139 0013 9000', '310101198512120022', 32489, '2023年3月5日', new Date(Date.UTC(2024, 4, 20)), '5,600.00'],
  [3, '张三', 'M', 15800158000, 330102197001011260, '1970-01-01', '05/03/2023', '2024.06.15', 999.5],
  [4, '赵丽颖', 'F', '+86 186 0018 6000', '44010619920229002X', '1992/2/29', '2023-02-29', '45460', '1.5万'],
  [5, '孙悟空', '男', 17700177000, '', '1/2/1988', '2022-13-01', '', 0],
];

// An Indian brand's dealer list (india_dealers.csv): the proprietor's name beside the firm's.
const DEALERS = csv(`
Sr No,Dealer Name,Firm Name,Mobile No,Alternate No,Email ID,City,State,PIN Code,GSTIN,Last Order Date,Total Business (INR),Credit Limit,Remarks
1,Rajesh Kumar,Shree Ganesh Traders,+91 98765 43210,022-2345 6789,rajesh.sgt@gmail.com,Mumbai,Maharashtra,400001,27AAPFU0939F1ZV,05-03-2024,"₹ 1,25,000",50000,regular
2,Sunita Sharma,Sharma Electricals Pvt. Ltd.,9812345678,011 23456789,sunita@sharmaelec.in,New Delhi,Delhi,110001,07AAACS1234A1Z5,15/02/2024,"Rs. 3,50,000.00","1,00,000",
3,Mohammed Irfan,Irfan & Sons,09845012345,,irfan.sons@yahoo.co.in,Bengaluru,Karnataka,560001,,01.04.2024,"75,000",25000,
4,Rajesh  Kumar,Shree Ganesh Traders Pvt Ltd,98765-43210,,Rajesh.SGT@Gmail.com,mumbai,MH,400 001,27AAPFU0939F1ZV,2024-03-05,125000,50000,dup
5,Lakshmi Narayanan,Sri Lakshmi Stores,044-28523456,9444012345,lakshmi.stores@rediffmail.com,Chennai,Tamil Nadu,600002,33AAAAA0000A1Z5,3/12/2023,"₹12,50,000",5 lakh,big dealer
6,Amit Patel,Patel Agro,+919727012345,,amit@patelagro.com,Ahmedabad,Gujarat,380001,24ABCDE1234F1Z5,31-01-2024,"2.5 lakh",,
7,Priya Nair,Nair Textiles,8281234567,,priya@nairtex.com,Kochi,Kerala,682001,32ABCDE1234F1Z5,10/13/2023,"45,000",10000,
8,Harpreet Singh,Singh Motors,+91-98140-12345,0172-2701234,harpreet@singhmotors.co.in,Chandigarh,Punjab,160017,04ABCDE1234F1Z5,20-06-2024,"1.2 Cr",,
`);

// A Taiwan B2B list (tw_b2b.csv).
const TAIWAN = csv(`
公司名稱,統一編號,聯絡人,職稱,電話,行動電話,電子郵件,地址,產業別,最後聯絡日期,備註
台灣精密機械股份有限公司,22099131,陳志明,採購經理,02-2345-6789,0912-345-678,chen.cm@twprecision.com.tw,台北市中山區南京東路二段100號8樓,製造業,2024/3/5,年度合約
永豐餘電子有限公司,04541302,林美玲,業務主管,04-2256-7890,0928-111-222,meiling@yfy-e.com.tw,台中市西屯區台灣大道三段99號,電子,2024-02-20,
高雄海運企業社,53212539,黃建國,負責人,07-335-1234,0933 456 789,,高雄市前鎮區中山二路5號,物流,2023/12/01,需報價
新竹半導體科技股份有限公司,12345675,王大同,工程師,03-578-9000,0955-666-777,wang@hsinchu-semi.com.tw,新竹市東區光復路二段101號,半導體,2024/1/15,
宜蘭農產行,87654321,李阿土,老闆,03-932-1234,,,宜蘭縣宜蘭市中山路1號,農業,2024/4/1,
`);

// A Hong Kong trading firm's client list (hk_clients.csv).
const HONG_KONG = csv(`
Client Name,中文名,Company,Tel,Mobile,Email,Address,District,Last Order Date,Amount (HKD),Remarks
Chan Tai Man,陳大文,Golden Dragon Trading Ltd,2345 6789,9123 4567,tmchan@goldendragon.com.hk,"Flat A, 12/F, Nathan Road 300, Tsim Sha Tsui, Kowloon",九龍,03/04/2024,"HK$12,500.00",VIP
Wong Siu Ming,黃小明,Harbour Logistics,+852 2811 2233,+852 6123 4567,sm.wong@harbourlog.hk,"Unit 5, 8/F, Tower 2, Kwun Tong, Kowloon",九龍,15/03/2024,"8,200",
Lee Ka Yan,李嘉欣,,,5432 1098,kayan.lee@gmail.com,"荃灣青山公路100號",新界,2024-01-20,"HK$3,000",
"CHAN, Tai Man",陳大文,Golden Dragon Trading Limited,23456789,91234567,TMChan@GoldenDragon.com.hk,"Flat A 12/F Nathan Rd 300 TST",Kowloon,4/3/2024,12500,dup?
Cheung Wing,張榮,Pacific Foods,2792 1111,6987 6543,wing@pacificfoods.hk,"Shop 3, Sha Tin Centre",新界,12/11/2023,"HK$45,000",
`);

// HubSpot > Contacts > Export (hubspot_contacts.csv, the place columns).
const HUBSPOT = csv(`
First Name,Last Name,Email,Phone Number,Company Name,City,State/Region,Country/Region,Postal Code
Sarah,Connor,sarah.connor@cyberdyne.com,+1 (310) 555-0101,Cyberdyne Systems,Los Angeles,California,United States,90012
John,Smith,jsmith@acme.io,,Acme Inc.,New York,NY,United States,10001
Hans,Müller,hans.mueller@example.de,+49 89 1234567,Beispiel GmbH,München,Bayern,Germany,80331
Ana,García,ana@ejemplo.mx,+52 55 1234 5678,Ejemplo SA de CV,Ciudad de México,CDMX,Mexico,06600
`);

describe('headers the probe found left alone', () => {
  test('WeCom: 最近沟通时间 is the last contact, as 最近联系时间 is', () => {
    expect(mapped(WECOM)).toMatchObject({ 最近沟通时间: 'lastContact', 添加时间: 'createdAt' });
  });

  test.each([
    ['最后沟通时间', 'lastContact'],
    ['上次沟通日期', 'lastContact'],
    ['最近沟通日', 'lastContact'],
    ['下次沟通时间', 'nextFollowUp'],
    ['沟通记录', 'contactSummary'],
  ])('沟通 in a date header says 联系: %s is %s', (header, field) => {
    const values: CellValue[][] = [
      ['客户名称', '手机号', header],
      ['张伟', '13800138000', field === 'contactSummary' ? '电话沟通，报价已发' : '2024/05/06'],
      ['王芳', '13900139000', field === 'contactSummary' ? '约了下周拜访' : '2024-06-01'],
      ['刘洋', '15800158000', field === 'contactSummary' ? '暂无需求' : '2024-02-01'],
    ];
    expect(mapped(values)).toMatchObject({ [header]: field });
  });

  test('沟通 names no phone: 沟通方式 stays unmatched, never the customer’s phone', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机号', '沟通方式'],
      ['张伟', '13800138000', '微信'],
      ['王芳', '13900139000', '电话'],
      ['刘洋', '15800158000', '面谈'],
    ];
    expect(mapped(values)['沟通方式']).not.toBe('phone');
  });

  test('a member list: 首次下单 is the first purchase date beside 最近下单 the last', () => {
    expect(mapped(MEMBERS)).toMatchObject({
      首次下单: 'firstPurchaseDate',
      最近下单: 'lastPurchaseDate',
      消费总额: 'totalSpend',
    });
  });

  test.each([['首次下单时间'], ['首次下单日期'], ['首次购买'], ['首次消费时间'], ['首次消费']])(
    '%s is the first purchase date',
    (header) => {
      const values: CellValue[][] = [
        ['客户姓名', '手机号码', header],
        ['王小明', '13800138000', '2023-03-05'],
        ['李华', '13900139000', '2022/11/11'],
        ['张三', '15800158000', '2024年1月2日'],
      ];
      expect(mapped(values)).toMatchObject({ [header]: 'firstPurchaseDate' });
    },
  );

  test('首次消费金额 is one purchase’s amount: no date and no total spend', () => {
    const values: CellValue[][] = [
      ['客户姓名', '手机号码', '首次消费金额'],
      ['王小明', '13800138000', '128.00'],
      ['李华', '13900139000', '59.90'],
      ['张三', '15800158000', '300.00'],
    ];
    expect(mapped(values)['首次消费金额']).toBeNull();
  });

  test('an Indian dealer list: Dealer Name of people is the name beside Firm Name’s company; Total Business (INR) the spend', () => {
    expect(mapped(DEALERS)).toMatchObject({
      'Dealer Name': 'name',
      'Firm Name': 'company',
      'Total Business (INR)': 'totalSpend',
      'Credit Limit': null,
      City: 'region',
      State: null,
    });
  });

  test('a dealer list whose Dealer Name holds the firms: the company', () => {
    const values = csv(`
Dealer Name,Contact Person,Mobile No,City
Shree Ganesh Traders,Rajesh Kumar,+91 98765 43210,Mumbai
Sharma Electricals Pvt. Ltd.,Sunita Sharma,9812345678,New Delhi
Irfan & Sons,Mohammed Irfan,09845012345,Bengaluru
Patel Agro Industries,Amit Patel,+919727012345,Ahmedabad
`);
    expect(mapped(values)).toMatchObject({ 'Dealer Name': 'company', 'Contact Person': 'contact' });
  });

  test.each([
    ['Total Sales (USD)', ['$1,200.00', '$850.50', '$3,400.00']],
    ['Total Business (Rs.)', ['Rs. 3,50,000.00', 'Rs 50,000', '1,25,000']],
    ['Total (SGD)', ['1,250.00', '980.00', '2,400.50']],
  ])('%s of amounts is the total spend', (header, amounts) => {
    const values: CellValue[][] = [
      ['Customer Name', 'Phone', header],
      ['Rajesh Kumar', '+91 98100 12345', amounts[0]!],
      ['Sneha Patil', '9822012345', amounts[1]!],
      ['Mohammed Irfan', '+919876543210', amounts[2]!],
    ];
    expect(mapped(values)).toMatchObject({ [header]: 'totalSpend' });
  });

  test.each([
    // A limit, a balance, a tax or a discount is no money spent, whatever its currency.
    ['Credit Limit (INR)'],
    ['Total Due (INR)'],
    ['Total Outstanding (INR)'],
    ['Total Tax (INR)'],
    ['Total Discount (INR)'],
    // Without its currency, Total Business may count orders as well as money.
    ['Total Business'],
  ])('%s is left alone', (header) => {
    const values: CellValue[][] = [
      ['Customer Name', 'Phone', header],
      ['Rajesh Kumar', '+91 98100 12345', '1,25,000'],
      ['Sneha Patil', '9822012345', '45,500'],
      ['Mohammed Irfan', '+919876543210', '3,10,000'],
    ];
    expect(mapped(values)[header]).toBeNull();
  });

  test('a Total (INR) beside Total Spent keeps the spend in its own column, and is no second one', () => {
    const values: CellValue[][] = [
      ['Customer Name', 'Phone', 'Total Spent', 'Total Business (INR)'],
      ['Rajesh Kumar', '+91 98100 12345', '1,25,000', '1,25,000'],
      ['Sneha Patil', '9822012345', '45,500', '45,500'],
      ['Mohammed Irfan', '+919876543210', '3,10,000', '3,10,000'],
    ];
    const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));
    expect(mappingToJson(mapping)).toMatchObject({ 'Total Spent': 'totalSpend', 'Total Business (INR)': null });
    expect(mapping.columns[3]!.secondOf).toBeUndefined();
  });

  test('Taiwan: 產業別 is the industry', () => {
    expect(mapped(TAIWAN)).toMatchObject({ 產業別: 'industry', 公司名稱: 'company', 統一編號: null });
  });

  test.each([['產業'], ['行業別'], ['所屬產業']])('%s is the industry too', (header) => {
    const values: CellValue[][] = [
      ['公司名稱', '電話', header],
      ['台灣精密機械股份有限公司', '02-2345-6789', '製造業'],
      ['永豐餘電子有限公司', '04-2256-7890', '電子'],
      ['高雄海運企業社', '07-335-1234', '物流'],
    ];
    expect(mapped(values)).toMatchObject({ [header]: 'industry' });
  });

  test('Hong Kong: District is the region; a bare Amount (HKD) beside Last Order Date is left as typed', () => {
    expect(mapped(HONG_KONG)).toMatchObject({
      District: 'region',
      Address: 'address',
      'Last Order Date': 'lastPurchaseDate',
      // One order's amount or all the client's? The header does not say (bank-tax-and-buyer-id-headers.test.ts).
      'Amount (HKD)': null,
    });
  });

  test('HubSpot: City keeps the region and State/Region is left for the CRM’s state, as Salesforce’s Mailing State is', () => {
    expect(mapped(HUBSPOT)).toMatchObject({ City: 'region', 'State/Region': null, 'Country/Region': 'country' });
  });
});

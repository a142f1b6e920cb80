/**
 * Real order and donor exports: eBay's and Etsy's sold orders, Bloomerang's constituents, Squarespace's
 * customers, Meetup's members, an Indian customer list, a Taiwan customer book and Outlook's Chinese
 * contacts. An order's own ids, taxes and status are no customer's; a donor's
 * giving and last gift are their spend and last purchase; a state beside a city goes to the CRM's
 * State, the city keeps the region.
 */
import { parseCsv } from '../../shared/files/parse-csv';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, type HeaderMapping } from '../../shared/template/header-mapping';
import { NOW, sheet } from '../export/fixtures';

const csv = (text: string): CellValue[][] =>
  parseCsv(new TextEncoder().encode(text.trim() + '\n'), 'export.csv').rows as CellValue[][];
const mapOf = (values: CellValue[][]): HeaderMapping => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const mapped = (values: CellValue[][]) => mappingToJson(mapOf(values));
/** Each header's field, or the field it holds more of (`second:phone`), or null. */
const fieldsOf = (values: CellValue[][]) =>
  Object.fromEntries(
    mapOf(values).columns.map((c) => [c.header, c.field ?? (c.secondOf ? `second:${c.secondOf}` : null)]),
  );

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// eBay Seller Hub's Orders report (the footer lines left out).
const EBAY = csv(`
Sales Record Number,Order Number,Buyer Username,Buyer Name,Buyer Email,Buyer Note,Buyer Address 1,Buyer Address 2,Buyer City,Buyer State,Buyer Zip,Buyer Country,Buyer Tax Identifier Name,Buyer Tax Identifier Value,Ship To Name,Ship To Phone,Ship To Address 1,Ship To Address 2,Ship To City,Ship To State,Ship To Zip,Ship To Country,Item Number,Item Title,Custom Label,Sold Via Promoted Listings,Quantity,Sold For,Shipping And Handling,Item Location,Item Zip Code,Item Country,eBay Collect And Remit Tax Rate,eBay Collect And Remit Tax Type,eBay Reference Name,eBay Reference Value,Tax Status,Seller Collected Tax,eBay Collected Tax,Electronic Waste Recycling Fee,Mattress Recycling Fee,Battery Recycling Fee,Additional Fee,Total Price,eBay Collected Charges,Payment Method,Sale Date,Paid On Date,Ship By Date,Minimum Estimated Delivery Date,Maximum Estimated Delivery Date,Shipped On Date,Feedback Left,Feedback Received,My Item Note,PayPal Transaction ID,Shipping Service,Tracking Number,Transaction ID,Variation Details,Global Shipping Program,Global Shipping Reference ID,Click And Collect,Click And Collect Reference Number,eBay Plus,Authenticity Verification Program,Authenticity Verification Status,Authenticity Verification Outcome Reason,eBay Vault Program,Vault Fulfillment Type,eBay Fulfillment Program,Tax City,Tax State,Tax Zip,Tax Country,eBay International Shipping
1001,12-11111-22222,bargainhunter99,James Anderson,ab12cd34ef@members.ebay.com,,45 Maple Rd,,Columbus,OH,43215,United States,,,James Anderson,+1 614-555-0123,45 Maple Rd,,Columbus,OH,43215,United States,334455667788,Vintage Camera Lens 50mm,LENS-50,No,1,$89.99,$8.50,"Denver, CO",80202,US,7.25%,Sales Tax,,,Taxable,,$6.52,,,,,$98.49,,PayPal,Mar-15-24,Mar-15-24,Mar-18-24,Mar-20-24,Mar-25-24,Mar-16-24,No,Yes,,,USPS Priority Mail,9400111111111111111111,1234567890,,No,,No,,No,,,,,,,Columbus,OH,43215,US,
1002,12-11111-33333,bargainhunter99,James Anderson,ab12cd34ef@members.ebay.com,,45 Maple Road,,Columbus,OH,43215,United States,,,James Anderson,6145550123,45 Maple Road,,Columbus,OH,43215,United States,334455667799,Camera Strap,STRAP-1,No,1,$12.00,$3.00,"Denver, CO",80202,US,7.25%,Sales Tax,,,Taxable,,$0.87,,,,,$15.00,,PayPal,Apr-02-24,Apr-02-24,Apr-05-24,,,Apr-03-24,No,No,,,USPS First Class,9400111111111111111222,1234567891,,No,,No,,No,,,,,,,Columbus,OH,43215,US,
1003,23-22222-44444,uk_collector,Oliver Smith,xy98zw76@members.ebay.com,,10 Downing Lane,,Manchester,Greater Manchester,M1 1AE,United Kingdom,,,Oliver Smith,07712 900789,10 Downing Lane,,Manchester,,M1 1AE,United Kingdom,334455668800,Film Camera Body,BODY-1,Yes,1,$150.00,$25.00,"Denver, CO",80202,US,20%,VAT,,,Non-taxable,,,,,,,$175.00,,PayPal,Feb-01-24,Feb-01-24,Feb-04-24,,,Feb-02-24,Yes,Yes,,,eBay International Shipping,,1234567892,,Yes,5301234567890,No,,No,,No,,,,,,,,,Yes
`);

// Etsy's Sold Orders CSV.
const ETSY = csv(`
Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,Payment Method,Date Shipped,Street 1,Street 2,Ship City,Ship State,Ship Zipcode,Ship Country,Currency,Order Value,Coupon Code,Coupon Details,Discount Amount,Shipping Discount,Shipping,Sales Tax,Order Total,Status,Card Processing Fees,Order Net,Adjusted Order Total,Adjusted Card Processing Fees,Adjusted Net Order Amount,Buyer,Order Type,Payment Type,InPerson Discount,InPerson Location,SKU
05/03/24,3281234567,98765432,Megan Taylor,Megan,Taylor,2,Etsy Payments,05/05/24,123 Elm St,,Portland,OR,97201,United States,USD,45.00,,,0,0,5.99,3.60,54.59,Completed,1.89,52.70,,,,megantaylor22,online,online_cc,,,SKU-MUG-01
05/04/24,3281234999,12345678,Hiroshi Sato,Hiroshi,Sato,1,Etsy Payments,05/08/24,1-2-3 Shibuya,,Shibuya-ku,Tokyo,150-0002,Japan,USD,28.00,,,0,0,12.00,0,40.00,Shipped,1.20,38.80,,,,hsato_jp,online,online_cc,,,SKU-PRINT-A4
05/12/24,3281240001,98765432,Megan Taylor,Megan,Taylor,1,Etsy Payments,,123 Elm Street,,Portland,OR,97201,United States,USD,22.00,SPRING10,10% off,2.20,0,5.99,1.60,27.39,Paid,0.95,26.44,,,,megantaylor22,online,online_cc,,,SKU-MUG-02
12/01/23,3201111111,55555555,Chloé Bernard,Chloé,Bernard,3,PayPal,12/04/23,8 Rue Victor Hugo,,Lyon,,69002,France,EUR,60.00,,,0,0,8.00,0,68.00,Completed,2.10,65.90,,,,chloeb,online,paypal,,,SKU-CARD-SET
`);

// Bloomerang's constituent export.
const BLOOMERANG = csv(`
Account Number,Name,First Name,Last Name,Primary Email,Primary Phone,Primary Street,Primary City,Primary State,Primary ZIP Code,Type,First Transaction Date,Last Transaction Date,Last Transaction Amount,Lifetime Giving,Largest Transaction Amount,Number of Transactions,Engagement Level,Status
1001,Margaret & Robert Hughes,Margaret,Hughes,mhughes@comcast.net,(503) 555-0111,1420 SE Division St,Portland,OR,97202,Household,03/14/2015,12/31/2023,"$1,000.00","$12,450.00","$2,500.00",27,Highly Engaged,Active
1003,Margaret Hughes,Margaret,Hughes,mhughes@comcast.net,,1420 SE Division Street,Portland,OR,97202,Individual,11/02/2021,11/02/2021,$50.00,$50.00,$50.00,1,Unengaged,Active
1005,James T. Kirk Jr.,James,Kirk,jtk@starfleet.org,(415) 555-1701,,San Francisco,CA,94129,Individual,04/04/2020,04/12/2024,$100.00,"$1,700.00",$500.00,10,Engaged,Deceased
`);

// Squarespace's customer list.
const SQUARESPACE = csv(`
First Name,Last Name,Email,Accepts Marketing,Created On,Last Order Date,Total Spent,Order Count,Billing Address 1,Billing Address 2,Billing City,Billing Province/State,Billing Zip,Billing Country,Billing Phone,Shipping Address 1,Shipping City,Shipping Province/State,Shipping Zip,Shipping Country,Shipping Phone,Tags
Grace,Kim,grace.kim@icloud.com,Yes,2023-02-14,2024-05-01,$412.50,5,"88 Pine St","Apt 4B",Seattle,WA,98101,US,+1 206-555-0188,"88 Pine St",Seattle,WA,98101,US,,VIP
Liam,O'Connor,liam.oconnor@gmail.com,No,2022-11-20,2023-01-15,$39.00,1,"5 Main St",,Dublin,,D02 XY45,IE,+353 87 123 4567,,,,,,,
Grace,Kim,gracekim88@gmail.com,Yes,2024-04-01,2024-04-01,$25.00,1,"88 Pine Street #4B",,Seattle,Washington,98101,US,(206) 555-0188,,,,,,,
`);

// Meetup's member list of a group.
const MEETUP = csv(`
Name,Member ID,Title,Member since,Last visited group on,Last Attended,Events attended,RSVPed to events,Intro,Assistant Organizer,Mailing List,URL of Member Profile,What is your email?
Alex Nguyen,287654321,,03/15/2022,05/20/2024,05/18/2024,14,16,"Data engineer, love hiking",No,Yes,https://www.meetup.com/members/287654321/,alex.nguyen@gmail.com
Maria Rossi,298765432,Organizer,01/02/2021,05/21/2024,05/18/2024,40,42,,Yes,Yes,https://www.meetup.com/members/298765432/,maria.rossi@libero.it
Tom Becker,299876543,Co-organizer,06/10/2021,05/19/2024,05/18/2024,31,33,,Yes,Yes,https://www.meetup.com/members/299876543/,tom.becker@web.de
Priya Shah,300111222,Event Host,02/02/2023,05/01/2024,04/20/2024,8,9,,No,Yes,https://www.meetup.com/members/300111222/,priya.shah@gmail.com
`);

// An Indian distributor's customer list kept in Excel.
const INDIA = csv(`
S.No,Customer Name,Mobile No,Alternate No,Email ID,Company,GSTIN,City,State,Pincode,Date of Joining,Last Purchase Date,Amount (INR)
1,Rajesh Kumar,+91 98100 12345,011-23456789,rajesh.kumar@gmail.com,Kumar Electronics,07AAAPK1234C1Z5,New Delhi,Delhi,110001,05-01-2022,12-04-2024,"1,25,000"
2,Sneha Patil,9822012345,,sneha.patil@yahoo.co.in,Patil Agro,27AABCP5678D1Z2,Pune,Maharashtra,411001,23-06-2021,03-05-2024,"45,500"
4,Mohammed Irfan,+919876543210,0484-2345678,irfan@kochiseafoods.com,Kochi Seafoods,32AAFCK4321E1Z9,Kochi,Kerala,682001,11-11-2020,01-02-2024,"3,10,000"
5,Anjali Singh,98765 43211,,anjali.s@outlook.com,,,Lucknow,Uttar Pradesh,226001,07-08-2023,07-08-2023,"2,000"
`);

// prettier-ignore
const TAIWAN: CellValue[][] = [
  ['客戶編號', '客戶名稱', '聯絡人', '職稱', '電話', '手機', '電子郵件', '地址', '統一編號', '首次交易日', '最後交易日', '備註'],
  ['C001', '台灣優品有限公司', '林志明', '經理', '(02)2345-6789', '0912-345-678', 'lin@twyoupin.com.tw', '台北市信義區松仁路100號', '12345678', '民國110年3月5日', '113/04/18', null],
  ['C002', '香港恒通貿易有限公司', '陳大文', '董事', '+852 2345 6789', '+852 9123 4567', 'david.chan@hangtung.hk', '香港九龍尖沙咀彌敦道100號', null, '2019/8/1', '2024/5/2', '港幣結算'],
  ['C005', '高雄海洋水產行', '吳建國', '老闆', '(07)331-2345', '0933-111-222', null, '高雄市前鎮區成功二路25號', '87654321', '民國108年12月1日', '民國112年6月30日', null],
];

// prettier-ignore
const OUTLOOK_ZH: CellValue[][] = [
  ['名', '中间名', '姓', '称谓', '单位', '部门', '职务', '商务电话', '移动电话', '住宅电话', '电子邮件地址', '电子邮件 2 地址', '商务地址 街道', '商务地址 市/县', '商务地址 省/市/自治区', '商务地址 邮政编码', '生日', '备注'],
  ['伟', null, '王', '先生', '杭州云栖科技有限公司', '采购部', '采购经理', '0571-88886666', '13812345678', null, 'wangwei@yunqi.cn', null, '西湖区文三路90号', '杭州市', '浙江省', '310012', '1985/3/5', null],
  ['芳', null, '李', '女士', '广州粤海贸易有限公司', null, '总经理', '020-66668888', '13987654321', null, 'lifang@yuehai.com', null, '天河区天河路385号', '广州市', '广东省', '510620', null, '老客户'],
  ['强', null, '张', null, '成都天府软件有限公司', null, null, null, '13700001111', null, 'zq@tianfu.cn', null, '高新区天府大道1000号', '成都市', '四川省', '610041', null, null],
];

describe('eBay and Etsy order exports', () => {
  test('eBay: a shipment reference, a tax type and a tax status are no customer ID, type or status', () => {
    expect(mapped(EBAY)).toMatchObject({
      'Global Shipping Reference ID': null,
      'Click And Collect Reference Number': null,
      'eBay Collect And Remit Tax Type': null,
      'Tax Status': null,
      'Tax City': null,
      'Tax State': null,
      // One order's date and amount, as on Shopify's and WooCommerce's order exports.
      'Sale Date': null,
      'Total Price': null,
    });
    expect(Object.values(mapped(EBAY)).filter((f) => f === 'customerId' || f === 'status')).toEqual([]);
  });

  test('eBay: the buyer is the customer; the state beside Buyer City goes to HubSpot’s State/Region', () => {
    expect(mapped(EBAY)).toMatchObject({
      'Buyer Name': 'name',
      'Buyer Email': 'email',
      'Buyer City': 'region',
      'Buyer Zip': 'postcode',
      'Buyer State': null,
    });
    const { files } = planExport(sheet(EBAY, 'eBay-OrdersReport'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ City: 'Columbus', 'State/Region': 'OH' });
  });

  test('Etsy: the order’s Status (Completed, Shipped, Paid) is no customer status', () => {
    expect(mapped(ETSY)).toMatchObject({ Status: null, 'Sale Date': null, 'Order Total': null });
  });

  test('Etsy: Ship City is the customer’s city (no in-person sale’s location takes it), Ship State goes to State', () => {
    expect(mapped(ETSY)).toMatchObject({
      'Full Name': 'name',
      'Ship City': 'region',
      'Ship Zipcode': 'postcode',
      'Ship Country': 'country',
      'InPerson Location': null,
    });
    const { files } = planExport(sheet(ETSY, 'EtsySoldOrders'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ City: 'Portland', 'State/Region': 'OR' });
  });
});

describe('donor and customer lists with a state beside the city', () => {
  test('Bloomerang: Lifetime Giving is the total spend, Last/First Transaction Date the purchase dates', () => {
    expect(mapped(BLOOMERANG)).toMatchObject({
      'Primary City': 'region',
      'Primary State': null,
      'First Transaction Date': 'firstPurchaseDate',
      'Last Transaction Date': 'lastPurchaseDate',
      'Lifetime Giving': 'totalSpend',
      'Last Transaction Amount': null,
      'Largest Transaction Amount': null,
    });
    const { files } = planExport(sheet(BLOOMERANG, 'Constituents'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.header.includes('First Name'))!;
    expect(rowOf(contacts, 4)).toMatchObject({ City: 'San Francisco', 'State/Region': 'CA' });
  });

  test('Squarespace: Billing Province/State goes to State, the billing city keeps the region', () => {
    expect(mapped(SQUARESPACE)).toMatchObject({ 'Billing City': 'region', 'Billing Province/State': null });
    const { files } = planExport(sheet(SQUARESPACE, 'customers'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ City: 'Seattle', 'State/Region': 'WA' });
  });

  test('India: Pincode is the postcode, Alternate No a second phone, Date of Joining when they joined', () => {
    expect(fieldsOf(INDIA)).toMatchObject({
      'Mobile No': 'phone',
      'Alternate No': 'second:phone',
      City: 'region',
      State: null,
      Pincode: 'postcode',
      'Date of Joining': 'createdAt',
      'Last Purchase Date': 'lastPurchaseDate',
    });
  });

  test('a one-row list: City of New York stays the city beside its State column', () => {
    const values = csv(`
Name,Phone,City,State,Zip
Ann Lee,(646) 555-0102,New York,NY,10004
`);
    const { files } = planExport(sheet(values, 'contacts'), { crm: 'hubspot', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ City: 'New York', 'State/Region': 'NY' });
  });

  test('Outlook 联系人: 商务地址 市/县 is the region, 省/市/自治区 goes to the CRM’s 省份', () => {
    expect(mapped(OUTLOOK_ZH)).toMatchObject({
      '商务地址 街道': 'address',
      '商务地址 市/县': 'region',
      '商务地址 省/市/自治区': null,
      '商务地址 邮政编码': 'postcode',
    });
    const { files } = planExport(sheet(OUTLOOK_ZH, '联系人'), { crm: 'hubspot', now: NOW });
    const contacts = files.find((f) => f.header.includes('First Name'))!;
    expect(rowOf(contacts, 2)).toMatchObject({ City: '杭州市', 'State/Region': '浙江省' });
  });
});

describe('Chinese-language lists', () => {
  test('Taiwan: 首次交易日 and 最後交易日 are the first and last purchase dates', () => {
    expect(mapped(TAIWAN)).toMatchObject({
      首次交易日: 'firstPurchaseDate',
      最後交易日: 'lastPurchaseDate',
    });
  });
});

describe('Meetup members', () => {
  test('Title of Organizer, Co-organizer and Event Host is the member’s role in the group, no job title', () => {
    expect(mapped(MEETUP)).toMatchObject({ Name: 'name', Title: null, 'What is your email?': 'email' });
  });

  test('a Title column of job titles stays the job title', () => {
    const values = csv(`
Name,Title,Email
Ann Lee,Marketing Manager,ann@acme.com
Bob Roe,Organizer,bob@roe.org
Cara Diaz,CTO,cara@diaz.io
`);
    expect(mapped(values)).toMatchObject({ Title: 'title' });
  });
});

describe('ids of other records', () => {
  test('a membership number is still the customer ID beside a shipment’s reference id', () => {
    const values = csv(`
Membership Number,Name,Mobile,Shipment Reference ID
M-0012,Ann Lee,+1 646 555 0102,SHP-88812
M-0013,Bob Roe,+1 312 555 0147,SHP-88813
`);
    expect(mapped(values)).toMatchObject({ 'Membership Number': 'customerId', 'Shipment Reference ID': null });
  });
});

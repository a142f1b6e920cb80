/**
 * Each CRM's import layout per object: the column headers its import wizard maps by itself, which
 * of them it requires, its row and size caps, date format, yes/no pair and standard picklist values.
 * Facts and their sources: ../shared/docs/CRM-IMPORT.md; `unconfirmed` marks defaults a user can
 * override with a map file (see map-file.ts) because no official page confirmed them.
 */

export const CRMS = ['zoho', 'salesforce', 'hubspot', 'fxiaoke'] as const;
export type CrmId = (typeof CRMS)[number];
export const CRM_OBJECTS = ['contacts', 'accounts', 'leads'] as const;
export type CrmObject = (typeof CRM_OBJECTS)[number];

/**
 * Where a CRM column's value comes from. `name.*` is the person (split from the name column, or the
 * contact column of a company list; `name.salutation` is a title typed before it, such as "Dr.");
 * `account` the organisation; `phone.mobile` the phone field's mobile numbers, `phone.home` the
 * numbers the sheet types as home ones (written only where some row has one) and `phone.other` every
 * other number; `email.second` a row's second address (written only where some row has one); `region.state` the region when it holds provinces or states and `region.city`
 * when it holds cities, else a column of cities beside it (region-columns.ts); anything else is a
 * template field key.
 */
export type ExportSource = string;
export const DERIVED_SOURCES = [
  'name.salutation',
  'name.first',
  'name.last',
  'name.full',
  'account',
  'phone.mobile',
  'phone.other',
  'phone.home',
  'email.second',
  'region.state',
  'region.city',
] as const;

export interface CrmColumn {
  header: string;
  source: ExportSource;
  required?: boolean;
  /** The header or its requirement is not confirmed by the CRM's own documentation. */
  unconfirmed?: boolean;
}

/** Date patterns written with yyyy, MM, dd (M and d without padding). */
export type DateFormat = string;

export interface CrmLayout {
  crm: CrmId;
  object: CrmObject;
  /** Display name of the CRM, also the sheet name the sidebar writes. */
  title: string;
  columns: CrmColumn[];
  /** Most data rows per file (files are split above it). */
  rowCap: number;
  /** Most bytes per file, estimated from the UTF-8 text of the cells. */
  byteCap: number;
  dateFormat: DateFormat;
  /** What the importer reads as yes and no in a checkbox field. */
  yesNo: readonly [yes: string, no: string];
  /** Separator of a multi-select value. */
  multiSeparator: string;
  /** Phones as E.164 (+8613800138000) or in the default region's national form (13800138000). */
  phoneForm: 'e164' | 'national';
  /** The language of choice labels in CRM columns without a picklist map. */
  labelLocale: 'zh-CN' | 'en-US';
  /** Write a UTF-8 byte order mark at the start of a CSV. */
  bom: boolean;
  /** Template field key -> option key -> the CRM's standard picklist value. */
  picklists: Record<string, Record<string, string>>;
  /** Facts of this layout not confirmed by an official source (for the report and the docs). */
  unconfirmed: UnconfirmedFact[];
}

/** A default no official page confirmed, worded for each language the report speaks. */
export interface UnconfirmedFact {
  en: string;
  zh: string;
}

const MB = 1024 * 1024;
/** Excel's sheet holds 1,048,576 rows, the header included. */
export const XLSX_ROW_CAP = 1_048_575;

// Zoho's default Lead Source values, as partner help pages list them (unconfirmed).
const ZOHO_LEAD_SOURCE = {
  ads: 'Advertisement',
  coldCall: 'Cold Call',
  exhibition: 'Trade Show',
  referralSource: 'External Referral',
};
// Salesforce's default Lead Source picklist; the other template sources have no standard value.
const SALESFORCE_LEAD_SOURCE = {
  website: 'Web',
  phoneInquiry: 'Phone Inquiry',
  partnerReferral: 'Partner Referral',
  purchasedList: 'Purchased List',
  otherSource: 'Other',
};

/**
 * Each CRM's own standard values of a field, all of them (not only those a template option maps to):
 * a list exported from that CRM (Phone Inquiry, Marketing Qualified Lead) goes back under the value
 * it had, not under the nearest template option.
 */
const STANDARD_VALUES: Partial<Record<CrmId, Record<string, readonly string[]>>> = {
  salesforce: {
    source: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'],
    // The Salutation picklist: a title of another meaning (Miss, Frau) is kept as typed (salutations.ts).
    'name.salutation': ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'],
  },
  hubspot: {
    lifecycleStage: [
      'Subscriber',
      'Lead',
      'Marketing Qualified Lead',
      'Sales Qualified Lead',
      'Opportunity',
      'Customer',
      'Evangelist',
      'Other',
    ],
  },
  zoho: {
    'name.salutation': ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.'],
    source: [
      'Advertisement',
      'Cold Call',
      'Employee Referral',
      'External Referral',
      'Online Store',
      'Partner',
      'Public Relations',
      'Sales Email Alias',
      'Seminar Partner',
      'Internal Seminar',
      'Trade Show',
      'Web Download',
      'Web Research',
      'Chat',
    ],
  },
};

/** The CRM's standard values of a template field (or of name.salutation), if it has a standard picklist for it. */
export function standardValues(crm: CrmId, fieldKey: string): readonly string[] | undefined {
  return STANDARD_VALUES[crm]?.[fieldKey];
}
// HubSpot's default lifecycle stage labels (labels, not internal values: the labels are documented).
// The template's atRisk and loyal stages have no HubSpot counterpart (a loyal customer is no Evangelist)
// and are written as their labels.
// The template's own stages of HubSpot's (subscriber, mql, sql, evangelist, other) go to theirs where the
// template has them.
const HUBSPOT_LIFECYCLE = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  mql: 'Marketing Qualified Lead',
  sql: 'Sales Qualified Lead',
  qualified: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
  other: 'Other',
};

const col = (header: string, source: ExportSource, extra: Omit<CrmColumn, 'header' | 'source'> = {}): CrmColumn => ({
  header,
  source,
  ...extra,
});

type LayoutBase = Omit<CrmLayout, 'object' | 'columns'>;

const ZOHO: LayoutBase = {
  crm: 'zoho',
  title: 'Zoho CRM',
  rowCap: 25_000,
  byteCap: 25 * MB,
  dateFormat: 'MM/dd/yyyy',
  yesNo: ['1', '0'],
  multiSeparator: ';',
  phoneForm: 'e164',
  labelLocale: 'en-US',
  bom: false,
  picklists: { source: ZOHO_LEAD_SOURCE },
  unconfirmed: [
    { en: 'the date format MM/dd/yyyy', zh: '日期格式 MM/dd/yyyy' },
    { en: 'the Lead Source values', zh: '线索来源（Lead Source）的取值' },
    {
      en: 'the web import limit per batch (Free 1,500, Professional 10,000)',
      zh: '网页导入每批的行数上限（免费版 1,500 行，专业版 10,000 行）',
    },
  ],
};

const SALESFORCE: LayoutBase = {
  crm: 'salesforce',
  title: 'Salesforce',
  rowCap: 50_000,
  byteCap: 100 * MB,
  dateFormat: 'MM/dd/yyyy',
  yesNo: ['1', '0'],
  multiSeparator: ';',
  phoneForm: 'e164',
  labelLocale: 'en-US',
  bom: false,
  picklists: { source: SALESFORCE_LEAD_SOURCE },
  unconfirmed: [
    {
      en: "the date format, which follows the importing user's locale (MM/dd/yyyy is en_US)",
      zh: '日期格式：随导入用户的区域设置而定（MM/dd/yyyy 为 en_US）',
    },
    { en: 'the character encoding to choose in the wizard (UTF-8)', zh: '导入向导中要选的字符编码（UTF-8）' },
  ],
};

const HUBSPOT: LayoutBase = {
  crm: 'hubspot',
  title: 'HubSpot',
  rowCap: XLSX_ROW_CAP,
  byteCap: 20 * MB,
  dateFormat: 'yyyy-MM-dd',
  yesNo: ['Yes', 'No'],
  multiSeparator: ';',
  phoneForm: 'e164',
  labelLocale: 'en-US',
  bom: false,
  picklists: { lifecycleStage: HUBSPOT_LIFECYCLE },
  unconfirmed: [{ en: 'the date format for file imports (yyyy-MM-dd)', zh: '文件导入的日期格式（yyyy-MM-dd）' }],
};

const FXIAOKE: LayoutBase = {
  crm: 'fxiaoke',
  title: '纷享销客',
  rowCap: XLSX_ROW_CAP,
  byteCap: 512 * MB,
  dateFormat: 'yyyy-MM-dd',
  yesNo: ['是', '否'],
  multiSeparator: ';',
  phoneForm: 'national',
  labelLocale: 'zh-CN',
  bom: true,
  picklists: {},
  unconfirmed: [
    {
      en: 'every column name: tenants configure their own import template (导入模板)',
      zh: '所有列名：各企业自行配置导入模板',
    },
    { en: 'the row limit per import', zh: '每次导入的行数上限' },
  ],
};

const COLUMNS: Record<CrmId, Partial<Record<CrmObject, CrmColumn[]>>> = {
  zoho: {
    contacts: [
      col('Salutation', 'name.salutation', { unconfirmed: true }),
      col('First Name', 'name.first'),
      col('Last Name', 'name.last', { required: true, unconfirmed: true }),
      col('Account Name', 'account'),
      col('Email', 'email'),
      // Zoho's standard Secondary Email, written only where some row has a second address.
      col('Secondary Email', 'email.second', { unconfirmed: true }),
      col('Mobile', 'phone.mobile'),
      col('Phone', 'phone.other'),
      // Zoho's own contact export heads it so; Leads have no home number field.
      col('Home Phone', 'phone.home', { unconfirmed: true }),
      col('Title', 'title'),
      col('Mailing Street', 'address', { unconfirmed: true }),
      col('Mailing City', 'region.city', { unconfirmed: true }),
      col('Mailing State', 'region.state', { unconfirmed: true }),
      col('Mailing Zip', 'postcode', { unconfirmed: true }),
      col('Mailing Country', 'country', { unconfirmed: true }),
      col('Date of Birth', 'birthDate', { unconfirmed: true }),
      col('Lead Source', 'source'),
      col('Contact Owner', 'owner', { unconfirmed: true }),
      col('Description', 'notes', { unconfirmed: true }),
    ],
    leads: [
      col('Salutation', 'name.salutation'),
      col('First Name', 'name.first'),
      col('Last Name', 'name.last', { required: true }),
      col('Company', 'account', { required: true }),
      col('Email', 'email'),
      col('Secondary Email', 'email.second'),
      col('Mobile', 'phone.mobile'),
      col('Phone', 'phone.other'),
      col('Title', 'title'),
      col('Street', 'address', { unconfirmed: true }),
      col('City', 'region.city', { unconfirmed: true }),
      col('State', 'region.state', { unconfirmed: true }),
      col('Zip Code', 'postcode', { unconfirmed: true }),
      col('Country', 'country', { unconfirmed: true }),
      col('Lead Source', 'source'),
      col('Industry', 'industry'),
      col('Lead Owner', 'owner'),
      col('Description', 'notes', { unconfirmed: true }),
    ],
    accounts: [
      col('Account Name', 'account', { required: true }),
      col('Phone', 'phone'),
      col('Industry', 'industry'),
      col('Billing Street', 'address'),
      col('Billing City', 'region.city'),
      col('Billing State', 'region.state'),
      col('Billing Code', 'postcode'),
      col('Billing Country', 'country'),
      col('Account Owner', 'owner'),
      col('Description', 'notes', { unconfirmed: true }),
    ],
  },
  salesforce: {
    contacts: [
      col('Salutation', 'name.salutation', { unconfirmed: true }),
      col('First Name', 'name.first'),
      col('Last Name', 'name.last', { required: true, unconfirmed: true }),
      col('Account Name', 'account', { unconfirmed: true }),
      col('Email', 'email', { unconfirmed: true }),
      col('Mobile Phone', 'phone.mobile', { unconfirmed: true }),
      col('Business Phone', 'phone.other'),
      // The Contact field HomePhone (label Home Phone); the wizard's mapping of it is not documented.
      col('Home Phone', 'phone.home', { unconfirmed: true }),
      col('Title', 'title', { unconfirmed: true }),
      col('Mailing Street', 'address', { unconfirmed: true }),
      col('Mailing City', 'region.city', { unconfirmed: true }),
      col('Mailing State/Province', 'region.state', { unconfirmed: true }),
      col('Mailing Zip/Postal Code', 'postcode', { unconfirmed: true }),
      col('Mailing Country', 'country', { unconfirmed: true }),
      col('Birthdate', 'birthDate'),
      col('Lead Source', 'source', { unconfirmed: true }),
      col('Record Owner', 'owner'),
      col('Contact Description', 'notes'),
    ],
    leads: [
      col('Salutation', 'name.salutation', { unconfirmed: true }),
      col('First Name', 'name.first'),
      col('Last Name', 'name.last', { required: true }),
      col('Company', 'account', { required: true }),
      col('Email', 'email'),
      col('Mobile Phone', 'phone.mobile'),
      col('Phone', 'phone.other'),
      col('Title', 'title', { unconfirmed: true }),
      col('Street', 'address', { unconfirmed: true }),
      col('City', 'region.city'),
      col('State/Province', 'region.state', { unconfirmed: true }),
      col('Postal Code', 'postcode'),
      col('Country', 'country'),
      col('Lead Source', 'source'),
      col('Industry', 'industry'),
      col('Record Owner', 'owner'),
      col('Description', 'notes'),
    ],
    accounts: [
      col('Account Name', 'account', { required: true, unconfirmed: true }),
      col('Phone', 'phone', { unconfirmed: true }),
      col('Industry', 'industry', { unconfirmed: true }),
      col('Billing Street', 'address', { unconfirmed: true }),
      col('Billing City', 'region.city', { unconfirmed: true }),
      col('Billing State/Province', 'region.state', { unconfirmed: true }),
      col('Billing Zip/Postal Code', 'postcode', { unconfirmed: true }),
      col('Billing Country', 'country', { unconfirmed: true }),
      // The Account field AccountSource, with the Lead Source picklist's values: where the customer came from.
      col('Account Source', 'source', { unconfirmed: true }),
      col('Record Owner', 'owner'),
      col('Account Description', 'notes', { unconfirmed: true }),
    ],
  },
  hubspot: {
    contacts: [
      col('Salutation', 'name.salutation', { unconfirmed: true }),
      col('First Name', 'name.first'),
      col('Last Name', 'name.last'),
      col('Email', 'email'),
      col('Mobile Phone Number', 'phone.mobile'),
      col('Phone Number', 'phone.other'),
      col('Company Name', 'account', { unconfirmed: true }),
      col('Job Title', 'title', { unconfirmed: true }),
      col('Street Address', 'address', { unconfirmed: true }),
      col('City', 'region.city', { unconfirmed: true }),
      col('State/Region', 'region.state', { unconfirmed: true }),
      col('Postal Code', 'postcode', { unconfirmed: true }),
      col('Country/Region', 'country', { unconfirmed: true }),
      col('Date of Birth', 'birthDate', { unconfirmed: true }),
      col('Lifecycle Stage', 'lifecycleStage'),
      col('Contact Owner', 'owner', { unconfirmed: true }),
    ],
    accounts: [
      col('Company Name', 'account', { required: true, unconfirmed: true }),
      col('Phone Number', 'phone'),
      col('Industry', 'industry', { unconfirmed: true }),
      col('Street Address', 'address', { unconfirmed: true }),
      col('City', 'region.city', { unconfirmed: true }),
      col('State/Region', 'region.state', { unconfirmed: true }),
      col('Postal Code', 'postcode', { unconfirmed: true }),
      col('Country/Region', 'country', { unconfirmed: true }),
      col('Lifecycle Stage', 'lifecycleStage'),
      col('Company Owner', 'owner', { unconfirmed: true }),
      col('Description', 'notes', { unconfirmed: true }),
    ],
  },
  fxiaoke: {
    accounts: [
      col('客户名称', 'account', { required: true, unconfirmed: true }),
      col('联系人', 'name.full', { unconfirmed: true }),
      col('手机', 'phone.mobile', { unconfirmed: true }),
      col('电话', 'phone.other', { unconfirmed: true }),
      col('邮箱', 'email', { unconfirmed: true }),
      col('地址', 'address', { unconfirmed: true }),
      col('客户级别', 'valueTier', { unconfirmed: true }),
      col('客户来源', 'source', { unconfirmed: true }),
      col('负责人', 'owner', { unconfirmed: true }),
      col('备注', 'notes', { unconfirmed: true }),
    ],
    contacts: [
      col('姓名', 'name.full', { required: true, unconfirmed: true }),
      col('客户名称', 'account', { unconfirmed: true }),
      col('手机', 'phone.mobile', { unconfirmed: true }),
      col('电话', 'phone.other', { unconfirmed: true }),
      col('邮箱', 'email', { unconfirmed: true }),
      col('职务', 'title', { unconfirmed: true }),
      col('负责人', 'owner', { unconfirmed: true }),
      col('备注', 'notes', { unconfirmed: true }),
    ],
    leads: [
      col('姓名', 'name.full', { required: true, unconfirmed: true }),
      col('公司', 'account', { unconfirmed: true }),
      col('手机', 'phone.mobile', { unconfirmed: true }),
      col('电话', 'phone.other', { unconfirmed: true }),
      col('邮箱', 'email', { unconfirmed: true }),
      col('职务', 'title', { unconfirmed: true }),
      col('线索来源', 'source', { unconfirmed: true }),
      col('负责人', 'owner', { unconfirmed: true }),
      col('备注', 'notes', { unconfirmed: true }),
    ],
  },
};

const BASES: Record<CrmId, LayoutBase> = { zoho: ZOHO, salesforce: SALESFORCE, hubspot: HUBSPOT, fxiaoke: FXIAOKE };

export function isCrmId(value: string): value is CrmId {
  return (CRMS as readonly string[]).includes(value);
}

export function isCrmObject(value: string): value is CrmObject {
  return (CRM_OBJECTS as readonly string[]).includes(value);
}

/** The objects a CRM's layout covers (HubSpot keeps leads as contacts with a lifecycle stage). */
export function objectsOf(crm: CrmId): CrmObject[] {
  return CRM_OBJECTS.filter((object) => COLUMNS[crm][object] !== undefined);
}

/** The object exported when none is named: 客户 (accounts) for 纷享销客, contacts elsewhere. */
export function defaultObject(crm: CrmId): CrmObject {
  return crm === 'fxiaoke' ? 'accounts' : 'contacts';
}

/** A fresh copy of a CRM's layout for an object, or undefined when the CRM has no such import here. */
export function crmLayout(crm: CrmId, object: CrmObject): CrmLayout | undefined {
  const columns = COLUMNS[crm][object];
  if (!columns) return undefined;
  return copyLayout({ ...BASES[crm], object, columns });
}

/** A deep copy of a layout, so callers can change it (structuredClone is missing in some sidebar runtimes). */
export function copyLayout(layout: CrmLayout): CrmLayout {
  const picklists = Object.fromEntries(Object.entries(layout.picklists).map(([key, values]) => [key, { ...values }]));
  return {
    ...layout,
    columns: layout.columns.map((c) => ({ ...c })),
    yesNo: [layout.yesNo[0], layout.yesNo[1]],
    picklists,
    unconfirmed: layout.unconfirmed.map((f) => ({ ...f })),
  };
}

/** The layout's unconfirmed defaults, with those of the CRM columns the export writes. */
export function unconfirmedFacts(layout: CrmLayout, written: readonly CrmColumn[]): UnconfirmedFact[] {
  return [
    ...layout.unconfirmed,
    ...written.filter((c) => c.unconfirmed).map((c) => ({ en: `the "${c.header}" column`, zh: `“${c.header}”列` })),
  ];
}

/**
 * Industry in a CRM's own values. Salesforce's standard Account and Lead Industry picklist, and
 * HubSpot's default company "industry" property (its internal values, with the labels HubSpot shows
 * and a HubSpot export may write). A typed value is the CRM's value when it is one (by label or
 * internal name, case and spacing aside), or when it names a template option whose meaning the CRM has
 * in one value (金融 → Finance / FINANCIAL_SERVICES); else it is written as typed and named in the
 * report. An option the CRM splits several ways (互联网/IT: HubSpot's Internet or Information Technology
 * and Services) has no one value: written as typed.
 * Sources: Salesforce's Account Industry picklist (Setup → Object Manager → Account → Fields →
 * Industry, standard values); HubSpot's "Default company properties" (Industry).
 */
import { simplifiedHan } from '../dedupe/simplified';
import type { CellValue } from '../sheet/cell-value';
import type { CrmId } from './crm-layouts';

const SALESFORCE_INDUSTRIES = [
  'Agriculture',
  'Apparel',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Communications',
  'Construction',
  'Consulting',
  'Education',
  'Electronics',
  'Energy',
  'Engineering',
  'Entertainment',
  'Environmental',
  'Finance',
  'Food & Beverage',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Machinery',
  'Manufacturing',
  'Media',
  'Not For Profit',
  'Other',
  'Recreation',
  'Retail',
  'Shipping',
  'Technology',
  'Telecommunications',
  'Transportation',
  'Utilities',
].map((v): [string, string] => [v, v]);

// HubSpot's industry options: label | internal value.
const HUBSPOT_INDUSTRIES = (
  'Accounting|ACCOUNTING;Airlines/Aviation|AIRLINES_AVIATION;Alternative Dispute Resolution|ALTERNATIVE_DISPUTE_RESOLUTION;' +
  'Alternative Medicine|ALTERNATIVE_MEDICINE;Animation|ANIMATION;Apparel & Fashion|APPAREL_FASHION;' +
  'Architecture & Planning|ARCHITECTURE_PLANNING;Arts and Crafts|ARTS_AND_CRAFTS;Automotive|AUTOMOTIVE;' +
  'Aviation & Aerospace|AVIATION_AEROSPACE;Banking|BANKING;Biotechnology|BIOTECHNOLOGY;Broadcast Media|BROADCAST_MEDIA;' +
  'Building Materials|BUILDING_MATERIALS;Business Supplies and Equipment|BUSINESS_SUPPLIES_AND_EQUIPMENT;' +
  'Capital Markets|CAPITAL_MARKETS;Chemicals|CHEMICALS;Civic & Social Organization|CIVIC_SOCIAL_ORGANIZATION;' +
  'Civil Engineering|CIVIL_ENGINEERING;Commercial Real Estate|COMMERCIAL_REAL_ESTATE;' +
  'Computer & Network Security|COMPUTER_NETWORK_SECURITY;Computer Games|COMPUTER_GAMES;' +
  'Computer Hardware|COMPUTER_HARDWARE;Computer Networking|COMPUTER_NETWORKING;Computer Software|COMPUTER_SOFTWARE;' +
  'Internet|INTERNET;Construction|CONSTRUCTION;Consumer Electronics|CONSUMER_ELECTRONICS;Consumer Goods|CONSUMER_GOODS;' +
  'Consumer Services|CONSUMER_SERVICES;Cosmetics|COSMETICS;Dairy|DAIRY;Defense & Space|DEFENSE_SPACE;Design|DESIGN;' +
  'Education Management|EDUCATION_MANAGEMENT;E-Learning|E_LEARNING;' +
  'Electrical/Electronic Manufacturing|ELECTRICAL_ELECTRONIC_MANUFACTURING;Entertainment|ENTERTAINMENT;' +
  'Environmental Services|ENVIRONMENTAL_SERVICES;Events Services|EVENTS_SERVICES;Executive Office|EXECUTIVE_OFFICE;' +
  'Facilities Services|FACILITIES_SERVICES;Farming|FARMING;Financial Services|FINANCIAL_SERVICES;Fine Art|FINE_ART;' +
  'Fishery|FISHERY;Food & Beverages|FOOD_BEVERAGES;Food Production|FOOD_PRODUCTION;Fund-Raising|FUND_RAISING;' +
  'Furniture|FURNITURE;Gambling & Casinos|GAMBLING_CASINOS;Glass, Ceramics & Concrete|GLASS_CERAMICS_CONCRETE;' +
  'Government Administration|GOVERNMENT_ADMINISTRATION;Government Relations|GOVERNMENT_RELATIONS;' +
  'Graphic Design|GRAPHIC_DESIGN;Health, Wellness and Fitness|HEALTH_WELLNESS_AND_FITNESS;' +
  'Higher Education|HIGHER_EDUCATION;Hospital & Health Care|HOSPITAL_HEALTH_CARE;Hospitality|HOSPITALITY;' +
  'Human Resources|HUMAN_RESOURCES;Import and Export|IMPORT_AND_EXPORT;' +
  'Individual & Family Services|INDIVIDUAL_FAMILY_SERVICES;Industrial Automation|INDUSTRIAL_AUTOMATION;' +
  'Information Services|INFORMATION_SERVICES;Information Technology and Services|INFORMATION_TECHNOLOGY_AND_SERVICES;' +
  'Insurance|INSURANCE;International Affairs|INTERNATIONAL_AFFAIRS;' +
  'International Trade and Development|INTERNATIONAL_TRADE_AND_DEVELOPMENT;Investment Banking|INVESTMENT_BANKING;' +
  'Investment Management|INVESTMENT_MANAGEMENT;Judiciary|JUDICIARY;Law Enforcement|LAW_ENFORCEMENT;' +
  'Law Practice|LAW_PRACTICE;Legal Services|LEGAL_SERVICES;Legislative Office|LEGISLATIVE_OFFICE;' +
  'Leisure, Travel & Tourism|LEISURE_TRAVEL_TOURISM;Libraries|LIBRARIES;' +
  'Logistics and Supply Chain|LOGISTICS_AND_SUPPLY_CHAIN;Luxury Goods & Jewelry|LUXURY_GOODS_JEWELRY;' +
  'Machinery|MACHINERY;Management Consulting|MANAGEMENT_CONSULTING;Maritime|MARITIME;Market Research|MARKET_RESEARCH;' +
  'Marketing and Advertising|MARKETING_AND_ADVERTISING;' +
  'Mechanical or Industrial Engineering|MECHANICAL_OR_INDUSTRIAL_ENGINEERING;Media Production|MEDIA_PRODUCTION;' +
  'Medical Devices|MEDICAL_DEVICES;Medical Practice|MEDICAL_PRACTICE;Mental Health Care|MENTAL_HEALTH_CARE;' +
  'Military|MILITARY;Mining & Metals|MINING_METALS;Motion Pictures and Film|MOTION_PICTURES_AND_FILM;' +
  'Museums and Institutions|MUSEUMS_AND_INSTITUTIONS;Music|MUSIC;Nanotechnology|NANOTECHNOLOGY;Newspapers|NEWSPAPERS;' +
  'Non-Profit Organization Management|NON_PROFIT_ORGANIZATION_MANAGEMENT;Oil & Energy|OIL_ENERGY;' +
  'Online Media|ONLINE_MEDIA;Outsourcing/Offshoring|OUTSOURCING_OFFSHORING;' +
  'Package/Freight Delivery|PACKAGE_FREIGHT_DELIVERY;Packaging and Containers|PACKAGING_AND_CONTAINERS;' +
  'Paper & Forest Products|PAPER_FOREST_PRODUCTS;Performing Arts|PERFORMING_ARTS;Pharmaceuticals|PHARMACEUTICALS;' +
  'Philanthropy|PHILANTHROPY;Photography|PHOTOGRAPHY;Plastics|PLASTICS;Political Organization|POLITICAL_ORGANIZATION;' +
  'Primary/Secondary Education|PRIMARY_SECONDARY_EDUCATION;Printing|PRINTING;' +
  'Professional Training & Coaching|PROFESSIONAL_TRAINING_COACHING;Program Development|PROGRAM_DEVELOPMENT;' +
  'Public Policy|PUBLIC_POLICY;Public Relations and Communications|PUBLIC_RELATIONS_AND_COMMUNICATIONS;' +
  'Public Safety|PUBLIC_SAFETY;Publishing|PUBLISHING;Railroad Manufacture|RAILROAD_MANUFACTURE;Ranching|RANCHING;' +
  'Real Estate|REAL_ESTATE;Recreational Facilities and Services|RECREATIONAL_FACILITIES_AND_SERVICES;' +
  'Religious Institutions|RELIGIOUS_INSTITUTIONS;Renewables & Environment|RENEWABLES_ENVIRONMENT;Research|RESEARCH;' +
  'Restaurants|RESTAURANTS;Retail|RETAIL;Security and Investigations|SECURITY_AND_INVESTIGATIONS;' +
  'Semiconductors|SEMICONDUCTORS;Shipbuilding|SHIPBUILDING;Sporting Goods|SPORTING_GOODS;Sports|SPORTS;' +
  'Staffing and Recruiting|STAFFING_AND_RECRUITING;Supermarkets|SUPERMARKETS;Telecommunications|TELECOMMUNICATIONS;' +
  'Textiles|TEXTILES;Think Tanks|THINK_TANKS;Tobacco|TOBACCO;Translation and Localization|TRANSLATION_AND_LOCALIZATION;' +
  'Transportation/Trucking/Railroad|TRANSPORTATION_TRUCKING_RAILROAD;Utilities|UTILITIES;' +
  'Venture Capital & Private Equity|VENTURE_CAPITAL_PRIVATE_EQUITY;Veterinary|VETERINARY;Warehousing|WAREHOUSING;' +
  'Wholesale|WHOLESALE;Wine and Spirits|WINE_AND_SPIRITS;Wireless|WIRELESS;Writing and Editing|WRITING_AND_EDITING'
)
  .split(';')
  .map((entry) => entry.split('|') as [string, string]);

/**
 * Other words for one of the CRM's values, in Chinese and in the template's labels, where the meaning
 * is the same (金融 is Finance; 互联网 is HubSpot's Internet). Words the CRM has no one value for are
 * left out: 房地产 in Salesforce, 制造业 and 教育 in HubSpot (several values), 软件 in Salesforce. Traditional
 * characters are read as simplified (電子 is 电子), as check reads them.
 */
const SAME_MEANING: Partial<Record<CrmId, Record<string, readonly string[]>>> = {
  salesforce: {
    Manufacturing: ['制造业', '制造'],
    Technology: ['科技', '互联网/IT', 'Internet/IT'],
    Finance: ['金融'],
    Banking: ['银行'],
    Insurance: ['保险'],
    Retail: ['零售'],
    Education: ['教育'],
    Healthcare: ['医疗健康', '医疗'],
    Energy: ['能源'],
    Utilities: ['电力', '公用事业'],
    Government: ['政府'],
    Consulting: ['咨询'],
    Transportation: ['运输', '交通运输'],
    Other: ['其他行业', '其它行业', 'Other Industry'],
    // The template's other trades (default-options.ts). None here for 半导体, 汽车, 建材, 矿业, 餐饮, 旅游,
    // 纺织, 贸易, 批发, 进出口, 广告, 法律服务 or 人力资源: a wider value (Electronics, Manufacturing,
    // Hospitality) would say less than the cell.
    Electronics: ['电子', '电子行业', '电子产品'],
    Telecommunications: ['通信/电信', '通信', '电信', '通讯', '电讯', 'Telecom', 'Telecoms'],
    Machinery: ['机械', '机械设备'],
    Chemicals: ['化工', '化学工业', '化工行业', 'Chemical'],
    Construction: ['建筑', '建筑业'],
    Biotechnology: ['生物技术', '生物科技', 'Biotech'],
    Agriculture: ['农业', '农林牧渔', 'Farming'],
    'Food & Beverage': ['食品', '食品饮料', '食品/饮料', 'Food & Beverages'],
    Hospitality: ['酒店', '酒店业', 'Hotels'],
    Apparel: ['服装', '服饰', 'Clothing'],
    Media: ['传媒', '媒体'],
    Entertainment: ['娱乐'],
    Environmental: ['环保', '环境保护', 'Environmental Services'],
    'Not For Profit': ['非营利组织', '非营利', '公益组织', 'Non-profit', 'Nonprofit', 'Non-Profit Organization'],
  },
  hubspot: {
    FINANCIAL_SERVICES: ['金融', 'Finance'],
    BANKING: ['银行'],
    INSURANCE: ['保险'],
    RETAIL: ['零售'],
    INTERNET: ['互联网'],
    COMPUTER_SOFTWARE: ['软件', 'Software'],
    PHARMACEUTICALS: ['医药', 'Pharma'],
    HOSPITAL_HEALTH_CARE: ['医疗健康', '医疗', 'Healthcare', 'Health Care'],
    REAL_ESTATE: ['房地产', '地产'],
    LOGISTICS_AND_SUPPLY_CHAIN: ['物流', 'Logistics'],
    UTILITIES: ['电力', '公用事业'],
    GOVERNMENT_ADMINISTRATION: ['政府', 'Government'],
    // Not here: 贸易 (Wholesale or Import and Export) and 传媒 (Broadcast Media, Online Media …).
    ELECTRICAL_ELECTRONIC_MANUFACTURING: ['电子', '电子行业', '电子制造', 'Electronics'],
    SEMICONDUCTORS: ['半导体', '集成电路', '芯片', 'Semiconductor'],
    TELECOMMUNICATIONS: ['通信/电信', '通信', '电信', '通讯', '电讯', 'Telecom', 'Telecoms'],
    MACHINERY: ['机械', '机械设备'],
    AUTOMOTIVE: ['汽车', '汽车行业', 'Auto', 'Automobile'],
    CHEMICALS: ['化工', '化学工业', '化工行业', 'Chemical'],
    CONSTRUCTION: ['建筑', '建筑业'],
    BUILDING_MATERIALS: ['建材', '建筑材料'],
    BIOTECHNOLOGY: ['生物技术', '生物科技', 'Biotech'],
    FARMING: ['农业', 'Agriculture'],
    MINING_METALS: ['矿业', '采矿', 'Mining'],
    FOOD_BEVERAGES: ['食品', '食品饮料', '食品/饮料', 'Food & Beverage'],
    RESTAURANTS: ['餐饮', '餐饮业', 'Restaurant'],
    HOSPITALITY: ['酒店', '酒店业', 'Hotels'],
    LEISURE_TRAVEL_TOURISM: ['旅游', '旅游业', '观光', 'Travel', 'Tourism', 'Travel & Tourism'],
    APPAREL_FASHION: ['服装', '服饰', 'Apparel', 'Clothing'],
    TEXTILES: ['纺织', '纺织业'],
    WHOLESALE: ['批发', '批发业'],
    IMPORT_AND_EXPORT: ['进出口', '外贸', 'Import & Export', 'Import/Export'],
    MARKETING_AND_ADVERTISING: ['广告', '广告业', 'Advertising'],
    ENTERTAINMENT: ['娱乐'],
    LEGAL_SERVICES: ['法律服务', '法律', 'Legal'],
    HUMAN_RESOURCES: ['人力资源', 'HR'],
    ENVIRONMENTAL_SERVICES: ['环保', '环境保护', 'Environmental'],
    NON_PROFIT_ORGANIZATION_MANAGEMENT: [
      '非营利组织',
      '非营利',
      '公益组织',
      'Non-profit',
      'Nonprofit',
      'Not For Profit',
    ],
  },
};

const INDUSTRIES: Partial<Record<CrmId, ReadonlyArray<[label: string, value: string]>>> = {
  salesforce: SALESFORCE_INDUSTRIES,
  hubspot: HUBSPOT_INDUSTRIES,
};

/** Letter case, spaces, underscores, dashes, "&", "and" and script aside: Food & Beverages = FOOD_BEVERAGES, 電子 = 电子. */
function fold(text: string): string {
  return simplifiedHan(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s_\-/,.&]+/g, ' ')
    .replace(/\band\b/g, '')
    .replace(/\s+/g, '');
}

const byForm = new Map<CrmId, Map<string, string>>();

function formsOf(crm: CrmId): Map<string, string> | undefined {
  const list = INDUSTRIES[crm];
  if (!list) return undefined;
  let forms = byForm.get(crm);
  if (!forms) {
    forms = new Map();
    for (const [label, value] of list) {
      forms.set(fold(label), value);
      forms.set(fold(value), value);
    }
    for (const [value, words] of Object.entries(SAME_MEANING[crm] ?? {}))
      for (const word of words) forms.set(fold(word), value);
    byForm.set(crm, forms);
  }
  return forms;
}

const ownForms = new Map<CrmId, Set<string>>();

/**
 * Whether a typed value is one of the CRM's industry values itself, by label or internal name
 * (FOOD_BEVERAGES, Food & Beverages), not a word of the same meaning (食品).
 */
export function isCrmIndustry(crm: CrmId, value: CellValue): boolean {
  const list = INDUSTRIES[crm];
  if (!list || typeof value !== 'string') return false;
  let forms = ownForms.get(crm);
  if (!forms) {
    forms = new Set(list.flatMap(([label, own]) => [fold(label), fold(own)]));
    ownForms.set(crm, forms);
  }
  return forms.has(fold(value));
}

/** Whether this module knows the CRM's industry values (Salesforce, HubSpot). */
export function hasIndustryValues(crm: CrmId): boolean {
  return INDUSTRIES[crm] !== undefined;
}

/** The CRM's industry value for a typed one, or null when it has none of the same meaning (write it as typed). */
export function crmIndustry(crm: CrmId, value: CellValue): string | null {
  const forms = formsOf(crm);
  if (!forms || typeof value !== 'string') return null;
  return forms.get(fold(value)) ?? null;
}

/**
 * The option lists of the built-in template's choice fields. A synonym is another way of writing the
 * same value (a translation, an abbreviation, a CRM's spelling), never a narrower or a different one:
 * clean writes the option's label in its place, so 抖音 under 社交媒体 or Salesforce's Partner
 * Referral under Referral Source would lose what the cell said. Values that are common in lists and
 * say something no option says (HubSpot's lifecycle stages, Salesforce's lead sources, 抖音 and 小红书)
 * are options of their own; other narrower values stay as typed.
 */
type OptionRow = [key: string, zh: string, en: string, ...synonyms: string[]];

export interface OptionInput {
  key: string;
  labels: { 'zh-CN': string; 'en-US': string };
  synonyms: string[];
}

function options(rows: OptionRow[]): OptionInput[] {
  return rows.map(([key, zh, en, ...synonyms]) => ({ key, labels: { 'zh-CN': zh, 'en-US': en }, synonyms }));
}

export const GENDER_OPTIONS = options([
  ['male', '男', 'Male', 'M', '男性', '男士', '先生', 'Mr'],
  ['female', '女', 'Female', 'F', '女性', '女士', 'Ms', 'Mrs'],
  // 未知 and Unknown are no answer, not another gender: normalise/choice.ts reads them as not given.
  ['other', '其他', 'Other'],
]);

// A trade within a sector (银行 in 金融, 电商 in 零售, Software in Internet/IT) is an option of its own
// where lists and CRMs keep it apart (Salesforce's Banking and Finance); 服务业 is wider than 专业服务.
export const INDUSTRY_OPTIONS = options([
  ['manufacturing', '制造业', 'Manufacturing', '制造'],
  // Salesforce's Technology and the export's 科技 are this one (export/industry-values.ts).
  [
    'it',
    '互联网/IT',
    'Internet/IT',
    '互联网',
    'IT',
    'Internet',
    'Technology',
    '科技',
    '信息技术',
    'Information Technology',
  ],
  ['software', '软件', 'Software', '软件开发', 'Computer Software'],
  ['finance', '金融', 'Finance', 'Financial Services', '金融服务'],
  ['banking', '银行', 'Banking', 'Bank'],
  ['insurance', '保险', 'Insurance'],
  ['retail', '零售', 'Retail'],
  ['ecommerce', '电商', 'E-commerce', '电子商务', 'Online Retail'],
  ['education', '教育', 'Education'],
  ['training', '培训', 'Training', '教育培训'],
  ['healthcare', '医疗健康', 'Healthcare', '医疗', 'Medical', 'Health Care'],
  ['pharma', '医药', 'Pharmaceuticals', 'Pharma', '制药'],
  ['realEstate', '房地产', 'Real Estate', '地产', 'Property'],
  ['logistics', '物流', 'Logistics'],
  ['transportation', '运输', 'Transportation', '交通运输'],
  ['energy', '能源', 'Energy'],
  ['utilities', '公用事业', 'Utilities'],
  ['government', '政府/公共事业', 'Government', '政府', 'Public Sector'],
  ['services', '专业服务', 'Professional Services'],
  ['consulting', '咨询', 'Consulting', '咨询服务'],
  // The trades CRMs list of their own (Salesforce's Electronics, Agriculture, Food & Beverage …, HubSpot's
  // Semiconductors, Automotive, Restaurants …). Two trades a list may write as one (建筑/建材, 酒店/旅游,
  // 服装/纺织, 贸易/批发, 传媒/广告) are two options, as the CRMs keep them: a cell naming both stays as typed.
  // 通信/电信 is one trade by two names.
  ['electronics', '电子', 'Electronics', '电子行业', '电子产品', '电子制造', 'Electronic', 'Electronics Manufacturing'],
  ['semiconductors', '半导体', 'Semiconductors', '集成电路', '芯片', 'Semiconductor', 'Integrated Circuits'],
  [
    'telecom',
    '通信/电信',
    'Telecommunications',
    '通信',
    '电信',
    '通讯',
    '电讯',
    '通信行业',
    'Telecom',
    'Telecoms',
    'Telecommunication',
  ],
  ['machinery', '机械', 'Machinery', '机械设备', '机械制造', 'Industrial Machinery'],
  ['automotive', '汽车', 'Automotive', '汽车行业', '汽车产业', 'Auto', 'Automobile', 'Automobiles'],
  ['chemicals', '化工', 'Chemicals', '化学工业', '化工行业', 'Chemical', 'Chemical Industry'],
  ['construction', '建筑', 'Construction', '建筑业', '建筑工程', '建筑施工'],
  ['buildingMaterials', '建材', 'Building Materials', '建筑材料'],
  ['biotech', '生物技术', 'Biotechnology', '生物科技', 'Biotech'],
  // 农林牧渔 is the national classification's name of this sector (GB/T 4754, section A).
  ['agriculture', '农业', 'Agriculture', '农林牧渔', '农林牧渔业', 'Farming', 'Agricultural'],
  ['mining', '矿业', 'Mining', '采矿', '采矿业', '矿产'],
  [
    'food',
    '食品',
    'Food & Beverage',
    '食品饮料',
    '食品/饮料',
    '食品行业',
    'Food and Beverage',
    'Food & Beverages',
    'Food and Beverages',
    'F&B',
    'Food',
  ],
  ['restaurants', '餐饮', 'Restaurants', '餐饮业', '餐饮服务', '餐厅', 'Restaurant', 'Food Service', 'Food Services'],
  ['hospitality', '酒店', 'Hospitality', '酒店业', '住宿', 'Hotels', 'Hotel', 'Lodging'],
  ['travel', '旅游', 'Travel & Tourism', '旅游业', '观光', '观光旅游', '旅行社', 'Travel', 'Tourism'],
  ['apparel', '服装', 'Apparel', '服饰', '服装行业', 'Clothing', 'Garments', 'Apparel & Fashion'],
  ['textiles', '纺织', 'Textiles', '纺织业', '纺织品', 'Textile'],
  ['trade', '贸易', 'Trading', '商贸', '贸易公司', 'Trade'],
  ['wholesale', '批发', 'Wholesale', '批发业', '批发贸易', 'Wholesale Trade'],
  [
    'importExport',
    '进出口',
    'Import & Export',
    '外贸',
    '进出口贸易',
    '国际贸易',
    'Import and Export',
    'Import/Export',
    'Foreign Trade',
    'International Trade',
  ],
  ['media', '传媒', 'Media', '媒体', '文化传媒', '传媒业'],
  ['advertising', '广告', 'Advertising', '广告业', '广告行业'],
  ['entertainment', '娱乐', 'Entertainment', '文化娱乐', '文娱', '娱乐业'],
  // A law firm and a staffing agency are one kind each (HubSpot's Law Practice, Staffing and Recruiting).
  ['legal', '法律服务', 'Legal Services', '法律', 'Legal'],
  ['humanResources', '人力资源', 'Human Resources', '人力资源服务', 'HR'],
  [
    'environmental',
    '环保',
    'Environmental Services',
    '环保行业',
    '环境保护',
    '节能环保',
    '环境服务',
    'Environmental',
    'Environmental Protection',
  ],
  [
    'nonprofit',
    '非营利组织',
    'Non-profit',
    '非营利',
    '非盈利组织',
    '非营利机构',
    '公益组织',
    'Nonprofit',
    'Not For Profit',
    'Non-Profit Organization',
    'NPO',
  ],
  ['otherIndustry', '其他行业', 'Other Industry', '其它行业'],
]);

// 意向客户 is a stage of its own between 潜在客户 and 成交 (销售易 lists both); a channel partner is one
// kind of partner (Salesforce's Channel Partner / Reseller, Installation Partner, Technology Partner).
// Whether the customer is a business or a person (钉钉's and 纷享销客's 客户类型 of 企业客户 and 个人客户)
// is no stage: options of their own, which the lifecycle suggestion leaves as typed.
export const CUSTOMER_TYPE_OPTIONS = options([
  ['prospect', '潜在客户', 'Prospect', '潜客', 'Potential', 'Potential Customer'],
  ['new', '新客户', 'New Customer', '新客', 'New'],
  ['returning', '老客户', 'Returning Customer', '老客', '回头客', 'Existing', 'Existing Customer', 'Repeat'],
  ['churned', '流失客户', 'Churned Customer', '流失', 'Churned', 'Lost', 'Lost Customer'],
  ['partner', '合作伙伴', 'Partner'],
  ['business', '企业客户', 'Business Customer', '企业', '公司客户', '单位客户', 'Business', 'Corporate Customer'],
  ['individual', '个人客户', 'Individual Customer', '个人', 'Individual', 'Personal'],
]);

// 有效 and 无效 say whether a record is real (a wrong number, a fake lead), not whether the customer is
// active or closed, and 正常 (in good standing) is not 活跃 either: they stay as typed. HubSpot's Open is
// a lead status of its own beside In Progress.
export const STATUS_OPTIONS = options([
  ['active', '活跃', 'Active'],
  ['following', '跟进中', 'In Progress', '跟进', '进行中', 'Following Up'],
  ['dormant', '休眠', 'Dormant', '沉睡', 'Inactive', '不活跃'],
  ['closed', '已关闭', 'Closed', '关闭'],
]);

// 重要客户 (Key Account) is a customer that matters, which a list keeps beside its VIPs (销售易's
// 客户级别 holds VIP客户, 重要客户 and 普通客户): no VIP.
export const VALUE_TIER_OPTIONS = options([
  ['vip', 'VIP', 'VIP', '贵宾'],
  ['a', 'A', 'A', 'A级', 'A类', '高价值', 'High'],
  ['b', 'B', 'B', 'B级', 'B类', '中价值', 'Medium'],
  ['c', 'C', 'C', 'C级', 'C类', '低价值', 'Low'],
]);

// HubSpot's eight default stages, each its own option (a marketing- or sales-qualified lead is no
// opportunity yet, an evangelist more than a loyal customer), in HubSpot's order, then the template's own.
export const LIFECYCLE_OPTIONS = options([
  ['subscriber', '订阅者', 'Subscriber'],
  ['lead', '线索', 'Lead', '销售线索'],
  ['mql', '营销认可线索', 'Marketing Qualified Lead', 'MQL', '市场认可线索', '营销合格线索'],
  ['sql', '销售认可线索', 'Sales Qualified Lead', 'SQL', '销售合格线索'],
  ['qualified', '商机', 'Opportunity'],
  // A won deal (钉钉's and 飞书's 赢单, Salesforce's Closed Won) made a customer; a lost one (输单) made
  // none, not even a churned one: crm-lead-sources.ts keeps it as typed.
  ['customer', '成交', 'Customer', '已成交', '签约', 'Won', '赢单', 'Closed Won'],
  ['evangelist', '推广者', 'Evangelist', 'Advocate', '传播者'],
  ['loyal', '忠诚', 'Loyal', '复购'],
  ['atRisk', '风险', 'At Risk', '流失风险', 'Churn Risk'],
  ['other', '其他', 'Other', '其它'],
]);

export const TAG_OPTIONS = options([
  ['highIntent', '高意向', 'High Intent', '意向强'],
  ['priceSensitive', '价格敏感', 'Price Sensitive'],
  ['decisionMaker', '决策人', 'Decision Maker', '关键人'],
  ['referral', '转介绍', 'Referral', '推荐'],
  // A key account (大客户) is one that matters, a bulk buyer one that buys in quantity: two tags.
  ['keyAccount', '大客户', 'Key Account', '重点客户'],
  ['bulkBuyer', '批量采购', 'Bulk Buyer'],
  ['complaint', '投诉', 'Complaint'],
]);

// Salesforce's default Lead Source values (Web, Phone Inquiry, Partner Referral, Purchased List, Other)
// and the platforms a list names (微信, 视频号, 抖音, 小红书, LinkedIn) are options. Not listed, as no option
// means the same (the CRMs' own are kept as typed without an error: crm-lead-sources.ts): HubSpot's
// Direct Traffic (every visit it cannot attribute too), Referrals (a linking website), Organic Search,
// Paid Search, Paid Social, Email Marketing and Offline Sources; 百度推广, 抖音广告 and Google Ads
// (advertising on one platform, which the cell names) and SEM (one kind of advertising); a Webinar or
// 会议 (no trade show), 陌拜 (a cold visit, no call).
export const SOURCE_OPTIONS = options([
  ['website', '官网', 'Website', '网站', '官方网站', 'Web', '官网表单', 'Web Form'],
  [
    'referralSource',
    '转介绍来源',
    'Referral Source',
    '转介绍',
    '朋友介绍',
    // A source of 朋友 or 亲友 is a friend's word: no partial name, so named here.
    '朋友',
    '亲友介绍',
    '介绍',
    '客户推荐',
    '老客户介绍',
    '老客户推荐',
    '老客户转介绍',
    'Word of Mouth',
    'Customer Referral',
    'Referral',
    // Zoho's referral from outside the company (beside its Employee Referral), as the Zoho export writes this option.
    'External Referral',
  ],
  ['partnerReferral', '合作伙伴推荐', 'Partner Referral', '伙伴推荐', '合作方推荐'],
  ['exhibition', '展会', 'Trade Show', 'Exhibition', '展览会', '博览会', 'Expo', 'Trade Fair'],
  ['event', '活动', 'Event', '市场活动', 'Events'],
  ['ads', '广告投放', 'Advertising', '广告', 'Ads', 'Advertisement', 'Advert'],
  // HubSpot's Organic Social was its Social Media until 2022 (Paid Social is advertising and social media both).
  ['socialMedia', '社交媒体', 'Social Media', '社媒', 'Social', 'Organic Social'],
  ['wechat', '微信', 'WeChat', 'Weixin'],
  ['officialAccount', '公众号', 'WeChat Official Account', '微信公众号'],
  ['wechatChannels', '视频号', 'WeChat Channels', '微信视频号'],
  ['douyin', '抖音', 'Douyin'],
  ['xiaohongshu', '小红书', 'Xiaohongshu', 'RedNote', 'RED'],
  ['weibo', '微博', 'Weibo'],
  ['linkedin', '领英', 'LinkedIn'],
  ['facebook', '脸书', 'Facebook'],
  ['instagram', 'Instagram', 'Instagram'],
  ['store', '门店', 'Walk-in', '到店', '进店', '自然进店', 'In Store', 'In-store'],
  ['coldCall', '电话开发', 'Cold Call', '电销', '电话营销', 'Cold Calling'],
  // A call in, not 电话开发's call out.
  ['phoneInquiry', '电话咨询', 'Phone Inquiry', '来电', '来电咨询', 'Inbound Call'],
  ['purchasedList', '购买名单', 'Purchased List', '外购名单', '名单购买'],
  ['otherSource', '其他来源', 'Other Source', 'Other', '其他', '其它'],
]);

// A meeting may be online and 面谈 at either side's office: neither is a visit to the customer.
export const CONTACT_CHANNEL_OPTIONS = options([
  ['phoneCall', '电话', 'Phone Call', 'Phone', 'Call', '致电'],
  ['wechat', '微信', 'WeChat', 'Weixin', 'WX'],
  ['emailChannel', '邮件', 'Email', 'E-mail', '电邮'],
  ['sms', '短信', 'SMS', 'Text'],
  ['visit', '拜访', 'Visit', '上门'],
  ['online', '在线', 'Online', '网页', 'Chat'],
]);

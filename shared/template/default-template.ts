/**
 * The built-in customer template: the fields customer-management guides ask a team to keep,
 * with headers in Chinese and English and the synonyms real sheets use for them.
 */
import { templateSchema, type FieldInput, type Template } from './schema';

type OptionRow = [key: string, zh: string, en: string, ...synonyms: string[]];

function options(rows: OptionRow[]) {
  return rows.map(([key, zh, en, ...synonyms]) => ({ key, labels: { 'zh-CN': zh, 'en-US': en }, synonyms }));
}

const fields: FieldInput[] = [
  { key: 'customerId', kind: 'id', required: true, labels: { 'zh-CN': '客户编号', 'en-US': 'Customer ID' },
    synonyms: ['客户ID', '客户id', '客户代码', '编号', '客户号', 'ID', 'Customer No', 'Customer Number', 'Client ID', 'Cust ID', 'CustomerID',
      '客户编码', '会员编号', '会员ID', '会员卡号', 'Account ID', 'Contact ID', 'Record ID', 'Member ID', 'Customer Code',
      'Account Number', 'Account No', 'Patient ID', 'Member No', 'Member Number', 'Membership Number'] },
  { key: 'name', kind: 'personName', required: true, labels: { 'zh-CN': '姓名', 'en-US': 'Name' },
    synonyms: ['客户姓名', '客户名称', '客户', '名字', '真实姓名', '会员姓名', '会员名称', '顾客姓名', '收货人', '收货人姓名', '收件人', '收件人姓名', '报名人', '学员姓名', '投保人', '患者姓名',
      'Full Name', 'Customer Name', 'Customer', 'Client Name', 'Client', 'Member Name', 'Attendee Name', 'Buyer Name'] },
  // The person to talk to when the customer is a company (a person list's 联系人 is the customer's name).
  { key: 'contact', kind: 'personName', role: 'contactPerson', appendWhenMissing: false, labels: { 'zh-CN': '联系人', 'en-US': 'Contact Person' },
    synonyms: ['联系人姓名', '联系人名称', '对接人', '联络人', 'Contact', 'Contact Name', 'Primary Contact', 'Key Contact'] },
  { key: 'gender', kind: 'choice', labels: { 'zh-CN': '性别', 'en-US': 'Gender' }, synonyms: ['Sex'],
    options: options([['male', '男', 'Male', 'M', '男性', '先生', 'Mr'], ['female', '女', 'Female', 'F', '女性', '女士', 'Ms', 'Mrs'], ['other', '其他', 'Other', '未知', 'Unknown']]) },
  { key: 'phone', kind: 'phone', required: true, labels: { 'zh-CN': '手机', 'en-US': 'Phone' },
    synonyms: ['手机号', '手机号码', '电话', '联系电话', '电话号码', '联系方式', '移动电话', '联系手机', '联系人手机', '联系人电话', '收货人手机', '手机/电话',
      'Mobile', 'Mobile Phone', 'Mobile Number', 'Cell', 'Cell Phone', 'Tel', 'Telephone', 'Phone Number', 'Contact Number', 'Phone 1'] },
  { key: 'email', kind: 'email', labels: { 'zh-CN': '邮箱', 'en-US': 'Email' },
    synonyms: ['电子邮箱', '电子邮件', '邮件', '邮箱地址', '企业邮箱', 'E-mail', 'Email Address', 'Mail', 'Email 1', 'Work Email', 'Primary Email'] },
  { key: 'company', kind: 'text', role: 'company', labels: { 'zh-CN': '公司', 'en-US': 'Company' },
    synonyms: ['公司名称', '公司全称', '客户公司', '单位', '单位名称', '工作单位', '企业', '企业名称', '企业全称', '所属公司', '所属企业', '客户企业', '客户全称',
      'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organisation Name', 'Account', 'Account Name', 'Business Name', 'Employer'] },
  { key: 'title', kind: 'text', labels: { 'zh-CN': '职位', 'en-US': 'Title' }, synonyms: ['职务', '岗位', '头衔', '职称', 'Job Title', 'Position', 'Role', 'Designation'] },
  { key: 'region', kind: 'text', labels: { 'zh-CN': '地区', 'en-US': 'Region' },
    synonyms: ['城市', '所在城市', '省份', '省市', '省/市', '所在地区', '区域', '所在地', '地域', '收货省份', '省', '市',
      'City', 'Province', 'State', 'Location', 'Area', 'Suburb', 'Town', 'Mailing City', 'Billing City', 'City/Town'] },
  // Each row's country: the region its phone number is read in (shared/normalise/country.ts reads the values).
  { key: 'country', kind: 'text', appendWhenMissing: false, labels: { 'zh-CN': '国家/地区', 'en-US': 'Country' },
    synonyms: ['国家', '国家地区', '国家或地区', '国别', '国籍', '所在国家', 'Country/Region', 'Country or Region', 'Country Code', 'Nation', 'Nationality'] },
  { key: 'address', kind: 'text', appendWhenMissing: false, labels: { 'zh-CN': '地址', 'en-US': 'Address' },
    synonyms: ['详细地址', '联系地址', '通讯地址', '收货地址', '公司地址', '办公地址', '街道',
      'Street', 'Street Address', 'Address 1', 'Address Line 1', 'Mailing Street', 'Billing Street', 'Mailing Address', 'Billing Address'] },
  { key: 'postcode', kind: 'text', appendWhenMissing: false, labels: { 'zh-CN': '邮编', 'en-US': 'Postcode' },
    synonyms: ['邮政编码', 'Postal Code', 'Zip', 'Zip Code', 'ZIP', 'Postcode', 'Mailing Zip/Postal Code', 'Billing Zip/Postal Code'] },
  { key: 'birthDate', kind: 'date', appendWhenMissing: false, labels: { 'zh-CN': '生日', 'en-US': 'Date of Birth' },
    synonyms: ['出生日期', '出生年月', 'Birthday', 'Birth Date', 'DOB'] },
  { key: 'idNumber', kind: 'text', appendWhenMissing: false, labels: { 'zh-CN': '证件号码', 'en-US': 'ID Number' },
    synonyms: ['身份证号', '身份证号码', '证件号', 'National ID', 'Passport', 'SSN', 'Social Security Number', 'Soc Sec ID'] },
  { key: 'industry', kind: 'choice', labels: { 'zh-CN': '行业', 'en-US': 'Industry' }, synonyms: ['所属行业', 'Sector', 'Vertical'],
    options: options([
      ['manufacturing', '制造业', 'Manufacturing', '制造'],
      ['it', '互联网/IT', 'Internet/IT', '互联网', 'IT', '软件', 'Software', 'Technology', '科技'],
      ['finance', '金融', 'Finance', '银行', '保险', 'Banking', 'Insurance', 'Financial Services'],
      ['retail', '零售', 'Retail', '电商', 'E-commerce', '商贸'],
      ['education', '教育', 'Education', '培训', 'Training'],
      ['healthcare', '医疗健康', 'Healthcare', '医疗', '医药', 'Medical', 'Pharma'],
      ['realEstate', '房地产', 'Real Estate', '地产', 'Property'],
      ['logistics', '物流', 'Logistics', '运输', 'Transportation'],
      ['energy', '能源', 'Energy', '电力', 'Utilities'],
      ['government', '政府/公共事业', 'Government', '政府', '事业单位', 'Public Sector'],
      ['services', '专业服务', 'Professional Services', '咨询', 'Consulting', '服务业', 'Services'],
      ['otherIndustry', '其他行业', 'Other Industry', '其它行业'],
    ]) },
  { key: 'customerType', kind: 'choice', labels: { 'zh-CN': '客户类型', 'en-US': 'Customer Type' }, synonyms: ['客户类别', '类型', 'Type', 'Client Type', 'Customer Category'],
    options: options([
      ['prospect', '潜在客户', 'Prospect', '潜客', '意向客户', 'Potential', 'Potential Customer'],
      ['new', '新客户', 'New Customer', '新客', 'New'],
      ['returning', '老客户', 'Returning Customer', '老客', '回头客', 'Existing', 'Existing Customer', 'Repeat'],
      ['churned', '流失客户', 'Churned Customer', '流失', 'Churned', 'Lost', 'Lost Customer'],
      ['partner', '合作伙伴', 'Partner', '渠道', 'Channel Partner'],
    ]) },
  { key: 'status', kind: 'choice', labels: { 'zh-CN': '状态', 'en-US': 'Status' }, synonyms: ['客户状态', '跟进状态', 'Customer Status', 'Account Status'],
    options: options([
      ['active', '活跃', 'Active', '正常', '有效'],
      ['following', '跟进中', 'In Progress', '跟进', '进行中', 'Following Up', 'Open'],
      ['dormant', '休眠', 'Dormant', '沉睡', 'Inactive', '不活跃'],
      ['closed', '已关闭', 'Closed', '关闭', '无效', 'Invalid'],
    ]) },
  { key: 'valueTier', kind: 'choice', labels: { 'zh-CN': '价值等级', 'en-US': 'Value Tier' }, synonyms: ['客户等级', '等级', '客户级别', '级别', 'Tier', 'Level', 'Customer Level', 'Grade'],
    options: options([
      ['vip', 'VIP', 'VIP', '贵宾', '重要客户', 'Key Account'],
      ['a', 'A', 'A', 'A级', 'A类', '高价值', 'High'],
      ['b', 'B', 'B', 'B级', 'B类', '中价值', 'Medium'],
      ['c', 'C', 'C', 'C级', 'C类', '低价值', 'Low'],
    ]) },
  { key: 'lifecycleStage', kind: 'choice', labels: { 'zh-CN': '生命周期阶段', 'en-US': 'Lifecycle Stage' }, synonyms: ['生命周期', '阶段', '客户阶段', 'Stage', 'Lifecycle'],
    options: options([
      ['lead', '线索', 'Lead', '销售线索'],
      ['qualified', '商机', 'Opportunity', '意向', 'Qualified', 'SQL', 'MQL'],
      ['customer', '成交', 'Customer', '已成交', '签约', 'Won'],
      ['loyal', '忠诚', 'Loyal', '复购', 'Advocate'],
      ['atRisk', '风险', 'At Risk', '流失风险', 'Churn Risk'],
    ]) },
  { key: 'tags', kind: 'multiChoice', labels: { 'zh-CN': '标签', 'en-US': 'Tags' }, synonyms: ['客户标签', 'Tag', 'Labels'],
    options: options([
      ['highIntent', '高意向', 'High Intent', '意向强'],
      ['priceSensitive', '价格敏感', 'Price Sensitive'],
      ['decisionMaker', '决策人', 'Decision Maker', '关键人'],
      ['referral', '转介绍', 'Referral', '推荐'],
      ['bulkBuyer', '大客户', 'Bulk Buyer', '批量采购'],
      ['complaint', '投诉', 'Complaint'],
    ]) },
  { key: 'source', kind: 'choice', labels: { 'zh-CN': '客户来源', 'en-US': 'Source' }, synonyms: ['来源', '获客渠道', '渠道来源', '来源渠道', '线索来源', '客户来源渠道', 'Lead Source', 'Origin', 'Source Channel', 'Original Source',
    'How did you hear about us'],
    options: options([
      ['website', '官网', 'Website', '网站', 'Web', '官网表单', 'Web Form', 'Organic Search', 'Inbound'],
      ['referralSource', '转介绍来源', 'Referral Source', '朋友介绍', '介绍', '客户推荐', '老客户介绍', 'Word of Mouth', 'Customer Referral'],
      ['exhibition', '展会', 'Trade Show', 'Exhibition', 'Event', '活动', '会议', 'Webinar', 'Seminar'],
      ['ads', '广告投放', 'Advertising', '广告', 'Ads', 'SEM', 'Paid Search', 'Google Ads', '百度推广'],
      ['socialMedia', '社交媒体', 'Social Media', '微信', '抖音', '小红书', '公众号', '视频号', '微博', 'WeChat', 'LinkedIn', 'Facebook', 'Instagram'],
      ['coldCall', '电话开发', 'Cold Call', '陌拜', '电销'],
      ['otherSource', '其他来源', 'Other Source'],
    ]) },
  { key: 'owner', kind: 'text', labels: { 'zh-CN': '负责人', 'en-US': 'Owner' }, synonyms: ['客户经理', '销售', '跟进人', '业务员', '归属人', '归属销售', '所属销售', '销售负责人', '负责销售', '跟进销售', '所属员工', '添加人',
      '客户所有人', '顾问', '课程顾问', '会籍顾问', '经纪人', 'Agent',
      'Account Manager', 'Sales Rep', 'Salesperson', 'Assigned To', 'Account Owner', 'Contact Owner', 'Lead Owner', 'Deal Owner', 'Record Owner'] },
  { key: 'lastPurchaseDate', kind: 'date', labels: { 'zh-CN': '最近购买日期', 'en-US': 'Last Purchase Date' }, synonyms: ['最近购买时间', '最后购买日期', '上次购买', '最近成交日期', '最后成交日期', '最近下单时间', '最近消费时间', '最后下单时间',
      'Last Purchase', 'Last Order Date', 'Last Order', 'Last Invoice Date', 'Last Invoice'] },
  { key: 'firstPurchaseDate', kind: 'date', appendWhenMissing: false, labels: { 'zh-CN': '首次成交日期', 'en-US': 'First Purchase Date' },
    synonyms: ['首次成交时间', '首次购买日期', '首次购买时间', '首单日期', '首单时间', 'First Purchase', 'First Order Date', 'Customer Since'] },
  { key: 'purchaseCount', kind: 'integer', labels: { 'zh-CN': '购买次数', 'en-US': 'Purchase Count' }, synonyms: ['订单数', '购买频次', '成交次数', '下单次数', '消费次数', '累计订单数', 'Orders', 'Order Count', 'Number of Orders', 'Total Orders'] },
  { key: 'totalSpend', kind: 'money', labels: { 'zh-CN': '累计消费金额', 'en-US': 'Total Spend' }, synonyms: ['累计消费', '消费金额', '总金额', '成交金额', '累计金额', '累计成交金额', '消费总额', '成交总额', 'Total Amount', 'Revenue', 'Lifetime Value', 'LTV', 'Spend', 'Total Spent', 'Amount Spent'] },
  { key: 'purchasePreference', kind: 'text', labels: { 'zh-CN': '购买偏好', 'en-US': 'Purchase Preference' }, synonyms: ['偏好', '产品偏好', 'Preference', 'Preferences', 'Product Interest'] },
  { key: 'lastContact', kind: 'date', role: 'lastContact', labels: { 'zh-CN': '最近联系日期', 'en-US': 'Last Contact' },
    synonyms: ['最后联系日期', '最近联系时间', '最后联系时间', '上次联系', '最近跟进日期', '最近跟进时间', '最后跟进时间', '最后跟进日期', '上次跟进时间', '最近活动时间', '最后活动时间',
      'Last Contact Date', 'Last Contacted', 'Last Activity', 'Last Activity Date', 'Last Activity Time', 'Last Visit', 'Last Follow-up', 'Last Follow-up Date', '最近带看日期', '最近拜访日期', '最近回访日期'] },
  { key: 'contactChannel', kind: 'choice', labels: { 'zh-CN': '联系渠道', 'en-US': 'Contact Channel' }, synonyms: ['联系方式偏好', '沟通渠道', '渠道', 'Channel', 'Preferred Channel'],
    options: options([
      ['phoneCall', '电话', 'Phone Call', 'Call', '致电'],
      ['wechat', '微信', 'WeChat', 'Weixin', 'WX'],
      ['emailChannel', '邮件', 'Email', 'E-mail', '电邮'],
      ['sms', '短信', 'SMS', 'Text'],
      ['visit', '拜访', 'Visit', '上门', 'Meeting', '面谈'],
      ['online', '在线', 'Online', '网页', 'Chat'],
    ]) },
  { key: 'contactSummary', kind: 'text', labels: { 'zh-CN': '沟通记录', 'en-US': 'Contact Summary' }, synonyms: ['沟通内容', '联系记录', '跟进记录', 'Contact Notes', 'Last Conversation'] },
  { key: 'followUpPlan', kind: 'text', labels: { 'zh-CN': '跟进计划', 'en-US': 'Follow-up Plan' }, synonyms: ['后续计划', '下一步', 'Next Step', 'Next Steps', 'Follow Up', 'Followup Plan'] },
  { key: 'nextFollowUp', kind: 'date', labels: { 'zh-CN': '下次跟进日期', 'en-US': 'Next Follow-up' }, synonyms: ['下次跟进时间', '下次联系日期', '下次回访时间', '下次回访日期', 'Next Follow-up Date', 'Next Contact', 'Follow-up Date', 'Next Activity Date', 'Next Appointment'] },
  { key: 'consent', kind: 'yesNo', labels: { 'zh-CN': '同意联系', 'en-US': 'Consent to Contact' }, synonyms: ['是否同意联系', '营销许可', '授权联系', 'Consent', 'Opt-in', 'Marketing Consent',
      'Accepts Email Marketing', 'Accepts Marketing', 'Email Opt In', 'Agree to be contacted'] },
  { key: 'notes', kind: 'text', labels: { 'zh-CN': '备注', 'en-US': 'Notes' }, synonyms: ['说明', '描述', 'Note', 'Remarks', 'Comments', 'Comment', 'Description'] },
  { key: 'createdAt', kind: 'date', labels: { 'zh-CN': '创建日期', 'en-US': 'Created' }, synonyms: ['创建时间', '录入日期', '建档日期', '添加时间', '注册时间', '注册日期', '入会时间', '报名时间', '登记日期', '登记时间',
      'Created At', 'Date Created', 'Created Date', 'Created Time', 'Create Date', 'Registration Date', 'Sign-up Date', 'Signup Date', 'Join Date', 'Date Joined', 'Joined', 'Member Since'] },
  { key: 'updatedAt', kind: 'date', labels: { 'zh-CN': '更新日期', 'en-US': 'Updated' }, synonyms: ['更新时间', '修改日期', '最后更新', 'Updated At', 'Last Updated', 'Modified'] },
];

export const DEFAULT_TEMPLATE: Template = templateSchema.parse({ version: 1, name: 'Customers', fields });

/** A fresh copy users can edit without touching the built-in one. */
export function defaultTemplate(): Template {
  return structuredClone(DEFAULT_TEMPLATE);
}

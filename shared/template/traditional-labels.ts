/**
 * The built-in template's Chinese labels in traditional characters (as OpenCC's s2t writes them:
 * 聯繫, 備註, 標籤, 週期), for the columns setup adds to a list written in them (客戶名稱, 聯絡人): a
 * Hong Kong or Taiwan team's sheet keeps one script. Characters only, not regional words (郵箱 stays
 * 郵箱, not 電郵). A label the table does not hold (a template of the team's own) is written as given.
 */

export const TRADITIONAL_LABELS: Readonly<Record<string, string>> = {
  客户编号: '客戶編號',
  姓名: '姓名',
  联系人: '聯繫人',
  性别: '性別',
  手机: '手機',
  邮箱: '郵箱',
  公司: '公司',
  职位: '職位',
  地区: '地區',
  '国家/地区': '國家/地區',
  地址: '地址',
  邮编: '郵編',
  生日: '生日',
  证件号码: '證件號碼',
  行业: '行業',
  客户类型: '客戶類型',
  状态: '狀態',
  价值等级: '價值等級',
  生命周期阶段: '生命週期階段',
  标签: '標籤',
  客户来源: '客戶來源',
  负责人: '負責人',
  最近购买日期: '最近購買日期',
  首次成交日期: '首次成交日期',
  购买次数: '購買次數',
  累计消费金额: '累計消費金額',
  购买偏好: '購買偏好',
  最近联系日期: '最近聯繫日期',
  联系渠道: '聯繫渠道',
  沟通记录: '溝通記錄',
  跟进计划: '跟進計劃',
  下次跟进日期: '下次跟進日期',
  同意联系: '同意聯繫',
  备注: '備註',
  创建日期: '創建日期',
  更新日期: '更新日期',
};

/** `label` in traditional characters when it is one of the built-in template's, else `label`. */
export function traditionalLabel(label: string): string {
  return Object.prototype.hasOwnProperty.call(TRADITIONAL_LABELS, label) ? TRADITIONAL_LABELS[label]! : label;
}

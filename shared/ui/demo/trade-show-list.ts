/**
 * A second list for trying Combine and Compare in the demo (?lists=2): leads collected at a trade
 * show, headed the way an event team heads them, two of whom are already in the sample list.
 */
import type { SheetSnapshot } from '../../sheet/snapshot';

export const TRADE_SHOW_SHEET = '展会名单';

export function tradeShowList(): SheetSnapshot {
  return {
    name: TRADE_SHOW_SHEET,
    values: [
      ['联系人', '手机号码', '邮箱', '单位', '展位', '意向'],
      ['张伟', '13800138000', 'zhangwei@xingchen.com', '北京星辰科技', 'A12', '续约'],
      ['李娜', '139-1234-5678', 'lina@haijing.cn', '上海海鲸贸易', 'B03', '询价'],
      ['赵磊', '13600136000', 'zhaolei@lanfan.com', '杭州蓝帆电子', 'C21', '试用'],
      ['孙丽', '13500135000', 'sunli@qingmu.cn', '成都青木文化', 'A07', '询价'],
    ],
  };
}

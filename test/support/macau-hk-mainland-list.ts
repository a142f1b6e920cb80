/**
 * 珠海客户名单: a Zhuhai trading company's customers, mainland ones with 11-digit mobiles and area-coded
 * landlines, Macau and Hong Kong ones typed as their teams type them, some with +853 / +852 and some
 * bare, with no 地区 column: a bare number's row says where it is by its address (澳門…, 氹仔…, 尖沙咀…)
 * or its other number's +code. Rows 5 and 6 are one Macau customer, rows 9 and 10 one Hong Kong customer.
 */
import type { CellValue } from '../../shared/sheet/cell-value';

export const MACAU_HK_MAINLAND: CellValue[][] = [
  ['客户名称', '联系人', '手机', '电话', '地址'],
  ['珠海华发贸易有限公司', '张伟', '13800138000', '0756-2123456', '珠海市香洲区人民东路1号'],
  ['中山古镇灯饰城', '李娜', '13912345678', '', '中山市古镇镇东兴路8号'],
  ['广州天河科技', '王芳', '13611112222', '020-38881234', '广州市天河区体育西路191号'],
  ['澳門永利餐飲', '何家豪', '+853 6612 3456', '+853 2888 1234', '澳門新馬路10號'],
  ['永利餐饮', 'Ho Ka Ho', '6612 3456', '2888 1234', '澳門新馬路10號'],
  ['台南安平漁產', '林雅婷', '0912-345-678', '+886 6 612 3456', '台南市安平區安平路1號'],
  ['金沙貿易行', '梁永康', '6688 1122', '', '氹仔望德聖母灣大馬路'],
  ['利豐貿易有限公司', '黃志強', '+852 9123 4567', '', '香港九龍尖沙咀彌敦道132號'],
  ['Li & Fung Trading', 'Wong Chi Keung', '9123 4567', '', 'Shop 12, 132 Nathan Road, Tsim Sha Tsui'],
  ['深圳华强电子', '陈明', '13722223333', '0755-83456789', '深圳市福田区华强北路1号'],
  ['东莞五金', '刘强', '13544445555', '', '东莞市长安镇'],
];

/** E-commerce exports: Taobao, JD, Douyin shop orders and a Shopify customer export. */
import type { Layout } from './layout';

export const ECOMMERCE: Layout[] = [
  {
    name: 'zh-taobao-orders',
    source: '淘宝 / 天猫 订单报表',
    headers: ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '收货人姓名', '收货地址', '联系手机', '订单创建时间', '宝贝标题'],
    rows: [
      ['3701234567890123456', 'tb_xiaomao88', '129.00', '交易成功', '龙娟', '广东省 深圳市 南山区 粤海街道 科技园南区8栋', '13812348888', '2024-05-20 21:13:45', '夏季纯棉T恤 男'],
      ['3701234567890123457', '快乐的小鱼', '59.90', '卖家已发货', '史磊', '北京 北京市 朝阳区 望京街道 阜通东大街6号', '13912347777', '2024-05-21 08:02:11', '保温杯 500ml'],
      ['3701234567890123458', 'jack_li2010', '349.00', '交易成功', '陶静', '浙江省 杭州市 西湖区 文三路90号', '15012346666', '2024-05-21 12:30:00', '运动鞋 女款'],
      ['3701234567890123459', '明月几时有', '18.80', '交易关闭', '黎明', '四川省 成都市 武侯区 天府大道中段1号', '18612345555', '2024-05-22 19:45:19', '手机壳'],
      ['3701234567890123460', 'sunny_day', '899.00', '等待买家付款', '贺敏', '湖北省 武汉市 洪山区 珞喻路1037号', '13712344444', '2024-05-23 10:10:10', '电饭煲 4L'],
    ],
    expected: {
      订单编号: null, 买家会员名: null, 买家实际支付金额: null, 订单状态: null, 收货人姓名: 'name', 收货地址: 'address', 联系手机: 'phone', 订单创建时间: null, 宝贝标题: null,
    },
    customers: 'person',
  },
  {
    name: 'zh-jd-orders',
    source: '京东 POP 店铺 订单导出',
    headers: ['订单号', '下单时间', '订单金额', '客户姓名', '客户地址', '联系电话', '商品名称', '订购数量'],
    rows: [
      ['285012345678', '2024-05-18 10:21:33', 2999.0, '顾洁', '江苏 南京市 玄武区 中山路18号', '139****1234', '智能扫地机器人', 1],
      ['285012345679', '2024-05-18 11:02:10', 159.0, '毛勇', '上海 上海市 徐汇区 漕溪北路88号', '138****5678', '电动牙刷', 2],
      ['285012345680', '2024-05-19 09:40:55', 4599.0, '郝丽', '北京 北京市 海淀区 中关村大街27号', '186****9012', '笔记本电脑', 1],
      ['285012345681', '2024-05-19 20:15:02', 89.0, '龚伟', '广东 广州市 天河区 天河路385号', '137****3456', '数据线', 3],
      ['285012345682', '2024-05-20 14:33:47', 699.0, '邵芳', '浙江 宁波市 鄞州区 天童南路588号', '135****7890', '空气炸锅', 1],
    ],
    expected: { 订单号: null, 下单时间: null, 订单金额: null, 客户姓名: 'name', 客户地址: 'address', 联系电话: 'phone', 商品名称: null, 订购数量: null },
    customers: 'person',
  },
  {
    name: 'zh-douyin-shop-orders',
    source: '抖店 订单导出',
    headers: ['主订单编号', '商品名称', '收件人', '收件人手机', '省', '市', '区', '详细地址', '订单应付金额', '支付方式', '订单提交时间', '达人昵称'],
    rows: [
      ['6918234567890123', '网红零食大礼包', '万佳', '13800138001', '河南省', '郑州市', '金水区', '花园路39号', 49.9, '抖音支付', '2024-05-25 20:01:02', '吃货小王'],
      ['6918234567890124', '补水面膜10片', '钱丽', '13800138002', '山东省', '青岛市', '市南区', '香港中路76号', 89, '微信', '2024-05-25 20:03:40', '美妆阿May'],
      ['6918234567890125', '儿童绘本套装', '严芳', '13800138003', '湖南省', '长沙市', '岳麓区', '麓山南路932号', 128, '支付宝', '2024-05-25 20:07:12', '育儿达人'],
      ['6918234567890126', '网红零食大礼包', '覃刚', '13800138004', '广西壮族自治区', '南宁市', '青秀区', '民族大道100号', 49.9, '抖音支付', '2024-05-25 20:10:55', '吃货小王'],
      ['6918234567890127', '蓝牙耳机', '武杰', '13800138005', '山西省', '太原市', '小店区', '长风街113号', 199, '抖音月付', '2024-05-25 20:15:30', '数码控'],
    ],
    expected: {
      主订单编号: null, 商品名称: null, 收件人: 'name', 收件人手机: 'phone', 省: 'region', 市: null, 区: null, 详细地址: 'address', 订单应付金额: null, 支付方式: null,
      订单提交时间: null, 达人昵称: null,
    },
    customers: 'person',
  },
  {
    name: 'en-shopify-customers',
    source: 'Shopify customers export',
    headers: ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Company', 'Address1', 'Address2', 'City', 'Province', 'Province Code', 'Zip', 'Phone', 'Total Spent', 'Total Orders', 'Tags', 'Note', 'Tax Exempt'],
    rows: [
      ['Emma', 'Wilson', 'emma.wilson@gmail.com', 'yes', '', '12 King St', 'Apt 4', 'Toronto', 'Ontario', 'ON', 'M5H 1A1', '+1 416-555-0134', '412.50', 5, 'VIP, newsletter', '', 'no'],
      ['Liam', 'Brown', 'liam.b@outlook.com', 'no', 'Brown & Co', '88 Queen St W', '', 'Toronto', 'Ontario', 'ON', 'M5H 2M9', '+1 647-555-0199', '89.00', 1, '', 'Prefers email', 'no'],
      ['Olivia', 'Martin', 'olivia.martin@yahoo.com', 'yes', '', '301 Rue Sainte-Catherine', '', 'Montreal', 'Quebec', 'QC', 'H2X 1L4', '', '1,204.75', 12, 'wholesale', '', 'yes'],
      ['Noah', 'Tremblay', 'noah.t@icloud.com', 'yes', 'Northwind Cafe', '45 Main St', 'Unit 2', 'Vancouver', 'British Columbia', 'BC', 'V6A 2S5', '+1 604-555-0111', '230.00', 3, '', '', 'no'],
      ['Ava', 'Roy', 'ava.roy@gmail.com', 'no', '', '9 Elm Ave', '', 'Ottawa', 'Ontario', 'ON', 'K1P 5G4', '+1 613-555-0177', '0.00', 0, 'abandoned cart', '', 'no'],
    ],
    expected: {
      'First Name': 'name.given', 'Last Name': 'name.family', Email: 'email', 'Accepts Email Marketing': 'consent', Company: 'company', Address1: 'address', Address2: null,
      City: 'region', Province: null, 'Province Code': null, Zip: 'postcode', Phone: 'phone', 'Total Spent': 'totalSpend', 'Total Orders': 'purchaseCount', Tags: 'tags',
      Note: 'notes', 'Tax Exempt': null,
    },
    customers: 'person',
  },
];

import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { PLATFORM_EXPORTS } from './layouts/platform-exports';

const map = (headers: string[], rows: string[][]) => mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows));

describe('mapHeaders on marketplace order exports', () => {
  test('maps 抖店’s split address to the province and 详细地址, and leaves 售后状态 and order amounts alone', () => {
    const headers = [
      '主订单编号',
      '子订单编号',
      '选购商品',
      '商品规格',
      '商品数量',
      '商品单价',
      '订单应付金额',
      '运费',
      '支付方式',
      '收件人',
      '收件人手机号',
      '省',
      '市',
      '区',
      '街道',
      '详细地址',
      '是否修改过地址',
      '买家留言',
      '订单提交时间',
      '支付完成时间',
      '订单状态',
      '达人昵称',
      '商家备注',
      '广告渠道',
      '流量来源',
      '售后状态',
    ];
    const row = (province: string, city: string, district: string, street: string, detail: string, after: string) => [
      '4987123456789012345',
      '4987123456789012346',
      '【直播专享】保温杯',
      '500ml 白色',
      '1',
      '¥59.90',
      '¥59.90',
      '¥0.00',
      '微信',
      '张**',
      '138****8000',
      province,
      city,
      district,
      street,
      detail,
      '否',
      '',
      '2024/03/01 20:15:33',
      '2024/03/01 20:15:40',
      '已完成',
      '小美带货',
      '',
      '直播',
      '直播间',
      after,
    ];
    expect(
      map(headers, [
        row('广东省', '广州市', '天河区', '林和街道', '天河路385号太古汇', ''),
        row('北京市', '北京市', '朝阳区', '三里屯街道', '工体北路8号院', ''),
        row('浙江省', '杭州市', '余杭区', '五常街道', '文一西路969号', '退款成功'),
        row('四川省', '成都市', '高新区', '桂溪街道', '天府大道中段1268号', '售后中'),
        row('湖北省', '武汉市', '武昌区', '中南路街道', '中南路100号', ''),
      ]),
    ).toEqual({
      主订单编号: null,
      子订单编号: null,
      选购商品: null,
      商品规格: null,
      商品数量: null,
      商品单价: null,
      订单应付金额: null,
      运费: null,
      支付方式: null,
      收件人: 'name',
      收件人手机号: 'phone',
      省: 'region',
      市: null,
      区: null,
      街道: null,
      详细地址: 'address',
      是否修改过地址: null,
      买家留言: null,
      订单提交时间: null,
      支付完成时间: null,
      订单状态: null,
      达人昵称: null,
      商家备注: 'notes',
      广告渠道: null,
      // 直播间 names none of the source field's options.
      流量来源: null,
      售后状态: null,
    });
  });

  test('keeps 拼多多’s 街道 as the address when it holds the street and no 详细地址 column exists', () => {
    const headers = [
      '商品',
      '订单号',
      '订单状态',
      '用户实付金额(元)',
      '收货人',
      '手机',
      '省',
      '市',
      '区',
      '街道',
      '售后状态',
    ];
    const row = (name: string, street: string, after: string) => [
      '抽纸 24包',
      '240301-123456789012345',
      '已签收',
      '34.9',
      name,
      '17712345678',
      '河南省',
      '郑州市',
      '金水区',
      street,
      after,
    ];
    expect(
      map(headers, [
        row('韩梅梅', '花园路街道 农业路东12号院3号楼', '无售后'),
        row('李雷', '文化路街道 文化路80号', '退款成功'),
        row('王芳', '经八路街道 经八路15号', '无售后'),
      ]),
    ).toEqual({
      商品: null,
      订单号: null,
      订单状态: null,
      '用户实付金额(元)': null,
      收货人: 'name',
      手机: 'phone',
      省: 'region',
      市: null,
      区: null,
      街道: 'address',
      售后状态: null,
    });
  });

  test('maps 省份 to the region beside 城市 and 区县 on a 京东 order export', () => {
    expect(
      map(
        [
          '订单号',
          '下单时间',
          '订单金额',
          '客户姓名',
          '联系电话',
          '省份',
          '城市',
          '区县',
          '详细地址',
          '退款状态',
          '发货状态',
        ],
        [
          [
            '300123456789',
            '2024-03-01 10:00:00',
            '199.00',
            '周杰',
            '13800001111',
            '江苏省',
            '南京市',
            '鼓楼区',
            '中山北路30号',
            '无',
            '已发货',
          ],
          [
            '300123456790',
            '2024-03-02 11:00:00',
            '89.00',
            '吴璐',
            '13900002222',
            '上海',
            '上海市',
            '徐汇区',
            '漕溪北路88号',
            '退款成功',
            '已发货',
          ],
          [
            '300123456791',
            '2024-03-03 12:00:00',
            '59.90',
            '赵敏',
            '13700003333',
            '浙江省',
            '杭州市',
            '西湖区',
            '文三路478号',
            '无',
            '未发货',
          ],
        ],
      ),
    ).toEqual({
      订单号: null,
      下单时间: null,
      订单金额: null,
      客户姓名: 'name',
      联系电话: 'phone',
      省份: 'region',
      城市: null,
      区县: null,
      详细地址: 'address',
      退款状态: null,
      发货状态: null,
    });
  });

  test('leaves 淘宝’s per-order 总金额 alone: an order’s amount is not the customer’s total spend', () => {
    const headers = [
      '订单编号',
      '买家会员名',
      '买家支付宝账号',
      '支付单号',
      '买家应付货款',
      '买家应付邮费',
      '总金额',
      '买家实际支付金额',
      '订单状态',
      '买家留言',
      '收货人姓名',
      '收货地址',
      '运送方式',
      '联系电话',
      '联系手机',
      '订单创建时间',
      '订单付款时间',
      '宝贝标题',
      '宝贝种类',
      '物流单号',
      '物流公司',
      '订单备注',
      '宝贝总数量',
      '店铺名称',
    ];
    const row = (id: string, buyer: string, total: string, name: string, address: string, mobile: string) => [
      id,
      buyer,
      `${buyer}@163.com`,
      `2023051122001100${id.slice(-6)}`,
      total,
      '0.00',
      total,
      total,
      '交易成功',
      '',
      name,
      address,
      '快递',
      '',
      mobile,
      '2023-05-11 10:23:45',
      '2023-05-11 10:24:02',
      '夏季新款纯棉T恤女',
      '1',
      'SF1402938475612',
      '顺丰速运',
      '',
      '1',
      '小美服饰旗舰店',
    ];
    const mapping = map(headers, [
      row('2201938475610293847', 'lily88', '129.00', '李丽', '浙江省 杭州市 西湖区 文三路 478号', '13857112345'),
      row('2201938475610293848', 'xiaoming', '258.00', '王小明', '上海市 浦东新区 张江路100号', '13912345678'),
      row('2201938475610293849', 'zhaomin', '99.90', '赵敏', '江苏省 苏州市 工业园区 星湖街328号', '13700003333'),
    ]);
    expect(mapping['总金额']).toBeNull();
    expect(mapping['订单状态']).toBeNull();
    expect(mapping['收货人姓名']).toBe('name');
    expect(mapping['收货地址']).toBe('address');
    expect(mapping['联系手机']).toBe('phone');
  });

  test('leaves a Shopify order export’s statuses and Total alone', () => {
    expect(
      map(
        [
          'Name',
          'Email',
          'Financial Status',
          'Paid at',
          'Fulfillment Status',
          'Total',
          'Billing Name',
          'Billing Phone',
        ],
        [
          [
            '#1001',
            'anna@example.com',
            'paid',
            '2024-03-01 10:00:00 +0100',
            'fulfilled',
            '59.00',
            'Anna Schmidt',
            '+49 30 12345678',
          ],
          [
            '#1002',
            'tom@example.com',
            'refunded',
            '2024-03-02 11:00:00 +0100',
            'unfulfilled',
            '120.50',
            'Tom Becker',
            '+49 40 7654321',
          ],
          ['#1003', 'lena@example.com', 'pending', '', '', '35.00', 'Lena Vogel', '+49 89 2233445'],
        ],
      ),
    ).toMatchObject({ 'Financial Status': null, 'Fulfillment Status': null });
  });

  test('leaves WooCommerce order statuses and Order Total alone', () => {
    const mapping = map(
      [
        'Order Number',
        'Order Status',
        'Order Date',
        'Payment Status',
        'Order Total',
        'Amount Paid',
        'Billing Email',
        'Billing Phone',
      ],
      [
        ['5001', 'completed', '2024-03-01', 'paid', '59.00', '59.00', 'anna@example.com', '+49 30 12345678'],
        ['5002', 'processing', '2024-03-02', 'paid', '120.50', '120.50', 'tom@example.com', '+49 40 7654321'],
        ['5003', 'refunded', '2024-03-03', 'refunded', '35.00', '0.00', 'lena@example.com', '+49 89 2233445'],
      ],
    );
    expect(mapping).toMatchObject({
      'Order Number': null,
      'Order Status': null,
      'Payment Status': null,
      'Order Total': null,
      'Amount Paid': null,
      'Billing Email': 'email',
      'Billing Phone': 'phone',
    });
  });

  test('still maps a customer list’s 累计消费 and 消费总额 to the total spend', () => {
    expect(
      map(
        ['会员卡号', '姓名', '手机', '消费总额', '最近消费时间'],
        [
          ['VIP0001', '林小燕', '13800001111', '3580.00', '2024-03-01'],
          ['VIP0002', '孙丽', '13900002222', '1200.00', '2024-02-11'],
          ['VIP0003', '周一', '13700003333', '860.50', '2024-01-20'],
        ],
      ),
    ).toMatchObject({ 消费总额: 'totalSpend' });
  });
});

describe('mapHeaders on dealer and agent lists', () => {
  const dealerRows = [
    [
      'DL001',
      '杭州佳和商贸有限公司',
      '陈建华',
      '0571-88776655',
      '浙江省',
      '杭州市',
      '省级总代',
      '2019-03-01',
      '500',
      '87%',
      '10万',
      '王磊',
      '合作中',
      '',
    ],
    [
      'DL003',
      '宁波甬达贸易',
      '李卫东',
      '13805740002',
      '浙江省',
      '宁波市',
      '市级代理',
      '2020年1月1日',
      '200',
      '0.92',
      '50,000',
      '王磊',
      '合作中',
      '',
    ],
    [
      'DL005',
      '苏州恒通电器',
      '张海',
      '13906120003',
      '江苏省',
      '苏州市',
      '县级分销',
      '2022-05-05',
      '50',
      '45%',
      '2万',
      '刘芳',
      '暂停',
      '欠款',
    ],
    [
      'DL006',
      '苏州海洋电器有限公司',
      '张海洋',
      '13906120004',
      '江苏省',
      '苏州市',
      '县级分销',
      '2022-06-01',
      '60',
      '50%',
      '2万',
      '刘芳',
      '合作中',
      '',
    ],
  ];

  test('maps 代理商名称 to the company, 业务员 to the owner and the dealer’s 负责人 to the contact', () => {
    expect(
      map(
        [
          '代理商编号',
          '代理商名称',
          '负责人',
          '联系电话',
          '所在省份',
          '所在城市',
          '授权等级',
          '合作开始日期',
          '年度目标(万元)',
          '完成率',
          '保证金',
          '业务员',
          '状态',
          '备注',
        ],
        dealerRows,
      ),
    ).toEqual({
      代理商编号: 'customerId',
      代理商名称: 'company',
      负责人: 'contact',
      联系电话: 'phone',
      所在省份: 'region',
      所在城市: null,
      授权等级: null,
      合作开始日期: null,
      '年度目标(万元)': null,
      完成率: null,
      保证金: null,
      业务员: 'owner',
      状态: 'status',
      备注: 'notes',
    });
  });

  test.each(['经销商名称', '渠道商名称', '加盟商名称', '门店名称'])('maps %s to the company', (header) => {
    expect(
      map(
        [header, '负责人', '联系电话', '对接销售'],
        dealerRows.map((r) => [r[1], r[2], r[3], r[11]]),
      ),
    ).toEqual({ [header]: 'company', 负责人: 'contact', 联系电话: 'phone', 对接销售: 'owner' });
  });

  test('keeps 负责人 as the owner on a customer list without a salesperson column of its own', () => {
    expect(
      map(
        ['客户名称', '联系人', '手机', '负责人'],
        [
          ['杭州云栖科技有限公司', '王建国', '13958012345', '陈晨'],
          ['上海云帆信息技术有限公司', '李娟', '13812345678', '陈晨'],
          ['宁波甬达贸易有限公司', '李卫东', '13805740002', '刘芳'],
        ],
      ),
    ).toEqual({ 客户名称: 'company', 联系人: 'contact', 手机: 'phone', 负责人: 'owner' });
  });
});

describe('mapHeaders on training enrolments and WeCom customers', () => {
  test('maps a training list’s 家长姓名 to the contact and 家长手机 to the phone', () => {
    const headers = [
      '序号',
      '学员姓名',
      '性别',
      '出生日期',
      '家长姓名',
      '与学员关系',
      '家长手机',
      '年级',
      '课程',
      '班级',
      '报名日期',
      '缴费金额',
      '缴费方式',
      '课时',
      '剩余课时',
      '校区',
      '顾问',
      '备注',
    ];
    const rows = [
      [
        '1',
        '王子涵',
        '男',
        '2015/3/12',
        '王建国',
        '父亲',
        '13912345678',
        '三年级',
        '少儿编程',
        '周六上午A班',
        '2024/2/20',
        '¥4,800',
        '微信',
        '48',
        '40',
        '海淀校区',
        '小刘',
        '',
      ],
      [
        '2',
        '王子萱',
        '女',
        '2017/8/1',
        '王建国',
        '父亲',
        '13912345678',
        '一年级',
        '少儿美术',
        '周六下午B班',
        '2024/2/20',
        '3600元',
        '微信',
        '48',
        '44',
        '海淀校区',
        '小刘',
        '姐弟一起报名',
      ],
      [
        '4',
        '李一诺',
        '女',
        '2016-05-20',
        '张丽',
        '母亲',
        '13800001111',
        '二年级',
        '少儿舞蹈',
        '周三晚班',
        '2024-01-10',
        '2980',
        '刷卡',
        '32',
        '10',
        '朝阳校区',
        '小王',
        '',
      ],
      [
        '6',
        '陈思远',
        '男',
        '2014-11-02',
        '陈刚',
        '父亲',
        '13700002222',
        '四年级',
        '奥数',
        '周日下午D班',
        '2024-02-01',
        '3200',
        '微信',
        '40',
        '38',
        '朝阳校区',
        '小王',
        '',
      ],
    ];
    const mapping = mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({
      序号: null,
      学员姓名: 'name',
      性别: 'gender',
      出生日期: 'birthDate',
      家长姓名: 'contact',
      与学员关系: null,
      家长手机: 'phone',
      年级: null,
      课程: null,
      班级: null,
      报名日期: 'createdAt',
      缴费金额: null,
      缴费方式: null,
      课时: null,
      剩余课时: null,
      校区: null,
      顾问: 'owner',
      备注: 'notes',
    });
    expect(mapping.customers).toBe('person');
  });

  test('maps 家长电话 to the phone beside 家长姓名', () => {
    expect(
      map(
        ['学员姓名', '家长姓名', '家长电话'],
        [
          ['王子涵', '王建国', '139-1234-5678'],
          ['李一诺', '张丽', '13800001111'],
          ['陈思远', '陈刚', '13700002222'],
        ],
      ),
    ).toEqual({ 学员姓名: 'name', 家长姓名: 'contact', 家长电话: 'phone' });
  });

  const wecomHeaders = [
    '客户名称',
    '客户备注',
    '描述',
    '添加时间',
    '添加人',
    '添加人账号',
    '所属部门',
    '企业标签',
    '来源',
    '客户类型',
    '手机号',
    '备注企业名称',
    '性别',
    '状态',
  ];
  const wecom = (nick: string, remark: string, phone: string, company: string) => [
    nick,
    remark,
    '',
    '2023-03-01 10:12:45',
    '张磊',
    'zhanglei',
    '销售一部',
    '意向客户',
    '扫描渠道二维码',
    '微信用户',
    phone,
    company,
    '女',
    '已添加',
  ];

  test('maps WeCom’s 客户备注 of real names to the name and leaves the nickname in 客户名称 alone', () => {
    expect(
      map(wecomHeaders, [
        wecom('小雨', '王雨-华润置地采购', '13811112222', '华润置地'),
        wecom('Rain🌧', '王雨', '138 1111 2222', '华润置地有限公司'),
        wecom('刘先生', '刘建军', '15000002222', ''),
        wecom('刘先生', '刘建国', '15000003333', ''),
        wecom('李明@腾讯', '李明', '', '腾讯科技'),
        wecom('木子', '李梓', '186****1234', ''),
        wecom('周周', '周婷', '+86 137-0000-5555', '周氏美容'),
      ]),
    ).toEqual({
      客户名称: null,
      客户备注: 'name',
      描述: 'notes',
      添加时间: 'createdAt',
      添加人: 'owner',
      添加人账号: null,
      所属部门: null,
      企业标签: 'tags',
      来源: 'source',
      客户类型: 'customerType',
      手机号: 'phone',
      备注企业名称: 'company',
      性别: 'gender',
      状态: 'status',
    });
  });

  test('keeps 客户名称 as the name when 客户备注 holds notes rather than names', () => {
    const mapping = map(wecomHeaders, [
      wecom('王雨', '年底有预算，找采购部', '13811112222', '华润置地'),
      wecom('刘建军', '老客户介绍，关注价格', '15000002222', ''),
      wecom('李明', '想要上门演示', '', '腾讯科技'),
      wecom('周婷', '下周回访', '13700005555', '周氏美容'),
    ]);
    expect(mapping['客户名称']).toBe('name');
    expect(mapping['客户备注']).toBe('notes');
  });

  test('keeps a plain 备注 column of short names as the notes', () => {
    expect(
      map(
        ['姓名', '手机', '备注'],
        [
          ['王雨', '13811112222', '李明'],
          ['刘建军', '15000002222', '周婷'],
          ['李明', '13900001111', '王芳'],
        ],
      ),
    ).toEqual({ 姓名: 'name', 手机: 'phone', 备注: 'notes' });
  });
});

describe('mapHeaders on a Salesforce Contacts report', () => {
  test('maps Created Date with 12-hour times to the created date', () => {
    const report = PLATFORM_EXPORTS.find((l) => l.name === 'en-salesforce-contacts-report')!;
    const mapping = mapHeaders(
      report.headers,
      DEFAULT_TEMPLATE,
      {},
      report.rows.map((row) => row.map(String)),
    );
    expect(mappingToJson(mapping)).toEqual(report.expected);
    expect(mappingToJson(mapping)['Created Date']).toBe('createdAt');
    expect(mapping.columns.find((c) => c.header === 'Mobile')?.secondOf).toBe('phone');
  });
});

import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';

describe('mapHeaders on website columns', () => {
  test.each(['公司网站', '网站地址', '官网', '公司主页', 'Company Website', 'Homepage'])(
    '%s is a website, not the company or its address',
    (header) => {
      const rows: CellValue[][] = [
        ['客户名称', '联系人', '手机', '地址', header],
        ['杭州西子网络科技有限公司', '王强', '13588889999', '杭州市西湖区文三路90号', 'www.xizi.com'],
        ['宁波港联物流有限公司', '李娜', '13600001111', '宁波市鄞州区江东北路1号', 'https://gl-logistics.cn/'],
      ];
      const mapping = mapHeaders(rows[0]!.map(String), DEFAULT_TEMPLATE, {}, rows.slice(1));
      expect(mapping.columns[4]!.field ?? null).toBeNull();
      expect(mapping.columns[0]!.field).toBe('company');
      expect(mapping.columns[3]!.field).toBe('address');
      // Before any rows are typed (a new sheet's header), the header alone says so too.
      expect(mapHeaders(rows[0]!.map(String), DEFAULT_TEMPLATE).columns[4]!.field ?? null).toBeNull();
    },
  );
});

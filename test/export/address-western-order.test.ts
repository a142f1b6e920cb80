/**
 * A layout with no State and City columns (纷享销客's 地址) writes the whole address. A Chinese one goes
 * from the province down to the street (浙江省杭州市文三路478号); a French or English one from the
 * street up to its city, as its country writes it (12, rue de la Paix, Paris), never "Paris 12, rue …".
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function addresses(values: CellValue[][]): CellValue[] {
  const file = planExport(sheet(values), { crm: 'fxiaoke', now: NOW }).files[0]!;
  return file.rows.map((row) => row[file.header.indexOf('地址')] ?? null);
}

describe('纷享销客’s 地址 of a list from abroad', () => {
  test('a French list: the street, then the city', () => {
    // prettier-ignore
    expect(addresses([
      ['Raison sociale', 'Nom', 'Prénom', 'Portable', 'Adresse', 'Code postal', 'Ville', 'Pays'],
      ['Boulangerie Lefèvre SARL', 'Lefèvre', 'François', '06 12 34 56 78', '12, rue de la Paix', '75002', 'Paris', 'France'],
      ['Société Générale d’Équipement', 'Dupré', 'Hélène', '+33 7 81 22 33 44', '3, place Bellecour', '69002', 'Lyon', 'France'],
    ])).toEqual(['12, rue de la Paix, Paris', '3, place Bellecour, Lyon']);
  });

  test('an Australian list: the street, then the suburb and state', () => {
    // prettier-ignore
    expect(addresses([
      ['Company', 'Contact', 'Mobile', 'Street', 'City', 'State', 'Postcode'],
      ['Harbour Supplies Pty Ltd', 'Jack Wilson', '0412 345 678', '14 George St', 'Sydney', 'NSW', '2000'],
    ])).toEqual(['14 George St, Sydney, NSW']);
  });

  test('a Chinese list keeps the province and city before the street', () => {
    // prettier-ignore
    expect(addresses([
      ['客户名称', '联系人', '手机', '省份', '城市', '详细地址'],
      ['杭州源泉科技有限公司', '张建华', '13800138000', '浙江省', '杭州市', '西湖区文三路478号'],
    ])).toEqual(['浙江省杭州市西湖区文三路478号']);
  });
});

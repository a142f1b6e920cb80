/**
 * Dates and amounts headed in plain words: an Australian list's Date Added and a French list's Date de
 * création are when the customer was entered (createdAt), Dernière commande the last order's day, and
 * Chiffre d'affaires what the customer brought in (its total spend, 12 345,67 € in French figures).
 * Mapped, clean and export read the column alike.
 */
import { parseCsv } from '../../shared/files/parse-csv';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const csv = (text: string): CellValue[][] =>
  parseCsv(new TextEncoder().encode(text.trim() + '\n'), 'export.csv').rows as CellValue[][];
const mapped = (values: CellValue[][]) => mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

const AU = csv(`
Business Name,ABN,Contact,Mobile,Phone,Email,Street,Suburb,State,Postcode,Date Added,Last Order,Spend (AUD),Notes
Bondi Coffee Roasters Pty Ltd,51 824 753 556,Liam Nguyen,0412 345 678,(02) 9876 5432,liam@bondicoffee.com.au,12 Campbell Pde,Bondi Beach,NSW,2026,15/03/2024,02/05/2024,"$4,250.00",Pays on 30 days
Darwin Fishing Supplies,33 102 417 032,Chloe Smith,0438 111 222,(08) 8981 2345,chloe@dfs.net.au,5 Mitchell St,Darwin,NT,0800,01/02/2023,11/12/2023,$980.50,
Fremantle Surf Co,12 345 678 901,Jack Wilson,0400 222 333,(08) 9335 1234,jack@fremantlesurf.com.au,8 High St,Fremantle,WA,6160,20/07/2022,30/01/2024,"$12,100.00",
`);

const FR = csv(`
Raison sociale;Civilité;Nom;Prénom;Fonction;Téléphone;Portable;E-mail;Adresse;Code postal;Ville;Pays;Date de création;Dernière commande;Chiffre d'affaires;Remarques
Boulangerie Lefèvre SARL;M.;Lefèvre;François;Gérant;01 42 68 53 00;06 12 34 56 78;francois@boulangerie-lefevre.fr;12, rue de la Paix;75002;Paris;France;15/03/2024;02/05/2024;12 345,67 €;Client fidèle
Société Générale d'Équipement;Mme;Dupré;Hélène;Directrice achats;+33 4 78 12 34 56;+33 7 81 22 33 44;h.dupre@sge.fr;3, place Bellecour;69002;Lyon;France;01/02/2023;11/12/2023;1 200,00 €;
Garage Martin;M.;Martin;Luc;Propriétaire;05 56 12 34 56;06 98 76 54 32;luc@garage-martin.fr;8, cours de l'Intendance;33000;Bordeaux;France;20/07/2022;30/01/2024;3 450,00 €;
`);

describe('plain-worded date and amount headers', () => {
  test('an Australian list’s Date Added is when the customer was entered', () => {
    expect(mapped(AU)).toMatchObject({ 'Date Added': 'createdAt', 'Last Order': 'lastPurchaseDate' });
  });

  test('a French list’s Date de création, Dernière commande and Chiffre d’affaires', () => {
    expect(mapped(FR)).toMatchObject({
      'Date de création': 'createdAt',
      'Dernière commande': 'lastPurchaseDate',
      "Chiffre d'affaires": 'totalSpend',
      'Raison sociale': 'company',
    });
  });

  test('the same headers typed without accents', () => {
    expect(
      mapped([
        ['Date de creation', 'Derniere commande'],
        ['15/03/2024', '02/05/2024'],
      ]),
    ).toEqual({
      'Date de creation': 'createdAt',
      'Derniere commande': 'lastPurchaseDate',
    });
  });
});

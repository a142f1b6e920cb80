import { applyMapFile } from '../../shared/export/map-file';
import { crmLayout } from '../../shared/export/crm-layouts';
import { planExport } from '../../shared/export/plan-export';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { NOW, ZH_ROWS, sheet } from './fixtures';

const salesforce = () => crmLayout('salesforce', 'contacts')!;

describe('map-file', () => {
  test('adds a custom field column and takes the source from the built-in column when a header maps to it', () => {
    const result = applyMapFile(
      salesforce(),
      { columns: { Customer_Tier__c: 'valueTier', Mobile: 'phone.mobile' } },
      DEFAULT_TEMPLATE,
    );
    if (!result.ok) throw new Error(result.errors.join('; '));
    const headers = result.layout.columns.map((c) => c.header);
    expect(headers).toContain('Customer_Tier__c');
    expect(headers).toContain('Mobile');
    expect(headers).not.toContain('Mobile Phone');
    const { files } = planExport(sheet(ZH_ROWS), { crm: 'salesforce', layout: result.layout, now: NOW });
    const row = files[0].rows[0];
    expect(row[files[0].header.indexOf('Customer_Tier__c')]).toBe('VIP');
    expect(row[files[0].header.indexOf('Mobile')]).toBe('+8613800138000');
    expect(files[0].header).not.toContain('价值等级');
  });

  test('drops a CRM column and keeps its values as an extra column when the header maps to null', () => {
    const result = applyMapFile(salesforce(), { columns: { 'Lead Source': null } }, DEFAULT_TEMPLATE);
    if (!result.ok) throw new Error(result.errors.join('; '));
    const { files } = planExport(sheet(ZH_ROWS), { crm: 'salesforce', layout: result.layout, now: NOW });
    expect(files[0].header).not.toContain('Lead Source');
    expect(files[0].rows[0][files[0].header.indexOf('客户来源')]).toBe('展会');
  });

  test('replaces the date format, byte order mark, row cap and picklist values when the map file gives them', () => {
    const result = applyMapFile(
      salesforce(),
      { dateFormat: 'dd/MM/yyyy', bom: true, rowCap: 10, picklists: { source: { exhibition: 'Seminar - Partner' } } },
      DEFAULT_TEMPLATE,
    );
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.layout).toMatchObject({ dateFormat: 'dd/MM/yyyy', bom: true, rowCap: 10 });
    const { files } = planExport(sheet(ZH_ROWS), { crm: 'salesforce', layout: result.layout, now: NOW });
    expect(files[0].rows[0][files[0].header.indexOf('Birthdate')]).toBe('05/03/1990');
    expect(files[0].rows[0][files[0].header.indexOf('Lead Source')]).toBe('Seminar - Partner');
  });

  test('names every bad entry when the map file has unknown sources, keys or formats', () => {
    const result = applyMapFile(
      salesforce(),
      { columns: { Tier: 'tier' }, picklists: { stage: {} } },
      DEFAULT_TEMPLATE,
    );
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('"tier" is not a template field'), 'picklists.stage: not a template field'],
    });
    const shape = applyMapFile(salesforce(), { colums: {}, dateFormat: 'tomorrow' }, DEFAULT_TEMPLATE);
    expect(shape).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^dateFormat: /), expect.stringContaining('"colums"')],
    });
  });
});

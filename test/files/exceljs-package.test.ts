import ExcelJS from 'exceljs';
import { editsForExceljs, needsText, type PackageEdits } from '../../shared/files/exceljs-package';
import { readableByExceljs } from '../../shared/files/exceljs-readable';
import { relativeTarget, resolveTarget } from '../../shared/files/opc-paths';
import { asOpenpyxlWrites } from './openpyxl-layout';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** A relationships part, as openpyxl writes one: one Relationship per [type, target, external?]. */
function rels(...relationships: [type: string, target: string, external?: boolean][]): string {
  const tags = relationships.map(
    ([type, target, external], i) =>
      `<Relationship Type="${REL}${type}" Target="${target}"${external ? ' TargetMode="External"' : ''} Id="rId${i + 1}"/>`,
  );
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tags.join('')}</Relationships>`;
}

const targets = (xml: string | undefined) => [...(xml ?? '').matchAll(/Target="([^"]*)"/g)].map((m) => m[1]);

/** The edits for a package of these parts (name → text); every part is read as needsText asks. */
function editsFor(parts: Record<string, string>): PackageEdits | undefined {
  const names = Object.keys(parts);
  return editsForExceljs(names, new Map(names.filter(needsText).map((name) => [name, parts[name]!])));
}

describe('opc-paths', () => {
  test.each([
    ['xl/worksheets/', '../comments1.xml', 'xl/comments1.xml'],
    ['xl/worksheets/', '/xl/tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/drawings/', './../media/image1.png', 'xl/media/image1.png'],
  ])('resolves a target from %j: %s is %s', (folder, target, part) => {
    expect(resolveTarget(folder, target)).toBe(part);
  });

  test.each([
    ['xl/worksheets/', 'xl/comments1.xml', '../comments1.xml'],
    ['xl/worksheets/', 'xl/drawings/vmlDrawing1.vml', '../drawings/vmlDrawing1.vml'],
    ['xl/', 'xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
    ['xl/drawings/', 'xl/charts/chart1.xml', '../charts/chart1.xml'],
    ['', 'docProps/core.xml', 'docProps/core.xml'],
  ])('writes a part relative to %j: %s is %s', (folder, part, target) => {
    expect(relativeTarget(folder, part)).toBe(target);
  });
});

describe('editsForExceljs', () => {
  test.each([
    [
      'sheet',
      'xl/worksheets/_rels/sheet1.xml.rels',
      rels(
        ['hyperlink', 'mailto:zw@example.com', true],
        ['drawing', '/xl/drawings/drawing1.xml'],
        ['table', '/xl/tables/table1.xml'],
        ['printerSettings', '../printerSettings/printerSettings1.bin'],
      ),
      [
        'mailto:zw@example.com',
        '../drawings/drawing1.xml',
        '../tables/table1.xml',
        '../printerSettings/printerSettings1.bin',
      ],
    ],
    [
      'workbook',
      'xl/_rels/workbook.xml.rels',
      rels(
        ['worksheet', '/xl/worksheets/sheet1.xml'],
        ['worksheet', '/xl/worksheets/sheet2.xml'],
        ['styles', 'styles.xml'],
      ),
      ['worksheets/sheet1.xml', 'worksheets/sheet2.xml', 'styles.xml'],
    ],
    [
      'drawing',
      'xl/drawings/_rels/drawing1.xml.rels',
      rels(
        ['chart', '/xl/charts/chart1.xml'],
        ['image', '/xl/media/image1.png'],
        ['hyperlink', 'https://example.com/a?b&amp;c', true],
      ),
      ['../charts/chart1.xml', '../media/image1.png', 'https://example.com/a?b&amp;c'],
    ],
    [
      'package',
      '_rels/.rels',
      rels(['officeDocument', '/xl/workbook.xml'], ['extended-properties', 'docProps/app.xml']),
      ['xl/workbook.xml', 'docProps/app.xml'],
    ],
  ])(
    'makes absolute targets relative and keeps relative and external ones in %s relationships',
    (_, name, xml, expected) => {
      const edits = editsFor({ [name]: xml });
      expect(targets(edits?.texts.get(name))).toEqual(expected);
      expect(edits?.renames.size).toBe(0);
    },
  );

  test('renames notes and their VML to the names exceljs reads, and gives plain note text as a run', () => {
    const sheetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
    const notes =
      '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors>' +
      '<commentList><comment ref="A2" authorId="0" shapeId="0"><text><t>VIP 客户</t></text></comment>' +
      '<comment ref="C3" authorId="0"><text><t xml:space="preserve"> 已退订 </t></text></comment></commentList></comments>';
    const edits = editsFor({
      'xl/worksheets/sheet1.xml': '<worksheet/>',
      [sheetRels]: rels(['comments', '/xl/comments/comment1.xml'], ['vmlDrawing', '/xl/drawings/commentsDrawing1.vml']),
      'xl/comments/comment1.xml': notes,
      'xl/drawings/commentsDrawing1.vml': '<xml/>',
    })!;
    expect(Object.fromEntries(edits.renames)).toEqual({
      'xl/comments/comment1.xml': 'xl/comments1.xml',
      'xl/drawings/commentsDrawing1.vml': 'xl/drawings/vmlDrawing1.vml',
    });
    expect(targets(edits.texts.get(sheetRels))).toEqual(['../comments1.xml', '../drawings/vmlDrawing1.vml']);
    expect(edits.texts.get('xl/comments/comment1.xml')).toContain('<text><r><t>VIP 客户</t></r></text>');
    expect(edits.texts.get('xl/comments/comment1.xml')).toContain(
      '<text><r><t xml:space="preserve"> 已退订 </t></r></text>',
    );
  });

  test('gives a drawing in the default namespace the xdr prefix, leaving prefixed elements as they are', () => {
    const drawing =
      '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor>' +
      '<from><col>5</col></from><graphicFrame><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>' +
      '</graphicFrame><clientData/></oneCellAnchor></wsDr>';
    expect(editsFor({ 'xl/drawings/drawing1.xml': drawing })?.texts.get('xl/drawings/drawing1.xml')).toBe(
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor>' +
        '<xdr:from><xdr:col>5</xdr:col></xdr:from><xdr:graphicFrame><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>' +
        '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    );
  });

  test('gives a table with no style element one that names no style', () => {
    const table =
      '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T1" displayName="T1" ref="A1:B3">' +
      '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="姓名"/><tableColumn id="2" name="手机"/></tableColumns></table>';
    expect(editsFor({ 'xl/tables/table1.xml': table })?.texts.get('xl/tables/table1.xml')).toContain(
      '</tableColumns><tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>',
    );
  });

  // Excel omits the defaults: exceljs would write the table back with no header row and no filter buttons.
  test('gives an Excel table its default header row and a shown button for each column', () => {
    const table =
      '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="客户表" displayName="客户表" ref="A1:C4" totalsRowShown="0">' +
      '<autoFilter ref="A1:C4"><filterColumn colId="1"><filters><filter val="上海"/></filters></filterColumn></autoFilter>' +
      '<tableColumns count="3"><tableColumn id="1" name="姓名"/><tableColumn id="2" name="城市"/><tableColumn id="3" name="手机"/></tableColumns>' +
      '<tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>';
    expect(editsFor({ 'xl/tables/table1.xml': table })?.texts.get('xl/tables/table1.xml')).toBe(
      table
        .replace('totalsRowShown="0">', 'totalsRowShown="0" headerRowCount="1">')
        .replace(
          /<autoFilter ref="A1:C4">.*<\/autoFilter>/,
          '<autoFilter ref="A1:C4"><filterColumn colId="0" hiddenButton="0"/>' +
            '<filterColumn hiddenButton="0" colId="1"><filters><filter val="上海"/></filters></filterColumn>' +
            '<filterColumn colId="2" hiddenButton="0"/></autoFilter>',
        ),
    );
  });

  test('asks for no edit when the package is laid out as Excel writes it', () => {
    expect(
      editsFor({
        '_rels/.rels': rels(['officeDocument', 'xl/workbook.xml']),
        'xl/_rels/workbook.xml.rels': rels(['worksheet', 'worksheets/sheet1.xml']),
        'xl/worksheets/_rels/sheet1.xml.rels': rels(
          ['comments', '../comments1.xml'],
          ['vmlDrawing', '../drawings/vmlDrawing1.vml'],
          ['drawing', '../drawings/drawing1.xml'],
          ['hyperlink', 'https://example.com', true],
        ),
        'xl/comments1.xml':
          '<comments><commentList><comment ref="A2"><text><r><t>VIP</t></r></text></comment></commentList></comments>',
        'xl/drawings/drawing1.xml':
          '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:oneCellAnchor/></xdr:wsDr>',
        'xl/tables/table1.xml':
          '<table headerRowCount="1"><autoFilter ref="A1:A3"><filterColumn colId="0" hiddenButton="0"/></autoFilter>' +
          '<tableColumns count="1"/><tableStyleInfo name="TableStyleMedium2"/></table>',
      }),
    ).toBeUndefined();
  });
});

describe('readableByExceljs', () => {
  const workbook = async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('客户');
    sheet.addRows([
      ['姓名', '手机'],
      ['张伟', '13800138000'],
    ]);
    sheet.getCell('A2').note = 'VIP 客户';
    return new Uint8Array(await book.xlsx.writeBuffer());
  };

  test('gives exceljs a workbook openpyxl wrote with its note and values', async () => {
    const openpyxl = await asOpenpyxlWrites(await workbook(), { chart: true });
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await readableByExceljs(openpyxl)) as unknown as ArrayBuffer);
    const sheet = loaded.getWorksheet('客户')!;
    expect(sheet.getCell('B2').value).toBe('13800138000');
    expect(sheet.getCell('A2').note).toBe('VIP 客户');
  });

  test('hands back the very bytes, not a copy, when exceljs reads them as they are', async () => {
    const bytes = await workbook();
    expect(await readableByExceljs(bytes)).toBe(bytes);
  });
});

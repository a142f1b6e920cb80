/**
 * The streamed .xlsx read on workbooks as other programs write them: parts in another order, inline
 * strings, string and boolean formula results, errors, entities and `_x000D_` escapes, and the XML
 * cut into chunks anywhere. The full exceljs read is the reference wherever exceljs reads the file.
 */
import { getHeapStatistics } from 'node:v8';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { XmlTokenizer } from '../../shared/files/xml-tokens';
import { makeZip, utc } from './fixtures';

const LIMITS = defaultReadLimits(getHeapStatistics().heap_size_limit);

function tokens(xml: string, chunk: number): string[] {
  const out: string[] = [];
  const tokenizer = new XmlTokenizer({
    open: (name, attrs, selfClosing) => out.push(`<${name}${attrs}${selfClosing ? '/' : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) => {
      if (out.length > 0 && out[out.length - 1].startsWith('#')) out[out.length - 1] += text;
      else out.push(`#${text}`);
    },
  });
  for (let i = 0; i < xml.length; i += chunk) tokenizer.feed(xml.slice(i, i + chunk));
  tokenizer.end();
  return out;
}

describe('the XML tokenizer', () => {
  const xml =
    '<?xml version="1.0"?><!-- 注释 --><x:sst xmlns:x="urn:x"><x:si><x:t xml:space="preserve"> 张 &amp; 李 &#x4E09;&#51; </x:t></x:si>' +
    '<si><t a=\'1>2\' b="x>y">Tom &lt;tom@example.com&gt;</t></si><si><t><![CDATA[a<b]]></t></si><e/></x:sst>';

  test('gives the same tags and text however the XML is cut into chunks', () => {
    const whole = tokens(xml, xml.length);
    expect(whole).toContain('# 张 & 李 三3 ');
    expect(whole).toContain('#Tom <tom@example.com>');
    expect(whole).toContain('#a<b');
    expect(whole).toContain(`<t a='1>2' b="x>y">`);
    expect(whole.filter((t) => t === '</si>')).toHaveLength(3);
    for (const size of [1, 2, 3, 7, 64]) expect(tokens(xml, size)).toEqual(whole);
  });
});

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A one-sheet workbook with its sheet XML first and shared strings last, as Excel orders them. */
function workbook(sheetName: string, rows: string, strings: string[]): Buffer {
  return makeZip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS} ${R_NS}><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'xl/styles.xml':
      `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\年m\\月d\\日"/></numFmts>` +
      '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs></styleSheet>',
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${NS}>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
  });
}

describe('a streamed read of a workbook another program wrote', () => {
  test.each([
    [
      'zh-CN',
      '客户 &amp; 联系人',
      ['姓名', '手机号', '生日', '备注', '欠款'],
      [
        ['张三', '13800138000', 45292, '老客户_x000D_回访', 1],
        ['李四', '13900139000', 45000.5, '&lt;VIP&gt;', 0],
      ],
    ],
    [
      'en-US',
      'Customers',
      ['Name', 'Phone', 'Born', 'Note', 'Owes'],
      [
        ['Ann Smith', '+1 415 555 2671', 45292, 'first_x000D_call', 1],
        ['Bob Lee', '+1 415 555 0100', 45000.5, 'Tom &amp; Jerry', 0],
      ],
    ],
  ])(
    'reads a %s list of inline strings, formula results and errors as exceljs does',
    async (_locale, sheet, header, data) => {
      const strings = [...header, ...data.map((r) => String(r[3]))];
      const cell = (ref: string, body: string, attrs = '') => `<c r="${ref}"${attrs}>${body}</c>`;
      const rows = [
        `<row r="1">${header.map((_, c) => cell(`${'ABCDE'[c]}1`, `<v>${c}</v>`, ' t="s"')).join('')}</row>`,
        ...data.map((r, i) => {
          const n = i + 2;
          return (
            `<row r="${n}">` +
            cell(`A${n}`, `<is><t>${String(r[0])}</t></is>`, ' t="inlineStr"') +
            cell(`B${n}`, `<v>${String(r[1])}</v>`, ' t="str" s="2"') +
            cell(`C${n}`, `<v>${String(r[2])}</v>`, ' s="1"') +
            cell(`D${n}`, `<v>${header.length + i}</v>`, ' t="s"') +
            cell(`E${n}`, `<f>C${n}&gt;45100</f><v>${String(r[4])}</v>`, ' t="b"') +
            cell(`F${n}`, '<f>1/0</f><v>#DIV/0!</v>', ' t="e"') +
            cell(`G${n}`, `<f>A${n}&amp;"!"</f><v>${String(r[0])}!</v>`, ' t="str"') +
            '</row>'
          );
        }),
      ].join('');
      const bytes = workbook(sheet, rows, strings);
      const full = await openSpreadsheet(bytes, 'other.xlsx', { limits: LIMITS, readOnly: true });
      const streamed = await openSpreadsheet(bytes, 'other.xlsx', {
        limits: LIMITS,
        readOnly: true,
        snapshotOnly: true,
      });
      const { extras: _extras, view: _view, ...expected } = full.snapshot;
      expect(() => streamed.workbook).toThrow(/snapshot only/); // streamed, not read in full
      expect(streamed.snapshot).toEqual(expected);
      expect(streamed.sheetName).toBe(sheet.replace('&amp;', '&'));
      const [first, second] = streamed.snapshot.values.slice(1);
      expect(first[0]).toBe(data[0][0]);
      expect(first[2]).toEqual(utc(2024, 1, 1));
      expect(first[3]).toBe(String(data[0][3]).replace('_x000D_', '\r'));
      expect(first[4]).toBe(true);
      expect(second[4]).toBeNull(); // a cached FALSE: exceljs keeps no falsy result
      expect(first[5]).toBe('#DIV/0!');
      expect(first[6]).toBe(`${String(data[0][0])}!`);
      expect(streamed.snapshot.columnFormats).toEqual([null, '@', 'yyyy年m月d日', null, null, null, null]);
      expect(streamed.snapshot.formulas?.map((f) => f.formula)).toEqual([
        '=C2>45100',
        '=1/0',
        '=A2&"!"',
        '=C3>45100',
        '=1/0',
        '=A3&"!"',
      ]);
    },
  );
});

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { run, tempDir } from './run';
import { compoundFile } from '../support/compound-file';
import { fileMessage } from '../../shared/files/file-messages';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An .ods as LibreOffice Calc saves one: `mimetype` first and stored, then the content and manifest. */
async function odsFile(name: string): Promise<string> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file(
    'content.xml',
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      '<office:body><office:spreadsheet><table:table table:name="Customers">' +
      '<table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Email</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell><text:p>Ann Lee</text:p></table:table-cell><table:table-cell><text:p>ann@example.com</text:p></table:table-cell></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>',
  );
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return path;
}

function oleFile(name: string, streams: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, compoundFile(streams));
  return path;
}

describe('custodian on .xls and .ods inputs', () => {
  test('tells how to convert an Excel 97-2003 workbook, naming the file, in English', async () => {
    oleFile('customers.xls', ['Workbook', '\u0005SummaryInformation']);
    const result = await run(['clean', 'customers.xls', '-o', 'customers-clean.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'custodian: customers.xls is an Excel 97-2003 workbook (.xls), which Custodian does not read: it reads .xlsx and .csv files. ' +
        'Convert it first: open it in Excel, WPS or LibreOffice Calc and choose File > Save As, type Excel Workbook (*.xlsx); ' +
        'or, where LibreOffice is installed, run soffice --headless --convert-to xlsx "customers.xls" in its folder, which writes customers.xlsx there. ' +
        'Then open customers.xlsx with Custodian.\n',
    );
  });

  test('tells how to convert an Excel 97-2003 workbook in Chinese when the file is named in Chinese', async () => {
    oleFile('客户名单2019.xls', ['Workbook', '\u0005DocumentSummaryInformation']);
    const result = await run(['check', '客户名单2019.xls'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'custodian: 客户名单2019.xls 是Excel 97-2003 工作簿（.xls），Custodian 不能读取：它读取 .xlsx 和 .csv 文件。' +
        '请先转换：在 Excel、WPS 表格或 LibreOffice Calc 中打开，选择“文件 > 另存为”，保存类型选“Excel 工作簿（*.xlsx）”；' +
        '或在装有 LibreOffice 的电脑上，于文件所在文件夹运行 soffice --headless --convert-to xlsx "客户名单2019.xls"，会在同一文件夹生成 客户名单2019.xlsx。' +
        '然后用 Custodian 打开 客户名单2019.xlsx。\n',
    );
  });

  test('tells how to convert an OpenDocument spreadsheet, in both languages', async () => {
    await odsFile('leads.ods');
    const en = await run(['check', 'leads.ods'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'custodian: leads.ods is an OpenDocument spreadsheet (.ods), which Custodian does not read: it reads .xlsx and .csv files. ' +
        'Convert it first: open it in LibreOffice Calc or Excel and choose File > Save As, type Excel Workbook (*.xlsx); ' +
        'or, where LibreOffice is installed, run soffice --headless --convert-to xlsx "leads.ods" in its folder, which writes leads.xlsx there. ' +
        'Then open leads.xlsx with Custodian.\n',
    );
    const zh = await run(['merge', 'leads.ods', '-o', 'leads-merged.xlsx', '--locale', 'zh-CN'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'custodian: leads.ods 是OpenDocument 电子表格（.ods），Custodian 不能读取：它读取 .xlsx 和 .csv 文件。' +
        '请先转换：在 LibreOffice Calc 或 Excel 中打开，选择“文件 > 另存为”，保存类型选“Excel 工作簿（*.xlsx）”；' +
        '或在装有 LibreOffice 的电脑上，于文件所在文件夹运行 soffice --headless --convert-to xlsx "leads.ods"，会在同一文件夹生成 leads.xlsx。' +
        '然后用 Custodian 打开 leads.xlsx。\n',
    );
  });

  test('asks for the password to be removed when an .xlsx is encrypted', async () => {
    oleFile('payroll-customers.xlsx', ['EncryptionInfo', 'EncryptedPackage']);
    const result = await run(['check', 'payroll-customers.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'custodian: payroll-customers.xlsx is a workbook protected by a password, so its cells cannot be read. ' +
        'Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the box), save it, and try again.\n',
    );
  });

  test('the demo page, which runs no command, names the Save As way only', () => {
    const text = { key: 'notSpreadsheet', params: { file: '客户名单.xls', looksLike: 'oldExcel' } } as const;
    expect(fileMessage(text, 'zh-CN', 'page')).toBe(
      '客户名单.xls 是Excel 97-2003 工作簿（.xls），Custodian 不能读取：它读取 .xlsx 和 .csv 文件。' +
        '请先转换：在 Excel、WPS 表格或 LibreOffice Calc 中打开，选择“文件 > 另存为”，保存类型选“Excel 工作簿（*.xlsx）”。' +
        '然后用 Custodian 打开 客户名单.xlsx。',
    );
  });
});

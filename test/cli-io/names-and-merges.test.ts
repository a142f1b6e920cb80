import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import { invertPlan } from '../../shared/plan/invert-plan';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { mergesOf } from '../../shared/files/exceljs-gaps';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import { tempDir, writeBytes } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A Chinese team's list: region label merged down column A, names in B, a VIP name and a print area. */
function chineseList(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['区域', '姓名', '电话']);
  const people = ['张三', '李四', '王五', '赵六', '张三', '孙七', '周八', '吴九'];
  people.forEach((name, i) => sheet.addRow([i < 3 ? '华东' : '华南', name, `1380013800${i}`]));
  sheet.mergeCells('A2:A4'); // 华东 over rows 2-4
  sheet.mergeCells('A5:A9'); // 华南 over rows 5-9
  sheet.mergeCells('D6:E6'); // a note across two columns on the row that is merged away
  workbook.definedNames.add("'客户'!$B$2:$B$9", 'VIP');
  workbook.definedNames.add("'客户'!$C$6", '重复电话');
  sheet.pageSetup.printArea = 'A1:C9';
  return workbook;
}

/** Merges row 6 (张三 again) into row 2, as a real merge plan does. */
function deleteRow6(): Plan {
  return { ...emptyPlan('客户'), deleteRows: [{ row: 6, values: ['华南', '张三', '13800138004'] }] };
}

const mergeList = (sheet: ExcelJS.Worksheet) =>
  mergesOf(sheet)
    .map((m) => `${m.left}:${m.top}-${m.right}:${m.bottom}`)
    .sort();

const namesOf = (workbook: ExcelJS.Workbook) =>
  Object.fromEntries(workbook.definedNames.model.map((d) => [d.name, d.ranges]));

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe('names-and-merges', () => {
  test('shrinks a merged range over a merged-away row when a merge deletes the row (zh-CN)', () => {
    const workbook = chineseList();
    applyPlanToWorkbook({ workbook }, deleteRow6());
    const sheet = workbook.getWorksheet('客户')!;
    // 华南 A5:A9 loses a row and becomes A5:A8; 华东 A2:A4 stays; D6:E6 lay inside the deleted row.
    expect(mergeList(sheet)).toEqual(['1:2-1:4', '1:5-1:8']);
    expect(sheet.getCell('A5').value).toBe('华南');
    expect(sheet.getCell('B6').value).toBe('孙七');
  });

  test('shrinks and moves defined names and the print area when rows are deleted (zh-CN)', async () => {
    const workbook = chineseList();
    applyPlanToWorkbook({ workbook }, deleteRow6());
    expect(namesOf(workbook).VIP).toEqual(["'客户'!$B$2:$B$8"]);
    expect(workbook.getWorksheet('客户')!.pageSetup.printArea).toBe('A1:C8');
    const saved = await roundTrip(workbook);
    expect(namesOf(saved).VIP).toEqual(["'客户'!$B$2:$B$8"]);
    expect(saved.getWorksheet('客户')!.pageSetup.printArea).toBe('A1:C8');
  });

  test('turns a name whose whole range was deleted into #REF! as Excel does (zh-CN)', async () => {
    const workbook = chineseList();
    applyPlanToWorkbook({ workbook }, deleteRow6());
    const xml = await sheetXml(workbook, 'xl/workbook.xml');
    expect(xml).toContain('<definedName name="重复电话">&apos;客户&apos;!#REF!</definedName>');
    expect(xml).toContain('<definedName name="VIP">&apos;客户&apos;!$B$2:$B$8</definedName>');
  });

  test('restores names and merges exactly when undo inserts the row back (zh-CN)', () => {
    const workbook = chineseList();
    const plan = deleteRow6();
    applyPlanToWorkbook({ workbook }, plan);
    applyPlanToWorkbook({ workbook }, invertPlan(plan));
    const sheet = workbook.getWorksheet('客户')!;
    expect(namesOf(workbook).VIP).toEqual(["'客户'!$B$2:$B$9"]);
    expect(sheet.pageSetup.printArea).toBe('A1:C9');
    // The merge grows back over the row restored inside it; D6:E6 is gone with its row, as in Excel.
    expect(mergeList(sheet)).toEqual(['1:2-1:4', '1:5-1:9']);
    expect(sheet.getCell('B6').value).toBe('张三');
    expect(sheet.getCell('B7').value).toBe('孙七');
  });

  test('moves names below deleted rows up and keeps rows above in place (en-US)', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['Name', 'Email']);
    ['Ann Lee', 'Bob Stone', 'Ann Lee', 'Cara Diaz', 'Dan Wu'].forEach((n) => sheet.addRow([n, `${n}@x.com`]));
    sheet.getCell('D5').value = 'Key accounts';
    sheet.mergeCells('D5:E6');
    workbook.definedNames.add('Customers!$A$5:$B$6', 'KeyAccounts');
    workbook.definedNames.add('Customers!$A$1:$B$1', 'Header');
    applyPlanToWorkbook(
      { workbook },
      { ...emptyPlan('Customers'), deleteRows: [{ row: 4, values: ['Ann Lee', 'Ann Lee@x.com'] }] },
    );
    expect(namesOf(workbook)).toMatchObject({
      KeyAccounts: ['Customers!$A$4:$B$5'],
      Header: ['Customers!$A$1:$B$1'],
    });
    expect(mergeList(sheet)).toEqual(['4:4-5:5']);
    expect(sheet.getCell('D4').value).toBe('Key accounts');
  });
});

/** Names exceljs cannot model as cell blocks, as Excel writes them: whole columns, a dynamic range, a sheet-scoped name. */
const WRITTEN_BY_EXCEL =
  '<definedNames>' +
  '<definedName name="客户列表">客户!$A:$C</definedName>' +
  '<definedName name="手机号">OFFSET(客户!$C$2,0,0,COUNTA(客户!$C:$C)-1,1)</definedName>' +
  '<definedName name="区域" localSheetId="0">客户!$A$2:$A$9</definedName>' +
  '<definedName name="Top">&apos;客户&apos;!$B$2:$B$9</definedName>' +
  '</definedNames>';

async function withExcelNames(workbook: ExcelJS.Workbook): Promise<string> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const xml = (await zip.file('xl/workbook.xml')!.async('string'))
    .replace(/<definedNames>.*<\/definedNames>/, '')
    .replace('</sheets>', `</sheets>${WRITTEN_BY_EXCEL}`);
  zip.file('xl/workbook.xml', xml);
  return writeBytes(tmp.file('named.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
}

describe('names-and-merges (file read and written)', () => {
  test('keeps whole-column, formula and sheet-scoped names through a merge, moving their rows (zh-CN)', async () => {
    const loaded = await readWorkbookFile(await withExcelNames(chineseList()));
    applyPlanToWorkbook(loaded, deleteRow6());
    const out = tmp.file('named-out.xlsx');
    await writeWorkbookFile(loaded, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toContain('<definedName name="客户列表">客户!$A:$C</definedName>');
    expect(xml).toContain('<definedName name="手机号">OFFSET(客户!$C$2,0,0,COUNTA(客户!$C:$C)-1,1)</definedName>');
    expect(xml).toContain('<definedName name="区域" localSheetId="0">客户!$A$2:$A$8</definedName>');
    expect(xml).toContain('<definedName name="Top">&apos;客户&apos;!$B$2:$B$8</definedName>');
  });

  test('reads a name over the whole sheet without expanding it cell by cell (en-US)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['Name', 'Email']);
    sheet.addRow(['Ann Lee', 'ann@example.com']);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const names =
      '<definedNames><definedName name="Everything">Customers!$A$1:$XFD$1048576</definedName></definedNames>';
    zip.file(
      'xl/workbook.xml',
      (await zip.file('xl/workbook.xml')!.async('string')).replace('</sheets>', `</sheets>${names}`),
    );
    const file = writeBytes(tmp.file('everything.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const loaded = await readWorkbookFile(file);
    expect(loaded.workbook.definedNames.model).toEqual([
      { name: 'Everything', ranges: ['Customers!$A$1:$XFD$1048576'] },
    ]);
  });
});

async function sheetXml(workbook: ExcelJS.Workbook, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  return zip.file(part)!.async('string');
}

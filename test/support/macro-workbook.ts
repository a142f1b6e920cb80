/**
 * An .xlsm as Excel saves one: the workbook exceljs writes, plus a VBA project (xl/vbaProject.bin, a
 * compound file with the project's streams), its relationship from the workbook and the content
 * types Excel gives a macro-enabled workbook.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { compoundFile } from './compound-file';

const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const VBA_PROJECT = 'application/vnd.ms-office.vbaProject';
const VBA_RELATIONSHIP = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

export async function macroWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace(/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/, MACRO_MAIN)
      .replace('<Default ', `<Default Extension="bin" ContentType="${VBA_PROJECT}"/><Default `),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdVba1" Type="${VBA_RELATIONSHIP}" Target="vbaProject.bin"/></Relationships>`,
    ),
  );
  zip.file('xl/vbaProject.bin', compoundFile(['PROJECT', 'PROJECTwm', 'dir']));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

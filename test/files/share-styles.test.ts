import ExcelJS from 'exceljs';
import { shareEqualStyles } from '../../shared/files/share-styles';

describe('shareEqualStyles', () => {
  test('gives cells with equal styles one object and keeps every cell its style through a write', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户列表');
    const unlocked = { locked: false };
    const bold = { bold: true };
    sheet.addRow(['姓名', '手机', '创建日期']);
    sheet.getRow(1).eachCell((cell) => (cell.style = { font: bold }));
    for (let r = 2; r <= 200; r++) {
      sheet.getCell(r, 1).value = `客户${r}`;
      sheet.getCell(r, 1).style = { protection: unlocked };
      sheet.getCell(r, 2).style = { protection: unlocked, numFmt: '@' };
      sheet.getCell(r, 3).style = { numFmt: 'yyyy-mm-dd' };
    }
    shareEqualStyles(workbook);
    const styles = new Set<unknown>();
    sheet.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => styles.add(cell.style)));
    expect(styles.size).toBe(4);
    expect(sheet.getCell(2, 1).style).toBe(sheet.getCell(200, 1).style);
    expect(sheet.getCell(2, 1).style).not.toBe(sheet.getCell(2, 2).style);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await workbook.xlsx.writeBuffer());
    const read = back.getWorksheet('客户列表')!;
    expect(read.getCell('A1').font?.bold).toBe(true);
    expect(read.getCell('A150').protection?.locked).toBe(false);
    expect(read.getCell('B150').numFmt).toBe('@');
    expect(read.getCell('B150').protection?.locked).toBe(false);
    expect(read.getCell('C150').numFmt).toBe('yyyy-mm-dd');
    expect(read.getCell('C150').protection?.locked).not.toBe(false);
  });

  test('keeps a date cell without a number format a date when its style object is a text cell’s too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('重复客户');
    const plain = {};
    sheet.getCell('A1').value = '注册日期';
    sheet.getCell('A1').style = plain;
    sheet.getCell('A2').value = new Date(Date.UTC(2024, 0, 5));
    sheet.getCell('A2').style = plain;
    sheet.getCell('A3').value = '张伟';
    sheet.getCell('A3').style = plain;
    shareEqualStyles(workbook);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await workbook.xlsx.writeBuffer());
    const read = back.getWorksheet('重复客户')!;
    expect(read.getCell('A2').value).toEqual(new Date(Date.UTC(2024, 0, 5)));
    expect(read.getCell('A1').numFmt).toBeUndefined();
    expect(read.getCell('A3').numFmt).toBeUndefined();
  });
});

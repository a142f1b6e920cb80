import { join } from 'node:path';
import { CRM_ROWS, SALES_ROWS, WECOM_ROWS } from '../operations/combine-fixtures';
import { writeGbkCsv, writeUtf8Csv, writeXlsx } from './fixtures';
import { tempDir } from './run';

/** A folder with a WeCom export saved as GBK, a salesperson's workbook, and a partner's English CSV. */
export async function threeFiles(): Promise<string> {
  const dir = tempDir();
  writeGbkCsv(join(dir, '企微客户导出.csv'), WECOM_ROWS);
  await writeXlsx(join(dir, '销售A.xlsx'), SALES_ROWS, { sheet: '客户' });
  writeUtf8Csv(join(dir, 'partner-crm.csv'), CRM_ROWS);
  return dir;
}

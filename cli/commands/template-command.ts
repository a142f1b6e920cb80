/** `custodian template -o FILE [--locale zh-CN|en-US]`: an empty governed customer workbook. */
import { parseArgs } from 'node:util';
import { planSetup } from '../../shared/operations/setup';
import { EXIT } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { newWorkbook } from '../io/new-workbook';
import { writeWorkbookFile } from '../io/write-workbook';
import { outputPath } from './input-path';

export async function templateCommand(args: string[], io: CliStreams): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
      template: { type: 'string' },
    },
  });
  const out = outputPath(values.output, io, 'template');
  const options = operationOptions(values);
  const locale = options.locale ?? 'zh-CN';
  const loaded = newWorkbook(locale === 'zh-CN' ? '客户' : 'Customers');
  const { plan, mapping } = planSetup(loaded.snapshot, { ...options, locale });
  await applyPlanToWorkbook(loaded, plan);
  await writeWorkbookFile(loaded, out);
  const fields = mapping.columns.filter((c) => c.field).length;
  io.stdout.write(
    `Wrote ${out}: ${fields} columns, ${plan.validations.length} dropdowns, ${plan.required.length} required columns (${locale}).\n`,
  );
  return EXIT.ok;
}

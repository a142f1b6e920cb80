/**
 * `custodian template -o FILE [--locale zh-CN|en-US]`: an empty governed customer workbook.
 * `custodian template --json [--template FILE] [FILE]`: the template in use, as the JSON `--template` takes.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planSetup } from '../../shared/operations/setup';
import { storedTemplate } from '../../shared/operations/options';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { templateToJson } from '../../shared/template/schema';
import { EXIT, UsageError } from '../cli-error';
import { readWorkbookFile } from '../io/read-workbook';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { newWorkbook } from '../io/new-workbook';
import { writeWorkbookFile } from '../io/write-workbook';
import { outputPath } from './input-path';

export async function templateCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
      template: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (values.json) return printTemplate(values, positionals, io);
  if (positionals.length > 0)
    throw new UsageError(`custodian template: a FILE is read only with --json; to write a workbook use -o FILE`);
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

/**
 * The template a command would use: --template FILE, else the one stored in the workbook FILE (by
 * set up or clean), else the built-in one. Printed whole (defaults filled in) so it can be edited
 * and passed back with --template.
 */
async function printTemplate(
  values: { output?: string; template?: string; locale?: string },
  positionals: string[],
  io: CliStreams,
): Promise<number> {
  if (values.output !== undefined)
    throw new UsageError('custodian template: --json prints the template; -o writes a workbook: use one of them');
  if (positionals.length > 1)
    throw new UsageError(
      `custodian template: one file at a time, got ${positionals.length}: ${positionals.join(', ')}`,
    );
  const { template } = operationOptions(values);
  let inUse = template;
  if (!inUse && positionals.length === 1) {
    const loaded = await readWorkbookFile(resolve(io.cwd, positionals[0]!), { readOnly: true });
    inUse = storedTemplate(loaded.snapshot);
    if (!inUse) io.stderr.write(`${loaded.displayName} stores no template: this is the built-in one.\n`);
  }
  io.stdout.write(`${templateToJson(inUse ?? DEFAULT_TEMPLATE)}\n`);
  return EXIT.ok;
}

/**
 * `custodian demo [-o DIR]`: a built-in messy customer list, checked and cleaned, so a newcomer
 * sees what Custodian does without a file of their own.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleCustomers } from '../../shared/ui/demo/sample-customers';
import { EXIT } from '../cli-error';
import type { CliStreams } from '../io-streams';
import { newWorkbook } from '../io/new-workbook';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { writeWorkbookFile } from '../io/write-workbook';
import { emptyPlan } from '../../shared/plan/plan';
import { checkCommand } from './check-command';
import { cleanCommand } from './clean-command';
import { dedupeCommand } from './dedupe-command';
import { mergeCommand } from './merge-command';

export async function demoCommand(args: string[], io: CliStreams): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, today: { type: 'string' } },
  });
  const dir = resolve(io.cwd, values.output ?? 'demo-output');
  mkdirSync(dir, { recursive: true });
  const messy = join(dir, 'customers-messy.xlsx');
  const clean = join(dir, 'customers-clean.xlsx');
  const merged = join(dir, 'customers-merged.xlsx');
  await writeSample(messy);
  const today = values.today ? ['--today', values.today] : [];

  io.stdout.write(`Custodian demo: a messy customer list was written to ${messy}\n\n== custodian check ${messy}\n`);
  await checkCommand([messy, ...today], io);
  io.stdout.write(`\n== custodian clean ${messy} -o ${clean}\n`);
  const code = await cleanCommand([messy, '-o', clean, ...today], io);
  io.stdout.write(`\n== custodian check ${clean}\n`);
  await checkCommand([clean, ...today], io);
  io.stdout.write(`\n== custodian dedupe ${clean}\n`);
  await dedupeCommand([clean], io);
  io.stdout.write(`\n== custodian merge ${clean} -o ${merged}\n`);
  const mergeCode = await mergeCommand([clean, '-o', merged], io);
  io.stdout.write(
    `\nOpen ${merged} in Excel or LibreOffice to see the dropdowns, required columns, formats and the archive and log sheets.\n`,
  );
  return code === EXIT.ok ? mergeCode : code;
}

async function writeSample(path: string): Promise<void> {
  const sample = sampleCustomers(new Date());
  const loaded = newWorkbook(sample.name);
  const plan = emptyPlan(sample.name);
  plan.sheets.push({ name: sample.name, hidden: false, mode: 'replace', rows: sample.values });
  await applyPlanToWorkbook(loaded, plan);
  await writeWorkbookFile(loaded, path);
}

/**
 * A template whose options are bad is refused before anything is written: the message names the
 * field and the clash, and no workbook appears (governing a sheet is all or nothing).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { run, tempDir } from '../cli/run';

function templateWith(
  gender: { key: string; labels: { 'zh-CN': string; 'en-US': string }; synonyms: string[] }[],
): string {
  const template = JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)) as { fields: { key: string; options?: unknown[] }[] };
  template.fields.find((f) => f.key === 'gender')!.options = gender;
  return JSON.stringify(template);
}

describe('a bad template option', () => {
  test.each([
    ['zh-CN', '"男" names two options (male and female)'],
    ['en-US', '"男" names two options (male and female)'],
  ])('is refused with the field named and nothing written when setting up a %s workbook', async (locale, clash) => {
    const dir = tempDir();
    // A team copied 男 into the female option's synonyms: entry could not tell the two apart.
    writeFileSync(
      join(dir, 'bad.json'),
      templateWith([
        { key: 'male', labels: { 'zh-CN': '男', 'en-US': 'Male' }, synonyms: ['M'] },
        { key: 'female', labels: { 'zh-CN': '女', 'en-US': 'Female' }, synonyms: ['F', '男'] },
      ]),
    );
    const result = await run(
      ['template', '-o', 'governed.xlsx', '--locale', locale, '--template', join(dir, 'bad.json')],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`fields[3].options: ${clash}`);
    expect(existsSync(join(dir, 'governed.xlsx'))).toBe(false);
  });
});

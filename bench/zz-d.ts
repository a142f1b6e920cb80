import { readFileSync } from 'node:fs';
import { parseCsv } from '../shared/files/parse-csv';
import { findDuplicates } from '../shared/dedupe';
const values = parseCsv(readFileSync('/tmp/p3/mc.csv'), 'mc.csv').rows;
console.log(JSON.stringify(findDuplicates({ name: 'mc', values }, {}).clusters?.length));

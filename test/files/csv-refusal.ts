import { FileInputError } from '../../shared/files/file-input-error';
import { parseCsv } from '../../shared/files/parse-csv';

/** The error reading `bytes` as a CSV file refuses them with; fails the test when they are read. */
export function refusal(bytes: Buffer, file = 'customers.csv'): FileInputError {
  try {
    parseCsv(bytes, file);
  } catch (error) {
    if (error instanceof FileInputError) return error;
    throw error;
  }
  throw new Error('read without an error');
}

import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The data and tools folder that sits beside the repository (`../shared`). A clone elsewhere
 * names it with CUSTODIAN_SHARED_DIR; the workplace's own copy is the last resort.
 */
export function sharedFolder(): string {
  const root = path.resolve(__dirname, '../..');
  const candidates = [process.env.CUSTODIAN_SHARED_DIR, path.resolve(root, '../shared'), '/work/shared'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((dir) => existsSync(path.join(dir, 'schemas')));
  if (!found)
    throw new Error(`The shared data folder is missing: looked in ${candidates.join(', ')} (set CUSTODIAN_SHARED_DIR)`);
  return found;
}

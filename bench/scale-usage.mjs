// Preloaded into each command the scale bench runs (node --import): writes the process's own
// resource usage (CPU, peak RSS) to SCALE_USAGE_FILE as it exits, as Node gives no child's usage.
import { writeFileSync } from 'node:fs';

const target = process.env.SCALE_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, JSON.stringify(process.resourceUsage()));
  });
}

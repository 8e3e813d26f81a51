import { plural } from './narrator.js';

/**
 * Two lines summarising many reads for people: how many, how many bytes in all, and their sizes
 * as far as they fit the width ("…" for the rest), with the smallest and largest.
 */
export function describeReads(reads: readonly Uint8Array[], columns: number): string {
  const sizes = reads.map((read) => read.length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const head = `  server  read ${plural(total, 'byte')} in ${plural(reads.length, 'read')}`;
  if (sizes.length === 0) return head;
  const stats = ` (smallest ${Math.min(...sizes)}, largest ${Math.max(...sizes)})`;
  const prefix = '          sizes: ';
  let line = prefix;
  for (const [index, size] of sizes.entries()) {
    const more = index < sizes.length - 1;
    const next = `${line === prefix ? '' : ' '}${size}`;
    if (line.length + next.length + (more ? 2 : 0) > columns) {
      line += ' …';
      break;
    }
    line += next;
  }
  return `${head}${stats}\n${line}`;
}

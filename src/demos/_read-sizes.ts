import stringWidth from 'string-width';
import { type Narrator, SIDE_COLUMNS } from './narrator.js';

/**
 * Two lines summarising many reads for people: how many, how many bytes in all, and their sizes
 * as far as they fit the width ("…" for the rest), with the smallest and largest.
 */
export function describeReads(narrator: Narrator, reads: readonly Uint8Array[]): string {
  const { columns } = narrator;
  const sizes = reads.map((read) => read.length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const head = `${narrator.sideLabel('server')}${narrator.format('reads.head', {
    size: narrator.count(total),
    reads: narrator.count(reads.length, 'reads'),
  })}`;
  if (sizes.length === 0) return head;
  const stats = narrator.format('reads.stats', {
    smallest: Math.min(...sizes),
    largest: Math.max(...sizes),
  });
  const prefix = `${' '.repeat(SIDE_COLUMNS)}${narrator.format('reads.sizes')} `;
  let line = prefix;
  for (const [index, size] of sizes.entries()) {
    const more = index < sizes.length - 1;
    const next = `${line === prefix ? '' : ' '}${size}`;
    if (stringWidth(line) + next.length + (more ? 2 : 0) > columns) {
      line += ' …';
      break;
    }
    line += next;
  }
  return `${head}${stats}\n${line}`;
}

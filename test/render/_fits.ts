import { expect } from 'vitest';

/** Asserts every line of `text` is at most 80 columns (renderers here draw single-width text). */
export function expectFits80(text: string): void {
  for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
}

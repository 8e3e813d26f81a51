import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

/** An input whose refusal runs to well over 150 characters. */
const LONG = ['subnet', '2130706433/8'];

describe('the netlab: line of an error', () => {
  test('stays one logical line in a pipe, however long', async () => {
    const io = memoryIo();
    expect(await main(LONG, io)).toBe(2);
    expect(io.err().length).toBeGreaterThan(150);
    expect(io.err().split('\n')).toHaveLength(2);
  });

  test.for([80, 60, 40])(
    'wraps on word boundaries with an indent on a %d-column terminal',
    async (columns) => {
      const piped = memoryIo();
      await main(LONG, piped);
      const io = memoryIo({ stderrIsTTY: true, columns });
      expect(await main(LONG, io)).toBe(2);
      const lines = io.err().trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {8}\S/);
      // The same words, in the same order: only the breaks differ.
      expect(lines.map((line) => line.trim()).join(' ')).toBe(piped.err().trim());
    },
  );
});

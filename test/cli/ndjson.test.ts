import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

/** Commands whose --json printed pretty-printed objects or arrays, with the records they give. */
const CASES = [
  [['arp'], 1],
  [['handshake'], 1],
  [['layers'], 1],
  [['lesson'], 9],
  [['lesson', 'ports'], 1],
  [['tour'], 9],
] as const;

describe('--json is NDJSON: one object a line, never pretty-printed, never an array', () => {
  test.for(CASES)('netlab %j --json writes %d record(s), one per line', async ([args, count]) => {
    const io = memoryIo();
    expect(await main([...args, '--json'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(count);
    for (const line of lines) {
      const record: unknown = JSON.parse(line);
      expect(typeof record === 'object' && record !== null && !Array.isArray(record)).toBe(true);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('an option given twice is refused once for every command', () => {
  test('a repeated string option is exit 2 naming the option, not a crash', async () => {
    const io = memoryIo();
    expect(await main(['port', '--port', '1', '--port', '2'], io)).toBe(2);
    expect(io.err()).toBe('netlab: --port was given twice: give it once\n');
  });

  test('options declared as arrays may still repeat', async () => {
    const io = memoryIo();
    expect(await main(['port', '80', '443'], io)).toBe(0);
  });
});

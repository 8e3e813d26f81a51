import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('main() decides the exit code at the edge', () => {
  test('an unexpected error is exit 1, reported as a bug with its stack, not as bad input', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    });
    broken.write = () => {
      throw new TypeError('stdout went wrong');
    };
    const io = memoryIo({ stdout: broken });
    expect(await main(['mask', '/24'], io)).toBe(1);
    const [first, second] = io.err().split('\n');
    expect(first).toBe('netlab: internal error (this is a bug in netlab, please report it):');
    expect(second).toBe('TypeError: stdout went wrong');
  });

  test('bad input is exit 2 with one line and no stack', async () => {
    const io = memoryIo();
    expect(await main(['mask', '255.0.255.0'], io)).toBe(2);
    expect(io.err().split('\n')).toEqual([
      expect.stringMatching(/^netlab: cannot parse mask "255\.0\.255\.0": ones must be contiguous/),
      '',
    ]);
    expect(io.out()).toBe('');
  });

  test('a different answer is still exit 0', async () => {
    const io = memoryIo();
    expect(await main(['same-subnet', '10.0.0.1', '10.0.1.1', '/24', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ sameSubnet: false });
  });
});

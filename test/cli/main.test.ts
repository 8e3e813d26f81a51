import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { reportError } from '../../src/cli/report-error.js';
import { InternalError } from '../../src/core/errors.js';
import { memoryIo } from '../helpers/memory-io.js';

/** A stdout whose write throws, as a bug in netlab would. */
function brokenStream(): Writable {
  const broken = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  broken.write = () => {
    throw new TypeError('stdout went wrong');
  };
  return broken;
}

describe('main() decides the exit code at the edge', () => {
  test('an unexpected error is exit 1 and one line that says it is a bug, without a stack', async () => {
    const io = memoryIo({ stdout: brokenStream() });
    expect(await main(['mask', '/24'], io)).toBe(1);
    expect(io.err()).toBe(
      'netlab: internal error (TypeError: stdout went wrong): a bug in netlab 0.0.0-dev; please report it to the netlab maintainers (NETLAB_DEBUG=1 shows where it happened)\n',
    );
  });

  test('with NETLAB_DEBUG=1 the bug line is followed by the stack', async () => {
    const io = memoryIo({ stdout: brokenStream(), env: { NETLAB_DEBUG: '1' } });
    expect(await main(['mask', '/24'], io)).toBe(1);
    const [first, second, third] = io.err().split('\n');
    expect(first).toMatch(
      /^netlab: internal error \(TypeError: stdout went wrong\): a bug in netlab/,
    );
    expect(second).toBe('TypeError: stdout went wrong');
    expect(third).toMatch(/^ {4}at /);
  });

  test('a broken invariant (InternalError) is reported as a bug too', () => {
    const io = memoryIo();
    expect(reportError(new InternalError('no-syn-ack'), io, { json: true, lang: 'en' })).toBe(1);
    expect(io.err()).toMatch(
      /^netlab: internal error \(InternalError: the handshake simulation sent no SYN-ACK\): a bug in netlab/,
    );
    expect(io.out()).toBe('');
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

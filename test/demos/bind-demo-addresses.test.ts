import { describe, expect, test } from 'vitest';
import { bindDials, runBindDemo } from '../../src/demos/bind-demo.js';
import type { DemoOptions } from '../../src/demos/demo-options.js';
import type { InterfaceAddress } from '../../src/net/interface-addresses.js';
import { memoryContext, memoryIo } from '../helpers/memory-io.js';
import { attemptsByServer } from './_demo-helpers.js';

const OPTIONS: DemoOptions = {
  name: 'bind',
  role: 'both',
  host: '127.0.0.1',
  port: 0,
  broken: false,
};
const LOOPBACK: InterfaceAddress = {
  name: 'lo',
  address: '127.0.0.1',
  family: 'IPv4',
  internal: true,
};

/** Runs the bind demo with `addresses` in place of this machine's. */
async function runWith(addresses: readonly InterfaceAddress[], json: boolean) {
  const io = memoryIo();
  const code = await runBindDemo(OPTIONS, memoryContext(io, { json }), {
    addresses: () => addresses,
  });
  return { code, out: io.out(), err: io.err() };
}

describe('bindDials()', () => {
  test('dials both loopback addresses, then each non-loopback IPv4 address once', () => {
    const dials = bindDials([
      LOOPBACK,
      { name: 'eth0', address: '192.0.2.2', family: 'IPv4', internal: false },
      { name: 'eth0', address: '2001:db8::2', family: 'IPv6', internal: false },
      { name: 'eth1', address: '198.51.100.7', family: 'IPv4', internal: false },
      { name: 'br0', address: '192.0.2.2', family: 'IPv4', internal: false },
    ]);
    expect(dials.map((dial) => dial.address)).toEqual([
      '127.0.0.1',
      '127.0.0.2',
      '192.0.2.2',
      '198.51.100.7',
    ]);
  });

  test('dials only loopback when the machine has no other address', () => {
    expect(bindDials([LOOPBACK]).map((dial) => dial.address)).toEqual(['127.0.0.1', '127.0.0.2']);
  });
});

// 127.0.0.3 stands in for a network address: Linux routes all of 127/8 to this machine, so the
// test dials nothing but this machine and still sees what a 127.0.0.1 binding refuses.
describe.runIf(process.platform === 'linux')('netlab demo bind with injected addresses', () => {
  const injected: readonly InterfaceAddress[] = [
    LOOPBACK,
    { name: 'eth9', address: '127.0.0.3', family: 'IPv4', internal: false },
  ];

  test('a non-loopback address is refused by the 127.0.0.1 server and reached through 0.0.0.0', async () => {
    const run = await runWith(injected, true);
    expect(run.code).toBe(0);
    expect(attemptsByServer(run.out)).toEqual({
      '127.0.0.1': ['127.0.0.1 reached', '127.0.0.2 ECONNREFUSED', '127.0.0.3 ECONNREFUSED'],
      '0.0.0.0': ['127.0.0.1 reached', '127.0.0.2 reached', '127.0.0.3 reached'],
    });
  });

  test('the narration names the address and ends with a table of both servers', async () => {
    const run = await runWith(injected, false);
    expect(run.out).toMatch(/^ {2}eth9 +127\.0\.0\.3 +reachable from its network$/m);
    expect(run.out).toContain('  not those to 127.0.0.3, even from this machine itself.\n');
    expect(run.out).toContain(
      [
        '  dialled           bound to 127.0.0.1  bound to 0.0.0.0',
        '  127.0.0.1         reached             reached',
        '  127.0.0.2         refused             reached',
        '  127.0.0.3         refused             reached',
      ].join('\n'),
    );
    expect(run.out).not.toContain('no IPv4 address outside loopback');
  });

  test('with only loopback addresses it says so and still exits 0', async () => {
    const run = await runWith([LOOPBACK], false);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'This machine has no IPv4 address outside loopback right now, so the demo can\n',
    );
    expect(run.err).toMatch(/^warning: 0\.0\.0\.0:\d+ is open/);
  });
});

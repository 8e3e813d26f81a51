import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('netlab handshake', () => {
  test('netlab handshake draws the handshake and close with the fixed default ISNs', async () => {
    const result = await runCli(['handshake']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      ' 1 SYN-SENT     -- SYN seq=1000 -------------------------------> SYN-RECEIVED',
    );
    expect(result.stdout).toContain(
      ' 7 TIME-WAIT    -- ACK seq=1002 ack=5002 ----------------------> CLOSED',
    );
  });

  test('netlab handshake --data hello adds a 5-byte segment and its ACK', async () => {
    const result = await runCli([
      'handshake',
      '--data',
      'hello',
      '--isn-client',
      '0',
      '--isn-server',
      '100',
    ]);
    expect(result.stdout).toContain(
      ' 4 ESTABLISHED  -- PSH,ACK seq=1 ack=101 len=5 ----------------> ESTABLISHED',
    );
    expect(result.stdout).toContain(
      ' 5 ESTABLISHED  <-- ACK seq=101 ack=6 -------------------------- ESTABLISHED',
    );
  });

  test('netlab handshake --json prints every event with both TCBs', async () => {
    const result = await runCli(['handshake', '--json']);
    const run = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    expect([run.isnClient, run.isnServer, run.dataLength]).toEqual([1000, 5000, 0]);
    const syn = run.events.find((event: { kind: string }) => event.kind === 'segment');
    expect(syn).toEqual({
      kind: 'segment',
      phase: 'open',
      from: 'client',
      to: 'server',
      segment: { seq: 1000, ack: 0, flags: ['SYN'], length: 0 },
      client: { state: 'SYN-SENT', iss: 1000, sndUna: 1000, sndNxt: 1001, irs: null, rcvNxt: null },
      server: {
        state: 'SYN-RECEIVED',
        iss: 5000,
        sndUna: 5000,
        sndNxt: 5001,
        irs: 1000,
        rcvNxt: 1001,
      },
    });
  });

  test('netlab handshake --random-isn picks ISNs within 32 bits', async () => {
    const run = JSON.parse((await runCli(['handshake', '--random-isn', '--json'])).stdout);
    for (const isn of [run.isnClient, run.isnServer]) {
      expect(Number.isInteger(isn) && isn >= 0 && isn < 2 ** 32).toBe(true);
    }
  });

  test.for([
    [
      ['--isn-client', '4294967296'],
      'netlab: cannot use --isn-client "4294967296": sequence numbers are 32 bits, so the largest is 4294967295\n',
    ],
    [
      ['--isn-server', '0x10'],
      'netlab: cannot use --isn-server "0x10": a sequence number is a whole decimal number from 0 to 4294967295\n',
    ],
    [
      ['--isn-client', '010'],
      'netlab: cannot use --isn-client "010": a leading zero is ambiguous (octal?); write the number without it\n',
    ],
    [
      ['--isn-client', '5', '--random-isn'],
      'netlab: cannot use --isn-client with --random-isn: choose one or the other\n',
    ],
    [
      ['--data', ''],
      'netlab: cannot send --data of 0 bytes: the simulation sends 1 to 1460 bytes (one TCP segment that fits in an Ethernet frame); give some text or leave --data out\n',
    ],
    [
      ['--data', 'x'.repeat(1461)],
      'netlab: cannot send --data of 1461 bytes: the simulation sends 1 to 1460 bytes (one TCP segment that fits in an Ethernet frame); shorten it\n',
    ],
  ] as const)('netlab handshake %s exits 2 with the reason', async ([args, message]) => {
    const result = await runCli(['handshake', ...args]);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', message]);
  });
});

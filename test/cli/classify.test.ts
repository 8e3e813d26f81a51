import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

function jsonLines(stdout: string): unknown[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('netlab classify', () => {
  test('netlab classify 192.0.0.9 lists its /32 before 192.0.0.0/24 and exits 0', async () => {
    const result = await runCli(['classify', '192.0.0.9']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('192.0.0.9 (IPv4): in 2 blocks, most specific first');
    const pcp = lines.findIndex((line) => line.includes('192.0.0.9/32'));
    const ietf = lines.findIndex((line) => line.includes('192.0.0.0/24'));
    expect(pcp).toBeGreaterThan(0);
    expect(ietf).toBeGreaterThan(pcp);
    expect(result.stdout).toContain(
      'private: no (only 10/8, 172.16/12, 192.168/16 and fc00::/7 are)',
    );
    expect(result.stdout).toContain(
      'globally reachable: yes (192.0.0.9/32 says yes; the most specific block decides)',
    );
  });

  test('netlab classify output fits 80 columns, even for the longest names and notes', async () => {
    const result = await runCli([
      'classify',
      '2001:30::1',
      '::ffff:127.0.0.1',
      '255.255.255.255',
      '::2',
    ]);
    expect(result.code).toBe(0);
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('netlab --json classify 10.1.2.3 prints the documented record', async () => {
    const result = await runCli(['--json', 'classify', '10.1.2.3']);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      {
        address: '10.1.2.3',
        version: 4,
        blocks: [
          {
            name: 'Private-Use',
            cidr: '10.0.0.0/8',
            rfc: 'RFC 1918',
            source: true,
            destination: true,
            forwardable: true,
            globallyReachable: false,
            reservedByProtocol: false,
            registry: 'iana-ipv4-special',
          },
        ],
        private: true,
        globallyReachable: false,
        decidedBy: '10.0.0.0/8',
        reason: 'registry',
        mappedIpv4: null,
        carriedBy: null,
        multicast: null,
      },
    ]);
  });

  test('netlab --json classify with two addresses prints one JSON line each', async () => {
    const result = await runCli(['--json', 'classify', '8.8.8.8', '::fFFf:127.0.0.1']);
    expect(result.code).toBe(0);
    const [google, mapped] = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(google).toMatchObject({ address: '8.8.8.8', blocks: [], globallyReachable: true });
    expect(mapped).toMatchObject({
      address: '::ffff:127.0.0.1',
      version: 6,
      blocks: [{ cidr: '::ffff:0:0/96', name: 'IPv4-mapped Address' }],
      globallyReachable: false,
      mappedIpv4: {
        address: '127.0.0.1',
        blocks: [{ cidr: '127.0.0.0/8', name: 'Loopback' }],
        globallyReachable: false,
      },
    });
  });

  test('netlab classify ff0e::1 names no registry block and lets the global scope decide', async () => {
    const result = await runCli(['classify', 'ff0e::1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('in no special-purpose block');
    expect(result.stdout).toContain(
      'globally reachable: yes (not in the special-purpose registries;',
    );
    expect(result.stdout).toContain('scope');
    expect(result.stdout).not.toContain('ff00::/8');
  });

  test('netlab classify 64:ff9b::10.0.0.1 is not globally reachable (RFC 6052 §3.1)', async () => {
    const result = await runCli(['classify', '64:ff9b::10.0.0.1']);
    expect(result.stdout).toMatch(/globally reachable: no \(RFC 6052 §3\.1/);
    expect(result.stdout).toContain('It carries the IPv4 address 10.0.0.1 (NAT64');
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('netlab classify ::ffff:127.0.0.1 shows the carried IPv4 address as loopback', async () => {
    const result = await runCli(['classify', '::ffff:127.0.0.1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'It carries the IPv4 address 127.0.0.1 (IPv4-mapped, RFC 4291 §2.5.5.2),\nclassified on its own:',
    );
    expect(result.stdout).toContain('│ 127.0.0.0/8 │ Loopback │');
  });

  test.for([
    '0x7f.1',
    '0x7f.0.0.1',
    '127.1',
    '012.1.2.3',
    '2130706433',
    '256.1.1.1',
    '1.2.3.4/33',
    ' 1.2.3.4',
    '1.2.3.4 ',
    '',
  ])('netlab classify %j exits 2 with one line naming the value', async (text) => {
    const result = await runCli(['classify', text]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `^netlab: cannot parse address ${escapeRegExp(JSON.stringify(text))}: [^\\n]+\\n$`,
      ),
    );
  });

  test('netlab classify refuses the whole run when one of several addresses is bad', async () => {
    const result = await runCli(['classify', '10.1.2.3', '127.1']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  test('netlab classify with no address exits 2 and says what to give', async () => {
    const result = await runCli(['classify']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netlab: classify needs an address, e.g. "netlab classify 10.1.2.3" (or --stdin)\n',
    });
  });

  test('netlab classify refuses addresses and --stdin together', async () => {
    const result = await runCli(['classify', '10.1.2.3', '--stdin']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'netlab: cannot take "10.1.2.3" with --stdin: the cases come from stdin, one a line\n',
    });
  });
});

describe('netlab classify --stdin', () => {
  test('netlab --json classify --stdin writes NDJSON with an error record and exits 2', async () => {
    const result = await runCli(['--json', 'classify', '--stdin'], {
      input: '10.1.2.3\r\n0x7f.1\n::1\n',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const [first, bad, third] = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(first).toMatchObject({ address: '10.1.2.3', private: true });
    expect(bad).toMatchObject({
      line: 2,
      input: '0x7f.1',
      error: {
        code: 'bad-address',
        message: expect.stringMatching(/^cannot parse address "0x7f\.1": /),
      },
    });
    expect(third).toMatchObject({ address: '::1', blocks: [{ name: 'Loopback Address' }] });
  });

  test('netlab classify --stdin writes one summary line per input line', async () => {
    const result = await runCli(['classify', '--stdin'], {
      input: '192.0.0.9\n::ffff:10.0.0.1\n8.8.8.8\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '192.0.0.9  Port Control Protocol Anycast (192.0.0.9/32)  private: no  global: yes',
      '::ffff:10.0.0.1  IPv4-mapped Address (::ffff:0:0/96)  carries 10.0.0.1: Private-Use (10.0.0.0/8)  private: yes  global: no',
      '8.8.8.8  no special-purpose block  private: no  global: yes',
      '',
    ]);
  });

  test('netlab classify --stdin skips blank and # lines, reports a bad line on stderr, goes on', async () => {
    const result = await runCli(['classify', '--stdin'], {
      input: '\n# loopback first\n127.0.0.1\n0x7f.1\n::1\n',
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      '127.0.0.1  Loopback (127.0.0.0/8)  private: no  global: no\n' +
        '::1  Loopback Address (::1/128)  private: no  global: no\n',
    );
    expect(result.stderr).toMatch(/^netlab: line 4: cannot parse address "0x7f\.1": [^\n]+\n$/);
  });

  test('netlab classify --stdin streams 20000 lines, one result each', async () => {
    const input = Array.from({ length: 20_000 }, (_, i) => `10.${i >> 8}.${i & 255}.1\n`).join('');
    const result = await runCli(['--json', 'classify', '--stdin'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(20_000);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

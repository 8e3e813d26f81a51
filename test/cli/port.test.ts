import { describe, expect, test } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { holdTcpPort } from '../helpers/hold-tcp-port.js';
import { runCli } from '../helpers/run-cli.js';

describe('netlab port', () => {
  test('netlab port 80 3306 50000 names each range and service, exit 0', async () => {
    const result = await runCli(['port', '80', '3306', '50000']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('│ range    │ System Ports (well-known ports): 0-1023');
    expect(result.stdout).toContain('│ tcp      │ HTTP (http): The web, unencrypted (RFC 9112)');
    expect(result.stdout).toContain('│ range    │ User Ports (registered ports): 1024-49151');
    expect(result.stdout).toContain('│ tcp      │ MySQL (mysql): MySQL and MariaDB');
    expect(result.stdout).toContain(
      '│ range    │ Dynamic and/or Private Ports (dynamic, private or',
    );
    expect(result.stdout).toContain("│ services │ none in netlab's table");
  });

  test('netlab port output fits 80 columns', async () => {
    const result = await runCli(['port', '--check', '0', '443', '1521', '8443', '65535']);
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('netlab --json port 443 prints the documented record', async () => {
    const result = await runCli(['--json', 'port', '443']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      port: 443,
      reserved: false,
      range: {
        id: 'system',
        ianaName: 'System Ports',
        commonName: 'well-known ports',
        first: 0,
        last: 1023,
      },
      services: [
        {
          transport: 'tcp',
          name: 'HTTPS',
          ianaName: 'https',
          description: 'HTTP over TLS (RFC 9110)',
        },
        {
          transport: 'udp',
          name: 'HTTP/3',
          ianaName: 'https',
          description: 'HTTP/3 over QUIC (RFC 9114)',
        },
      ],
    });
  });

  test('netlab port 0 says it is valid but reserved', async () => {
    const result = await runCli(['--json', 'port', '0']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ port: 0, reserved: true, services: [] });
  });

  test.for([
    ['65536', 'it is over 65535, the largest 16-bit number'],
    ['-1', 'a port cannot be negative; ports run from 0 to 65535'],
    ['8o', '"o" is not a decimal digit; write a port with the digits 0-9 only'],
    ['1e3', 'exponent notation is not accepted; write every digit (1000)'],
    ['0x50', 'hexadecimal is not accepted; write it in decimal (80)'],
    ['', 'it is empty; a port is a whole number from 0 to 65535'],
    [' 80', 'it has spaces around it; write the number alone'],
    ['080', 'leading zero: some tools read it as octal; write 80'],
    ['80.0', 'a port is a whole number; it has no fraction'],
  ] as const)('netlab port %j exits 2: %s', async ([text, why]) => {
    const result = await runCli(['port', text]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `netlab: cannot parse port ${JSON.stringify(text)}: ${why}\n`,
    });
  });

  test('netlab port with no port exits 2 and says what to give', async () => {
    const result = await runCli(['port']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'netlab: port needs a port number or a service name, e.g. "netlab port 80" or "netlab port http" (or --stdin)\n',
    });
  });
});

describe('netlab port --check', () => {
  test('netlab port --check reports a port this test listens on as in use', async () => {
    const port = await holdTcpPort();
    const result = await runCli(['--json', 'port', '--check', String(port)]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).check).toEqual({
      host: '127.0.0.1',
      tcp: 'in-use',
      udp: 'free',
    });
  });

  test('netlab port --check reports a port nobody holds as free', async () => {
    const port = await freePort();
    const result = await runCli(['--json', 'port', '--check', String(port)]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).check).toEqual({
      host: '127.0.0.1',
      tcp: 'free',
      udp: 'free',
    });
  });

  test('netlab port --check shows the answer as a table row', async () => {
    const port = await holdTcpPort();
    const result = await runCli(['port', '--check', String(port)]);
    expect(result.stdout).toMatch(/│ 127\.0\.0\.1 now +│ tcp in use, udp free +│/);
  });

  test('netlab port --check 0 says port 0 cannot be tested', async () => {
    const [json, text] = await Promise.all([
      runCli(['--json', 'port', '--check', '0']),
      runCli(['port', '--check', '0']),
    ]);
    expect(JSON.parse(json.stdout).check).toBeNull();
    expect(text.stdout).toContain('not testable: binding port 0 asks for any free port');
  });

  test('netlab --json port without --check leaves the check out', async () => {
    const result = await runCli(['--json', 'port', '22']);
    expect(JSON.parse(result.stdout)).not.toHaveProperty('check');
  });
});

describe('netlab port takes service names, lists and ranges', () => {
  test('netlab port ssh answers with the table of port 22', async () => {
    const [byName, byNumber] = await Promise.all([runCli(['port', 'ssh']), runCli(['port', '22'])]);
    expect(byName).toEqual({ ...byNumber, code: 0 });
  });

  test('netlab --json port https writes one service record with each of its ports', async () => {
    const result = await runCli(['--json', 'port', 'https']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? '');
    expect(record.service).toBe('https');
    expect(record.ports.map((port: { port: number }) => port.port)).toEqual([443, 8443]);
  });

  test('netlab --json port 80,443 writes one port record each', async () => {
    const result = await runCli(['--json', 'port', '80,443']);
    const ports = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).port);
    expect(ports).toEqual([80, 443]);
  });

  test('netlab port 1-1024 answers in a few lines, not 1024 tables', async () => {
    const result = await runCli(['port', '1-1024']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'ports 1-1024: 1024 ports',
      '  System Ports (well-known ports)  1-1023  1023 ports',
      '  User Ports (registered ports)    1024    1 port',
      "services in netlab's table: 33",
    ]);
    expect(lines).toHaveLength(4 + 20 + 1);
    expect(lines.at(-1)).toBe('  … and 13 more; give a narrower range to see them');
  });

  test('netlab --json port 1-1024 writes one range record', async () => {
    const result = await runCli(['--json', 'port', '1-1024']);
    const record = JSON.parse(result.stdout);
    expect(record).toMatchObject({
      first: 1,
      last: 1024,
      count: 1024,
      ianaRanges: [
        { id: 'system', ianaName: 'System Ports', count: 1023 },
        { id: 'user', ianaName: 'User Ports', count: 1 },
      ],
    });
    expect(record.services).toHaveLength(33);
  });

  test('netlab port --stdin answers one line each and reports bad lines on stderr', async () => {
    const result = await runCli(['port', '--stdin'], {
      input: '443\nhttp\n# note\n1-1024\n80,443\n',
    });
    expect(result).toEqual({
      code: 2,
      stdout: [
        '443: System Ports (well-known ports); 443/tcp HTTPS, 443/udp HTTP/3',
        'http: 80/tcp HTTP, 8080/tcp HTTP alternate',
        "1-1024: 1024 ports (1023 System Ports, 1 User Ports); 33 services in netlab's table",
        '',
      ].join('\n'),
      stderr:
        'netlab: line 5: cannot read "80,443" as one case: a line is one port, range or service name (80, 1-1024, http)\n',
    });
  });

  test('netlab --json port --stdin writes one record a line', async () => {
    const result = await runCli(['--json', 'port', '--stdin'], { input: '22\nssh\n' });
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect([records[0].port, records[1].service]).toEqual([22, 'ssh']);
  });

  const refused: [string, string[], string][] = [
    [
      'an unknown service',
      ['gopher'],
      `cannot find service "gopher" in netlab's table of common services; give a port number, or a name such as http, https, ssh, dns or mysql`,
    ],
    [
      'an empty list item',
      ['80,,443'],
      'cannot parse port list "80,,443": item 2 is empty (two commas in a row, or one at either end)',
    ],
    [
      'a backwards range',
      ['1024-1'],
      'cannot parse port range "1024-1": it runs backwards (1024 is after 1); write the lower port first',
    ],
    [
      '--check of a range',
      ['--check', '1-10'],
      'cannot --check a range of ports: --check binds each port it is given; give the ports themselves',
    ],
    [
      '--check with --stdin',
      ['--check', '--stdin'],
      'cannot use --check with --stdin: --check takes its ports as arguments',
    ],
    [
      'more than 256 ports',
      [Array.from({ length: 257 }, (_, index) => String(index + 1)).join(',')],
      'cannot answer 257 ports at once: at most 256; give a range such as 1-1024, or one a line with --stdin',
    ],
  ];
  test.for(refused)('netlab port refuses %s with exit 2', async ([, args, message]) => {
    const result = await runCli(['port', ...args]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `netlab: ${message}\n` });
  });
});

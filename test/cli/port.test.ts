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
      stderr: 'netlab: port needs a port number or a service name, e.g. "netlab port 80" or "netlab port http" (or --stdin)\n',
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

import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('netlab mac', () => {
  test('netlab mac decodes the OUI half, the device half and both flag bits', async () => {
    const result = await runCli(['mac', '00:1A:2B:3C:4D:5E']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout.split('\n').slice(0, 8)).toEqual([
      'MAC address   00:1a:2b:3c:4d:5e',
      'also written  00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e',
      'OUI half      00:1a:2b   first 24 bits: the maker’s number, assigned by the IEEE',
      'vendor        Ayecom Technology Co., Ltd. (IEEE registry, 00-1A-2B)',
      'device half   3c:4d:5e   last 24 bits: the number the maker gave this NIC',
      'first byte    0x00 = 0000 0000',
      '                            ||',
      '                            |+- I/G = 0: unicast: for one NIC',
    ]);
  });

  test('netlab mac says a locally administered address was chosen whole, not by a maker', async () => {
    const result = await runCli(['mac', '02:42:ac:11:00:02']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout.split('\n').slice(2, 5)).toEqual([
      'OUI half      02:42:ac   first 24 bits: chosen locally, not an IEEE assignment',
      'vendor        none: a locally administered address has no OUI, so no maker',
      'device half   11:00:02   last 24 bits: chosen locally too, with the first half',
    ]);
  });

  test('netlab mac --json prints the decoded fields', async () => {
    const result = await runCli(['mac', 'ffff.ffff.ffff', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      input: 'ffff.ffff.ffff',
      mac: 'ff:ff:ff:ff:ff:ff',
      octets: [255, 255, 255, 255, 255, 255],
      oui: 'ff:ff:ff',
      device: 'ff:ff:ff',
      firstOctet: { value: 255, binary: '11111111' },
      igBit: 1,
      ulBit: 1,
      cast: 'broadcast',
      administration: 'local',
      wellKnown: { name: 'broadcast', source: 'IEEE 802' },
      vendor: { status: 'local' },
    });
  });

  test('netlab mac names the registered organisation, in --json too', async () => {
    const result = await runCli(['mac', 'f4:f5:d8:00:00:01', '--json']);
    expect(JSON.parse(result.stdout).vendor).toEqual({
      status: 'assigned',
      prefix: 'F4F5D8',
      organization: 'Google, Inc.',
    });
  });

  test('netlab mac says when no organisation holds a universal OUI', async () => {
    const result = await runCli(['mac', 'fc:ff:ff:00:00:01']);
    expect(result.stdout).toContain(
      'vendor        none: the IEEE has no organisation registered for FC-FF-FF',
    );
  });

  test('netlab mac --stdin looks every line up in the registry', async () => {
    const result = await runCli(['mac', '--stdin', '--json'], {
      input: '00:1a:2b:00:00:01\n02:00:00:00:00:01\n',
    });
    const vendors = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).vendor.status);
    expect(vendors).toEqual(['assigned', 'local']);
  });

  test('netlab mac --json prints one line, like each --stdin --json record', async () => {
    const result = await runCli(['mac', '02:00:00:00:00:01', '--json']);
    expect([result.code, result.stdout.split('\n').length]).toEqual([0, 2]);
  });

  test('netlab mac refuses an address together with --stdin', async () => {
    const result = await runCli(['mac', '02:00:00:00:00:01', '--stdin'], { input: '' });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'netlab: cannot take "02:00:00:00:00:01" with --stdin: the cases come from stdin, one a line\n',
    });
  });

  test('netlab mac --lang zh explains in Chinese', async () => {
    const result = await runCli(['mac', '01:00:5e:00:00:fb', '--lang', 'zh']);
    expect(result.stdout).toContain('|+- I/G = 1: 组播：发给一组网卡');
  });

  test('netlab mac takes the language from LANG when --lang is absent', async () => {
    const result = await runCli(['mac', '01:00:5e:00:00:fb'], {
      env: { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(result.stdout).toContain('MAC 地址');
  });

  test('netlab mac refuses a malformed MAC with exit 2 and the reason', async () => {
    const result = await runCli(['mac', '00:1a:2b:3c:4d']);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'netlab: cannot parse MAC address "00:1a:2b:3c:4d": a MAC has six groups of two hex digits, got 5\n',
    ]);
  });

  test('netlab mac without an address exits 2 and says what to type', async () => {
    const result = await runCli(['mac']);
    expect([result.code, result.stderr]).toEqual([
      2,
      'netlab: mac needs a MAC address, e.g. "netlab mac 00:1A:2B:3C:4D:5E" (or --stdin)\n',
    ]);
  });

  test('netlab mac --stdin --json streams one record per line and exits 2 for a bad line', async () => {
    const result = await runCli(['mac', '--stdin', '--json'], {
      input: '02:00:00:00:00:01\nbad\n',
    });
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(result.code).toBe(2);
    expect(lines[0]).toMatchObject({
      input: '02:00:00:00:00:01',
      cast: 'unicast',
      administration: 'local',
    });
    expect(lines[1]).toEqual({
      line: 2,
      input: 'bad',
      error: {
        code: 'bad-mac',
        message:
          'cannot parse MAC address "bad": a MAC has 12 hex digits, got 3 with no separators',
      },
    });
  });
});

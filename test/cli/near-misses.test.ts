import { describe, expect, test } from 'vitest';
import { languageOfTag } from '../../src/core/lang.js';
import { runCli } from '../helpers/run-cli.js';

/** What a new user types when they almost know the command: netlab takes it where it is safe. */
describe('near-misses netlab takes', () => {
  test.each([
    ['zh-CN', 'zh'],
    ['zh_CN.UTF-8', 'zh'],
    ['ZH', 'zh'],
    ['en-US', 'en'],
    ['nl', 'nl'],
  ])('the locale-style tag %s names the language %s', (tag, lang) => {
    expect(languageOfTag(tag)).toBe(lang);
  });

  test('--lang zh-CN speaks Chinese, as --lang zh does', async () => {
    const [tag, plain] = await Promise.all([
      runCli(['layers', '--lang', 'zh-CN']),
      runCli(['layers', '--lang', 'zh']),
    ]);
    expect(tag).toEqual(plain);
    expect(tag.code).toBe(0);
  });

  test('--lang=ZH_cn turns the error lines Chinese', async () => {
    const result = await runCli(['--lang=ZH_cn', 'demo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^netlab: demo 需要演示的名字/);
  });

  test('a lesson by its number in the course, or its id in capitals, is that lesson', async () => {
    const [byNumber, byCapitals, byId] = await Promise.all([
      runCli(['lesson', '4', '--no-pause']),
      runCli(['lesson', 'ARP', '--no-pause']),
      runCli(['lesson', 'arp', '--no-pause']),
    ]);
    expect(byId.stdout).toContain('Lesson 4 of 9: arp');
    expect(byNumber).toEqual(byId);
    expect(byCapitals).toEqual(byId);
  });

  test('a number past the last lesson is refused with the ids', async () => {
    const result = await runCli(['lesson', '10']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^netlab: unknown lesson "10": give a number or an id: 1 architecture, 2 addresses, /,
    );
  });

  test('demo TCP runs the tcp demo', async () => {
    const result = await runCli(['demo', 'TCP']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('netlab demo tcp: a TCP connection carries bytes');
  });

  test('a bare netlab demo lists the demos, with an error record under --json', async () => {
    const result = await runCli(['demo', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'netlab: demo needs the name of a demo: one of tcp, sticky, udp, ports, bind, http, transfer (e.g. "netlab demo sticky")\n',
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'demo-needs-name' } });
  });

  test('arp --from A --to c names the hosts by their letters, as --help does', async () => {
    const [byLetter, byAddress] = await Promise.all([
      runCli(['arp', '--from', 'A', '--to', 'c', '--json']),
      runCli(['arp', '--from', '192.168.1.10', '--to', '192.168.1.30', '--json']),
    ]);
    expect(byLetter.code).toBe(0);
    expect(byLetter).toEqual(byAddress);
  });

  test('arp --from D is still refused: D is no host of the LAN', async () => {
    const result = await runCli(['arp', '--from', 'D']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^netlab: cannot parse address "D"/);
  });
});

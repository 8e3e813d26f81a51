import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readContentJson } from '../../src/core/content-file.js';
import { memoryIo } from '../helpers/memory-io.js';
import { parseEvents } from './_demo-helpers.js';

const CHINESE = { LC_ALL: 'zh_CN.UTF-8' };
const ENGLISH = { LC_ALL: 'C.UTF-8' };
/** Han characters and full-width punctuation: what Chinese narration is written in. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const KEYS = Object.keys(readContentJson('messages/en/demos.json') as Record<string, string>);

/** Runs a demo in this process with the locale in `env`. */
async function runDemo(args: readonly string[], env: Record<string, string>) {
  const io = memoryIo({ env });
  const code = await main(['demo', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const DEMOS = ['tcp', 'bind', 'ports', 'udp', 'sticky', 'http', 'transfer'] as const;

describe('the demos in Chinese', () => {
  test.for(DEMOS)(
    'demo %s narrates in Chinese, every message found, within 80 columns',
    async (name) => {
      const run = await runDemo([name], CHINESE);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(CJK);
      const lines = run.out.split('\n');
      expect(lines.filter((line) => stringWidth(line) > 80)).toEqual([]);
      expect(KEYS.filter((key) => run.out.includes(key))).toEqual([]);
    },
  );

  test('a datagram too long for its line is cut with a Chinese marker, and its JSON keeps the English one', async () => {
    const text = await runDemo(['udp'], CHINESE);
    expect(text.out).toMatch(/…（另有 \d+ 字节）"/);
    expect(text.out).not.toMatch(/\(\+\d+ bytes\)/);
    const json = await runDemo(['udp', '--json'], CHINESE);
    const cut = parseEvents(json.out).filter((e) => e.bytes === 65507);
    expect(cut.length).toBeGreaterThan(0);
    for (const event of cut) expect(event.data).toMatch(/…\(\+\d+ bytes\)$/);
  });

  test.for(DEMOS)('demo %s --json stays English and has the same events', async (name) => {
    const chinese = await runDemo([name, '--json'], CHINESE);
    const english = await runDemo([name, '--json'], ENGLISH);
    expect(chinese.out).not.toMatch(CJK);
    const names = (out: string) => [
      ...new Set(parseEvents(out).map((e) => `${e.side} ${e.event}`)),
    ];
    expect(names(chinese.out)).toEqual(names(english.out));
  });
});

import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { events, labsBeforeEachTest } from './_lab-helpers.js';

labsBeforeEachTest();

/** Three ASCII words in a row: an English phrase left in a Chinese narration. */
const ENGLISH_PHRASE = /[A-Za-z][\w'-]*(?: +[A-Za-z][\w'-]*){2,}/;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * The narration's own lines: each command line ("  A$ ping ...") and the tool output under it
 * (ping and ip speak English whatever netlab does) are taken out.
 */
function narration(stdout: string): string[] {
  const lines: string[] = [];
  let inCommand = false;
  for (const line of stdout.split('\n')) {
    if (/^ {2}\S+\$ /.test(line)) inCommand = true;
    else if (!(inCommand && line.startsWith('    '))) {
      inCommand = false;
      if (line.trim() !== '') lines.push(line);
    }
  }
  return lines;
}

/** The events that say what happened and what was checked: nothing in them depends on timing. */
const narrated = (stdout: string) =>
  events(stdout).filter((event) => event.event === 'step' || event.event === 'compare');

describe('netlab lab experiments in Chinese', { timeout: 60_000 }, () => {
  test.for(['arp', 'gateway'])(
    'lab %s --lang zh narrates its steps, frames and checks in Chinese, with no English phrase left',
    async (id) => {
      const { stdout, stderr, code } = await runCli(['lab', id, '--lang', 'zh']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const lines = narration(stdout);
      expect(lines.some((line) => line.startsWith('* ') && CJK.test(line))).toBe(true);
      expect(lines).toContain('    相同');
      expect(lines.filter((line) => ENGLISH_PHRASE.test(line))).toEqual([]);
    },
  );

  test('lab arp --json prints the same steps and checks, with no Chinese, in English and in Chinese (from LC_ALL)', async () => {
    const [english, chinese] = await Promise.all([
      runCli(['lab', 'arp', '--json', '--lang', 'en']),
      runCli(['lab', 'arp', '--json'], { env: { LC_ALL: 'zh_CN.UTF-8' } }),
    ]);
    expect([english.code, chinese.code]).toEqual([0, 0]);
    expect(CJK.test(chinese.stdout)).toBe(false);
    expect(narrated(chinese.stdout)).toEqual(narrated(english.stdout));
    expect(narrated(chinese.stdout).map((event) => event.id)).toEqual([
      'arp.before',
      'arp.after',
      'arp.frames',
    ]);
    const shape = (stdout: string) =>
      events(stdout)
        .filter((event) => event.event !== 'frame')
        .map((event) => [event.event, event.id ?? event.argv]);
    expect(shape(chinese.stdout)).toEqual(shape(english.stdout));
  });
});

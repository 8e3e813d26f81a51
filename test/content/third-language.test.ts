import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useContentFolder } from '../helpers/lesson-content.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * A translator adds a language with files alone: a folder named by NETLAB_CONTENT_DIR holding
 * lessons/nl/arp.md and messages/nl/lessons.json, no change to netlab's code or build.
 */
const english = readFileSync(new URL('../../content/lessons/en/arp.md', import.meta.url), 'utf8');
const dutch = english
  .replace(/^title: .*$/m, 'title: "ARP: hoe twee machines op een LAN elkaar vinden"')
  .replace(
    '## From an IP address to a MAC address {#problem}',
    '## Van IP-adres naar MAC-adres {#problem}',
  );
const { env } = useContentFolder({
  'lessons/nl/arp.md': dutch,
  'messages/nl/lessons.json': JSON.stringify({
    lessonHeading: 'Les {position} van {total}: {id}',
    'length.one': '{count} stap, ongeveer {minutes} minuten',
    'length.other': '{count} stappen, ongeveer {minutes} minuten',
  }),
});

test('a lesson plays in a language that exists only as data', async () => {
  const result = await runCli(['lesson', 'arp', '--lang', 'nl'], { env: { ...env, LANG: 'C' } });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const lines = result.stdout.split('\n');
  expect(lines.slice(1, 4)).toEqual([
    'Les 4 van 9: arp',
    'ARP: hoe twee machines op een LAN elkaar vinden',
    '5 stappen, ongeveer 12 minuten',
  ]);
  expect(result.stdout).toContain('[1/5] Van IP-adres naar MAC-adres');
  // A message the translation lacks yet comes out in English.
  expect(result.stdout).toContain('Check your understanding');
});

test('the lesson list offers the added language, and a language nobody wrote is refused', async () => {
  const listed = await runCli(['lesson', '--lang', 'nl', '--json'], { env: { ...env, LANG: 'C' } });
  const arp = (
    listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)) as { id: string; title: string }[]
  ).find((lesson) => lesson.id === 'arp');
  expect(arp?.title).toBe('ARP: hoe twee machines op een LAN elkaar vinden');
  const refused = await runCli(['lesson', 'arp', '--lang', 'fr'], { env });
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(
    'netlab: invalid value "fr" for --lang: choose one of "en", "zh", "nl"\n',
  );
});

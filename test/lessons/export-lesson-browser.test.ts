import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findLesson, LESSONS } from '../../src/lessons/catalog.js';
import { escapeHtml } from '../../src/lessons/export-lesson-html.js';
import { lessonJson } from '../../src/lessons/lesson-json.js';
import { installed } from '../helpers/installed.js';
import { runCli } from '../helpers/run-cli.js';

/** Debian's chromium; .ci/run installs it. Without it these tests are skipped by name. */
const CHROMIUM = '/usr/bin/chromium';
const run = promisify(execFile);

let dir = '';

/** Runs headless chromium on `file` with a fresh profile and nothing that reaches the network. */
async function chromium(file: string, ...extra: string[]): Promise<string> {
  const profile = await mkdtemp(join(dir, 'profile-'));
  const { stdout } = await run(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      '--hide-scrollbars',
      '--window-size=1280,720',
      ...extra,
      pathToFileURL(file).href,
    ],
    { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout;
}

/** Exports one lesson as HTML with the built binary into the test's folder. */
async function exportHtml(id: string, lang: string): Promise<string> {
  const file = join(dir, `${id}.${lang}.html`);
  const result = await runCli(['lesson', id, '--export', 'html', '--lang', lang, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  return file;
}

describe.skipIf(!installed(CHROMIUM))('netlab lesson --export html in headless chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netlab-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test.each(['arp', 'sticky'].flatMap((id) => [[id, 'en'] as const, [id, 'zh'] as const]))(
    '%s (%s) opens and shows every step with its title',
    async (id, lang) => {
      const dom = await chromium(await exportHtml(id, lang), '--dump-dom');
      const { steps } = lessonJson(findLesson(id), lang);
      expect(dom.match(/<section class="step"/g)?.length).toBe(steps.length);
      for (const step of steps) {
        expect(dom).toContain(`data-step="${step.id}"`);
        expect(dom).toContain(escapeHtml(step.title));
      }
    },
  );

  test.each(LESSONS.map((lesson) => lesson.id))(
    '%s fits a 1280x720 screen without horizontal scrolling',
    async (id) => {
      const page = await readFile(await exportHtml(id, 'zh'), 'utf8');
      // A copy that may run one script: it writes the page's widths into the DOM after load.
      const probe = join(dir, `${id}.probe.html`);
      const script =
        '<script>window.addEventListener("load",()=>{const e=document.documentElement;' +
        'document.body.dataset.widths=e.scrollWidth+"/"+e.clientWidth;});</script>';
      await writeFile(
        probe,
        page
          .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
          .replace('</body>', `${script}</body>`),
      );
      const dom = await chromium(probe, '--dump-dom');
      const widths = /data-widths="(\d+)\/(\d+)"/.exec(dom);
      expect(widths, 'the probe ran').not.toBeNull();
      expect(Number(widths?.[2])).toBe(1280);
      expect(Number(widths?.[1])).toBeLessThanOrEqual(1280);
    },
  );

  test('a screenshot at 1280x720 is drawn', async () => {
    const shot = join(dir, 'arp.png');
    await chromium(await exportHtml('arp', 'en'), `--screenshot=${shot}`);
    const png = await readFile(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBe(720);
  });
});

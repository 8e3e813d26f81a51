import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docPages, ROOT } from './doc-pages.js';
import { headingAnchors, markdownLinks } from './markdown-links.js';

/**
 * The README's budget: three 50-line terminal screens. It holds what a newcomer comes for (what
 * netlab is, the two quick-start commands, the command table, exit codes, links to the manual);
 * anything longer belongs in a page of docs/.
 */
const README_MAX_LINES = 150;

/** The repository path a relative link of `page` points to, without its #anchor. */
function linkedPath(page: string, target: string): string {
  const path = target.split('#')[0] || page;
  return new URL(path, new URL(page, ROOT)).href.slice(ROOT.href.length);
}

/** Why a link of `page` to `target` is broken, or undefined when it resolves. */
function brokenBecause(page: string, target: string): string | undefined {
  const anchor = target.split('#')[1];
  const file = new URL(linkedPath(page, target), ROOT);
  if (!existsSync(file)) return 'no such file';
  if (anchor === undefined || statSync(file).isDirectory()) return undefined;
  const anchors = headingAnchors(readFileSync(file, 'utf8'));
  return anchors.has(decodeURIComponent(anchor)) ? undefined : `no heading #${anchor}`;
}

describe('README.md and docs/*.md', () => {
  test('README.md stays within its line budget', () => {
    const readme = docPages().find((page) => page.path === 'README.md');
    expect(readme?.text.trimEnd().split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  test('every relative link resolves to an existing file, and its #anchor to a heading there', () => {
    const broken = docPages().flatMap((page) =>
      markdownLinks(page.text)
        .filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link.target))
        .map((link) => ({ ...link, why: brokenBecause(page.path, link.target) }))
        .filter((link) => link.why !== undefined)
        .map((link) => `${page.path}:${link.line} ${link.target}: ${link.why}`),
    );
    expect(broken).toEqual([]);
  });

  test('every page in docs/ can be reached from README.md by following links', () => {
    const pages = new Map(docPages().map((page) => [page.path, page.text]));
    const reached = new Set(['README.md']);
    const queue = ['README.md'];
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      for (const link of markdownLinks(pages.get(path) ?? '')) {
        const next = linkedPath(path, link.target);
        if (pages.has(next) && !reached.has(next)) queue.push(next);
        reached.add(next);
      }
    }
    expect([...pages.keys()].filter((path) => !reached.has(path))).toEqual([]);
  });
});

describe('markdownLinks() and headingAnchors() read markdown as GitHub does', () => {
  const sample = [
    '# Top `netlab` — page',
    'See [calculators](docs/calculators.md#netlab-mask-value) and [`--json`](json.md).',
    'Not a link: `[x](y.md)`, nor <https://example.org>.',
    '```text',
    '[in a block](nowhere.md)',
    '## not a heading',
    '```',
    '## Top `netlab` — page',
  ].join('\n');

  test('markdownLinks() finds inline links and leaves out code spans and fenced blocks', () => {
    expect(markdownLinks(sample)).toEqual([
      { line: 2, target: 'docs/calculators.md#netlab-mask-value' },
      { line: 2, target: 'json.md' },
    ]);
  });

  test('headingAnchors() slugs headings outside code blocks and numbers repeats', () => {
    expect([...headingAnchors(sample)]).toEqual(['top-netlab--page', 'top-netlab--page-1']);
  });
});

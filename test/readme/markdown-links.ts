import GithubSlugger from 'github-slugger';

/** One inline link `[text](target)` of a page, with the page line it is on (from 1). */
export interface MarkdownLink {
  readonly line: number;
  readonly target: string;
}

/** The lines of a markdown text outside fenced code blocks, with their line numbers. */
function proseLines(markdown: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^```/.test(text)) {
      fenced = fenced ? text.trim() !== '```' : true;
      return;
    }
    if (!fenced) lines.push({ line: index + 1, text });
  });
  return lines;
}

/** Every inline link of the prose, code spans and fenced blocks left out. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  return proseLines(markdown).flatMap(({ line, text }) =>
    [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((match) => ({
      line,
      target: match[1] ?? '',
    })),
  );
}

/** The anchors GitHub gives the headings of a page (`#my-heading`, `#my-heading-1` for a repeat). */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(
    proseLines(markdown).flatMap(({ text }) => {
      const heading = /^#{1,6} (.*)$/.exec(text);
      return heading?.[1] === undefined ? [] : [slugger.slug(heading[1])];
    }),
  );
}

import { parse as parseYaml } from 'yaml';
import type { Block, LessonText, StepText } from './lesson.js';

/**
 * Thrown for a lesson file that does not follow the format (docs/translating.md); `line` counts from
 * 1. The caller names the file.
 */
export class LessonFileError extends Error {
  constructor(
    readonly line: number,
    why: string,
  ) {
    super(`line ${line}: ${why}`);
  }
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const STEP_HEADING = /^## (.+?) \{#([a-z0-9-]+)\}$/;
const FENCE = '```';

/** Splits a table row `| a | b \| c |` into its cells, `\|` standing for a literal bar. */
function tableCells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replaceAll('\\|', '|'));
}

/** One block of a step's body from its lines (a paragraph, a table or a fenced diagram). */
function parseBlock(lines: readonly string[]): Block {
  const first = lines[0] ?? '';
  if (first.startsWith(FENCE)) return { pre: lines.slice(1, -1) };
  if (first.startsWith('|')) {
    const [head = '', , ...rows] = lines;
    return { head: tableCells(head), rows: rows.map(tableCells) };
  }
  return lines.join(' ');
}

/** A lesson body's lines grouped into blocks: blank lines separate them, except inside fences. */
function groupBlocks(
  lines: readonly string[],
  firstLine: number,
): { at: number; lines: string[] }[] {
  const groups: { at: number; lines: string[] }[] = [];
  let current: string[] | null = null;
  let fenced = false;
  lines.forEach((line, index) => {
    if (!fenced && line.trim() === '') {
      current = null;
      return;
    }
    if (current === null) {
      current = [];
      groups.push({ at: firstLine + index, lines: current });
    }
    current.push(line);
    if (line.startsWith(FENCE)) fenced = !fenced;
  });
  return groups;
}

/**
 * A lesson's words in one language from its Markdown file: front matter with the `title`, then
 * one `## Step title {#step-id}` heading per step followed by its paragraphs ("- " starts a
 * bullet, one per paragraph), tables (`| a | b |`, a `|---|` line under the head) and fenced
 * diagrams printed as they are.
 * @example parseLessonFile('---\ntitle: T\n---\n\n## First {#one}\n\nHello.\n').steps.one.body // ['Hello.']
 */
export function parseLessonFile(source: string): LessonText {
  const text = source.replaceAll('\r\n', '\n');
  const front = FRONT_MATTER.exec(text);
  if (front === null) throw new LessonFileError(1, 'the file must start with --- front matter ---');
  const meta: unknown = parseYaml(front[1] ?? '');
  const title = (meta as { title?: unknown } | null)?.title;
  if (typeof title !== 'string') throw new LessonFileError(2, 'the front matter needs a title');
  const lines = text.slice(front[0].length).split('\n');
  const bodyStart = front[0].split('\n').length;
  const steps: Record<string, StepText> = {};
  let step: { title: string; body: Block[] } | null = null;
  for (const group of groupBlocks(lines, bodyStart)) {
    const heading = STEP_HEADING.exec(group.lines[0] ?? '');
    if (heading !== null) {
      const [, stepTitle = '', id = ''] = heading;
      if (id in steps) throw new LessonFileError(group.at, `step {#${id}} appears twice`);
      step = { title: stepTitle, body: [] };
      steps[id] = step;
      const rest = group.lines.slice(1);
      if (rest.length > 0) step.body.push(parseBlock(rest));
      continue;
    }
    if (step === null) {
      throw new LessonFileError(group.at, 'text before the first "## Title {#step-id}" heading');
    }
    step.body.push(parseBlock(group.lines));
  }
  return { title, steps };
}

import stringWidth from 'string-width';
import type { Lang } from '../core/lang.js';
import { wrapText } from '../text/wrap-text.js';
import { labWords } from './_lab-words.js';
import { type FrameFacts, frameLine } from './describe-frame.js';
import type { LabEvent } from './experiment-kit.js';

/** The widest a lab's narration gets, whatever the terminal: what a projector shows. */
const MAX_COLUMNS = 80;

/** How a terminal shows the lab's events. */
export interface LabTextOptions {
  /** The terminal's width; the narration keeps to MAX_COLUMNS whatever it is. */
  readonly columns: number;
  readonly lang: Lang;
}

/** The words a check's value may be (in `--json`, always these English tokens), by message. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  'time to live exceeded': 'value.time-exceeded',
  nothing: 'value.nothing',
  true: 'value.true',
  false: 'value.false',
};

/** Splits a frame line before its MAC pair when it would pass `columns`. */
function fitLine(line: string, indent: string, columns: number): string {
  const cut = line.lastIndexOf(' [');
  if (stringWidth(indent) + stringWidth(line) <= columns || cut === -1) return `${indent}${line}`;
  return `${indent}${line.slice(0, cut)}\n${' '.repeat(stringWidth(indent) + 5)}${line.slice(cut + 1)}`;
}

/** The kernel's or the simulation's value under a label, each line fitted. */
function labelled(label: string, lines: readonly string[], columns: number): string[] {
  const width = Math.max(11, stringWidth(label));
  const pad = (text: string) => `${text}${' '.repeat(width - stringWidth(text))}`;
  return lines.map((line, i) => fitLine(line, `    ${pad(i === 0 ? label : '')}`, columns));
}

/** One side of a check in `lang`: its frames' lines, or its value (a word translated). */
function sideLines(value: string, frames: readonly FrameFacts[] | undefined, lang: Lang): string[] {
  if (frames !== undefined) return frames.map((frame) => frameLine(frame, lang));
  const word = VALUE_WORDS[value];
  return (word === undefined ? value : labWords(lang).format(word)).split('\n');
}

/** One experiment event as text lines in `options.lang` (no trailing newline). */
export function renderLabEvent(event: LabEvent, options: LabTextOptions): string {
  const columns = Math.min(options.columns, MAX_COLUMNS);
  const { lang } = options;
  const words = labWords(lang);
  switch (event.event) {
    case 'step': {
      const text = words.format(`step.${event.id}`, event.params);
      return `\n${wrapText(text, columns, { first: '* ', rest: '  ' }).join('\n')}`;
    }
    case 'command': {
      const output =
        event.output === '' ? [] : event.output.split('\n').map((line) => `    ${line}`);
      const status =
        event.code === 0
          ? []
          : [`    ${words.format('command.exit', { code: String(event.code) })}`];
      return [`  ${event.host}$ ${event.argv.join(' ')}`, ...output, ...status].join('\n');
    }
    case 'frame':
      return fitLine(
        frameLine(event.frame, lang),
        `  ${event.on} ${String(event.n).padStart(2)} `,
        columns,
      );
    case 'compare': {
      const what = words.format(`compare.${event.id}`, event.params);
      return [
        `  ${words.format('check', { what })}`,
        ...labelled(
          words.format('check.kernel'),
          sideLines(event.kernel, event.frames?.kernel, lang),
          columns,
        ),
        ...labelled(
          words.format('check.simulation'),
          sideLines(event.simulation, event.frames?.simulation, lang),
          columns,
        ),
        `    ${words.format(event.same ? 'check.same' : 'check.different')}`,
      ].join('\n');
    }
  }
}

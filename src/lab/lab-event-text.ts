import { wrapText } from '../text/wrap-text.js';
import type { LabEvent } from './experiment-kit.js';

/** The widest a lab's narration gets, whatever the terminal: what a projector shows. */
const MAX_COLUMNS = 80;

/** Splits a frame line before its MAC pair when it would pass `columns`. */
function fitLine(line: string, indent: string, columns: number): string {
  const cut = line.lastIndexOf(' [');
  if (indent.length + line.length <= columns || cut === -1) return `${indent}${line}`;
  return `${indent}${line.slice(0, cut)}\n${' '.repeat(indent.length + 5)}${line.slice(cut + 1)}`;
}

/** The kernel's or the simulation's frames under a label, each frame line fitted. */
function labelled(label: string, frames: string, columns: number): string[] {
  return frames
    .split('\n')
    .map((line, i) => fitLine(line, `    ${i === 0 ? label.padEnd(11) : ' '.repeat(11)}`, columns));
}

/** One experiment event as text lines for a terminal `columns` wide (no trailing newline). */
export function renderLabEvent(event: LabEvent, terminalColumns: number): string {
  const columns = Math.min(terminalColumns, MAX_COLUMNS);
  switch (event.event) {
    case 'step':
      return `\n${wrapText(event.text, columns, { first: '* ', rest: '  ' }).join('\n')}`;
    case 'command': {
      const output =
        event.output === '' ? [] : event.output.split('\n').map((line) => `    ${line}`);
      const status = event.code === 0 ? '' : `    (exit ${event.code})`;
      return [
        `  ${event.host}$ ${event.argv.join(' ')}`,
        ...output,
        ...(status === '' ? [] : [status]),
      ].join('\n');
    }
    case 'frame':
      return fitLine(event.frame.line, `  ${event.on} ${String(event.n).padStart(2)} `, columns);
    case 'compare':
      return [
        `  check: ${event.what}`,
        ...labelled('kernel:', event.kernel, columns),
        ...labelled('simulation:', event.simulation, columns),
        `    ${event.same ? 'same' : 'DIFFERENT'}`,
      ].join('\n');
  }
}

import type { LabEvent } from './experiment-kit.js';

/** Splits a frame line before its MAC pair when it would pass `columns`. */
function fitLine(line: string, indent: string, columns: number): string {
  const cut = line.lastIndexOf(' [');
  if (indent.length + line.length <= columns || cut === -1) return `${indent}${line}`;
  return `${indent}${line.slice(0, cut)}\n${' '.repeat(indent.length + 5)}${line.slice(cut + 1)}`;
}

/** One experiment event as text lines for a terminal `columns` wide (no trailing newline). */
export function renderLabEvent(event: LabEvent, columns: number): string {
  switch (event.event) {
    case 'step':
      return `\n* ${event.text}`;
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
        ...event.kernel
          .split('\n')
          .map((line, i) => `    ${i === 0 ? 'kernel:    ' : '           '}${line}`),
        ...event.simulation
          .split('\n')
          .map((line, i) => `    ${i === 0 ? 'simulation:' : '           '}${line}`),
        `    ${event.same ? 'same' : 'DIFFERENT'}`,
      ].join('\n');
  }
}

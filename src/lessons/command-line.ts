import stringWidth from 'string-width';

/** Characters a POSIX shell, cmd and PowerShell all take literally in an argument. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one argument so it survives the shell: `GET / HTTP/1.1` becomes `"GET / HTTP/1.1"`. */
function quoteArg(arg: string): string {
  if (PLAIN.test(arg)) return arg;
  return `"${arg.replaceAll(/["\\$`]/g, (char) => `\\${char}`)}"`;
}

/**
 * The netlab command line a student types to run `args`, quoted for the shell.
 * @example formatCommandLine(['layers', '--payload', 'GET / HTTP/1.1']) // 'netlab layers --payload "GET / HTTP/1.1"'
 */
export function formatCommandLine(args: readonly string[]): string {
  return ['netlab', ...args.map(quoteArg)].join(' ');
}

/**
 * The command line as terminal lines at most `width` columns wide: when it is longer, it breaks
 * between arguments with a shell continuation (" \") and goes on indented, still a valid command.
 * @example commandLines(['subnet', '192.168.1.77/26'], '$ ', 20) // ['$ netlab subnet \\', '    192.168.1.77/26']
 */
export function commandLines(args: readonly string[], prompt: string, width: number): string[] {
  const words = ['netlab', ...args.map(quoteArg)];
  const continued = ' \\';
  const indent = `${' '.repeat(stringWidth(prompt))}  `;
  const lines: string[] = [];
  let line = prompt + (words.shift() ?? '');
  for (const [index, word] of words.entries()) {
    const room = index === words.length - 1 ? width : width - continued.length;
    if (stringWidth(line) + 1 + stringWidth(word) <= room) {
      line += ` ${word}`;
      continue;
    }
    lines.push(line + continued);
    line = indent + word;
  }
  lines.push(line);
  return lines;
}

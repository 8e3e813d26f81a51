import { splitArguments } from '../../src/cli/split-arguments.js';

/** One README example that an end-to-end test can replay: a netlab run and what it printed. */
export interface ReadmeExample {
  /** The README line of the `$ ` command, counted from 1. */
  readonly line: number;
  /** The command as the README writes it, without the `$ ` prompt. */
  readonly command: string;
  /** The arguments after `netlab`. */
  readonly args: readonly string[];
  /** What the command reads on stdin: a `printf '…' |` pipe, or a `< file` shown by `$ cat file`. */
  readonly input: string;
  /** What the terminal shows, stdout and stderr together, trailing white space removed. */
  readonly output: string;
  /** The README shows only the start of the output, ending the block with a line "...". */
  readonly excerpt: boolean;
  /** The `$ echo $?` that follows it; else 2 when it prints an error (a `netlab:` line or a JSON error record), else 0. */
  readonly exitCode: number;
}

/**
 * The commands whose output depends on nothing but their arguments: the calculators and the
 * simulations. Demos (real sockets, OS-chosen ports, timings) and lessons are left out.
 */
export const DETERMINISTIC_COMMANDS: ReadonlySet<string> = new Set([
  'same-subnet',
  'subnet',
  'summarize',
  'mask',
  'classify',
  'port',
  'mac',
  'arp',
  'handshake',
  'layers',
]);

/** Options that make a deterministic command depend on the machine or on chance. */
const UNSTABLE_OPTIONS = new Set(['--check', '--random-isn', '--pcap']);

/** One `$ ` line of a console block and the lines printed under it. */
interface Session {
  readonly line: number;
  readonly command: string;
  readonly output: string[];
}

/** The ```console blocks of a markdown text, as sessions of commands and their output. */
function consoleSessions(markdown: string): Session[] {
  const sessions: { line: number; command: string; output: string[] }[] = [];
  let inConsole = false;
  let inOther = false;
  markdown.split('\n').forEach((text, index) => {
    const fence = /^```(\S*)\s*$/.exec(text);
    if (fence && !inConsole && !inOther) {
      inConsole = fence[1] === 'console';
      inOther = !inConsole;
      return;
    }
    if (fence && fence[1] === '') {
      inConsole = false;
      inOther = false;
      return;
    }
    if (!inConsole) return;
    if (text.startsWith('$ '))
      sessions.push({ line: index + 1, command: text.slice(2), output: [] });
    else sessions.at(-1)?.output.push(text.trimEnd());
  });
  return sessions;
}

/** The text a `printf` format stands for; only backslash escapes, no `%` conversions. */
function printfText(format: string): string | undefined {
  if (format.includes('%')) return undefined;
  const escapes: Record<string, string> = { n: '\n', t: '\t', '\\': '\\' };
  return format.replace(/\\(.)/g, (whole, char: string) => escapes[char] ?? whole);
}

/** The words of a command line, or undefined when it is not plain words (an unclosed quote). */
function words(command: string): string[] | undefined {
  try {
    return splitArguments(command);
  } catch {
    return undefined;
  }
}

/** A netlab run with its stdin, or undefined when the line is not one this test can replay. */
function netlabRun(
  command: string,
  files: ReadonlyMap<string, string>,
): { args: string[]; input: string } | undefined {
  let tokens = words(command);
  if (tokens === undefined) return undefined;
  let input = '';
  if (tokens[0] === 'printf' && tokens[2] === '|') {
    const text = printfText(tokens[1] ?? '');
    if (text === undefined) return undefined;
    input = text;
    tokens = tokens.slice(3);
  }
  const redirect = tokens.indexOf('<');
  if (redirect !== -1) {
    const file = files.get(tokens[redirect + 1] ?? '');
    if (file === undefined || tokens.length !== redirect + 2) return undefined;
    input = file;
    tokens = tokens.slice(0, redirect);
  }
  const [program, ...args] = tokens;
  if (program !== 'netlab' || args.some((arg) => /^[|<>&#;]/.test(arg))) return undefined;
  const name = args.find((arg) => !arg.startsWith('-'));
  if (name === undefined || !DETERMINISTIC_COMMANDS.has(name)) return undefined;
  if (args.some((arg) => UNSTABLE_OPTIONS.has(arg))) return undefined;
  return { args, input };
}

function joined(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n+$/, '');
}

/**
 * Every README example a test can replay: each `$ netlab …` line of a ```console block whose
 * command is a calculator or a simulation, with the output printed under it. `$ cat FILE`
 * defines FILE for a later `< FILE`, `$ echo $?` gives the exit code of the run before it, and
 * `printf '…' | netlab …` gives its stdin, and a last line "..." marks an excerpt: the output
 * starts with what is shown. Anything else is left out.
 */
export function readmeExamples(markdown: string): ReadmeExample[] {
  const files = new Map<string, string>();
  const examples: ReadmeExample[] = [];
  let last: { exitCode: number } | undefined;
  for (const session of consoleSessions(markdown)) {
    const cat = /^cat (\S+)$/.exec(session.command);
    if (cat?.[1] !== undefined) {
      files.set(cat[1], `${joined(session.output)}\n`);
      last = undefined;
      continue;
    }
    if (session.command === 'echo $?') {
      if (last !== undefined) last.exitCode = Number(session.output[0]);
      last = undefined;
      continue;
    }
    const run = netlabRun(session.command, files);
    if (run === undefined) {
      last = undefined;
      continue;
    }
    const excerpt = /^(\.\.\.|…)$/.test(session.output.at(-1) ?? '');
    const output = joined(excerpt ? session.output.slice(0, -1) : session.output);
    const example = {
      line: session.line,
      command: session.command,
      ...run,
      output,
      excerpt,
      exitCode: /^(netlab: |\{"line":\d+,"input":)/m.test(output) ? 2 : 0,
    };
    examples.push(example);
    last = example;
  }
  return examples;
}

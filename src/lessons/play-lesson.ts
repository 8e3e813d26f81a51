import { Writable } from 'node:stream';
import type { ExitCode } from '../core/exit-code.js';
import type { Io } from '../core/io.js';
import { builtInLang, type ContentLang } from '../core/lang.js';
import type { PauseKey, TerminalInput } from '../core/terminal-input.js';
import { stepFrames } from '../text/step-frames.js';
import { wrapText } from '../text/wrap-text.js';
import { askQuestions, type QuestionScore } from './ask-questions.js';
import { commandLines } from './command-line.js';
import type { Action, LabExperiment, Lesson, Step } from './lesson.js';
import { type Layout, type LessonPosition, renderLessonHeading, renderStep } from './step-text.js';
import { uiText } from './ui-text.js';

/**
 * Runs one netlab command line in-process (the words after "netlab") and resolves to its exit
 * code; the command writes to the same streams the lesson does, or to `io` when given.
 */
export type CommandRunner = (args: readonly string[], io?: Io) => Promise<ExitCode>;

/** Whether a lab can run here; when not, why, in words for the student. */
export type LabVerdict = { readonly ready: true } | { readonly ready: false; readonly why: string };

/**
 * When a step's experiment runs on a real LAN: `terminal` when the lesson pauses on a terminal
 * (played straight through, the output stays the same on every machine), `always` (--lab), or
 * `never` (--no-lab). Where no lab can run, the simulation stands in and the lesson says why.
 */
export type LabChoice = 'terminal' | 'always' | 'never';

/** Everything a lesson needs to play: layout, streams, the runner, and whether to pause. */
export interface PlayOptions extends Layout {
  readonly out: Writable;
  readonly run: CommandRunner;
  /** Pause after each step and ask the questions; null plays straight through. */
  readonly input: TerminalInput | null;
  readonly signal: AbortSignal;
  /** The language commands pick on their own; `--lang` is shown only when the lesson's differs. */
  readonly defaultLang: ContentLang;
  /** Colour is on; when off, every command is run with --no-color. */
  readonly color: boolean;
  readonly lab: LabChoice;
  /** Probes whether a lab can run here (src/lab's probe, given by the CLI). */
  readonly labCheck: () => Promise<LabVerdict>;
  /**
   * The terminal the lesson pauses on, and its height: an action's output taller than the screen
   * is paged there. Absent when the lesson plays straight through.
   */
  readonly terminal?: { readonly io: Io; readonly rows: number };
}

/** How a lesson ended. */
export interface PlayResult {
  /** The student quit (q, Ctrl-C or end of input) before the end. */
  readonly quit: boolean;
  /** Actions that ended with another exit code than the step meant. */
  readonly failedActions: number;
  /** Right answers, when the questions were asked on a terminal. */
  readonly score: QuestionScore | null;
}

/** An action's command line: as shown to the student, and as run (with forwarded options). */
interface CommandLine {
  readonly shown: readonly string[];
  readonly run: readonly string[];
  /** The student typed an argument, so a refusal (exit 2) is theirs, not the lesson's. */
  readonly typed: boolean;
}

/** Fills in the arguments the student may type (on a terminal), or null when input ends. */
async function commandLine(action: Action, options: PlayOptions): Promise<CommandLine | null> {
  const args: string[] = [];
  let typed = false;
  for (const arg of action.args) {
    if (typeof arg === 'string' || options.input === null) {
      args.push(typeof arg === 'string' ? arg : arg.example);
      continue;
    }
    options.out.write(`\n${uiText(options.lang).ask[arg.ask](arg.example)}`);
    const reply = await options.input.line(options.signal);
    if (reply === null) return null;
    typed ||= reply.trim() !== '';
    args.push(reply.trim() === '' ? arg.example : reply.trim());
  }
  const lang = action.takesLang ? ['--lang', builtInLang(options.lang)] : [];
  return {
    shown: [...args, ...(options.lang === options.defaultLang ? [] : lang)],
    run: [...args, ...lang, ...(options.color ? [] : ['--no-color'])],
    typed,
  };
}

/**
 * Commands that talk to the terminal themselves while they run: the simulations step frame by
 * frame, and demos and labs print as things happen. The lesson does not page them.
 */
const OWN_TERMINAL: ReadonlySet<string> = new Set([
  'arp',
  'handshake',
  'demo',
  'lab',
  'chat',
  'send',
  'receive',
]);

/**
 * `io` as a command sees it when nobody may be asked for keys: stdin is not a terminal, so a
 * simulation prints at once instead of stepping. With `stdout`, the command writes there. The
 * streams stay lazy (getters), as the process' own are.
 */
export function withoutKeyboard(io: Io, stdout: Writable = io.stdout): Io {
  return {
    stdout,
    get stderr() {
      return io.stderr;
    },
    get stdin() {
      return io.stdin;
    },
    stdoutIsTTY: io.stdoutIsTTY,
    get stderrIsTTY() {
      return io.stderrIsTTY;
    },
    stdinIsTTY: false,
    columns: io.columns,
    ...(io.rows === undefined ? {} : { rows: io.rows }),
    env: io.env,
    cwd: io.cwd,
    interrupt: io.interrupt,
  };
}

/**
 * Runs one action's command line. On a terminal, the output of a command that does not step or
 * stream itself is collected and then paged, a screenful at a time, so a long table does not push
 * the step's explanation off the screen; elsewhere the command writes straight to the lesson's out.
 */
async function runAction(args: readonly string[], options: PlayOptions): Promise<ExitCode> {
  const { terminal, input } = options;
  if (terminal === undefined || input === null || OWN_TERMINAL.has(args[0] ?? '')) {
    return options.run(args);
  }
  const chunks: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const into = withoutKeyboard(terminal.io, stdout);
  const code = await options.run(args, into);
  await stepFrames([chunks.join('')], {
    out: options.out,
    input,
    signal: options.signal,
    rows: terminal.rows,
    columns: options.width,
    lang: options.lang,
    dim: options.paint.dim,
  });
  return code;
}

/** Runs actions in order; resolves to the number that failed, or null if the student quit. */
async function runActions(
  actions: readonly Action[],
  options: PlayOptions,
): Promise<number | null> {
  let failed = 0;
  for (const action of actions) {
    const line = await commandLine(action, options);
    if (line === null || options.signal.aborted) return null;
    const shown = commandLines(line.shown, '$ ', options.width);
    options.out.write(
      `\n${shown.map((text) => options.paint.bold(options.paint.green(text))).join('\n')}\n`,
    );
    const code = await runAction(line.run, options);
    const expected = action.expectExit ?? 0;
    if (code !== expected && !(line.typed && code === 2)) {
      failed += 1;
      const notice = wrapText(uiText(options.lang).actionFailed(code), options.width);
      options.out.write(`${notice.map((text) => options.paint.yellow(text)).join('\n')}\n`);
    }
    if (options.signal.aborted) return null;
  }
  return failed;
}

/** Why the simulation stands in for a step's real LAN, or null when the lab runs. */
async function labStandIn(lab: LabExperiment, options: PlayOptions): Promise<string | null> {
  const words = uiText(options.lang).labStandIn;
  if (options.lab === 'never') return words.declined(lab.experiment);
  if (options.lab === 'terminal' && options.input === null) {
    return words.straightThrough(lab.experiment);
  }
  const verdict = await options.labCheck();
  return verdict.ready ? null : words.cannot(lab.experiment, verdict.why);
}

/** The actions a step's lab experiment plays: the real one, or its simulation after a note why. */
async function labActions(lab: LabExperiment, options: PlayOptions): Promise<readonly Action[]> {
  const standIn = await labStandIn(lab, options);
  if (standIn === null) return [{ args: ['lab', lab.experiment], takesLang: true }];
  const note = wrapText(standIn, options.width).map((line) => options.paint.dim(line));
  options.out.write(`\n${note.join('\n')}\n`);
  return lab.simulation;
}

/** Runs a step's actions, then its lab experiment; the number that failed, or null on quit. */
async function runStep(step: Step, options: PlayOptions): Promise<number | null> {
  const failed = await runActions(step.actions ?? [], options);
  if (failed === null || step.lab === undefined) return failed;
  const more = await runActions(await labActions(step.lab, options), options);
  return more === null ? null : failed + more;
}

function writeTryLater(step: Step, options: PlayOptions): void {
  if (step.tryLater === undefined) return;
  const lines = step.tryLater.flatMap((args) => commandLines(args, '  $ ', options.width));
  options.out.write(`\n${uiText(options.lang).tryLater}\n${lines.join('\n')}\n`);
}

/** Shows the pause prompt, waits for a key, and erases the prompt so the screen stays clean. */
async function pause(input: TerminalInput, options: PlayOptions): Promise<PauseKey> {
  options.out.write(`\n${options.paint.dim(uiText(options.lang).pause)}`);
  const key = await input.key(options.signal);
  options.out.write('\r\x1b[2K');
  return key;
}

/**
 * Plays a lesson: each step's text, then its actions run through `options.run` and shown as the
 * command lines a student can repeat. On a terminal it pauses after each step (Enter next, b back,
 * q quit) and asks the questions at the end; otherwise it plays straight through and prints the
 * questions with their computed answers.
 */
export async function playLesson(
  lesson: Lesson,
  position: LessonPosition,
  options: PlayOptions,
): Promise<PlayResult> {
  const { out, input } = options;
  out.write(renderLessonHeading(lesson, position, options));
  let failedActions = 0;
  let index = 0;
  while (index < lesson.steps.length) {
    const step = lesson.steps[index];
    if (step === undefined) break;
    out.write(renderStep(lesson, index, options));
    const failed = await runStep(step, options);
    if (failed === null) return { quit: true, failedActions, score: null };
    failedActions += failed;
    writeTryLater(step, options);
    const key = input === null ? 'next' : await pause(input, options);
    if (key === 'quit') return { quit: true, failedActions, score: null };
    index = key === 'back' ? Math.max(0, index - 1) : index + 1;
  }
  const round = await askQuestions(lesson.questions, options);
  if (!round.quit) out.write(`\n${uiText(options.lang).end(lesson.id)}\n`);
  return { quit: round.quit, failedActions, score: round.score };
}

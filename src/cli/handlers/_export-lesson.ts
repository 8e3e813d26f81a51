import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { CommandContext } from '../../core/command-context.js';
import { InputError, NetlabError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import type { Io } from '../../core/io.js';
import { langFromEnv } from '../../core/lang.js';
import {
  checkLessonLang,
  collectLessonExport,
  exportLessonHtml,
  exportLessonMarkdown,
  findLesson,
} from '../../lessons/index.js';
import type { EXPORT_FORMATS } from '../commands/lesson.js';
import { writeFileAtomic } from '../write-file-atomic.js';

type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What `netlab lesson ID --export FORMAT` was asked. */
export interface ExportArgs {
  readonly id?: string | undefined;
  readonly export?: ExportFormat | undefined;
  readonly out?: string | undefined;
  readonly lang?: string | undefined;
}

/** An Io like a pipe, 80 columns wide, where stdout and stderr land in one text in order. */
function captureIo(io: Io): { io: Io; text: () => string } {
  const sink = new PassThrough();
  let text = '';
  sink.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const captured: Io = {
    ...io,
    stdout: sink,
    stderr: sink,
    stdin: Readable.from([]),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    columns: 80,
  };
  return { io: captured, text: () => text };
}

/**
 * Runs the lesson's commands, captured, and writes the lesson as Markdown or one HTML page to
 * stdout or, atomically, to the file `--out` names.
 */
export async function exportLesson(args: ExportArgs, context: CommandContext): Promise<ExitCode> {
  if (args.export === undefined) {
    throw new InputError('out-needs-export', { value: JSON.stringify(args.out) });
  }
  if (args.id === undefined) throw new InputError('export-needs-lesson', {});
  const lesson = findLesson(args.id);
  const lang = args.lang === undefined ? langFromEnv(context.io.env) : checkLessonLang(args.lang);
  const data = await collectLessonExport(lesson, lang, async (commandArgs) => {
    const capture = captureIo(context.io);
    const code = await context.runCommand(commandArgs, capture.io);
    return { code, output: capture.text() };
  });
  const text = args.export === 'html' ? exportLessonHtml(data) : exportLessonMarkdown(data);
  if (args.out === undefined) {
    context.io.stdout.write(text);
    return 0;
  }
  try {
    await writeFileAtomic(resolve(context.io.cwd, args.out), text);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new NetlabError('export-write-failed', { name: args.out, why }, { cause: error });
  }
  return 0;
}

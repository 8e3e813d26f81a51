import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { type Lang, langFromEnv } from '../../core/lang.js';
import { findTopics, parseCount, parseLevel } from '../../practice/make-sheet.js';
import { parseSeed } from '../../practice/parse-seed.js';
import {
  freshSeed,
  gradeAnswers,
  practiseDrill,
  printSheet,
  printSheetJson,
} from '../../practice/run-practice.js';
import type { ArgsOf } from '../command.js';
import type { practiceCommand } from '../commands/practice.js';

/** The longest --time-limit: a day. */
const MAX_SECONDS = 86_400;

/** What `netlab practice` was asked to do, parsed from its words and options. */
export type PracticeRequest =
  | { readonly action: 'drill'; readonly topics: readonly string[] }
  | { readonly action: 'grade'; readonly file: string; readonly topics: readonly string[] }
  | { readonly action: 'sheet'; readonly topics: readonly string[] };

/**
 * Splits the words after "practice": `grade FILE` (topics from --topic), `sheet TOPIC...`, or
 * the topics of a drill.
 * @example practiceRequest(['grade', 'answers.txt'], []) // { action: 'grade', file: 'answers.txt', topics: [] }
 */
export function practiceRequest(
  words: readonly string[],
  topicOption: readonly string[],
): PracticeRequest {
  const [first, ...rest] = words;
  if (first === 'grade') {
    const [file, ...extra] = rest;
    if (file === undefined || extra.length > 0) throw new InputError('grade-needs-file');
    return { action: 'grade', file, topics: topicOption };
  }
  if (first === 'sheet') return { action: 'sheet', topics: [...rest, ...topicOption] };
  return { action: 'drill', topics: [...words, ...topicOption] };
}

/** Reads --time-limit: whole seconds, 1 to a day. */
export function parseTimeLimit(text: string): number {
  if (/^[1-9][0-9]{0,4}$/.test(text) && Number(text) <= MAX_SECONDS) return Number(text);
  throw new InputError('bad-time-limit', { value: text, max: MAX_SECONDS });
}

interface PracticeArgs {
  readonly words?: readonly string[] | undefined;
  readonly topic?: readonly string[] | undefined;
  readonly seed?: string | undefined;
  readonly count?: string | undefined;
  readonly level: string;
  readonly lang?: Lang | undefined;
  readonly timeLimit?: string | undefined;
  readonly answers: boolean;
  readonly format?: string | undefined;
}

/** The --seed that `command` (as the user would type it) cannot do without. */
function needSeed(seed: string | undefined, command: string): string {
  if (seed !== undefined) return seed;
  throw new InputError('seed-missing', { command });
}

export async function run(
  args: ArgsOf<typeof practiceCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const argv: PracticeArgs = args;
  const request = practiceRequest(argv.words ?? [], argv.topic ?? []);
  const topics = findTopics(request.topics).map((topic) => topic.id);
  const level = parseLevel(argv.level);
  const count = argv.count === undefined ? 10 : parseCount(argv.count);
  const lang = argv.lang ?? langFromEnv(context.io.env);
  const settingsFor = (seed: string) => ({ seed: parseSeed(seed), topics, count, level });
  switch (request.action) {
    case 'grade':
      return gradeAnswers(
        request.file,
        settingsFor(needSeed(argv.seed, 'practice grade')),
        lang,
        context,
      );
    case 'sheet': {
      const format = argv.format ?? 'md';
      if (format !== 'md' && format !== 'gift')
        throw new InputError('unknown-sheet-format', { value: format });
      const settings = settingsFor(needSeed(argv.seed, 'practice sheet'));
      // Under --json a sheet is its rows, as "practice --json" prints them; --format is for people.
      if (context.json) return printSheetJson(settings, argv.answers, context);
      return printSheet(settings, format, lang, context);
    }
    case 'drill': {
      if (context.json) {
        return printSheetJson(
          settingsFor(needSeed(argv.seed, 'practice --json')),
          argv.answers,
          context,
        );
      }
      const timeLimit = argv.timeLimit === undefined ? undefined : parseTimeLimit(argv.timeLimit);
      return practiseDrill(settingsFor(argv.seed ?? freshSeed()), { lang, timeLimit }, context);
    }
  }
}

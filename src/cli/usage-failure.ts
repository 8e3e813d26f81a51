import { InputError } from '../core/errors.js';
import { extraArguments } from './operands-after-dash.js';

/** Starts one failure record in a yargs message. */
const RECORD = '\u001e';
/** Separates a record's code from its values, and the values from each other. */
const FIELD = '\u001f';

/** A record: the code, then the `%s` values yargs fills in. */
function record(code: string, values: number): string {
  return [`${RECORD}${code}`, ...Array.from({ length: values }, () => '%s')].join(FIELD);
}

/**
 * yargs tells its failure callback what went wrong only as a message built from its string
 * table. netlab puts records in that table in place of the English sentences it answers (through
 * yargs' public `updateStrings`), so the callback reads a code and values, never English, and
 * LANG cannot change them. Each key is yargs' own, as in yargs/locales/en.json.
 */
export const USAGE_RECORDS = {
  'Unknown argument: %s': { one: record('unknown-option', 1), other: record('unknown-options', 1) },
  'Unknown command: %s': { one: record('extra-words', 1), other: record('extra-words', 1) },
  'Did you mean %s?': record('did-you-mean', 1),
  'Argument: %s, Given: %s, Choices: %s': record('invalid-choice', 3),
  'Not enough arguments following: %s': record('missing-value', 1),
  'Missing required argument: %s': {
    one: record('missing-option', 1),
    other: record('missing-options', 1),
  },
  'Not enough non-option arguments: got %s, need at least %s': {
    one: record('too-few-arguments', 2),
    other: record('too-few-arguments', 2),
  },
  'Too many non-option arguments: got %s, maximum of %s': {
    one: record('too-many-arguments', 2),
    other: record('too-many-arguments', 2),
  },
  'Arguments %s and %s are mutually exclusive': record('conflicting-options', 2),
} as const;

/** What netlab knows of the command line when yargs refuses it. */
export interface UsageScene {
  /** The command word typed, if any. */
  readonly typed: string | undefined;
  /** The typed word is one of netlab's commands. */
  readonly known: boolean;
}

/** yargs lists several values as one text, joined by ", ". */
function listed(text: string): string[] {
  return text.split(', ');
}

/**
 * Turns a yargs failure message into netlab's InputError: a record from USAGE_RECORDS gives the
 * code and values; a message with no record (a failure netlab has no code for) is passed on
 * whole, under the code "usage".
 */
export function usageFailure(message: string, scene: UsageScene): InputError {
  const help = scene.known ? `netlab ${scene.typed} --help` : 'netlab --help';
  const found = message.split(RECORD)[1];
  if (found === undefined) {
    const first = message.split('\n')[0] ?? message;
    return unrecorded(`${first.charAt(0).toLowerCase()}${first.slice(1)}`, help);
  }
  const [code, one = '', two = '', three = ''] = found.trimEnd().split(FIELD);
  const command = scene.typed ?? '';
  switch (code) {
    case 'did-you-mean':
      return new InputError('unknown-command-like', { command, suggestion: one });
    case 'extra-words': {
      if (!scene.known) return new InputError('unknown-command', { command });
      return extraArguments(command, listed(one));
    }
    case 'unknown-option':
      return new InputError('unknown-option', { value: one, help });
    case 'unknown-options':
      return new InputError('unknown-options', { values: one, help });
    case 'invalid-choice':
      return new InputError('invalid-choice', { option: one, value: two, choices: three });
    case 'missing-value':
      return new InputError('missing-value', { option: one, help });
    case 'missing-option':
      return new InputError('missing-option', { option: one, help });
    case 'missing-options':
      return new InputError('missing-options', { options: one, help });
    case 'too-few-arguments':
      return new InputError('too-few-arguments', { got: one, need: two, help });
    case 'too-many-arguments':
      return new InputError('too-many-arguments', { got: one, max: two, help });
    case 'conflicting-options':
      return new InputError('conflicting-options', { first: one, second: two, help });
    default:
      return unrecorded(message, help);
  }
}

/** A failure netlab has no code for: yargs' message, passed on whole. */
function unrecorded(message: string, help: string): InputError {
  return new InputError('usage', { message, help });
}

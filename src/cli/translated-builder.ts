import type { Argv } from 'yargs';
import type { MessageCatalogue, MessageParams } from '../text/message-catalogue.js';

/** The yargs methods whose second argument names a description or holds one. */
const DESCRIBED = new Set<PropertyKey>(['option', 'positional']);

/**
 * What an option's or positional's spec may carry beside its `describe` key: the values of that
 * message's `{placeholders}`, such as `{ max: MAX_DATA }`. The wrapper fills them in and hands
 * yargs the spec without this field.
 * @example .option('data', { type: 'string', describe: 'handshake-data', describeParams: { max: 1460 } })
 */
export interface DescribeParams {
  readonly describeParams?: MessageParams;
}

/**
 * `yargs` as a command's builder sees it, with each option's, positional's and example's
 * description looked up in `help` (content/messages/LANG/help.json) before yargs stores it. A
 * description that is no key of the catalogue is taken as written. Every call goes to `yargs`
 * itself; a call that returns `yargs` returns the wrapper, so a chain stays translated.
 */
export function translatedBuilder(yargs: Argv, help: MessageCatalogue): Argv {
  const say = (text: unknown, params?: MessageParams) =>
    typeof text === 'string' ? help.format(text, params) : text;
  const wrapper: Argv = new Proxy(yargs, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const [name, second] = args;
        if (DESCRIBED.has(property) && typeof second === 'object' && second !== null) {
          const { describeParams, ...spec } = second as DescribeParams & { describe?: unknown };
          args = [name, { ...spec, describe: say(spec.describe, describeParams) }];
        } else if (property === 'example' && args.length >= 2) {
          args = [name, say(second)];
        }
        const result: unknown = value.apply(target, args);
        return result === target ? wrapper : result;
      };
    },
  });
  return wrapper;
}

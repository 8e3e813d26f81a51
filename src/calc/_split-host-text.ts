import { InputError } from '../core/errors.js';
import { reason } from '../core/reason.js';
import { quote } from './quote-input.js';

/** An address text and the prefix written after its "/", if any. */
export interface HostText {
  readonly address: string;
  /** The prefix with its slash ("/24"), or undefined when none was written. */
  readonly prefix: string | undefined;
}

/**
 * The refusal for a "/" with nothing after it; `next` is the argument that followed, which is
 * the prefix itself when a space split `10.0.0.1/ 8`.
 */
function emptyPrefix(text: string, next: string | undefined): InputError {
  const fix =
    next !== undefined && /^[0-9]{1,3}$/.test(next)
      ? reason('prefix-split-by-space', { next: quote(next), joined: quote(`${text}${next}`) })
      : reason('prefix-missing-length', { example: quote(`${text}24`) });
  return new InputError('prefix-empty', { value: quote(text), fix });
}

/**
 * Splits "192.168.1.5/24" into the address and "/24"; text without "/" is all address. `next`
 * is the argument after `text`, if any, named when a space cut the prefix off.
 */
export function splitHostText(text: string, next?: string): HostText {
  const slash = text.indexOf('/');
  if (slash === -1) return { address: text, prefix: undefined };
  const prefix = text.slice(slash);
  if (prefix === '/') throw emptyPrefix(text, next);
  if (/[.:]/.test(prefix)) {
    throw new InputError('prefix-not-length', { prefix: quote(prefix), value: quote(text) });
  }
  return { address: text.slice(0, slash), prefix };
}

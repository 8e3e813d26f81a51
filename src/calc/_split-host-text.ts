import { InputError } from '../core/errors.js';
import { quote } from './_quote.js';

/** An address text and the prefix written after its "/", if any. */
export interface HostText {
  readonly address: string;
  /** The prefix with its slash ("/24"), or undefined when none was written. */
  readonly prefix: string | undefined;
}

/** Splits "192.168.1.5/24" into the address and "/24"; text without "/" is all address. */
export function splitHostText(text: string): HostText {
  const slash = text.indexOf('/');
  if (slash === -1) return { address: text, prefix: undefined };
  const prefix = text.slice(slash);
  if (/[.:]/.test(prefix)) {
    throw new InputError('prefix-not-length', { prefix: quote(prefix), value: quote(text) });
  }
  return { address: text.slice(0, slash), prefix };
}

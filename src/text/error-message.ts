import type { NetlabError } from '../core/errors.js';
import { longQuoteParts } from '../core/long-quote.js';
import { isReason, type MessageValue, reason, resolveReasons } from '../core/reason.js';
import { messageCatalogue } from './message-catalogue.js';

/**
 * `value` with each long quote of user input (see `quote`) turned into the reason that says it,
 * so its words come from the message's language too.
 */
function withLongQuotes(value: MessageValue): MessageValue {
  if (typeof value === 'number') return value;
  if (isReason(value)) return { key: value.key, params: longQuotesIn(value.params) };
  const parts = longQuoteParts(value);
  return parts === null ? value : reason('quoted-long', parts);
}

function longQuotesIn(
  params: Readonly<Record<string, MessageValue>>,
): Record<string, MessageValue> {
  return Object.fromEntries(Object.entries(params).map(([name, v]) => [name, withLongQuotes(v)]));
}

/**
 * The message of one of netlab's errors in `lang`: its code's template from the "errors"
 * messages, with each reason among its values (and inside those) put in words from the
 * "reasons" messages of the same language. English is `error.message`.
 * @example errorMessage(new InputError('bad-port', { value: '"x"', why: reason('port-empty') }), 'zh')
 */
export function errorMessage(error: NetlabError, lang: string): string {
  const reasons = messageCatalogue(lang, 'reasons');
  const params = resolveReasons(longQuotesIn(error.params), (key, values) =>
    reasons.format(key, values),
  );
  return messageCatalogue(lang, 'errors').format(error.code, params);
}

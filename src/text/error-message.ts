import type { NetlabError } from '../core/errors.js';
import { resolveReasons } from '../core/reason.js';
import { messageCatalogue } from './message-catalogue.js';

/**
 * The message of one of netlab's errors in `lang`: its code's template from the "errors"
 * messages, with each reason among its values (and inside those) put in words from the
 * "reasons" messages of the same language. English is `error.message`.
 * @example errorMessage(new InputError('bad-port', { value: '"x"', why: reason('port-empty') }), 'zh')
 */
export function errorMessage(error: NetlabError, lang: string): string {
  const reasons = messageCatalogue(lang, 'reasons');
  const params = resolveReasons(error.params, (key, values) => reasons.format(key, values));
  return messageCatalogue(lang, 'errors').format(error.code, params);
}

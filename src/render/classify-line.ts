import type { Classification } from '../calc/classify.js';
import { formatAddress } from '../calc/format-address.js';
import { type LineOptions, type LineWords, lineWords } from './_line-words.js';

function mostSpecific(result: Classification, words: LineWords): string {
  const [first] = result.blocks;
  if (first !== undefined) return words('classify-block', { name: first.name, cidr: first.cidr });
  if (result.multicast !== null) {
    return words('classify-multicast', { scope: result.multicast.scope });
  }
  return words('classify-no-block');
}

/**
 * One classification on one line, for `classify --stdin` without --json, in `lang`: the address,
 * its most specific block or multicast scope (and, if it carries IPv4, the carried address and
 * its block), private, global. Registry names and scopes stay as the registry writes them.
 * @example "8.8.8.8  no special-purpose block  private: no  global: yes"
 */
export function renderClassificationLine(
  result: Classification,
  { lang }: LineOptions = {},
): string {
  const words = lineWords(lang);
  const yesNo = (value: boolean) => words(value ? 'yes' : 'no');
  const parts = [formatAddress(result.address), mostSpecific(result, words)];
  if (result.mappedIpv4 !== null) {
    const carried = result.mappedIpv4;
    parts.push(
      words('classify-carries', {
        address: formatAddress(carried.address),
        block: mostSpecific(carried, words),
      }),
    );
  }
  parts.push(
    words('classify-private', { answer: yesNo(result.private) }),
    words('classify-global', { answer: yesNo(result.globallyReachable) }),
  );
  return parts.join(words('separator'));
}

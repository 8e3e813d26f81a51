import type { MaskFacts } from '../calc/mask-facts.js';
import type { Lang } from '../core/lang.js';
import { addressHead, addressRow, maskText, rowGroup, valueRow } from './_address-rows.js';
import { calcWords } from './_calc-words.js';
import { hostsNote } from './_hosts-note.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

/**
 * A mask in every form, in `lang`: prefix, mask, wildcard (each in text and binary), and subnet
 * sizes.
 */
export function renderMask(facts: MaskFacts, colors: Palette, lang: Lang = 'en'): string {
  const { version, prefix, hostBits } = facts;
  const words = calcWords(lang);
  const bits = { colors, prefix };
  const rows = [
    ...rowGroup(version, [
      valueRow(
        version,
        words('mask-prefix'),
        `/${prefix}`,
        words('mask-bits', { prefix, hostBits }),
      ),
    ]),
    ...rowGroup(version, [
      addressRow(
        words('mask-mask'),
        { version, value: facts.mask },
        { ...bits, text: maskText(version, facts.mask) },
      ),
      addressRow(
        words('subnet-wildcard'),
        { version, value: facts.wildcard },
        {
          ...bits,
          text: maskText(version, facts.wildcard),
        },
      ),
    ]),
    ...rowGroup(version, [
      valueRow(
        version,
        words('mask-addresses'),
        facts.addresses.toString(),
        words('mask-addresses-note', { bits: hostBits }),
      ),
      valueRow(
        version,
        words('usable-hosts'),
        facts.usableHosts.toString(),
        hostsNote(facts, words),
      ),
    ]),
  ];
  return `${renderTable(rows, { head: addressHead(version, words) })}\n`;
}

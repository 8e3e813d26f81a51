import type { MaskFacts } from '../calc/mask-facts.js';
import { addressHead, addressRow, maskText, rowGroup, valueRow } from './_address-rows.js';
import { hostsNote } from './_hosts-note.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

/** A mask in every form: prefix, mask, wildcard (each in text and binary), and subnet sizes. */
export function renderMask(facts: MaskFacts, colors: Palette): string {
  const { version, prefix, hostBits } = facts;
  const bits = { colors, prefix };
  const rows = [
    ...rowGroup(version, [
      valueRow(version, 'prefix', `/${prefix}`, `${prefix} network bits, ${hostBits} host bits`),
    ]),
    ...rowGroup(version, [
      addressRow(
        'mask',
        { version, value: facts.mask },
        { ...bits, text: maskText(version, facts.mask) },
      ),
      addressRow(
        'wildcard',
        { version, value: facts.wildcard },
        {
          ...bits,
          text: maskText(version, facts.wildcard),
        },
      ),
    ]),
    ...rowGroup(version, [
      valueRow(version, 'addresses', facts.addresses.toString(), `2^${hostBits} in each subnet`),
      valueRow(version, 'usable hosts', facts.usableHosts.toString(), hostsNote(facts)),
    ]),
  ];
  return `${renderTable(rows, { head: addressHead(version) })}\n`;
}

import type { Classification } from '../calc/classify.js';
import { formatAddress } from '../calc/format-address.js';
import type { MulticastScope, MulticastScopeName } from '../calc/multicast-scope.js';
import type { RegistryFlag, SpecialBlock } from '../calc/special-registry.js';
import type { Lang } from '../core/lang.js';
import { wrapText } from '../text/wrap-text.js';
import { type CalcWords, calcWords } from './_calc-words.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

const NAME_WIDTH = 26;
const LINE_WIDTH = 80;
const INDENT = '    ';
/** The calc.json key of the words for how each carrier block holds an IPv4 address. */
const CARRIER_NAMES: Readonly<Record<string, string>> = {
  '::ffff:0:0/96': 'classify-carrier-mapped',
  '64:ff9b::/96': 'classify-carrier-nat64',
};

/** A registry flag in words: yes, no, n/a, or a dash for a blank cell. */
function flagText(flag: RegistryFlag, words: CalcWords): string {
  if (flag === null) return '—';
  if (flag === 'n/a') return words('classify-n-a');
  return words(flag ? 'classify-yes' : 'classify-no');
}

function blocksTable(blocks: readonly SpecialBlock[], words: CalcWords): string {
  const rows = blocks.map((block) => [
    block.cidr,
    wrapText(block.name, NAME_WIDTH).join('\n'),
    block.rfc.split(', ').join('\n'),
    flagText(block.globallyReachable, words),
  ]);
  const head = ['block', 'name', 'rfc', 'global'].map((column) => words(`classify-head-${column}`));
  return renderTable(rows, { head });
}

function notes(blocks: readonly SpecialBlock[], words: CalcWords): string[] {
  return blocks
    .filter((block) => block.note !== null)
    .map((block) =>
      wrapText(words('classify-note', { cidr: block.cidr, note: block.note ?? '' }), LINE_WIDTH, {
        rest: INDENT,
      }).join('\n'),
    );
}

/** What a multicast scope means for reach, in words. */
function scopeText(scope: MulticastScope, words: CalcWords): string {
  const field =
    scope.field === null ? '' : words('classify-scope-field', { field: scope.field.toString(16) });
  const reach: MulticastScopeName = scope.scope;
  return words('classify-scope', {
    scope: scope.scope,
    field,
    rfc: scope.rfc,
    reach: words(`classify-reach-${reach}`),
  });
}

function reachabilityText(result: Classification, words: CalcWords): string {
  if (result.multicast !== null && result.reason === 'multicast-scope') {
    return words('classify-by-scope', { scope: scopeText(result.multicast, words) });
  }
  if (result.reason === 'embedded-not-global') {
    const address = formatAddress(result.mappedIpv4?.address ?? result.address);
    return words('classify-nat64-not-global', { address });
  }
  if (result.decidedBy !== null) {
    const flag = flagText(result.decidedBy.globallyReachable, words);
    return words('classify-decided-by', { cidr: result.decidedBy.cidr, flag });
  }
  if (result.reason === 'unallocated') return words('classify-unallocated');
  return words('classify-ordinary');
}

function heading(result: Classification, colors: Palette, words: CalcWords): string {
  const address = colors.bold(formatAddress(result.address));
  const count = result.blocks.length;
  const { version } = result.address;
  if (count === 0) return words('classify-heading-none', { address, version });
  if (count === 1) return words('classify-heading-one', { address, version });
  return words('classify-heading-many', { address, version, count });
}

function section(result: Classification, colors: Palette, words: CalcWords): string[] {
  const lines = [heading(result, colors, words)];
  if (result.blocks.length > 0) {
    lines.push(blocksTable(result.blocks, words), ...notes(result.blocks, words));
  }
  const yes = words('classify-yes');
  const no = words('classify-no');
  const isPrivate = result.private ? colors.cyan(yes) : no;
  const reachable = result.globallyReachable ? colors.green(yes) : colors.yellow(no);
  const why = reachabilityText(result, words);
  lines.push(
    wrapText(words('classify-private', { value: isPrivate }), LINE_WIDTH, { rest: INDENT }).join(
      '\n',
    ),
    wrapText(words('classify-reachable', { value: reachable, why }), LINE_WIDTH, {
      rest: INDENT,
    }).join('\n'),
  );
  return lines;
}

/**
 * The human view of one classification, in `lang` (the registries' names stay theirs): the blocks as a table, most specific first, then
 * private and globally reachable with the reason. An IPv4-mapped or NAT64 address gets a second
 * section for the IPv4 address it carries.
 */
export function renderClassification(
  result: Classification,
  colors: Palette,
  lang: Lang = 'en',
): string {
  const words = calcWords(lang);
  const lines = section(result, colors, words);
  if (result.mappedIpv4 !== null) {
    const carried = formatAddress(result.mappedIpv4.address);
    const carrier = CARRIER_NAMES[result.carriedBy ?? ''];
    const how = carrier === undefined ? (result.carriedBy ?? '') : words(carrier);
    const intro = words('classify-carries', { carried, how });
    lines.push('', wrapText(intro, LINE_WIDTH).join('\n'));
    lines.push(...section(result.mappedIpv4, colors, words));
  }
  return `${lines.join('\n')}\n`;
}

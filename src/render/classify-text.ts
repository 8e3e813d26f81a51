import type { Classification } from '../calc/classify.js';
import { formatAddress } from '../calc/format-address.js';
import type { MulticastScope, MulticastScopeName } from '../calc/multicast-scope.js';
import type { RegistryFlag, SpecialBlock } from '../calc/special-registry.js';
import { wrapText } from '../text/wrap-text.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

const NAME_WIDTH = 26;
const LINE_WIDTH = 80;
const INDENT = '    ';
const PRIVATE_RULE = 'only 10/8, 172.16/12, 192.168/16 and fc00::/7 are';
const NAT64_RULE = 'RFC 6052 §3.1: 64:ff9b::/96 may carry only a global IPv4 address';
const CARRIER_NAMES: Readonly<Record<string, string>> = {
  '::ffff:0:0/96': 'IPv4-mapped, RFC 4291 §2.5.5.2',
  '64:ff9b::/96': 'NAT64 well-known prefix, RFC 6052',
};

/** A registry flag in words: yes, no, n/a, or a dash for a blank cell. */
function flagText(flag: RegistryFlag): string {
  if (flag === null) return '—';
  if (flag === 'n/a') return 'n/a';
  return flag ? 'yes' : 'no';
}

function blocksTable(blocks: readonly SpecialBlock[]): string {
  const rows = blocks.map((block) => [
    block.cidr,
    wrapText(block.name, NAME_WIDTH).join('\n'),
    block.rfc.split(', ').join('\n'),
    flagText(block.globallyReachable),
  ]);
  return renderTable(rows, { head: ['Block', 'Name', 'RFC', 'Global'] });
}

function notes(blocks: readonly SpecialBlock[]): string[] {
  return blocks
    .filter((block) => block.note !== null)
    .map((block) =>
      wrapText(`note on ${block.cidr}: ${block.note}`, LINE_WIDTH, { rest: INDENT }).join('\n'),
    );
}

/** What a multicast scope means for reach, in words. */
function scopeText(scope: MulticastScope): string {
  const field = scope.field === null ? '' : ` (scope field ${scope.field.toString(16)})`;
  const reach: Record<MulticastScopeName, string> = {
    'interface-local': 'never leaves the host',
    'link-local': 'never forwarded off the link',
    'realm-local': 'stays inside a realm the network defines',
    'admin-local': 'stays inside a region an administrator configures',
    'site-local': 'stays inside the site',
    'organization-local': 'stays inside the organisation',
    global: 'routers may forward it anywhere multicast routing reaches',
    reserved: 'a reserved scope value: no group may use it',
    unassigned: 'an unassigned scope value, for administrators to define',
  };
  return `multicast, scope ${scope.scope}${field}, ${scope.rfc}: ${reach[scope.scope]}`;
}

function reachabilityText(result: Classification): string {
  if (result.multicast !== null && result.reason === 'multicast-scope') {
    return `not in the special-purpose registries; ${scopeText(result.multicast)}`;
  }
  if (result.reason === 'embedded-not-global') {
    return `${NAT64_RULE}, and ${formatAddress(result.mappedIpv4?.address ?? result.address)} is not`;
  }
  if (result.decidedBy !== null) {
    const flag = flagText(result.decidedBy.globallyReachable);
    return `${result.decidedBy.cidr} says ${flag}; the most specific block decides`;
  }
  if (result.reason === 'unallocated') {
    return 'in no block and outside 2000::/3, the only IPv6 space IANA allocates';
  }
  return 'no special-purpose block answers: ordinary unicast';
}

function heading(result: Classification, colors: Palette): string {
  const address = colors.bold(formatAddress(result.address));
  const count = result.blocks.length;
  if (count === 0) return `${address} (IPv${result.address.version}): in no special-purpose block`;
  const what = count === 1 ? '1 special-purpose block' : `${count} blocks, most specific first`;
  return `${address} (IPv${result.address.version}): in ${what}`;
}

function section(result: Classification, colors: Palette): string[] {
  const lines = [heading(result, colors)];
  if (result.blocks.length > 0) lines.push(blocksTable(result.blocks), ...notes(result.blocks));
  const isPrivate = result.private ? colors.cyan('yes') : 'no';
  const reachable = result.globallyReachable ? colors.green('yes') : colors.yellow('no');
  lines.push(
    wrapText(`private: ${isPrivate} (${PRIVATE_RULE})`, LINE_WIDTH, { rest: INDENT }).join('\n'),
    wrapText(`globally reachable: ${reachable} (${reachabilityText(result)})`, LINE_WIDTH, {
      rest: INDENT,
    }).join('\n'),
  );
  return lines;
}

/**
 * The human view of one classification: the blocks as a table, most specific first, then
 * private and globally reachable with the reason. An IPv4-mapped or NAT64 address gets a second
 * section for the IPv4 address it carries.
 */
export function renderClassification(result: Classification, colors: Palette): string {
  const lines = section(result, colors);
  if (result.mappedIpv4 !== null) {
    const carried = formatAddress(result.mappedIpv4.address);
    const how = CARRIER_NAMES[result.carriedBy ?? ''] ?? result.carriedBy;
    const intro = `It carries the IPv4 address ${carried} (${how}), classified on its own:`;
    lines.push('', wrapText(intro, LINE_WIDTH).join('\n'));
    lines.push(...section(result.mappedIpv4, colors));
  }
  return `${lines.join('\n')}\n`;
}

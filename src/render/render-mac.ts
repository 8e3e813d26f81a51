import stringWidth from 'string-width';
import type { MacReport, WellKnownMac } from '../calc/decode-mac.js';
import { formatMac } from '../calc/mac-address.js';
import { wrapText } from '../i18n/wrap-text.js';
import type { Lang } from './lang.js';
import { type Palette, palette } from './palette.js';

/** Options for `renderMac`. */
export interface RenderMacOptions {
  readonly lang?: Lang;
  /** Colours; plain text when omitted. */
  readonly paint?: Palette;
}

/** What the U/L bit means depends on whether the address names one NIC or a group. */
type AdministrationNote = 'universal' | 'local' | 'group-universal' | 'group-local' | 'broadcast';

interface MacText {
  readonly address: string;
  readonly written: string;
  readonly oui: string;
  readonly device: string;
  readonly firstByte: string;
  readonly ouiUniversal: string;
  readonly ouiLocal: string;
  readonly ouiGroup: string;
  readonly deviceNote: string;
  readonly groupDeviceNote: string;
  readonly cast: Record<MacReport['cast'], string>;
  readonly administration: Record<AdministrationNote, string>;
  readonly wellKnown: Record<WellKnownMac, string>;
  readonly block: string;
  readonly wire: string;
}

const TEXT: Record<Lang, MacText> = {
  en: {
    address: 'MAC address',
    written: 'also written',
    oui: 'OUI half',
    device: 'device half',
    firstByte: 'first byte',
    ouiUniversal: 'first 24 bits: the maker’s number, assigned by the IEEE',
    ouiLocal: 'first 24 bits: chosen locally, not an IEEE assignment',
    ouiGroup: 'first 24 bits: a group block, not one maker’s NIC',
    deviceNote: 'last 24 bits: the number the maker gave this NIC',
    groupDeviceNote: 'last 24 bits: which group within the block',
    cast: {
      unicast: 'unicast: for one NIC',
      multicast: 'multicast: for a group of NICs',
      broadcast: 'broadcast: for every NIC here',
    },
    administration: {
      universal: 'universal: set by the maker',
      local: 'local: set by software or an admin',
      'group-universal': 'universal: a group under an IEEE OUI',
      'group-local': 'local: a group chosen locally',
      broadcast: 'every bit of broadcast is 1',
    },
    wellKnown: {
      broadcast: 'the broadcast address, all 48 bits set',
      'ipv4-multicast': 'IPv4 multicast: the low 23 bits of a 224.0.0.0/4 group',
      'ipv6-multicast': 'IPv6 multicast: the low 32 bits of an ff00::/8 group',
      stp: 'Spanning Tree bridges (switches talk to each other here)',
    },
    block: 'known block',
    wire: 'Ethernet sends each byte low bit first, so the I/G bit is the first bit on the wire.',
  },
  zh: {
    address: 'MAC 地址',
    written: '其他写法',
    oui: 'OUI 部分',
    device: '设备部分',
    firstByte: '第一个字节',
    ouiUniversal: '前 24 位：IEEE 分配给厂商的编号',
    ouiLocal: '前 24 位：本地自行设定，并非 IEEE 分配',
    ouiGroup: '前 24 位：一个组地址段，不属于某块网卡',
    deviceNote: '后 24 位：厂商给这块网卡编的号',
    groupDeviceNote: '后 24 位：地址段里的哪一个组',
    cast: {
      unicast: '单播：发给一块网卡',
      multicast: '组播：发给一组网卡',
      broadcast: '广播：发给本网段所有网卡',
    },
    administration: {
      universal: '全球管理：厂商出厂写入',
      local: '本地管理：软件或管理员设定',
      'group-universal': '全球管理：IEEE OUI 下的组地址',
      'group-local': '本地管理：自定的组地址',
      broadcast: '广播地址每一位都是 1',
    },
    wellKnown: {
      broadcast: '广播地址，48 位全为 1',
      'ipv4-multicast': 'IPv4 组播：对应 224.0.0.0/4 组地址的低 23 位',
      'ipv6-multicast': 'IPv6 组播：对应 ff00::/8 组地址的低 32 位',
      stp: '生成树协议（交换机之间互相通信用）',
    },
    block: '特殊地址段',
    wire: '以太网每个字节先发最低位，所以 I/G 位是线路上的第一个比特。',
  },
};

/** Pads `text` with spaces to `width` terminal columns (CJK counts two). */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function administrationNote(report: MacReport): AdministrationNote {
  if (report.cast === 'broadcast') return 'broadcast';
  if (report.cast === 'multicast') return `group-${report.administration}`;
  return report.administration;
}

function ouiNote(report: MacReport, text: MacText): string {
  if (report.igBit === 1) return text.ouiGroup;
  return report.administration === 'local' ? text.ouiLocal : text.ouiUniversal;
}

/** The first octet in binary with the U/L and I/G bits pointed at. */
function bitLines(report: MacReport, text: MacText, indent: number, paint: Palette): string[] {
  const hex = `0x${report.firstOctet.toString(16).padStart(2, '0')}`;
  const bits = report.firstOctetBinary;
  const head = `${hex} = ${bits.slice(0, 4)} ${bits.slice(4)}`;
  const column = ' '.repeat(indent + head.length - 2);
  return [
    `${head.slice(0, -2)}${paint.bold(head.slice(-2))}`,
    `${column}||`,
    `${column}|+- I/G = ${report.igBit}: ${text.cast[report.cast]}`,
    `${column}+-- U/L = ${report.ulBit}: ${text.administration[administrationNote(report)]}`,
  ];
}

/**
 * Renders a decoded MAC address for a terminal: both halves, the first byte in binary with its
 * two flag bits explained, and any well-known block. Lines fit 80 columns.
 */
export function renderMac(report: MacReport, options: RenderMacOptions = {}): string {
  const text = TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const labels = [text.address, text.written, text.oui, text.device, text.firstByte, text.block];
  const width = Math.max(...labels.map((label) => stringWidth(label))) + 2;
  const others = [
    formatMac(report.mac, { separator: '-', upper: true }),
    formatMac(report.mac, { separator: '.' }),
  ].join(', ');
  const [firstBits, ...pointer] = bitLines(report, text, width, paint);
  const lines = [
    `${pad(text.address, width)}${paint.bold(report.canonical)}`,
    `${pad(text.written, width)}${others}`,
    `${pad(text.oui, width)}${paint.cyan(report.oui)}   ${ouiNote(report, text)}`,
    `${pad(text.device, width)}${paint.yellow(report.device)}   ${report.igBit === 1 ? text.groupDeviceNote : text.deviceNote}`,
    `${pad(text.firstByte, width)}${firstBits}`,
    ...pointer,
  ];
  if (report.wellKnown !== null) {
    const block = `${text.wellKnown[report.wellKnown.name]} (${report.wellKnown.source})`;
    lines.push(...wrapText(block, 80, { first: pad(text.block, width), rest: ' '.repeat(width) }));
  }
  lines.push('', ...wrapText(text.wire, 80));
  return `${lines.join('\n')}\n`;
}

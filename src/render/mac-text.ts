import stringWidth from 'string-width';
import type { MacReport } from '../calc/decode-mac.js';
import { formatMac } from '../calc/mac-address.js';
import type { MacVendor } from '../calc/oui-vendor.js';
import type { Lang } from '../core/lang.js';
import { wrapText } from '../text/wrap-text.js';
import { type AdministrationNote, MAC_TEXT, type MacText } from './_mac-words.js';
import { type Palette, palette } from './palette.js';

/** Options for `renderMac`. */
export interface RenderMacOptions {
  readonly lang?: Lang;
  /** Colours; plain text when omitted. */
  readonly paint?: Palette;
  /** The maker from the IEEE registry; no vendor line when omitted. */
  readonly vendor?: MacVendor;
}

/** "00-1A-2B" or "00-1A-2B-3" or "00-1A-2B-3C-4": an IEEE prefix the way the registry writes it. */
function prefixText(prefix: string): string {
  return (prefix.match(/.{1,2}/g) ?? []).join('-');
}

function vendorText(vendor: MacVendor, text: MacText): string {
  if (vendor.status === 'local') return text.vendorLocal;
  if (vendor.status === 'unassigned') return text.vendorUnassigned(prefixText(vendor.prefix));
  return text.vendorAssigned(vendor.organization, prefixText(vendor.prefix));
}

/** Pads `text` with spaces to `width` terminal columns (CJK counts two). */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function administrationNote(report: MacReport): AdministrationNote {
  if (report.cast === 'broadcast') return 'broadcast';
  if (report.cast === 'multicast') return `group-${report.administration}`;
  return report.administration;
}

function deviceNote(report: MacReport, text: MacText): string {
  if (report.igBit === 1) return text.groupDeviceNote;
  return report.administration === 'local' ? text.localDeviceNote : text.deviceNote;
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
  const text = MAC_TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const labels = [
    text.address,
    text.written,
    text.oui,
    text.vendor,
    text.device,
    text.firstByte,
    text.block,
  ];
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
    ...(options.vendor === undefined
      ? []
      : wrapText(vendorText(options.vendor, text), 80, {
          first: pad(text.vendor, width),
          rest: ' '.repeat(width),
        })),
    `${pad(text.device, width)}${paint.yellow(report.device)}   ${deviceNote(report, text)}`,
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

import stringWidth from 'string-width';
import type { Lang } from '../core/lang.js';
import type { Dissection, FieldSpan, LayerName } from '../sim/dissect-frame.js';
import type { Encapsulation } from '../sim/encapsulate.js';
import { FIVE_LAYERS } from '../sim/five-layers.js';
import { LAYERS_TEXT, type LayersText } from './_layers-words.js';
import { hexDump } from './hex-dump.js';
import { type Palette, palette } from './palette.js';
import { renderTable } from './table.js';

/** Options for the layers renderers. */
export interface RenderLayersOptions {
  readonly lang?: Lang;
  readonly paint?: Palette;
}

/** A layer's protocols on two lines at most: the last one on a line of its own. */
function protocolCell(protocols: readonly string[], separator: string): string {
  const last = protocols.at(-1) ?? '';
  const rest = protocols.slice(0, -1);
  return rest.length === 0 ? last : `${rest.join(separator)}${separator.trimEnd()}\n${last}`;
}

/** The payload as one quoted line, cut to `width` columns with an ellipsis. */
function quoted(payload: Uint8Array, width: number): string {
  const text = JSON.stringify(new TextDecoder().decode(payload));
  if (stringWidth(text) <= width) return text;
  let cut = '';
  for (const char of text) {
    if (stringWidth(`${cut}${char}...`) > width) break;
    cut += char;
  }
  return `${cut}..."`;
}

/** OSI layer numbers as a range: "5-7", or "4" for one. */
function osiRange(layers: readonly number[]): string {
  const low = Math.min(...layers);
  const high = Math.max(...layers);
  return low === high ? String(low) : `${low}-${high}`;
}

/** The five-layer model as a table that fits 80 columns. */
export function renderLayerModel(options: RenderLayersOptions = {}): string {
  const text = LAYERS_TEXT[options.lang ?? 'en'];
  const rows = FIVE_LAYERS.map((layer) => [
    `${layer.number} ${text.layers[layer.key]}\n${text.osi(osiRange(layer.osi))}`,
    protocolCell(layer.protocols, text.listSeparator),
    text.units[layer.unit],
    text.addresses[layer.address],
    text.devices[layer.device],
  ]);
  return `${text.modelTitle}\n${renderTable(rows, { head: [...text.head] })}\n`;
}

function fieldBytes(frame: Uint8Array, span: FieldSpan): string {
  return Array.from(frame.subarray(span.offset, span.offset + span.length), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join(' ');
}

function fieldLine(frame: Uint8Array, span: FieldSpan, text: LayersText, paint: Palette): string {
  const check =
    span.valid === undefined ? '' : ` (${span.valid ? text.valid : paint.red(text.invalid)})`;
  const offset = span.offset.toString(16).padStart(4, '0');
  return `  ${offset}  ${fieldBytes(frame, span).padEnd(19)}${text.fields[span.field]} = ${span.value}${check}`;
}

function layerFields(dissection: Dissection, layer: LayerName): readonly FieldSpan[] {
  return dissection.layers.find((entry) => entry.layer === layer)?.fields ?? [];
}

const LAYER_COLOURS: Record<LayerName | 'padding', (paint: Palette) => (text: string) => string> = {
  ethernet: (paint) => paint.cyan,
  ipv4: (paint) => paint.green,
  tcp: (paint) => paint.yellow,
  payload: (paint) => paint.magenta,
  padding: (paint) => paint.dim,
};

/** Colours each frame byte by the layer it belongs to. */
function byteColour(
  dissection: Dissection,
  paint: Palette,
): (text: string, index: number) => string {
  return (value, index) => {
    for (const { layer, fields } of dissection.layers) {
      const span = fields.find(
        (field) => index >= field.offset && index < field.offset + field.length,
      );
      if (span === undefined) continue;
      return LAYER_COLOURS[span.field === 'padding' ? 'padding' : layer](paint)(value);
    }
    return value;
  };
}

/**
 * Renders the encapsulation top-down: the payload, then each header field by field (offset in
 * the frame, bytes, meaning), padding and FCS, the bits on the wire, and the whole frame.
 */
export function renderEncapsulation(
  built: Encapsulation,
  dissection: Dissection,
  options: RenderLayersOptions = {},
): string {
  const text = LAYERS_TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const { frame } = built;
  const padding = frame.length - 14 - built.packet.length;
  const sections = [
    [
      paint.bold(text.application(built.payload.length)),
      `  ${quoted(built.payload, 74)}`,
      `  ${text.notes.application}`,
    ],
    [
      paint.bold(text.transport(20, built.payload.length, built.segment.length)),
      ...layerFields(dissection, 'tcp').map((span) => fieldLine(frame, span, text, paint)),
      `  ${text.notes.tcp}`,
    ],
    [
      paint.bold(text.network(20, built.segment.length, built.packet.length)),
      ...layerFields(dissection, 'ipv4').map((span) => fieldLine(frame, span, text, paint)),
      `  ${text.notes.ipv4}`,
    ],
    [
      paint.bold(text.link(14, built.packet.length, padding, frame.length)),
      ...layerFields(dissection, 'ethernet').map((span) => fieldLine(frame, span, text, paint)),
      ...(padding > 0 ? [`  ${text.padding(padding)}`] : []),
      `  ${text.notes.ethernet}`,
      `  ${text.fcs(Array.from(built.fcs, (byte) => byte.toString(16).padStart(2, '0')).join(' '))}`,
    ],
    [paint.bold(text.physical((8 + frame.length + built.fcs.length) * 8))],
    [
      paint.bold(text.wholeFrame(frame.length)),
      ...hexDump(frame, { paint: byteColour(dissection, paint) }),
    ],
  ];
  return `${paint.underline(text.encapsulationTitle)}\n\n${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** Renders the receiver's side: each layer checked and removed, and the payload it ends with. */
export function renderDecapsulation(
  dissection: Dissection,
  sent: Uint8Array,
  options: RenderLayersOptions = {},
): string {
  const text = LAYERS_TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const verdict = (valid: boolean): string =>
    valid ? paint.green(text.valid) : paint.red(text.invalid);
  const type = `0x${dissection.ethernet.etherType.toString(16).padStart(4, '0')}`;
  const lines = [paint.underline(text.decapsulationTitle), '', `  ${text.unwrapEthernet(type)}`];
  const { ipv4, tcp, payload } = dissection;
  if (ipv4 === null || tcp === null || payload === null) {
    lines.push(`  ${text.notIpv4Tcp}`);
    return `${lines.join('\n')}\n`;
  }
  const same =
    payload.length === sent.length && payload.every((byte, index) => byte === sent[index]);
  lines.push(
    `  ${text.unwrapIpv4(verdict(ipv4.checksumValid), ipv4.totalLength)}`,
    `  ${text.unwrapTcp(verdict(tcp.checksumValid), tcp.destinationPort)}`,
    `  ${paint.bold(text.delivered(payload.length, quoted(payload, 30), same))}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The line saying where the pcap file went and how to open it. */
export function renderPcapNote(path: string, options: RenderLayersOptions = {}): string {
  return `${LAYERS_TEXT[options.lang ?? 'en'].pcap(path)}\n`;
}

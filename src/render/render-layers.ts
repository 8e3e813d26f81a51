import stringWidth from 'string-width';
import type { Dissection, FieldSpan, FrameField, LayerName } from '../sim/dissect-frame.js';
import type { Encapsulation } from '../sim/encapsulate.js';
import { ETHERNET_MIN_FRAME } from '../sim/ethernet-frame.js';
import {
  type AddressKey,
  type DeviceKey,
  FIVE_LAYERS,
  type LayerKey,
  type UnitKey,
} from '../sim/five-layers.js';
import { hexDump } from './hex-dump.js';
import type { Lang } from './lang.js';
import { type Palette, palette } from './palette.js';
import { renderTable } from './table.js';

/** Options for the layers renderers. */
export interface RenderLayersOptions {
  readonly lang?: Lang;
  readonly paint?: Palette;
}

type Count = (...numbers: number[]) => string;

interface LayersText {
  readonly modelTitle: string;
  readonly head: readonly [string, string, string, string, string];
  readonly layers: Record<LayerKey, string>;
  readonly units: Record<UnitKey, string>;
  readonly addresses: Record<AddressKey, string>;
  readonly devices: Record<DeviceKey, string>;
  readonly osi: (layers: string) => string;
  readonly encapsulationTitle: string;
  readonly application: Count;
  readonly transport: Count;
  readonly network: Count;
  readonly link: Count;
  readonly notes: Record<Exclude<LayerName, 'payload'> | 'application', string>;
  readonly padding: Count;
  readonly fcs: (hex: string) => string;
  readonly physical: Count;
  readonly fields: Record<FrameField, string>;
  readonly valid: string;
  readonly invalid: string;
  readonly wholeFrame: Count;
  readonly decapsulationTitle: string;
  readonly unwrapEthernet: (type: string) => string;
  readonly unwrapIpv4: (checksum: string, length: number) => string;
  readonly unwrapTcp: (checksum: string, port: number) => string;
  readonly delivered: (bytes: number, text: string, same: boolean) => string;
  readonly notIpv4Tcp: string;
  readonly pcap: (path: string) => string;
}

const TEXT: Record<Lang, LayersText> = {
  en: {
    modelTitle: 'The five layers (the seven OSI layers, folded as the course does)',
    head: ['layer', 'protocols', 'unit', 'address', 'device'],
    layers: {
      application: 'application',
      transport: 'transport',
      network: 'network',
      'data-link': 'data link',
      physical: 'physical',
    },
    units: {
      message: 'message',
      'segment-datagram': 'segment (TCP)\ndatagram (UDP)',
      packet: 'packet',
      frame: 'frame',
      bits: 'bits',
    },
    addresses: { none: '-', port: 'port', ip: 'IP address', mac: 'MAC address' },
    devices: { host: 'hosts', router: 'router', switch: 'switch', hub: 'hub, cable' },
    osi: (layers) => `(OSI ${layers})`,
    encapsulationTitle: 'Encapsulation: each layer puts its header in front of what it was given',
    application: (bytes) => `Application: the payload, ${bytes} bytes`,
    transport: (header, inner, total) =>
      `Transport: TCP header ${header} + ${inner} = segment of ${total} bytes`,
    network: (header, inner, total) =>
      `Network: IPv4 header ${header} + ${inner} = packet of ${total} bytes`,
    link: (header, inner, total) =>
      `Data link: Ethernet header ${header} + ${inner} = frame of ${total} bytes`,
    notes: {
      application: 'To TCP, the message is just bytes.',
      tcp: 'Its checksum also covers a pseudo-header with both IP addresses.',
      ipv4: 'Its checksum covers the header only; each router redoes it as TTL drops.',
      ethernet: 'MAC addresses change at every hop; the IP addresses stay end to end.',
    },
    padding: (bytes) => `The frame must be at least 60 bytes: ${bytes} bytes of zero padding.`,
    fcs: (hex) => `FCS ${hex}: the NIC appends this CRC-32; it is not in the pcap.`,
    physical: (bits) =>
      `Physical: preamble, start delimiter, frame and FCS go out as ${bits} bits.`,
    fields: {
      'eth-destination': 'destination MAC',
      'eth-source': 'source MAC',
      'eth-type': 'EtherType',
      'ip-version-length': 'version, header bytes',
      'ip-dscp-ecn': 'DSCP/ECN',
      'ip-total-length': 'total length',
      'ip-identification': 'identification',
      'ip-flags-fragment': 'flags, fragment offset',
      'ip-ttl': 'TTL (hops left)',
      'ip-protocol': 'protocol',
      'ip-checksum': 'header checksum',
      'ip-source': 'source IP',
      'ip-destination': 'destination IP',
      'tcp-source-port': 'source port',
      'tcp-destination-port': 'destination port',
      'tcp-seq': 'sequence number',
      'tcp-ack': 'acknowledgment number',
      'tcp-offset-flags': 'header bytes, flags',
      'tcp-window': 'window',
      'tcp-checksum': 'checksum',
      'tcp-urgent': 'urgent pointer',
      payload: 'data',
      padding: 'padding',
    },
    valid: 'verified',
    invalid: 'WRONG',
    wholeFrame: (bytes) => `The whole frame as a capture holds it (${bytes} bytes, no FCS)`,
    decapsulationTitle: 'Decapsulation: the receiver peels the layers off again',
    unwrapEthernet: (type) => `Ethernet: EtherType ${type}, so the rest goes to IPv4`,
    unwrapIpv4: (checksum, length) =>
      `IPv4: header checksum ${checksum}; total length ${length}; protocol 6: TCP`,
    unwrapTcp: (checksum, port) => `TCP: checksum ${checksum}; port ${port} picks the application`,
    delivered: (bytes, text, same) =>
      `Application: ${bytes} bytes, ${text}: ${same ? 'the same bytes that were sent' : 'NOT what was sent'}`,
    notIpv4Tcp: 'The frame does not carry IPv4 and TCP, so there is nothing more to unwrap.',
    pcap: (path) => `Wrote the frame to ${path}; open it with Wireshark or "tshark -r ${path} -V".`,
  },
  zh: {
    modelTitle: '五层模型（课程把 OSI 七层合并成五层）',
    head: ['层', '协议', '数据单位', '地址', '设备'],
    layers: {
      application: '应用层',
      transport: '传输层',
      network: '网络层',
      'data-link': '数据链路层',
      physical: '物理层',
    },
    units: {
      message: '报文',
      'segment-datagram': '报文段 (TCP)\n数据报 (UDP)',
      packet: '分组（包）',
      frame: '帧',
      bits: '比特',
    },
    addresses: { none: '-', port: '端口', ip: 'IP 地址', mac: 'MAC 地址' },
    devices: { host: '主机', router: '路由器', switch: '交换机', hub: '集线器、网线' },
    osi: (layers) => `（OSI ${layers}）`,
    encapsulationTitle: '封装：每一层都在上一层交来的数据前面加上自己的首部',
    application: (bytes) => `应用层：要发送的数据，${bytes} 字节`,
    transport: (header, inner, total) =>
      `传输层：TCP 首部 ${header} + ${inner} = ${total} 字节的报文段`,
    network: (header, inner, total) => `网络层：IPv4 首部 ${header} + ${inner} = ${total} 字节的包`,
    link: (header, inner, total) =>
      `数据链路层：以太网首部 ${header} + ${inner} = ${total} 字节的帧`,
    notes: {
      application: '对 TCP 来说，报文只是一串字节。',
      tcp: '校验和还覆盖一个含双方 IP 地址的伪首部。',
      ipv4: '首部校验和只管首部；每个路由器减 TTL 后都要重算。',
      ethernet: 'MAC 地址每一跳都换；IP 地址从头到尾不变。',
    },
    padding: (bytes) => `帧至少要 60 字节：补了 ${bytes} 个零字节。`,
    fcs: (hex) => `FCS ${hex}：由网卡计算并附加的 CRC-32，pcap 里没有它。`,
    physical: (bits) => `物理层：前导码、帧起始符、帧和 FCS 一共 ${bits} 个比特发出去。`,
    fields: {
      'eth-destination': '目的 MAC',
      'eth-source': '源 MAC',
      'eth-type': '类型 EtherType',
      'ip-version-length': '版本、首部字节数',
      'ip-dscp-ecn': 'DSCP/ECN',
      'ip-total-length': '总长度',
      'ip-identification': '标识',
      'ip-flags-fragment': '标志、片偏移',
      'ip-ttl': 'TTL（剩余跳数）',
      'ip-protocol': '上层协议',
      'ip-checksum': '首部校验和',
      'ip-source': '源 IP',
      'ip-destination': '目的 IP',
      'tcp-source-port': '源端口',
      'tcp-destination-port': '目的端口',
      'tcp-seq': '序号',
      'tcp-ack': '确认号',
      'tcp-offset-flags': '首部字节数、标志',
      'tcp-window': '窗口',
      'tcp-checksum': '校验和',
      'tcp-urgent': '紧急指针',
      payload: '数据',
      padding: '填充',
    },
    valid: '正确',
    invalid: '错误',
    wholeFrame: (bytes) => `抓包看到的整个帧（${bytes} 字节，不含 FCS）`,
    decapsulationTitle: '解封装：接收方把各层首部一层层剥掉',
    unwrapEthernet: (type) => `以太网：类型 ${type}，剩下的交给 IPv4`,
    unwrapIpv4: (checksum, length) => `IPv4：首部校验和${checksum}；总长度 ${length}；协议 6：TCP`,
    unwrapTcp: (checksum, port) => `TCP：校验和${checksum}；端口 ${port} 找到应用程序`,
    delivered: (bytes, text, same) =>
      `应用层：${bytes} 字节 ${text}：${same ? '和发出的字节完全一样' : '和发出的不一样'}`,
    notIpv4Tcp: '这个帧里装的不是 IPv4 和 TCP，没有更多可以拆的了。',
    pcap: (path) => `帧已写入 ${path}；可用 Wireshark 或 "tshark -r ${path} -V" 打开。`,
  },
};

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
  const text = TEXT[options.lang ?? 'en'];
  const rows = FIVE_LAYERS.map((layer) => [
    `${layer.number} ${text.layers[layer.key]}\n${text.osi(osiRange(layer.osi))}`,
    layer.protocols.join(', ').replace(/, (?=\S+$)/, ',\n'),
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
  const text = TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const { frame } = built;
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
      paint.bold(text.link(14, built.packet.length, frame.length)),
      ...layerFields(dissection, 'ethernet').map((span) => fieldLine(frame, span, text, paint)),
      ...(frame.length > 14 + built.packet.length
        ? [`  ${text.padding(ETHERNET_MIN_FRAME - 14 - built.packet.length)}`]
        : []),
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
  const text = TEXT[options.lang ?? 'en'];
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
  return `${TEXT[options.lang ?? 'en'].pcap(path)}\n`;
}

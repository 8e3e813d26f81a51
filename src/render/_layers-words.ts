import type { Lang } from '../core/lang.js';
import type { FrameField, LayerName } from '../sim/dissect-frame.js';
import { ETHERNET_MIN_FRAME } from '../sim/ethernet-frame.js';
import type { AddressKey, DeviceKey, LayerKey, UnitKey } from '../sim/five-layers.js';

/** "1 byte", "14 bytes". */
function byteCount(bytes: number): string {
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** A line with the byte counts it names filled in. */
export type Count = (...numbers: number[]) => string;

/** Everything the renderer says, in one language. */
export interface LayersText {
  readonly modelTitle: string;
  /** Between the protocols of one layer: ", " or "、". */
  readonly listSeparator: string;
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

/** The layers view's labels and notes, in every language (a missing string is a type error). */
export const LAYERS_TEXT: Readonly<Record<Lang, LayersText>> = {
  en: {
    modelTitle: 'The five layers (the seven OSI layers, folded as the course does)',
    listSeparator: ', ',
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
    application: (bytes) => `Application: the payload, ${byteCount(bytes)}`,
    transport: (header, inner, total) =>
      `Transport: TCP header ${header} + ${inner} = segment of ${total} bytes`,
    network: (header, inner, total) =>
      `Network: IPv4 header ${header} + ${inner} = packet of ${total} bytes`,
    link: (header, inner, padding, total) =>
      `Data link: Ethernet header ${header} + ${inner}${padding === 0 ? '' : ` + ${padding} padding`} = frame of ${total} bytes`,
    notes: {
      application: 'To TCP, the message is just bytes.',
      tcp: 'Its checksum also covers a pseudo-header with both IP addresses.',
      ipv4: 'Its checksum covers the header only; each router redoes it as TTL drops.',
      ethernet: 'MAC addresses change at every hop; the IP addresses stay end to end.',
    },
    padding: (bytes) =>
      `The frame must be at least ${ETHERNET_MIN_FRAME} bytes: ${byteCount(bytes)} of zero padding.`,
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
      `Application: ${byteCount(bytes)}, ${text}: ${same ? 'the same bytes that were sent' : 'NOT what was sent'}`,
    notIpv4Tcp: 'The frame does not carry IPv4 and TCP, so there is nothing more to unwrap.',
    pcap: (path) => `Wrote the frame to ${path}; open it with Wireshark or "tshark -r ${path} -V".`,
  },
  zh: {
    modelTitle: '五层模型（课程把 OSI 七层合并成五层）',
    listSeparator: '、',
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
      packet: '数据包',
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
    network: (header, inner, total) =>
      `网络层：IPv4 首部 ${header} + ${inner} = ${total} 字节的数据包`,
    link: (header, inner, padding, total) =>
      `数据链路层：以太网首部 ${header} + ${inner}${padding === 0 ? '' : ` + 填充 ${padding}`} = ${total} 字节的帧`,
    notes: {
      application: '对 TCP 来说，报文只是一串字节。',
      tcp: '校验和还覆盖一个含双方 IP 地址的伪首部。',
      ipv4: '首部校验和只管首部；每个路由器减 TTL 后都要重算。',
      ethernet: 'MAC 地址每一跳都换；IP 地址从头到尾不变。',
    },
    padding: (bytes) => `帧至少要 ${ETHERNET_MIN_FRAME} 字节：补了 ${bytes} 个零字节。`,
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

/** The simulations: pure state machines and byte builders the lessons and commands run. */
export { arpScenario } from './arp-scenario.js';
export type { ArpStep, FrameStep, LookupStep, NoReplyStep, RouteStep } from './arp-step.js';
export { type ArpSend, checkArpSend } from './check-arp-send.js';
export { crc32 } from './crc32.js';
export { DEFAULT_MASK, defaultLan, OUTSIDE_ADDRESS } from './default-lan.js';
export { type Dissection, dissectFrame, type FieldSpan, type FrameField } from './dissect-frame.js';
export {
  type Encapsulation,
  type Endpoints,
  encapsulate,
  LESSON_ENDPOINTS,
} from './encapsulate.js';
export { buildEthernetFrame, frameCheckSequence, parseEthernetFrame } from './ethernet-frame.js';
export { FIVE_LAYERS, type ModelLayer } from './five-layers.js';
export { hostReceive, type Reception } from './host-receive.js';
export { internetChecksum } from './internet-checksum.js';
export { buildIpv4Packet, parseIpv4Packet } from './ipv4-packet.js';
export type { ArpEntry, Lan, LanHost, LanState, MacTableEntry } from './lan.js';
export type { LanFrame } from './lan-frame.js';
export { parseSequenceNumber } from './parse-sequence-number.js';
export { type PcapRecord, writePcap } from './pcap.js';
export { seqAdd, seqLe, seqLt } from './sequence-number.js';
export { type ArpRun, simulateArp } from './simulate-arp.js';
export {
  type HandshakeEvent,
  type HandshakeRun,
  type SegmentEvent,
  simulateHandshake,
} from './simulate-handshake.js';
export { type SwitchDecision, switchFrame } from './switch-frame.js';
export { close, connect, listen, sendData, type TcpOutcome, timeWaitExpires } from './tcp-calls.js';
export { receiveSegment } from './tcp-receive.js';
export { buildTcpSegment, parseTcpSegment } from './tcp-segment.js';
export type { SimSegment, Tcb, TcpFlag, TcpState } from './tcp-state.js';

import { describe, expect, test } from 'vitest';
import { describeFrame, type FrameFacts, frameLine } from '../../src/lab/describe-frame.js';
import { PcapStream } from '../../src/lab/pcap-stream.js';
import { writePcap } from '../../src/sim/pcap.js';

/** An ARP request from 02:00:00:00:00:0a (192.168.1.10) for 192.168.1.20, as a kernel sends it. */
const ARP_REQUEST = Uint8Array.from(
  Buffer.from(
    'ffffffffffff02000000000a08060001080006040001' +
      '02000000000ac0a8010a' +
      '000000000000c0a80114',
    'hex',
  ),
);

describe('describeFrame', () => {
  test('reads an ARP request as a broadcast "who has"', () => {
    const facts = describeFrame(ARP_REQUEST);
    expect(facts.arp).toEqual({
      op: 'request',
      senderMac: '02:00:00:00:00:0a',
      senderIp: '192.168.1.10',
      targetIp: '192.168.1.20',
    });
    expect(facts.line).toBe(
      'ARP  request: who has 192.168.1.20? tell 192.168.1.10 [02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff broadcast]',
    );
  });

  test('says a frame is too short instead of throwing', () => {
    const facts = describeFrame(new Uint8Array(5));
    expect(facts.kind).toBe('other');
    expect(facts.line).toBe('???  5-byte frame too short to read');
  });

  test('reads an ICMP echo request and a UDP datagram, and names the EtherType of anything else', () => {
    expect(describeFrame(hex(ICMP_ECHO)).line).toBe(
      'ICMP 192.168.1.10 > 192.168.1.20 echo request ttl=64 [02:00:00:00:00:0a > 02:00:00:00:00:14]',
    );
    expect(describeFrame(hex(UDP_HELLO)).line).toBe(
      'UDP  192.168.1.10:58958 > 192.168.1.20:9000 len=5 ttl=64 [02:00:00:00:00:0a > 02:00:00:00:00:14]',
    );
    const ipv6 = describeFrame(hex('3333000000010200000000aa86dd6000'));
    expect([ipv6.etherType, ipv6.line]).toEqual([
      0x86dd,
      'ETH  02:00:00:00:00:aa > 33:33:00:00:00:01: EtherType 0x86dd',
    ]);
  });
});

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const ICMP_ECHO =
  '02000000001402000000000a08004500005459ba400040015d80c0a8010ac0a801140800045700100001ab02116b000000006e570a0000000000101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637';
const UDP_HELLO =
  '02000000001402000000000a0800450000216831400040114f2cc0a8010ac0a80114e64e2328000d838d68656c6c6f';

const MACS = { source: '02:00:00:00:00:0a', destination: '02:00:00:00:00:14' };
const IP = { source: '192.168.1.10', destination: '192.168.2.30', ttl: 1 };

describe('frameLine in Chinese', () => {
  test.for<[string, FrameFacts, string]>([
    [
      'an ARP reply',
      describeFrame(
        hex('02000000000a02000000001408060001080006040002020000000014c0a8011402000000000ac0a8010a'),
      ),
      'ARP  应答：192.168.1.20 的 MAC 地址是 02:00:00:00:00:14 [02:00:00:00:00:14 > 02:00:00:00:00:0a 单播]',
    ],
    [
      'an ICMP time exceeded',
      { ...MACS, kind: 'icmp', ip: IP, icmp: { type: 11, code: 0 }, line: '' },
      'ICMP 192.168.1.10 > 192.168.2.30 TTL 超时 ttl=1 [02:00:00:00:00:0a > 02:00:00:00:00:14]',
    ],
    [
      'an ICMP type without a name',
      { ...MACS, kind: 'icmp', ip: IP, icmp: { type: 13, code: 0 }, line: '' },
      'ICMP 192.168.1.10 > 192.168.2.30 类型 13 ttl=1 [02:00:00:00:00:0a > 02:00:00:00:00:14]',
    ],
    [
      'a later fragment',
      { ...MACS, kind: 'ipv4', ip: IP, fragment: { offset: 1480, more: true }, line: '' },
      'IP   192.168.1.10 > 192.168.2.30 分片，从第 1480 字节开始，后面还有 ttl=1 [02:00:00:00:00:0a > 02:00:00:00:00:14]',
    ],
    [
      'another IP protocol',
      { ...MACS, kind: 'ipv4', ip: IP, protocol: 47, line: '' },
      'IP   192.168.1.10 > 192.168.2.30 协议 47 ttl=1 [02:00:00:00:00:0a > 02:00:00:00:00:14]',
    ],
    [
      'a frame too short to read',
      describeFrame(new Uint8Array(5)),
      '???  5 字节的帧太短，无法解读',
    ],
  ])('%s keeps its protocol tokens and says the rest in Chinese', ([, facts, line]) => {
    expect(frameLine(facts, 'zh')).toBe(line);
  });

  test('TCP and UDP lines have no words to translate: the same in both languages', () => {
    const udp = describeFrame(hex(UDP_HELLO));
    expect(frameLine(udp, 'zh')).toBe(udp.line);
    expect(frameLine(udp, 'en')).toBe(udp.line);
  });
});

describe('PcapStream', () => {
  test('hands out the same frames whatever the chunk boundaries', () => {
    const bytes = writePcap([
      { frame: ARP_REQUEST, timeMs: 1000 },
      { frame: ARP_REQUEST, timeMs: 2000 },
    ]);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const stream = new PcapStream();
      const frames = [...stream.push(bytes.subarray(0, cut)), ...stream.push(bytes.subarray(cut))];
      expect(frames.map((frame) => frame.timeMs)).toEqual([1000, 2000]);
    }
  });
});

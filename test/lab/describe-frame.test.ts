import { describe, expect, test } from 'vitest';
import { describeFrame } from '../../src/lab/describe-frame.js';
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
    expect(describeFrame(new Uint8Array(5)).kind).toBe('other');
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

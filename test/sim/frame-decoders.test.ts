import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { encapsulate } from '../../src/sim/encapsulate.js';
import { writePcap } from '../../src/sim/pcap.js';
import { installed } from '../helpers/installed.js';

const payload = 'GET / HTTP/1.1';
const built = encapsulate(new TextEncoder().encode(payload));
const TIME_MS = 1_700_000_000_250;

/** Writes `frame` as a pcap in a fresh temporary folder removed when the test ends. */
function pcapFile(frame: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'netlab-pcap-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'frame.pcap');
  writeFileSync(file, writePcap([{ frame, timeMs: TIME_MS }]));
  return file;
}

const hasTshark = installed('tshark');
const hasPython = installed('python3');

/** A second decoder written in Python with struct, sharing no code with netlab. */
const PYTHON_DECODER = String.raw`
import json, socket, struct, sys
data = open(sys.argv[1], 'rb').read()
magic, major, minor, _, _, snaplen, linktype = struct.unpack('<IHHiIII', data[:24])
sec, usec, incl, orig = struct.unpack('<IIII', data[24:40])
frame = data[40:40 + incl]
dst, src, ethertype = frame[0:6], frame[6:12], struct.unpack('!H', frame[12:14])[0]
ip = frame[14:]
ver_ihl, _, total, ident, frag, ttl, proto, csum = struct.unpack('!BBHHHBBH', ip[:12])
ihl = (ver_ihl & 15) * 4
def fold(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return s
tcp = ip[ihl:total]
pseudo = ip[12:20] + struct.pack('!BBH', 0, 6, len(tcp))
sport, dport, seq, ack, off, flags, win, tsum, urg = struct.unpack('!HHIIBBHHH', tcp[:20])
print(json.dumps({
  'magic': hex(magic), 'version': [major, minor], 'linktype': linktype, 'time': [sec, usec], 'lengths': [incl, orig],
  'dst': dst.hex(':'), 'src': src.hex(':'), 'ethertype': hex(ethertype),
  'ipVersion': ver_ihl >> 4, 'ihl': ihl, 'total': total, 'ttl': ttl, 'proto': proto, 'df': bool(frag & 0x4000),
  'ipSum': fold(ip[:ihl]), 'srcIp': socket.inet_ntoa(ip[12:16]), 'dstIp': socket.inet_ntoa(ip[16:20]),
  'ports': [sport, dport], 'seq': seq, 'ack': ack, 'tcpHeader': (off >> 4) * 4, 'flags': flags, 'window': win,
  'tcpSum': fold(pseudo + tcp), 'payload': tcp[(off >> 4) * 4:].decode(),
}))
`;

/** The first value stored under `key` anywhere in tshark's JSON tree. */
function field(tree: unknown, key: string): unknown {
  if (typeof tree !== 'object' || tree === null) return undefined;
  if (key in tree) return (tree as Record<string, unknown>)[key];
  for (const child of Object.values(tree)) {
    const found = field(child, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function tshark(file: string): unknown {
  const output = execFileSync(
    'tshark',
    ['-r', file, '-T', 'json', '-o', 'ip.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return JSON.parse(output);
}

describe('the frame read back by independent decoders', () => {
  test.skipIf(!hasPython)(
    'python3 struct reads the pcap and every field, and both checksums sum to 0xffff',
    () => {
      const file = pcapFile(built.frame);
      const decoded = JSON.parse(
        execFileSync('python3', ['-c', PYTHON_DECODER, file], { encoding: 'utf8' }),
      );
      expect(decoded).toEqual({
        magic: '0xa1b2c3d4',
        version: [2, 4],
        linktype: 1,
        time: [1_700_000_000, 250_000],
        lengths: [68, 68],
        dst: '02:00:00:00:00:01',
        src: '02:00:00:00:00:0a',
        ethertype: '0x800',
        ipVersion: 4,
        ihl: 20,
        total: 54,
        ttl: 64,
        proto: 6,
        df: true,
        ipSum: 0xffff,
        srcIp: '192.168.1.10',
        dstIp: '203.0.113.80',
        ports: [49152, 80],
        seq: 1001,
        ack: 5001,
        tcpHeader: 20,
        flags: 0x18,
        window: 64240,
        tcpSum: 0xffff,
        payload,
      });
    },
  );

  // tshark comes from Debian (CI's .ci/run installs it); without it this cross-check cannot run.
  test.skipIf(!hasTshark)(
    'tshark decodes the pcap and finds both checksums good (skipped without tshark)',
    () => {
      const packets = tshark(pcapFile(built.frame));
      const seen = Object.fromEntries(
        [
          'eth.dst',
          'eth.src',
          'eth.type',
          'ip.src',
          'ip.dst',
          'ip.len',
          'ip.ttl',
          'ip.checksum.status',
          'tcp.srcport',
          'tcp.dstport',
          'tcp.seq_raw',
          'tcp.ack_raw',
          'tcp.flags',
          'tcp.checksum.status',
          'tcp.payload',
        ].map((key) => [key, field(packets, key)]),
      );
      expect(seen).toEqual({
        'eth.dst': '02:00:00:00:00:01',
        'eth.src': '02:00:00:00:00:0a',
        'eth.type': '0x0800',
        'ip.src': '192.168.1.10',
        'ip.dst': '203.0.113.80',
        'ip.len': '54',
        'ip.ttl': '64',
        'ip.checksum.status': '1',
        'tcp.srcport': '49152',
        'tcp.dstport': '80',
        'tcp.seq_raw': '1001',
        'tcp.ack_raw': '5001',
        'tcp.flags': '0x0018',
        'tcp.checksum.status': '1',
        'tcp.payload': Buffer.from(payload)
          .toString('hex')
          .replace(/(..)(?!$)/g, '$1:'),
      });
    },
  );

  test.skipIf(!hasTshark)(
    'tshark flags a corrupted IPv4 checksum as bad (skipped without tshark)',
    () => {
      const broken = built.frame.slice();
      broken[24] = (broken[24] ?? 0) ^ 0xff;
      const packets = tshark(pcapFile(broken));
      expect(field(packets, 'ip.checksum.status')).toBe('0');
    },
  );
});

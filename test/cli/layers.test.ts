import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { installed } from '../helpers/installed.js';
import { runCli } from '../helpers/run-cli.js';

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'netlab-layers-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

const hasTshark = installed('tshark');

describe('netlab layers', () => {
  test('netlab layers shows the model, the annotated headers and the payload coming back', async () => {
    const result = await runCli(['layers', '--payload', 'GET / HTTP/1.1']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      '│ 2 data link   │ Ethernet,    │ frame          │ MAC address │ switch     │',
    );
    expect(result.stdout).toContain(
      '  0018  3c be              header checksum = 0x3cbe (verified)',
    );
    expect(result.stdout).toContain(
      '0030  fa f0 1a 7b 00 00 47 45  54 20 2f 20 48 54 54 50   ...{..GET / HTTP',
    );
    expect(result.stdout).toContain(
      '  Application: 14 bytes, "GET / HTTP/1.1": the same bytes that were sent',
    );
  });

  test('netlab layers --json gives the frame bytes and the verified unwrapping', async () => {
    const result = await runCli(['layers', '--payload', 'hi', '--json']);
    const json = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    expect(json.frame.length).toBe(60);
    expect(json.frame.fcsIncluded).toBe(false);
    expect(json.decapsulated).toEqual({
      etherType: 0x0800,
      ipv4ChecksumValid: true,
      tcpChecksumValid: true,
      payloadHex: '6869',
      matches: true,
    });
    expect(json.pcap).toBeNull();
  });

  test('netlab layers --json names the payload field with the text it carries', async () => {
    const json = JSON.parse((await runCli(['layers', '--payload', 'hi', '--json'])).stdout);
    const payloadLayer = json.layers.find((layer: { layer: string }) => layer.layer === 'payload');
    expect(payloadLayer.fields).toContainEqual({
      field: 'payload',
      offset: 54,
      length: 2,
      value: 'hi',
    });
  });

  test('the default payload is a whole HTTP/1.1 request: CRLF line ends, Host, empty line', async () => {
    const json = JSON.parse((await runCli(['layers', '--json'])).stdout);
    expect(json.payload.text).toBe('GET / HTTP/1.1\r\nHost: 203.0.113.80\r\n\r\n');
  });

  test.skipIf(!hasTshark)(
    'tshark decodes the default payload as an HTTP GET with its Host (skipped without tshark)',
    async () => {
      const folder = tempFolder();
      await runCli(['layers', '--pcap', 'get.pcap'], { cwd: folder });
      const fields = execFileSync(
        'tshark',
        [
          '-r',
          join(folder, 'get.pcap'),
          '-T',
          'fields',
          '-e',
          'http.request.method',
          '-e',
          'http.host',
          '-e',
          'http.request.uri',
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
      expect(fields.trim().split('\t')).toEqual(['GET', '203.0.113.80', '/']);
    },
  );

  test('netlab layers --pcap writes only the named file, a pcap of the frame', async () => {
    const folder = tempFolder();
    const result = await runCli(['layers', '--pcap', 'get.pcap', '--json'], { cwd: folder });
    const json = JSON.parse(result.stdout);
    const bytes = readFileSync(join(folder, 'get.pcap'));
    expect(json.pcap).toBe(join(folder, 'get.pcap'));
    expect(bytes.readUInt32LE(0)).toBe(0xa1b2c3d4);
    expect(bytes.subarray(40).toString('hex')).toBe(json.frame.hex);
  });

  test.skipIf(!hasTshark)(
    'tshark reads the pcap netlab layers wrote (skipped without tshark)',
    async () => {
      const folder = tempFolder();
      await runCli(['layers', '--payload', 'GET / HTTP/1.1', '--pcap', 'get.pcap'], {
        cwd: folder,
      });
      const fields = execFileSync(
        'tshark',
        [
          '-r',
          join(folder, 'get.pcap'),
          '-T',
          'fields',
          '-e',
          'ip.dst',
          '-e',
          'tcp.dstport',
          '-e',
          'tcp.payload',
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
      expect(fields.trim().split('\t')).toEqual([
        '203.0.113.80',
        '80',
        '474554202f20485454502f312e31',
      ]);
    },
  );

  test('netlab layers --pcap refuses to overwrite a file, exit 2, and leaves it alone', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'notes.txt'), 'keep me');
    const result = await runCli(['layers', '--pcap', 'notes.txt'], { cwd: folder });
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'netlab: cannot write --pcap "notes.txt": the file already exists; choose a new name or delete it first\n',
    ]);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  test('netlab layers --pcap into a missing folder fails with exit 1', async () => {
    const folder = tempFolder();
    const result = await runCli(['layers', '--pcap', 'no/such/dir.pcap'], { cwd: folder });
    expect([result.code, result.stderr]).toEqual([
      1,
      'netlab: cannot write --pcap "no/such/dir.pcap": its folder does not exist\n',
    ]);
  });

  test('netlab layers refuses a payload bigger than one frame holds', async () => {
    const result = await runCli(['layers', '--payload', 'x'.repeat(1461)]);
    expect([result.code, result.stderr]).toEqual([
      2,
      'netlab: cannot send a --payload of 1461 bytes in one frame: Ethernet carries at most 1460 bytes of TCP data (MTU 1500 - 20 IPv4 - 20 TCP); shorten it\n',
    ]);
  });
});

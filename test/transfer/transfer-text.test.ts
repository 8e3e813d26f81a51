import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { renderProgressLine, renderSummaryLine } from '../../src/transfer/transfer-text.js';

describe('transfer lines', () => {
  test('renderProgressLine() shows name, bar, percent, bytes, rate and ETA', () => {
    const line = renderProgressLine(
      { name: 'video.mp4', bytes: 33_554_432, size: 67_108_864, seconds: 0.5 },
      79,
    );
    expect(line).toMatch(/^video\.mp4 \[#+-+\] {2}50% 32 MiB\/64 MiB 67\.1 MB\/s ETA 0\.50 s$/);
    const [, done = '', left = ''] = /\[(#+)(-+)\]/.exec(line) ?? [];
    expect(done.length).toBe(left.length);
    expect(line.length).toBeLessThanOrEqual(79);
  });

  test.for([40, 60, 80, 120])('renderProgressLine() fits %i columns', (width) => {
    const line = renderProgressLine(
      { name: 'a-rather-long-file-name-for-a-lecture.mp4', bytes: 1, size: 3, seconds: 2 },
      width,
    );
    expect(line.length).toBeLessThanOrEqual(Math.max(width, 60));
  });

  test('renderProgressLine() has no ETA before the first byte', () => {
    expect(renderProgressLine({ name: 'a', bytes: 0, size: 10, seconds: 0 }, 60)).toMatch(
      / 0% 0 bytes\/10 bytes - MB\/s ETA -$/,
    );
  });

  test('renderSummaryLine() says size, time, rate and the verified checksum', () => {
    const sha256 = 'b1e0f63d4a5c'.padEnd(64, '0');
    expect(
      renderSummaryLine({
        side: 'receiver',
        name: 'video.mp4',
        size: 67_108_864,
        seconds: 0.33,
        sha256,
      }),
    ).toBe('received "video.mp4": 64 MiB in 0.33 s, 203 MB/s, SHA-256 ok (b1e0f63d…)');
    expect(renderSummaryLine({ side: 'sender', name: 'a', size: 1, seconds: 0.001, sha256 })).toBe(
      'sent "a": 1 byte in <0.01 s, 1.0 kB/s, receiver: SHA-256 ok (b1e0f63d…)',
    );
  });

  test('a summary line for a nine-letter name fits 80 columns', () => {
    const line = renderSummaryLine({
      side: 'sender',
      name: 'video.mp4',
      size: 1_073_741_824,
      seconds: 12.3,
      sha256: 'f'.repeat(64),
    });
    expect(line).toBe(
      'sent "video.mp4": 1 GiB in 12 s, 87.3 MB/s, receiver: SHA-256 ok (ffffffff…)',
    );
    expect(line.length).toBeLessThanOrEqual(80);
  });

  test('renderProgressLine() escapes control and format characters in a name', () => {
    const line = renderProgressLine({ name: 'a\u202ebin.exe', bytes: 1, size: 2, seconds: 1 }, 80);
    expect(line.startsWith('a\\u{202e}bin.exe [')).toBe(true);
  });

  test('renderProgressLine() measures a wide name by its display width', () => {
    const line = renderProgressLine({ name: '课程视频.mp4', bytes: 1, size: 2, seconds: 1 }, 80);
    expect(stringWidth(line)).toBe(80 - 1);
  });
});

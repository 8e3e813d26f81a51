import { describe, expect, test } from 'vitest';
import { renderProgressLine, renderSummaryLine } from '../../src/transfer/render-transfer.js';

describe('transfer lines', () => {
  test('renderProgressLine() shows name, bar, percent, bytes, rate and ETA', () => {
    const line = renderProgressLine(
      { name: 'video.mp4', bytes: 33_554_432, size: 67_108_864, seconds: 0.5 },
      79,
    );
    expect(line).toMatch(
      /^video\.mp4 \[#+-+\] {2}50% 32\.0 MiB\/64\.0 MiB 67\.1 MB\/s ETA 0\.50 s$/,
    );
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
    ).toBe('received "video.mp4": 64.0 MiB in 0.33 s, 203 MB/s, SHA-256 ok (b1e0f63d4a5c…)');
    expect(renderSummaryLine({ side: 'sender', name: 'a', size: 1, seconds: 0.001, sha256 })).toBe(
      'sent "a": 1 byte in <0.01 s, 0.0 MB/s, SHA-256 ok (b1e0f63d4a5c…), verified by the receiver',
    );
  });
});

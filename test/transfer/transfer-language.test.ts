import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/core/lang.js';
import { messageCatalogue } from '../../src/text/message-catalogue.js';
import { TransferReporter } from '../../src/transfer/transfer-reporter.js';
import { renderProgressLine, renderSummaryLine } from '../../src/transfer/transfer-text.js';

const SHA256 = 'b1e0f63d4a5c'.padEnd(64, '0');
const chinese = { text: messageCatalogue('zh', 'demos') };

/** A reporter writing to memory (no terminal, so no bar), and what it wrote to stdout. */
function reporterFor(options: { json: boolean; lang: Lang }) {
  const stdout = new PassThrough();
  let out = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const output = { stdout, stderr: new PassThrough(), stderrIsTTY: false, columns: 80 };
  const reporter = new TransferReporter(output, { ...options, now: () => 0 });
  reporter.listener({ event: 'connect', side: 'receiver', peer: '127.0.0.1:50000' });
  reporter.listener({
    event: 'file-done',
    side: 'receiver',
    name: 'video.mp4',
    size: 1024,
    seconds: 0.5,
    sha256: SHA256,
  });
  reporter.listener({ event: 'close', side: 'receiver', peer: '127.0.0.1:50000', files: 1 });
  return () => out;
}

describe('transfer lines in Chinese', () => {
  test('renderSummaryLine() words a received file in Chinese', () => {
    const summary = { side: 'receiver', name: 'video.mp4', size: 67_108_864, seconds: 0.33 };
    expect(renderSummaryLine({ ...summary, side: 'receiver', sha256: SHA256 }, chinese)).toBe(
      '已接收 "video.mp4"：64 MiB，用时 0.33 s，203 MB/s，SHA-256 一致（b1e0f63d…）',
    );
  });

  test.for([40, 60, 80])('renderProgressLine() in Chinese fits %i columns', (width) => {
    const state = {
      name: 'a-rather-long-file-name-for-a-lecture.mp4',
      bytes: 1,
      size: 3,
      seconds: 2,
    };
    const line = renderProgressLine(state, width, chinese);
    expect(line).toMatch(/ 剩余 \S+ s$/);
    expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(width, 60));
  });

  test('a reporter in Chinese writes its lines in Chinese', () => {
    const out = reporterFor({ json: false, lang: 'zh' })();
    expect(out.split('\n')).toEqual([
      '来自 127.0.0.1:50000 的连接',
      '已接收 "video.mp4"：1 KiB，用时 0.50 s，2.0 kB/s，SHA-256 一致（b1e0f63d…）',
      '来自 127.0.0.1:50000 的连接已结束：收到 1 个文件',
      '',
    ]);
  });

  test('a reporter with --json writes the same records in either language', () => {
    expect(reporterFor({ json: true, lang: 'zh' })()).toBe(
      reporterFor({ json: true, lang: 'en' })(),
    );
  });
});

import { describe, expect, test } from 'vitest';
import { parseBlock } from '../../src/calc/ip-block.js';
import { splitIntoCount, splitSubnet } from '../../src/calc/split-subnet.js';
import { renderSplit } from '../../src/render/split-list.js';
import { expectFits80 } from './_fits.js';

const options = { limit: 256n, maxLimit: 65_536n };

describe('renderSplit() lists the subnets of a split', () => {
  test('renderSplit() of 10.0.0.0/30 into /31 has no broadcast (RFC 3021) and says 2 usable hosts', () => {
    expect(renderSplit(splitSubnet(parseBlock('10.0.0.0/30'), 31), options)).toBe(
      [
        '10.0.0.0/30 split into /31: 2 subnets of 2 addresses, 2 usable hosts each',
        '#  subnet       first host  last host  broadcast',
        '1  10.0.0.0/31  10.0.0.0    10.0.0.1',
        '2  10.0.0.2/31  10.0.0.2    10.0.0.3',
        '',
      ].join('\n'),
    );
  });

  test('renderSplit() into /32 says "1 address" and "1 usable host" in the singular', () => {
    expect(renderSplit(splitSubnet(parseBlock('10.0.0.0/31'), 32), options)).toContain(
      '2 subnets of 1 address, 1 usable host each',
    );
  });

  test('renderSplit() stops at the limit and names how many more and the last', () => {
    const text = renderSplit(splitSubnet(parseBlock('10.0.0.0/24'), 28), { ...options, limit: 2n });
    expect(text.trimEnd().split('\n').slice(-3)).toEqual([
      '1  10.0.0.0/28   10.0.0.1    10.0.0.14  10.0.0.15',
      '2  10.0.0.16/28  10.0.0.17   10.0.0.30  10.0.0.31',
      '… 14 more, up to 10.0.0.240/28 (--limit N lists up to 65536)',
    ]);
  });

  test('renderSplit() of a count says how many were asked and how many are spare', () => {
    expect(renderSplit(splitIntoCount(parseBlock('10.0.0.0/24'), 5n), options)).toContain(
      '5 asked for: equal subnets come in powers of two, so 8, and 3 spare',
    );
  });

  test('renderSplit() of the longest IPv6 text drops the host columns to fit 80 columns', () => {
    const block = parseBlock('ffff:ffff:ffff:ffff:ffff:ffff:fff0:0/108');
    const text = renderSplit(splitSubnet(block, 112), options);
    expectFits80(text);
    expect(text).toContain('\n #  subnet\n');
  });

  test('renderSplit() in Chinese says the title, the spare subnets, the headings and the rest in Chinese', () => {
    const split = splitIntoCount(parseBlock('10.0.0.0/24'), 3n);
    expect(renderSplit(split, { ...options, limit: 1n, lang: 'zh' })).toBe(
      [
        '10.0.0.0/24 划分为 /26：4 个子网，每个 64 个地址、62 个可用主机',
        '要求 3 个：等分的子网数只能是 2 的幂，所以分成 4 个，多出 1 个',
        '#  子网         第一个主机  最后一个主机  广播地址',
        '1  10.0.0.0/26  10.0.0.1    10.0.0.62     10.0.0.63',
        '……还有 3 个，最后一个是 10.0.0.192/26（--limit N 最多可列出 65536 个）',
        '',
      ].join('\n'),
    );
  });

  test('renderSplit() in Chinese of the longest IPv6 text still fits 80 columns', () => {
    const block = parseBlock('ffff:ffff:ffff:ffff:ffff:ffff:fff0:0/108');
    expectFits80(renderSplit(splitSubnet(block, 112), { ...options, limit: 2n, lang: 'zh' }));
  });
});

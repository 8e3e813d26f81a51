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
});

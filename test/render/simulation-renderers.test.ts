import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { decodeMac } from '../../src/calc/decode-mac.js';
import { parseMac } from '../../src/calc/parse-mac.js';
import type { Lang } from '../../src/core/lang.js';
import { renderArpRun } from '../../src/render/arp-text.js';
import { renderHandshake } from '../../src/render/handshake-text.js';
import {
  renderDecapsulation,
  renderEncapsulation,
  renderLayerModel,
} from '../../src/render/layers-text.js';
import { renderMac } from '../../src/render/mac-text.js';
import { arpScenario } from '../../src/sim/arp-scenario.js';
import { defaultLan } from '../../src/sim/default-lan.js';
import { dissectFrame } from '../../src/sim/dissect-frame.js';
import { encapsulate } from '../../src/sim/encapsulate.js';
import { simulateArp } from '../../src/sim/simulate-arp.js';
import { simulateHandshake } from '../../src/sim/simulate-handshake.js';

const lan = defaultLan();
const built = encapsulate(new TextEncoder().encode('GET / HTTP/1.1'));
const dissection = dissectFrame(built.frame);

const outputs: Record<string, (lang: Lang) => string> = {
  mac: (lang) => renderMac(decodeMac(parseMac('01:00:5e:00:00:fb')), { lang }),
  arp: (lang) => renderArpRun(simulateArp(lan, arpScenario(lan)), { lang }),
  'arp without reply': (lang) =>
    renderArpRun(
      simulateArp(lan, [{ from: lan.hosts[1]!.ip, to: { version: 4, value: 0xc0a80163n } }]),
      { lang },
    ),
  handshake: (lang) =>
    renderHandshake(
      simulateHandshake({ isnClient: 4294967000, isnServer: 4294967295, dataLength: 1460 }),
      { lang },
    ),
  'layer model': (lang) => renderLayerModel({ lang }),
  encapsulation: (lang) => renderEncapsulation(built, dissection, { lang }),
  decapsulation: (lang) => renderDecapsulation(dissection, built.payload, { lang }),
};

const cases = Object.keys(outputs).flatMap((name) =>
  (['en', 'zh'] as const).map((lang) => [name, lang] as const),
);

describe('simulation renderers', () => {
  test.for(cases)('the %s output in %s fits 80 columns', ([name, lang]) => {
    const wide = outputs[name]!(lang)
      .split('\n')
      .filter((line) => stringWidth(line) > 80);
    expect(wide).toEqual([]);
  });

  test.for(Object.keys(outputs))('the %s output differs between English and Chinese', (name) => {
    const render = outputs[name]!;
    expect(render('zh')).not.toBe(render('en'));
  });

  test('the ARP drawing marks the sender going up and the flooded ports going down', () => {
    const text = renderArpRun(simulateArp(lan, arpScenario(lan)), { lang: 'en' });
    expect(text).toContain('           v                  ^                  v                  v');
    expect(text).toContain(
      '   ignores (not me)        (sends)       replies (it’s me)  ignores (not me)',
    );
  });

  test('the handshake diagram draws numbered arrows with flags, seq and ack', () => {
    const text = renderHandshake(simulateHandshake({ isnClient: 1000, isnServer: 5000 }), {
      lang: 'en',
    });
    expect(text).toContain(
      ' 1 SYN-SENT     -- SYN seq=1000 -------------------------------> SYN-RECEIVED',
    );
    expect(text).toContain(
      ' 2 ESTABLISHED  <-- SYN,ACK seq=5000 ack=1001 ------------------ SYN-RECEIVED',
    );
  });
});

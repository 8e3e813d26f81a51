import { describe, expect, test } from 'vitest';
import { PORT_SERVICES } from '../../src/calc/port-services.js';
import { say } from '../../src/practice/drill-text.js';
import { createPrng } from '../../src/practice/prng.js';
import { portsTopic } from '../../src/practice/topics/ports-topic.js';
import { messageCatalogue } from '../../src/text/message-catalogue.js';

/** The first "which port does this service use" drill a seeded generator makes. */
function servicePortDrill() {
  const rng = createPrng('drill-text');
  for (let tries = 0; tries < 200; tries += 1) {
    const drill = portsTopic.make(rng, 'medium');
    if (drill.ask === 'service-port') return drill;
  }
  throw new Error('no service-port drill in 200 tries');
}

describe('a ports drill explains the service in the student language', () => {
  const drill = servicePortDrill();
  const service = PORT_SERVICES.find(
    (row) => row.name === drill.given.service && row.transport === drill.given.transport,
  );
  const chinese = messageCatalogue('zh', 'ports').format(`${service?.port}/${service?.transport}`);

  test('in Chinese, the description is the one ports.json gives in Chinese', () => {
    const because = say(messageCatalogue('zh', 'practice'), drill.because);
    expect(because).toContain(chinese);
    expect(because).not.toContain(service?.description);
  });

  test('in English, it is the table description, as before', () => {
    expect(say(messageCatalogue('en', 'practice'), drill.because)).toContain(service?.description);
  });
});

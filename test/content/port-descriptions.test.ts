import { describe, expect, test } from 'vitest';
import { PORT_SERVICES } from '../../src/calc/port-services.js';
import { readContentJson } from '../../src/core/content-file.js';
import { LANGS } from '../../src/core/lang.js';

/** content/messages/LANG/ports.json: what each service of the table is, by "PORT/transport". */
function descriptions(lang: string): Readonly<Record<string, string>> {
  return readContentJson(`messages/${lang}/ports.json`) as Record<string, string>;
}

const rows = PORT_SERVICES.map((service) => `${service.port}/${service.transport}`);
const cases = LANGS.flatMap((lang) => rows.map((row) => [row, lang] as const));

describe('the port services are described in every language', () => {
  test.for(cases)('service %s has a %s description', ([row, lang]) => {
    expect(descriptions(lang)[row]?.trim()).toBeTruthy();
  });

  test.for(LANGS)('ports.json in %s describes only services of the table', (lang) => {
    expect(Object.keys(descriptions(lang)).filter((key) => !rows.includes(key))).toEqual([]);
  });

  test.for(
    PORT_SERVICES.map((service) => [`${service.port}/${service.transport}`, service] as const),
  )('the English description of %s is the one --json gives', ([row, service]) => {
    expect(descriptions('en')[row]).toBe(service.description);
  });

  test.for(rows)('the Chinese description of %s is not the English one', (row) => {
    expect(descriptions('zh')[row]).not.toBe(descriptions('en')[row]);
  });
});

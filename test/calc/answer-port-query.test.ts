import { describe, expect, test } from 'vitest';
import { answerPortQuery } from '../../src/calc/answer-port-query.js';
import { parsePortQuery } from '../../src/calc/parse-port-query.js';

describe('answerPortQuery() answers in the direction asked', () => {
  test('answerPortQuery() of a service name gives each of its ports once, in port order', () => {
    const answer = answerPortQuery(parsePortQuery('dns'));
    expect(answer.kind === 'service' && answer.ports.map((info) => info.port)).toEqual([53, 853]);
  });

  test('answerPortQuery() of a port gives its range and services', () => {
    const answer = answerPortQuery(parsePortQuery('22'));
    expect(answer.kind === 'port' && answer.info.services.map((s) => s.name)).toEqual(['SSH']);
  });

  test('answerPortQuery() of a range gives its summary', () => {
    const answer = answerPortQuery(parsePortQuery('20-25'));
    expect(answer.kind === 'range' && answer.summary.services.length).toBe(5);
  });
});

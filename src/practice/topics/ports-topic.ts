import { describePort } from '../../calc/port-info.js';
import { parsePort } from '../../calc/port-number.js';
import { PORT_RANGES } from '../../calc/port-ranges.js';
import { PORT_SERVICES } from '../../calc/port-services.js';
import type { Drill, Level } from '../drill.js';
import type { Prng } from '../prng.js';
import type { Topic } from '../topic.js';
import { choiceAnswer } from './_kit.js';

/** The ports at the edges of the IANA ranges, asked at hard. */
const EDGES = [0, 1, 1023, 1024, 49151, 49152, 65535];

function drawPort(rng: Prng, level: Level): number {
  if (level === 'easy') return rng.pick(PORT_SERVICES).port;
  if (level === 'hard' && rng.int(0, 1) === 0) return rng.pick(EDGES);
  return rng.int(0, 65535);
}

/** A service asked for by name must have one port, or the question would have two answers. */
function onePort(name: string): boolean {
  return (
    new Set(PORT_SERVICES.filter((service) => service.name === name).map((s) => s.port)).size === 1
  );
}

/** `ports`: which IANA range a port is in, and the well-known port of a service. */
export const portsTopic: Topic = {
  id: 'ports',
  make: (rng, level): Drill => {
    const services = PORT_SERVICES.filter(
      (service) => (level !== 'easy' || service.port < 1024) && onePort(service.name),
    );
    if (rng.int(0, 1) === 0) {
      const service = rng.pick(services);
      const params = {
        service: service.name,
        transport: service.transport,
        port: service.port,
        description: { key: `${service.port}/${service.transport}`, area: 'ports' },
      };
      return {
        topic: 'ports',
        level,
        ask: 'service-port',
        given: { service: service.name, transport: service.transport },
        prompt: { key: 'ports.service-port.prompt', params },
        answer: { kind: 'number', value: BigInt(service.port) },
        because: { key: 'ports.service-port.why', params },
      };
    }
    const info = describePort(parsePort(String(drawPort(rng, level))));
    const params = {
      port: info.port,
      first: info.range.first,
      last: info.range.last,
      range: info.range.id,
    };
    return {
      topic: 'ports',
      level,
      ask: 'range',
      given: { port: info.port },
      prompt: { key: 'ports.range.prompt', params },
      answer: choiceAnswer(
        info.range.id,
        PORT_RANGES.map((range) => range.id),
        'ports.choice',
      ),
      because: { key: 'ports.range.why', params },
    };
  },
};

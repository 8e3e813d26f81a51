import { PORT_SERVICES } from '../../calc/port-services.js';
import { InternalError } from '../../core/errors.js';
import type { Question } from '../question.js';

/** The web schemes a browser knows, and the service in netlab's port table each one means. */
const SCHEMES = { http: 'HTTP', https: 'HTTPS' } as const;

/**
 * "A browser opens scheme://example.com/ with no port: which port does it connect to?",
 * answered from netlab's table of well-known services.
 * @example servicePortQuestion('https') // answer: 443
 */
export function servicePortQuestion(scheme: keyof typeof SCHEMES): Question {
  return {
    kind: 'service-port',
    solve: () => {
      const name = SCHEMES[scheme];
      const service = PORT_SERVICES.find(
        (candidate) => candidate.name === name && candidate.transport === 'tcp',
      );
      if (service === undefined) {
        throw new InternalError('no-service', { name });
      }
      const url = `${scheme}://example.com/`;
      return {
        answer: { kind: 'number', value: BigInt(service.port) },
        text: {
          en: {
            ask: `A browser opens ${url}, an address that names no port. Which port of the server does it connect to?`,
            because: `${scheme}:// means the browser speaks ${name}, and when the address names no port it uses the well-known port of ${name}: ${service.port}.`,
          },
          zh: {
            ask: `浏览器打开 ${url}，地址里没有写端口号。它会连接服务器的哪个端口？`,
            because: `${scheme}:// 表示浏览器用 ${name} 协议通信；地址里没写端口时，就用 ${name} 的公认端口 ${service.port}。`,
          },
        },
        check: ['port', String(service.port)],
      };
    },
  };
}

import { MAX_PORT, parsePort } from '../../calc/port-number.js';
import { isNetlabError } from '../../core/errors.js';
import type { Question } from '../question.js';

/** Whether `parsePort` takes the text; it throws InputError for anything that is not a port. */
function isPort(text: string): boolean {
  try {
    parsePort(text);
    return true;
  } catch (error) {
    if (isNetlabError(error)) return false;
    throw error;
  }
}

/**
 * "Can a program use this port number?", answered by netlab's port parser (0 to 65535).
 * @example portValidQuestion('70000')
 */
export function portValidQuestion(port: string): Question {
  return {
    kind: 'port-valid',
    solve: () => {
      const valid = isPort(port);
      return {
        answer: { kind: 'yes-no', value: valid },
        text: {
          en: {
            ask: `Can a program listen on port ${port}?`,
            because: valid
              ? `A port is a 16-bit number, 0 to ${MAX_PORT}, and ${port} is one.`
              : `A port is a 16-bit number, so the largest is ${MAX_PORT}; ${port} does not fit in 16 bits.`,
          },
          zh: {
            ask: `程序能在端口 ${port} 上监听吗？`,
            because: valid
              ? `端口号是 16 位的数，范围 0 到 ${MAX_PORT}，${port} 在这个范围里。`
              : `端口号是 16 位的数，最大只有 ${MAX_PORT}，${port} 用 16 位装不下。`,
          },
        },
        check: ['port', port],
      };
    },
  };
}

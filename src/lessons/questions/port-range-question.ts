import { describePort } from '../../calc/port-info.js';
import { parsePort } from '../../calc/port-number.js';
import { PORT_RANGES, type PortRangeId } from '../../calc/port-ranges.js';
import type { Lang } from '../../core/lang.js';
import type { Choice } from '../answer.js';
import type { Question } from '../question.js';

/** What each IANA range is called in class, in every language. */
const RANGE_NAMES: Readonly<Record<PortRangeId, Readonly<Record<Lang, string>>>> = {
  system: { en: 'well-known', zh: '公认端口' },
  user: { en: 'registered', zh: '注册端口' },
  dynamic: { en: 'dynamic', zh: '动态端口' },
};

/** The three ranges as choices, each label with its bounds: "registered (1024-49151)". */
function rangeChoices(): Choice[] {
  return PORT_RANGES.map((range) => {
    const bounds = `${range.first}-${range.last}`;
    return {
      id: range.id,
      label: {
        en: `${RANGE_NAMES[range.id].en} (${bounds})`,
        zh: `${RANGE_NAMES[range.id].zh}（${bounds}）`,
      },
    };
  });
}

/**
 * "Which range is this port in?", answered by `describePort` from the IANA range table.
 * @example portRangeQuestion('3306')
 */
export function portRangeQuestion(port: string): Question {
  return {
    kind: 'port-range',
    solve: () => {
      const info = describePort(parsePort(port));
      const service = info.services[0]?.name;
      const name = RANGE_NAMES[info.range.id];
      const bounds = `${info.range.first}-${info.range.last}`;
      return {
        answer: { kind: 'choice', value: info.range.id, choices: rangeChoices() },
        text: {
          en: {
            ask: `Which range is port ${port} in?`,
            because: `${port} lies between ${info.range.first} and ${info.range.last}: the ${name.en} ports (IANA calls them ${info.range.ianaName})${service === undefined ? '' : `; netlab’s port table lists it for ${service}`}.`,
          },
          zh: {
            ask: `端口 ${port} 属于哪个范围？`,
            because: `${port} 在 ${bounds} 之间，属于${name.zh}${service === undefined ? '' : `；在 netlab 的端口表里，它对应的服务是 ${service}`}。`,
          },
        },
        check: ['port', port],
      };
    },
  };
}

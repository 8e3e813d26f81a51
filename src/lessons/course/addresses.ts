import type { Lesson } from '../lesson.js';
import { loopbackQuestion } from '../questions/loopback-question.js';
import { macUnicastQuestion } from '../questions/mac-unicast-question.js';
import { macUniversalQuestion } from '../questions/mac-universal-question.js';

type StepId = 'nic' | 'mac-halves' | 'special-macs' | 'ip-and-switch' | 'loopback-any';

/** Lesson 2: the network card and its MAC address, IP addresses, the switch, 127.0.0.1 and 0.0.0.0. */
export const addressesLesson: Lesson<StepId> = {
  id: 'addresses',
  minutes: 12,
  steps: [
    { id: 'nic' },
    {
      id: 'mac-halves',
      actions: [{ args: ['mac', { ask: 'mac', example: '00:1A:2B:3C:4D:5E' }] }],
    },
    {
      id: 'special-macs',
      actions: [{ args: ['mac', '01:00:5e:00:00:fb'] }, { args: ['mac', '02:42:ac:11:00:02'] }],
    },
    { id: 'ip-and-switch' },
    { id: 'loopback-any', actions: [{ args: ['demo', 'bind'] }] },
  ],
  questions: [
    macUnicastQuestion('01:00:5e:00:00:fb'),
    macUniversalQuestion('02:42:ac:11:00:02'),
    loopbackQuestion('127.0.0.1'),
    loopbackQuestion('0.0.0.0'),
  ],
};

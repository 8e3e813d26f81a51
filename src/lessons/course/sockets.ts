import type { Lesson } from '../lesson.js';
import { portRangeQuestion } from '../questions/port-range-question.js';
import { portValidQuestion } from '../questions/port-valid-question.js';
import { transportQuestion } from '../questions/transport-question.js';

type StepId = 'socket' | 'tcp-pair' | 'udp-pair' | 'chat';

/** Lesson 8: the course's minimal TCP server and client, and its UDP chat. */
export const socketsLesson: Lesson<StepId> = {
  id: 'sockets',
  minutes: 10,
  steps: [
    { id: 'socket' },
    {
      id: 'tcp-pair',
      actions: [{ args: ['demo', 'tcp'] }],
      // Where the server binds decides who reaches it: 127.0.0.1 against 0.0.0.0, from host A.
      lab: { experiment: 'bind', simulation: [] },
    },
    { id: 'udp-pair', actions: [{ args: ['demo', 'udp'] }] },
    {
      id: 'chat',
      tryLater: [
        ['chat', '--role', 'server'],
        ['chat', '--role', 'client'],
      ],
    },
  ],
  questions: [
    transportQuestion('sock-dgram'),
    portRangeQuestion('9514'),
    portValidQuestion('65535'),
  ],
};

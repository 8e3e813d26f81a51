import type { Lesson } from '../lesson.js';
import { dataAckQuestion } from '../questions/data-ack-question.js';
import { synAckQuestion } from '../questions/syn-ack-question.js';
import { timeWaitQuestion } from '../questions/time-wait-question.js';
import { transportQuestion } from '../questions/transport-question.js';

type StepId = 'two-ways' | 'handshake' | 'states' | 'side-by-side' | 'choosing';

/** Lesson 7: TCP versus UDP, the three-way handshake and the four-way close. */
export const tcpUdpLesson: Lesson<StepId> = {
  id: 'tcp-udp',
  minutes: 15,
  steps: [
    { id: 'two-ways' },
    {
      id: 'handshake',
      actions: [{ args: ['handshake'] }],
      // SYN, SYN-ACK, ACK and the close as real frames between two hosts.
      lab: { experiment: 'tcp', simulation: [] },
    },
    { id: 'states' },
    {
      id: 'side-by-side',
      actions: [{ args: ['demo', 'tcp'] }, { args: ['demo', 'udp'] }],
    },
    { id: 'choosing' },
  ],
  questions: [
    transportQuestion('file-transfer'),
    transportQuestion('video-call'),
    transportQuestion('dns-query'),
    synAckQuestion(1000, 5000),
    dataAckQuestion(1000, 'hello'),
    timeWaitQuestion(),
  ],
};

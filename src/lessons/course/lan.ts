import type { Lesson } from '../lesson.js';
import { hostCountQuestion } from '../questions/host-count-question.js';
import { maskPrefixQuestion } from '../questions/mask-prefix-question.js';
import { networkQuestion } from '../questions/network-question.js';
import { privateQuestion } from '../questions/private-question.js';
import { sameSubnetQuestion } from '../questions/same-subnet-question.js';

type StepId = 'lan' | 'mask' | 'segment' | 'same-segment' | 'private';

/** Lesson 3: gateway, mask and subnet (网段); public and private addresses. */
export const lanLesson: Lesson<StepId> = {
  id: 'lan',
  minutes: 12,
  steps: [
    { id: 'lan' },
    { id: 'mask', actions: [{ args: ['mask', '255.255.255.0'] }] },
    { id: 'segment', actions: [{ args: ['subnet', '192.168.1.77/26'] }] },
    {
      id: 'same-segment',
      actions: [
        { args: ['same-subnet', '192.168.1.5', '192.168.1.77', '255.255.255.0'] },
        { args: ['same-subnet', '192.168.1.5', '192.168.2.5', '255.255.255.0'] },
      ],
      // Two LANs and a router: A reaches C through its gateway, and a wrong mask breaks it.
      lab: { experiment: 'gateway', simulation: [] },
    },
    {
      id: 'private',
      actions: [{ args: ['classify', '10.1.2.3', '172.20.0.1', '172.32.0.1', '192.168.1.5'] }],
    },
  ],
  questions: [
    sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0'),
    networkQuestion('192.168.1.77/26'),
    hostCountQuestion('192.168.1.0/24'),
    maskPrefixQuestion('255.255.240.0'),
    privateQuestion('172.32.0.1'),
  ],
};

import type { Lesson } from '../lesson.js';
import { arpTargetQuestion } from '../questions/arp-target-question.js';
import { sameSubnetQuestion } from '../questions/same-subnet-question.js';

type StepId = 'problem' | 'neighbour' | 'ask-and-answer' | 'other-network' | 'recap';

const HOST_A = { from: '192.168.1.10', mask: '255.255.255.0', gateway: '192.168.1.1' };

/** Lesson 4: how two machines on one LAN find each other with ARP, and when the gateway is asked. */
export const arpLesson: Lesson<StepId> = {
  id: 'arp',
  minutes: 12,
  steps: [
    { id: 'problem' },
    {
      id: 'neighbour',
      actions: [{ args: ['same-subnet', '192.168.1.10', '192.168.1.20', '255.255.255.0'] }],
    },
    {
      id: 'ask-and-answer',
      lab: {
        experiment: 'arp',
        simulation: [{ args: ['arp', '--from', '192.168.1.10', '--to', '192.168.1.20'] }],
      },
    },
    {
      id: 'other-network',
      actions: [
        { args: ['same-subnet', '192.168.1.10', '8.8.8.8', '255.255.255.0'] },
        { args: ['arp', '--from', '192.168.1.10', '--to', '8.8.8.8'] },
      ],
    },
    { id: 'recap', tryLater: [['arp', '--from', '192.168.1.30', '--to', '192.168.1.10']] },
  ],
  questions: [
    arpTargetQuestion({ ...HOST_A, to: '192.168.1.200' }),
    arpTargetQuestion({ ...HOST_A, to: '10.0.0.5' }),
    sameSubnetQuestion('192.168.1.10', '192.168.2.10', '255.255.255.0'),
    sameSubnetQuestion('172.16.5.4', '172.16.200.9', '255.255.0.0'),
  ],
};

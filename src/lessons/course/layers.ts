import type { Lesson } from '../lesson.js';
import { arpTargetQuestion } from '../questions/arp-target-question.js';
import { frameSizeQuestion } from '../questions/frame-size-question.js';

type StepId = 'why-layers' | 'five-layers' | 'encapsulation' | 'reading';

/** Lesson 6: the OSI model folded into five layers, and a real payload wrapped layer by layer. */
export const layersLesson: Lesson<StepId> = {
  id: 'layers',
  minutes: 15,
  steps: [
    { id: 'why-layers' },
    { id: 'five-layers' },
    {
      id: 'encapsulation',
      actions: [{ args: ['layers', '--payload', 'GET / HTTP/1.1'], takesLang: true }],
    },
    { id: 'reading' },
  ],
  questions: [
    arpTargetQuestion({
      from: '192.168.1.10',
      mask: '255.255.255.0',
      gateway: '192.168.1.1',
      to: '203.0.113.80',
    }),
    frameSizeQuestion('GET / HTTP/1.1'),
  ],
};

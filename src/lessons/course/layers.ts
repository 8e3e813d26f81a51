import type { Lesson } from '../lesson.js';
import { frameSizeQuestion } from '../questions/frame-size-question.js';
import { layerQuestion } from '../questions/layer-question.js';

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
      actions: [{ args: ['layers', '--payload', 'GET / HTTP/1.1'] }],
      // The same headers on real frames between two hosts, decoded by the same dissector.
      lab: { experiment: 'tcp', simulation: [] },
    },
    { id: 'reading' },
  ],
  questions: [
    layerQuestion({ device: 'switch' }),
    layerQuestion({ device: 'router' }),
    layerQuestion({ address: 'ip' }),
    layerQuestion({ address: 'port' }),
    frameSizeQuestion('GET / HTTP/1.1'),
  ],
};

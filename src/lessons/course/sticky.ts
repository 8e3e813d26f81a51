import type { Lesson } from '../lesson.js';
import { framedSizeQuestion } from '../questions/framed-size-question.js';
import { lengthHeaderQuestion } from '../questions/length-header-question.js';

type StepId = 'stream' | 'course-bug' | 'framing' | 'send-receive';

/** Lesson 9: why a byte stream merges and splits sends, and how framing fixes it. */
export const stickyLesson: Lesson<StepId> = {
  id: 'sticky',
  minutes: 12,
  steps: [
    {
      id: 'stream',
      lab: { experiment: 'sticky', simulation: [{ args: ['demo', 'sticky'] }] },
    },
    { id: 'course-bug', actions: [{ args: ['demo', 'transfer', '--broken'] }] },
    { id: 'framing' },
    {
      id: 'send-receive',
      tryLater: [
        ['receive', '--port', '9518', '--dir', 'downloads'],
        ['send', 'video.mp4', '--to', '127.0.0.1:9518'],
      ],
    },
  ],
  questions: [framedSizeQuestion([21, 10]), lengthHeaderQuestion(2048)],
};

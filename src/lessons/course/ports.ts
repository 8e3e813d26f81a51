import type { Lesson } from '../lesson.js';
import { portRangeQuestion } from '../questions/port-range-question.js';
import { portValidQuestion } from '../questions/port-valid-question.js';
import { servicePortQuestion } from '../questions/service-port-question.js';

type StepId = 'what-port' | 'ranges' | 'not-a-port' | 'one-per-port' | 'client-ports';

/** Lesson 5: ports 0-65535, their ranges, and one program per port. */
export const portsLesson: Lesson<StepId> = {
  id: 'ports',
  minutes: 8,
  steps: [
    { id: 'what-port' },
    { id: 'ranges', actions: [{ args: ['port', '80', '3306', '50000'] }] },
    { id: 'not-a-port', actions: [{ args: ['port', '65536'], expectExit: 2 }] },
    { id: 'one-per-port', actions: [{ args: ['demo', 'ports'] }] },
    { id: 'client-ports' },
  ],
  questions: [
    portRangeQuestion('443'),
    portRangeQuestion('3306'),
    portRangeQuestion('51000'),
    portValidQuestion('70000'),
    servicePortQuestion('http'),
  ],
};

import type { Lesson } from '../lesson.js';
import { architectureQuestion } from '../questions/architecture-question.js';

type StepId = 'two-kinds' | 'client-server' | 'browser-server' | 'compare' | 'same-idea';

/** Lesson 1: installed clients (C/S) versus the browser (B/S). */
export const architectureLesson: Lesson<StepId> = {
  id: 'architecture',
  minutes: 8,
  steps: [
    { id: 'two-kinds' },
    { id: 'client-server', actions: [{ args: ['demo', 'tcp'] }] },
    { id: 'browser-server', actions: [{ args: ['demo', 'http'] }] },
    { id: 'compare' },
    { id: 'same-idea' },
  ],
  questions: [architectureQuestion('qq-app'), architectureQuestion('search-in-browser')],
};

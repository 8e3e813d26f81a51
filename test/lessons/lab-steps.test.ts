import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { type LabChoice, type LabVerdict, playCourse } from '../../src/lessons/index.js';
import type { Lesson } from '../../src/lessons/lesson.js';
import { useContentFolder } from '../helpers/lesson-content.js';
import { memoryIo } from '../helpers/memory-io.js';

useContentFolder({
  'lessons/en/labbed.md':
    '---\ntitle: A lesson with lab steps\n---\n\n## Ask {#ask}\n\nWho has B?\n\n## Again {#again}\n\nOnce more.\n',
  'lessons/zh/labbed.md':
    '---\ntitle: 有实验的课\n---\n\n## 提问 {#ask}\n\n谁是 B？\n\n## 再来 {#again}\n\n再来一次。\n',
});

/** Two lab steps: the first with a simulation to stand in, the second with none. */
const LABBED: Lesson<'ask' | 'again'> = {
  id: 'labbed',
  minutes: 1,
  steps: [
    { id: 'ask', lab: { experiment: 'arp', simulation: [{ args: ['arp'] }] } },
    {
      id: 'again',
      actions: [{ args: ['mask', '/24'] }],
      lab: { experiment: 'tcp', simulation: [] },
    },
  ],
  questions: [],
};

/** Plays LABBED, on a terminal (Enter after each step) or straight through; records what ran. */
async function play(lab: LabChoice, verdict: LabVerdict, onTerminal: boolean, lang = 'en') {
  const stdin = new PassThrough();
  stdin.end(onTerminal ? '\n\n\n' : '');
  const io = memoryIo({ stdin, stdinIsTTY: onTerminal, stdoutIsTTY: onTerminal });
  const ran: string[] = [];
  let probes = 0;
  const code = await playCourse([LABBED], [LABBED], {
    io,
    lang,
    pause: true,
    color: false,
    signal: new AbortController().signal,
    run: async (args) => {
      ran.push(args.filter((arg) => !arg.startsWith('--')).join(' '));
      return 0;
    },
    lab,
    labCheck: async () => {
      probes += 1;
      return verdict;
    },
  });
  // The notes wrap to the terminal's width; the tests read them as one line.
  return { code, ran, probes, out: io.out().replace(/\s+/g, ' ') };
}

const READY: LabVerdict = { ready: true };
const NOT_HERE: LabVerdict = { ready: false, why: 'user namespaces are disabled' };

describe('a lesson step with a lab experiment', () => {
  test('on a terminal where a lab can run, the step runs it on a real LAN, probed once per course', async () => {
    const played = await play('terminal', READY, true);
    expect(played.ran).toEqual(['lab arp en', 'mask /24 en', 'lab tcp en']);
    expect(played.probes).toBe(1);
    expect(played.out).toContain('$ netlab lab arp');
    expect(played.code).toBe(0);
  });

  test('in a Chinese lesson the experiment is run and shown with --lang zh, so its narration is Chinese too', async () => {
    const played = await play('terminal', READY, true, 'zh');
    expect(played.ran).toEqual(['lab arp zh', 'mask /24 zh', 'lab tcp zh']);
    expect(played.out).toContain('$ netlab lab arp --lang zh');
  });

  test('where no lab can run, the simulation stands in and the step says why', async () => {
    const played = await play('terminal', NOT_HERE, true);
    expect(played.ran).toEqual(['arp en', 'mask /24 en']);
    expect(played.out).toContain(
      '(No real LAN on this machine: user namespaces are disabled. The simulation stands in for "netlab lab arp".)',
    );
  });

  test('played straight through, the simulation stands in without probing, and says how to get the real one', async () => {
    const played = await play('terminal', READY, false);
    expect(played.ran).toEqual(['arp en', 'mask /24 en']);
    expect(played.probes).toBe(0);
    expect(played.out).toContain(
      'On a terminal, or with --lab, this step builds a real LAN on this machine: netlab lab arp)',
    );
  });

  test('--lab runs the real LAN even straight through; --no-lab never probes', async () => {
    expect((await play('always', READY, false)).ran).toEqual([
      'lab arp en',
      'mask /24 en',
      'lab tcp en',
    ]);
    const declined = await play('never', READY, true);
    expect(declined.ran).toEqual(['arp en', 'mask /24 en']);
    expect(declined.probes).toBe(0);
    expect(declined.out).toContain('(With --no-lab the simulation stands in for the real LAN');
  });
});

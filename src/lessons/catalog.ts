import { InputError } from '../core/errors.js';
import { addressesLesson } from './course/addresses.js';
import { architectureLesson } from './course/architecture.js';
import { arpLesson } from './course/arp.js';
import { lanLesson } from './course/lan.js';
import { layersLesson } from './course/layers.js';
import { portsLesson } from './course/ports.js';
import { socketsLesson } from './course/sockets.js';
import { stickyLesson } from './course/sticky.js';
import { tcpUdpLesson } from './course/tcp-udp.js';
import type { Lesson } from './lesson.js';

/** Every lesson, in the order the course teaches them and `netlab tour` plays them. */
export const LESSONS: readonly Lesson[] = [
  architectureLesson,
  addressesLesson,
  lanLesson,
  arpLesson,
  portsLesson,
  layersLesson,
  tcpUdpLesson,
  socketsLesson,
  stickyLesson,
];

/**
 * The lesson with this id, in any case, or at this place in the course ("4" is the fourth, as
 * the menu numbers them); anything else is bad input (exit 2) naming each id with its number.
 * @example findLesson('ports').minutes // 8
 */
export function findLesson(id: string): Lesson {
  const place = /^[1-9][0-9]?$/.test(id) ? Number(id) - 1 : -1;
  const lesson = LESSONS[place] ?? LESSONS.find((candidate) => candidate.id === id.toLowerCase());
  if (lesson !== undefined) return lesson;
  const ids = LESSONS.map((candidate, index) => `${index + 1} ${candidate.id}`).join(', ');
  throw new InputError('unknown-lesson', { value: id, choices: ids });
}

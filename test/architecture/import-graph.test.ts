import { describe, expect, test } from 'vitest';
import { cycles, type ImportEdge, importEdges, sourceFiles } from './import-graph.js';

/**
 * The layer rule: a file may import files of its own folder and of folders in lower layers,
 * never a folder in its own layer or above. Bottom first; docs/development.md ("Layers") says the same.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['core'], // Io, CommandContext, ExitCode, Lang, the error family and the error catalogue
  ['text'], // text layout (CJK-aware wrapping)
  ['calc'], // the calculators: pure functions, no I/O
  ['net', 'sim'], // socket library code; pure simulations
  ['render'], // strings from data
  ['transfer', 'batch'], // the send/receive protocol; batch mode (--stdin) and its fast path
  ['demos', 'lessons'], // narration over net and transfer; the lesson player and course
  ['lab', 'practice'], // real LANs in namespaces; seeded drills over the calculators
  ['cli', 'startup'], // yargs and the commands; the launcher's code cache
  ['bin.ts', 'index.ts'], // the two entry points
];

const root = process.cwd();
const files = sourceFiles(root, 'src');
const edges = importEdges(root, files);

/** The top folder (or top-level file) of `src/` a path lies in. */
function area(path: string): string {
  return path.split('/')[1] ?? path;
}

function layerOf(name: string): number {
  return LAYERS.findIndex((layer) => layer.includes(name));
}

function crossesUpOrSideways({ from, to }: ImportEdge): boolean {
  const [a, b] = [area(from), area(to)];
  return a !== b && layerOf(b) >= layerOf(a);
}

describe('the import graph of src/', () => {
  test('every folder and top-level file of src/ has a layer', () => {
    const unplaced = [...new Set(files.map(area))].filter((name) => layerOf(name) === -1);
    expect(unplaced).toEqual([]);
  });

  test('imports only go down the layers, never sideways or up', () => {
    const wrong = edges.filter(crossesUpOrSideways).map(({ from, to }) => `${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  test('no file imports itself through others', () => {
    expect(cycles(edges)).toEqual([]);
  });

  test('every import names a file that exists', () => {
    const known = new Set(files);
    const dangling = edges
      .filter(({ to }) => !known.has(to))
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(dangling).toEqual([]);
  });
});

describe('the cycle finder', () => {
  test('finds a circle of three files and ignores a chain', () => {
    const found = cycles([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'c', to: 'd' },
    ]);
    expect(found).toEqual([['a', 'b', 'c']]);
  });
});

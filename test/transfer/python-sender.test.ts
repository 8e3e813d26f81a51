import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { installed } from '../helpers/installed.js';
import { listDir, startTestReceiver, tempDir } from './_transfer-helpers.js';

const run = promisify(execFile);
const DOC = new URL('../../docs/transfer.md', import.meta.url);

/** The Python sender printed in docs/transfer.md, exactly as printed. */
async function pythonFromDoc(): Promise<string> {
  const match = /```python\n([\s\S]*?)```/.exec(await readFile(DOC, 'utf8'));
  if (!match?.[1]) throw new Error('no ```python block in docs/transfer.md');
  return match[1];
}

const python = installed('python3');

describe('the Python sender in docs/transfer.md', () => {
  test.skipIf(!python)('sends two files that netlab receive saves and verifies', async () => {
    const [from, to] = [await tempDir(), await tempDir()];
    const script = join(from, 'send.py');
    await writeFile(script, await pythonFromDoc());
    const big = randomBytes(700_000);
    await writeFile(join(from, 'big.bin'), big);
    await writeFile(join(from, 'empty.txt'), '');
    const receiver = await startTestReceiver(to);
    const { stdout } = await run('python3', [
      script,
      '127.0.0.1',
      String(receiver.port),
      join(from, 'big.bin'),
      join(from, 'empty.txt'),
    ]);
    const sha = createHash('sha256').update(big).digest('hex');
    expect(stdout).toBe(
      `sent big.bin: 700000 bytes, SHA-256 ${sha.slice(0, 12)}... verified\nsent empty.txt: 0 bytes, SHA-256 e3b0c44298fc... verified\n`,
    );
    expect(await receiver.done).toEqual({ saved: 2, failed: 0, failures: [] });
    expect(await readFile(join(to, 'big.bin'))).toEqual(big);
    expect(await listDir(to)).toEqual(['big.bin', 'empty.txt']);
  });
});

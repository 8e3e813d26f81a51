import { isAbsolute, join } from 'node:path';

/** What decides where the code cache lives. */
export interface CacheDirectoryInputs {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder; empty when unknown. */
  readonly home: string;
  /** `process.platform`. */
  readonly platform: string;
}

/**
 * The user's own cache folder for netlab's compiled code: $XDG_CACHE_HOME/netlab, else the
 * platform's (~/Library/Caches/netlab on macOS, %LOCALAPPDATA%\netlab on Windows,
 * ~/.cache/netlab elsewhere). Undefined, so no cache, when NODE_DISABLE_COMPILE_CACHE is set (the
 * switch Node itself honours) or no home folder is known. Never a shared folder such as /tmp:
 * V8 runs the bytecode it reads back.
 */
export function codeCacheDirectory({
  env,
  home,
  platform,
}: CacheDirectoryInputs): string | undefined {
  const disabled = env.NODE_DISABLE_COMPILE_CACHE;
  if (disabled !== undefined && disabled !== '') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'netlab');
  const localAppData = env.LOCALAPPDATA;
  if (platform === 'win32' && localAppData !== undefined && localAppData !== '') {
    return join(localAppData, 'netlab');
  }
  if (home === '') return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'netlab');
  return join(home, '.cache', 'netlab');
}

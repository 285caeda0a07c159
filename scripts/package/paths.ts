import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder at or above `start` that holds package.json.
 * Works both from the TypeScript sources (scripts/…) and from the compiled output
 * (dist/scripts/…), because dist/ has no package.json of its own.
 */
export function findRepoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json found at or above ${start}`);
    dir = parent;
  }
}

/** Where the app package sources live and where the zip goes by default. */
export function appPackagePaths(repoRoot: string = findRepoRoot()) {
  const dir = join(repoRoot, 'appPackage');
  return {
    repoRoot,
    dir,
    template: join(dir, 'manifest.template.json'),
    iconSources: join(dir, 'icons'),
    defaultOutDir: join(dir, 'build'),
    packageJson: join(repoRoot, 'package.json'),
  } as const;
}

/** True when the module at `moduleUrl` is the script Node was started with (`node file.js`). */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(resolve(entry)) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

// Every file below a folder, for the build scripts (precache.mjs, prepare-prod.mjs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

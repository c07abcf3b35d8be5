import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './UsageError.js';

/** The output folder, or its nearest existing parent, must be a writable directory. Creates nothing. */
export async function checkWritableDirectory(flag: string, path: string): Promise<string> {
  const target = resolve(path);
  let existing = target;
  for (;;) {
    try {
      const info = await stat(existing);
      if (!info.isDirectory()) throw new UsageError(`${flag} ${path}: ${existing} is not a directory`);
      break;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const parent = dirname(existing);
      if (parent === existing) throw new UsageError(`${flag} ${path}: no existing parent directory`);
      existing = parent;
    }
  }
  try {
    await access(existing, constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${path}: ${existing} is not writable`);
  }
  return target;
}

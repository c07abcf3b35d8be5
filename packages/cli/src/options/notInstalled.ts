import { installCommand } from '../installCommand.js';
import type { KnownArchive } from '../knownArchives.js';

/** `smu, wwii (npm install @hx4/smu @hx4/wwii)`: archives not installed, and the command that installs them. */
export function notInstalled(missing: readonly KnownArchive[]): string {
  return `${missing.map((archive) => archive.id).join(', ')} (${installCommand(missing.map((archive) => archive.packageName))})`;
}

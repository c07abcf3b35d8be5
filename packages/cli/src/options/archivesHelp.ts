import type { InstalledArchives } from '../installedArchives.js';
import { installCommand } from '../installCommand.js';

/** The end of `hx4 --help` and `hx4 collect --help`: the archives this hx4 can collect, and how to add each of the others. */
export function archivesHelp({ installed, missing }: InstalledArchives): string {
  const lines = [`Archives installed: ${installed.map((entry) => entry.adapter.id).join(', ') || 'none'}`];
  if (missing.length > 0) {
    const width = Math.max(...missing.map((archive) => archive.id.length));
    lines.push('Not installed:', ...missing.map((archive) => `  ${archive.id.padEnd(width)}  ${installCommand([archive.packageName])}`));
  }
  return lines.join('\n');
}

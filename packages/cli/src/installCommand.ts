/** The command that installs these packages, as the messages about a package not installed print it. */
export function installCommand(packageNames: readonly string[]): string {
  return `npm install ${packageNames.join(' ')}`;
}

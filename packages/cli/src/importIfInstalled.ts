/**
 * What `load` imports from `packageName`, or undefined when that package is not installed where this CLI
 * resolves packages from: its own folder and the `node_modules` above it, as Node resolves any import. That is
 * where a project's `npm install` and a global `npm install -g @hx4/all` put the packages, and it keeps the
 * packages the CLI runs at the versions its own install chose (not a second @hx4/core from the current folder).
 * Any other failure, an installed package that is broken (a dependency of its own missing), is thrown.
 */
export async function importIfInstalled<T>(packageName: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (isMissingPackage(error, packageName)) return undefined;
    throw error;
  }
}

/**
 * The error of an import of a package that is nowhere on the resolution path: "Cannot find package '<name>' imported
 * from …" (Node names the package; vitest, running the tests from source, the subpath imported).
 */
function isMissingPackage(error: unknown, packageName: string): boolean {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') return false;
  return [`Cannot find package '${packageName}'`, `Cannot find package '${packageName}/`].some((start) => error.message.startsWith(start));
}

/** The heap flags a process started with: what the heap policies return V8 to when none of them applies. */
export interface StartupHeapFlags {
  optimizeForSize: boolean;
  semiSpaceGrowthFactor: number;
}

/**
 * Reads them from Node's command line (NODE_OPTIONS cannot carry V8's heap flags), V8's defaults where it gives
 * none. As V8 does, it takes `_` for `-` in a flag's name, `--no-` before a boolean flag, and the last of a flag
 * given twice.
 */
export function startupHeapFlags(execArgv: readonly string[] = process.execArgv): StartupHeapFlags {
  const flags: StartupHeapFlags = { optimizeForSize: false, semiSpaceGrowthFactor: 2 };
  for (const argument of execArgv) {
    const [rawName = '', value] = argument.split(/=(.*)/su);
    const name = rawName.replaceAll('_', '-');
    if (name === '--optimize-for-size') flags.optimizeForSize = value !== 'false';
    if (name === '--no-optimize-for-size') flags.optimizeForSize = false;
    const factor = Number(value);
    if (name === '--semi-space-growth-factor' && Number.isInteger(factor) && factor >= 1) flags.semiSpaceGrowthFactor = factor;
  }
  return flags;
}

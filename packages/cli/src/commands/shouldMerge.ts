import { createInterface } from 'node:readline/promises';

/**
 * Whether `hx4 collect all` merges afterwards: `--merge` / `--no-merge` decide; without them a person at a
 * terminal is asked (the History-X4 script's interactive option), and a script or batch job merges.
 */
export async function shouldMerge(flag: unknown): Promise<boolean> {
  if (typeof flag === 'boolean') return flag;
  if (!process.stdin.isTTY || !process.stderr.isTTY) return true;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question('Merge the collected datasets into HISTORY_X<N> now? [Y/n] ');
    return !/^\s*n/i.test(answer);
  } finally {
    prompt.close();
  }
}

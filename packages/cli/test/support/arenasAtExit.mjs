// Preloaded into an hx4 process (`node --import`): as it exits, writes to $HX4_TEST_ARENAS_FILE how many malloc
// arenas glibc made, by glibc's own count (one `<heap nr=…>` per arena in malloc_info's report).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const libc = createRequire(import.meta.url)('koffi').load('libc.so.6');
const fopen = libc.func('void *fopen(const char *, const char *)');
const fclose = libc.func('int fclose(void *)');
const mallocInfo = libc.func('int malloc_info(int, void *)');

const arenasFile = process.env.HX4_TEST_ARENAS_FILE;
if (!arenasFile) throw new Error('arenasAtExit.mjs writes to $HX4_TEST_ARENAS_FILE: set it');

process.on('exit', () => {
  const report = `${arenasFile}.xml`;
  const file = fopen(report, 'w');
  mallocInfo(0, file);
  fclose(file);
  writeFileSync(arenasFile, String(readFileSync(report, 'utf8').match(/<heap nr=/gu)?.length ?? 0));
  rmSync(report);
});

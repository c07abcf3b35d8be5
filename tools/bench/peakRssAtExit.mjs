// Preloaded into the CLI process (`node --import`): as it exits, writes its peak RSS and CPU time to
// $HX4_BENCH_EXIT_FILE. VmHWM can only be read from inside, and only the exit sees the whole run's peak.
import { writeFileSync } from 'node:fs';
import { peakRssBytes } from './cpuAccounting.mjs';

process.on('exit', () => {
  const cpu = process.cpuUsage();
  writeFileSync(process.env.HX4_BENCH_EXIT_FILE, JSON.stringify({ peakRss: peakRssBytes(), cpuMs: (cpu.user + cpu.system) / 1000 }));
});

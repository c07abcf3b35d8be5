const MiB = 1024 * 1024;
const THROUGHPUT_TARGET = 0.85;
const RSS_TARGET_MB = 300;
/** Above this share of the CPUs taken by other processes, wall-clock figures are not to be trusted. */
const BUSY_MACHINE = 0.1;
const KINDS = ['hx4', 'plain', 'matched'];

/** Prints the figures: throughput and CPU per image against both baselines, then peak RSS by size and workers. */
export function printReport({ config, runs, settings, sourceBytes, environment: env }) {
  const figures = summarize(config, runs);
  const [boxWidth, boxHeight] = settings.thumbnailSize;
  const lines = [
    '',
    `HX4 image benchmark: ${config.images} simulator JPEGs (~2000×1500, ${(sourceBytes / config.images / 1024).toFixed(0)} KB on average) → within ${boxWidth}×${boxHeight}, JPEG q${settings.jpegQuality}`,
    `${env.cpus} CPUs (${env.cpuModel}), Node ${env.node}, sharp ${env.sharp} / libvips ${env.vips}, UV_THREADPOOL_SIZE ${env.threadpool}, ${env.date}`,
    '',
    ...throughputTable(config, figures),
    '',
    ...cpuTable(config, figures),
    '',
    'sharp plain   = the issue\'s "pure sharp resize": local file → resize to fit → JPEG file, same concurrency',
    'sharp matched = processImage\'s exact sharp operations (auto-orient, flatten, sRGB, baseline JPEG) on local files;',
    '                hx4/matched is the cost of the work around sharp: download, temp files, sniffing, hashing, fsync, manifest',
    'plain/hx4 CPU = the throughput ratio when both keep every core busy; other processes barely move it',
    '',
    ...memoryTable(config, figures),
    '',
    ...verdicts(config, figures, runs),
  ];
  console.log(`${lines.join('\n')}\n`);
}

function summarize(config, runs) {
  const select = (kind, count, nw) => runs.filter((run) => run.kind === kind && run.count === count && run.workers === nw);
  const speed = (run) => run.count / run.seconds;
  // Other processes can only slow a run down, so the fastest run is the least disturbed one.
  const best = (kind, nw) => select(kind, config.images, nw).reduce((a, b) => (speed(b) > speed(a) ? b : a));
  return {
    throughput: (kind, nw) => speed(best(kind, nw)),
    disturbance: (nw) => Math.max(...KINDS.map((kind) => best(kind, nw).foreignLoad ?? 0)),
    /** `part`: one kind of thread (see startMeter), else the whole process. */
    cpuPerImage: (kind, nw, part) =>
      median(select(kind, config.images, nw).map((run) => (part ? (run.threadCpuMs?.[part] ?? NaN) : run.cpuMs) / run.count)),
    peakMb: (kind, count, nw) => {
      const matching = select(kind, count, nw);
      return matching.length ? Math.max(...matching.map((run) => run.peakRss / MiB)) : NaN;
    },
  };
}

function throughputTable({ workers, repeats }, { throughput, disturbance }) {
  return [
    `Throughput, images/s (best of ${repeats} runs, each in a fresh process; target hx4 ≥ ${percent(THROUGHPUT_TARGET)} of sharp plain)`,
    ...table(
      ['workers', 'hx4', 'sharp plain', 'hx4/plain', 'sharp matched', 'hx4/matched', 'other processes'],
      workers.map((nw) => {
        const hx4 = throughput('hx4', nw);
        const ratio = hx4 / throughput('plain', nw);
        return [
          `-nw ${nw}`,
          fixed(hx4),
          fixed(throughput('plain', nw)),
          `${percent(ratio)} ${ratio >= THROUGHPUT_TARGET ? 'PASS' : 'BELOW'}`,
          fixed(throughput('matched', nw)),
          percent(hx4 / throughput('matched', nw)),
          `${percent(disturbance(nw))} of CPUs`,
        ];
      }),
    ),
  ];
}

function cpuTable({ workers }, { cpuPerImage }) {
  return [
    "CPU per image, ms (median; all threads of the measured process; the simulator's own CPU comes on top for hx4)",
    ...table(
      ['workers', 'hx4', '= event loop', '+ pool & V8', '+ libvips', 'sharp plain', 'sharp matched', 'plain/hx4', 'matched/hx4'],
      workers.map((nw) => [
        `-nw ${nw}`,
        ...[undefined, 'eventLoop', 'pool', 'libvips'].map((part) => fixed(cpuPerImage('hx4', nw, part))),
        fixed(cpuPerImage('plain', nw)),
        fixed(cpuPerImage('matched', nw)),
        percent(cpuPerImage('plain', nw) / cpuPerImage('hx4', nw)),
        percent(cpuPerImage('matched', nw) / cpuPerImage('hx4', nw)),
      ]),
    ),
  ];
}

function memoryTable({ images, smallImages, memoryWorkers }, { peakMb }) {
  const rows = [...new Set([smallImages, images])].map((count) => [
    `hx4, N = ${count}`,
    ...memoryWorkers.map((nw) => fixed(peakMb('hx4', count, nw), 0)),
  ]);
  rows.push([`sharp plain, N = ${images}`, ...memoryWorkers.map((nw) => fixed(peakMb('plain', images, nw), 0))]);
  return [
    `Peak RSS of the hx4 process, MB (highest run; target < ${RSS_TARGET_MB} MB)`,
    ...table(['', ...memoryWorkers.map((nw) => `-nw ${nw}`)], rows),
  ];
}

function verdicts({ images, workers, memoryWorkers }, { throughput, disturbance, cpuPerImage, peakMb }, runs) {
  const headline = Math.max(...workers);
  const ratio = throughput('hx4', headline) / throughput('plain', headline);
  const cpuRatio = cpuPerImage('plain', headline) / cpuPerImage('hx4', headline);
  const hx4Runs = runs.filter((run) => run.kind === 'hx4');
  const highest = Math.max(...hx4Runs.map((run) => run.peakRss / MiB));
  const [fewest, most] = [Math.min(...memoryWorkers), Math.max(...memoryWorkers)];
  const perWorker = (peakMb('hx4', images, most) - peakMb('hx4', images, fewest)) / (most - fewest);
  const lines = [
    `throughput at -nw ${headline}: ${percent(ratio)} of sharp plain (by CPU per image ${percent(cpuRatio)}): ` +
      (ratio >= THROUGHPUT_TARGET ? 'PASS' : `BELOW the ${percent(THROUGHPUT_TARGET)} target`),
    `peak RSS: at most ${highest.toFixed(0)} MB: ${highest < RSS_TARGET_MB ? 'PASS' : 'ABOVE the target'}` +
      ` (${median(hx4Runs.map((run) => run.rssAtStart / MiB)).toFixed(0)} MB before the first image` +
      (most > fewest ? `; ${perWorker.toFixed(1)} MB per extra worker from -nw ${fewest} to ${most})` : ')'),
    `simulator: ${median(hx4Runs.map((run) => run.simulatorMs / run.count)).toFixed(1)} ms CPU per image served, in its own process on the same CPUs`,
  ];
  if (workers.some((nw) => disturbance(nw) > BUSY_MACHINE)) {
    lines.push(
      `WARNING: other processes took more than ${percent(BUSY_MACHINE)} of the CPUs during the best runs, so the images/s`,
      '         figures are disturbed; CPU per image much less so. Rerun on an idle machine for wall-clock figures.',
    );
  }
  return lines;
}

function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), ...rows.map(format)];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percent(ratio) {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(0)}%` : '-';
}

function fixed(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

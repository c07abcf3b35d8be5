const MiB = 1024 * 1024;
const THROUGHPUT_TARGET = 0.85;
const RSS_TARGET_MB = 300;

/** Prints the figures: throughput against both baselines, then peak RSS by dataset size and workers. */
export function printReport({ config, runs, sourceBytes, environment: env }) {
  const { images, smallImages, workers, repeats } = config;
  const [width, height] = [512, 512];
  const select = (kind, count, nw) => runs.filter((run) => run.kind === kind && run.count === count && run.workers === nw);
  const throughput = (kind, nw) => median(select(kind, images, nw).map((run) => run.count / run.seconds));
  const peakMb = (kind, count, nw) => Math.max(...select(kind, count, nw).map((run) => run.peakRss / MiB));

  const lines = [
    '',
    `HX4 image benchmark: ${images} simulator JPEGs (~2000×1500, ${(sourceBytes / images / 1024).toFixed(0)} KB on average) → thumbnails within ${width}×${height}, JPEG q95`,
    `${env.cpus} CPUs (${env.cpuModel}), Node ${env.node}, sharp ${env.sharp} / libvips ${env.vips}, UV_THREADPOOL_SIZE ${env.threadpool}`,
    `throughput: median of ${repeats} runs; peak RSS: highest of them; each run is a fresh process`,
    '',
  ];
  const throughputRows = workers.map((nw) => {
    const hx4 = throughput('hx4', nw);
    const plain = throughput('plain', nw);
    const matched = throughput('matched', nw);
    const ratio = hx4 / plain;
    return [
      `-nw ${nw}`,
      hx4.toFixed(1),
      plain.toFixed(1),
      `${percent(ratio)} ${ratio >= THROUGHPUT_TARGET ? 'PASS' : 'BELOW'}`,
      matched.toFixed(1),
      percent(hx4 / matched),
      `${peakMb('hx4', images, nw).toFixed(0)} MB`,
    ];
  });
  lines.push(
    ...table(
      ['workers', 'hx4 img/s', 'sharp plain img/s', `hx4/plain (≥${percent(THROUGHPUT_TARGET)})`, 'sharp matched img/s', 'hx4/matched', 'hx4 peak RSS'],
      throughputRows,
    ),
    '',
    'plain   = the issue\'s "pure sharp resize": local file → resize (fit inside) → JPEG q95 file, same concurrency',
    'matched = the same sharp operations as processImage (auto-orient, flatten, sRGB, progressive JPEG), local files;',
    '          hx4/matched is the cost of everything around sharp: HTTP download, temp files, sniffing, hashing, fsync, manifest',
    '',
    `Peak RSS of the hx4 process by dataset size and workers (target < ${RSS_TARGET_MB} MB):`,
  );
  const sizes = [...new Set([smallImages, images])];
  const memoryRows = sizes.map((count) => [`N = ${count}`, ...workers.map((nw) => `${peakMb('hx4', count, nw).toFixed(0)} MB`)]);
  memoryRows.push(['sharp plain, N = ' + images, ...workers.map((nw) => `${peakMb('plain', images, nw).toFixed(0)} MB`)]);
  lines.push(...table(['', ...workers.map((nw) => `-nw ${nw}`)], memoryRows));
  const hx4Runs = runs.filter((run) => run.kind === 'hx4');
  const highest = Math.max(...hx4Runs.map((run) => run.peakRss / MiB));
  const atStart = median(hx4Runs.map((run) => run.rssAtStart / MiB));
  const simulatorMsPerImage = median(hx4Runs.map((run) => run.simulatorCpuMs / run.count));
  lines.push(
    '',
    `highest hx4 peak RSS ${highest.toFixed(0)} MB: ${highest < RSS_TARGET_MB ? 'PASS' : 'ABOVE TARGET'} (RSS before the first image: ${atStart.toFixed(0)} MB)`,
    `simulator (separate process) used ${simulatorMsPerImage.toFixed(1)} ms CPU per image served during hx4 runs`,
    '',
  );
  console.log(lines.join('\n'));
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
  return `${(ratio * 100).toFixed(0)}%`;
}

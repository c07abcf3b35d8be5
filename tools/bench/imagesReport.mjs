import { fixed, formatCounts, formatTable, megabytes, percent, politenessTable } from './formatTable.mjs';
import { SETTINGS, WORKERS } from './imagesBench.mjs';
import { PYTHON_MISSING } from './pythonStage.mjs';

const TARGETS = { versusSharp: 0.75, versusPython: 2, rssMb: 300 };
/** Above this share of the CPUs taken by other processes, wall-clock figures are not to be trusted. */
const BUSY_MACHINE = 0.1;
/** Each contender's timed part, and for those timed twice, the whole process. */
const LABELS = {
  cli: ['hx4 collect: images stage (timingsMs.images)', 'hx4 collect: whole run, spawn to exit'],
  library: ['storeImages library call, politeness off'],
  sharp: ['bare sharp: resize → JPEG, local files'],
  python: ['Python reference stage: pool of 8 threads', 'Python: whole process'],
};

/** The headline tables: images/s of every contender, the ratios against their targets, memory, politeness. */
export function printImagesReport({ runs, urls, stored, averageBytes, environment: env }) {
  const speed = (run) => run.count / run.seconds;
  const wholeSpeed = (run) => (run ? run.count / run.wallSeconds : NaN);
  // Other processes can only slow a run down, so the fastest run is the least disturbed one.
  const best = (kind) => {
    const ofKind = runs.filter((run) => run.kind === kind);
    return ofKind.length > 0 ? ofKind.reduce((a, b) => (speed(b) > speed(a) ? b : a)) : undefined;
  };
  const peak = (kind) => Math.max(...runs.filter((run) => run.kind === kind).map((run) => run.peakRss));
  const contenders = Object.keys(LABELS).filter((kind) => best(kind));
  const rows = contenders.flatMap((kind) => {
    const run = best(kind);
    const [stage, whole] = LABELS[kind];
    const row = (label, seconds, cpuMs, foreignLoad) => [
      label,
      fixed(run.count / seconds),
      fixed(seconds, 2),
      fixed(cpuMs / run.count),
      megabytes(peak(kind)),
      percent(foreignLoad),
    ];
    return [
      row(stage, run.seconds, run.stageCpuMs, run.stageForeignLoad ?? run.foreignLoad),
      ...(whole ? [row(whole, run.wallSeconds, run.processCpuMs, run.foreignLoad)] : []),
    ];
  });
  const cli = best('cli');
  const ratio = (kind) => (best(kind) ? speed(cli) / speed(best(kind)) : NaN);
  const verdict = (value, target) =>
    Number.isFinite(value)
      ? `${fixed(value, 2)}× (target ≥ ${target}×): ${value >= target ? 'PASS' : 'BELOW the target'}`
      : `not measured: ${PYTHON_MISSING}`;
  const cliPeakMb = peak('cli') / (1024 * 1024);
  const lines = [
    '',
    `HX4 image benchmark: hx4 collect europeana with its defaults (-nw ${WORKERS}, --thumbnail-size ${SETTINGS.thumbnailSize.join(',')}) against the simulator:`,
    `${stored} of ${urls} image URLs stored (the rest fail as some of an archive's do: ${formatCounts(cli.summary.failed)}); ~2000×1500 photos,`,
    `${(averageBytes / 1024).toFixed(0)} KB on average, on their own host name (the API on 127.0.0.1). The other contenders get the same ${stored} images.`,
    `${env.cpus} CPUs (${env.cpuModel}), Node ${env.node}, sharp ${env.sharp} / libvips ${env.vips}, ${env.python}, ${env.date}`,
    '',
    `Throughput (best of ${runs.filter((run) => run.kind === 'cli').length} runs, each a fresh process; CPU of the timed part, all threads; the simulator's comes on top)`,
    ...formatTable(['contender', 'images/s', 'seconds', 'CPU ms/image', 'peak RSS', 'other processes'], rows),
    '',
    `hx4 collect vs bare sharp:    ${verdict(ratio('sharp'), TARGETS.versusSharp)}`,
    `hx4 collect vs Python stage:  ${verdict(ratio('python'), TARGETS.versusPython)}`,
    `whole run, spawn to exit:     ${fixed(wholeSpeed(cli) / speed(best('sharp')), 2)}× bare sharp, ${fixed(wholeSpeed(cli) / wholeSpeed(best('python')), 2)}× the whole Python process (it also harvests, at the API's rate)`,
    `hx4 collect vs library:       ${fixed(ratio('library'), 2)}× (the library vs bare sharp: ${fixed(speed(best('library')) / speed(best('sharp')), 2)}×)`,
    `peak RSS of hx4 collect:      ${cliPeakMb.toFixed(0)} MB (highest run; target < ${TARGETS.rssMb} MB): ${cliPeakMb < TARGETS.rssMb ? 'PASS' : 'ABOVE the target'};` +
      ` fastest run: ${megabytes(cli.peakRssBeforeImages)} before the images, ${megabytes(cli.peakRssAfterImages)} after them, ${megabytes(cli.peakRss)} at exit`,
    `CPU ms per image by thread:   ${['library', 'sharp'].map((kind) => `${kind} ${threads(best(kind))}`).join('; ')}`,
    `hx4 collect stages, ms:       ${Object.entries(cli.summary.timingsMs)
      .map(([stage, ms]) => `${stage} ${ms}`)
      .join(', ')}`,
    'politeness in run-summary.json (fastest run):',
    ...politenessTable(cli.summary.politeness).map((line) => `  ${line}`),
  ];
  if (contenders.some((kind) => (best(kind).stageForeignLoad ?? best(kind).foreignLoad) > BUSY_MACHINE)) {
    lines.push(
      `WARNING: other processes took more than ${percent(BUSY_MACHINE)} of the CPUs during some best runs, so images/s is disturbed;`,
      '         CPU per image much less so. Rerun on an idle machine for wall-clock figures.',
    );
  }
  console.log(lines.join('\n'));
}

/** The timed part's CPU per image by kind of thread (see startMeter). */
function threads(run) {
  const { eventLoop, pool, libvips } = run.threadCpuMs;
  return `event loop ${fixed(eventLoop / run.count)} + pool & V8 ${fixed(pool / run.count)} + libvips ${fixed(libvips / run.count)}`;
}

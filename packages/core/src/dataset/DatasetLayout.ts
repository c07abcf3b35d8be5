import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { DateWindow } from '../adapter/ArchiveAdapter.js';
import { hitFiles } from '../hits/hitFiles.js';
import { MEAN_PICKLE_FILE, STATS_JSON_FILE, STD_PICKLE_FILE } from '../stats/writeStatsFiles.js';

export const RUN_SUMMARY_JSON = 'run-summary.json';

/**
 * Where everything of one dataset lives: `<base>/<NAME>_<start>_<end>/` for an archive, `<base>/HISTORY_X<N>/`
 * for a merge. Collect, merge, report and explain all find a dataset's files here, so each path is spelled once.
 */
export interface DatasetLayout {
  name: string;
  root: string;
  /** `run-summary.json`: what made the dataset and what each stage did (see `readRunSummary`). */
  runSummary: string;
  images: string;
  hits: string;
  /** Cached item and attachment pages of archives whose records link to them. */
  detailPages: string;
  outputs: string;
  logs: string;
  /** `logs/failed_downloads.csv`: the rows whose image could not be stored, with the reason. */
  failedDownloads: string;
  /** Resumable run state (image manifest, feature cache, request budget); never read by training code. */
  state: string;
  /** The image manifest (`state/images.jsonl`): every image's outcome. */
  imageManifest: string;
  /** `state/phash.jsonl`: each stored image's perceptual hash and pixel sums, cached by the merge. */
  featureCache: string;
  /** `stats.json` (the sums) and the gzipped pickles of the RGB mean and std that training code loads. */
  statsFiles: { json: string; mean: string; std: string };
  /** Downloads in progress; same filesystem as images/ so the final rename is atomic. */
  tmp: string;
  /** The dataset card and its Croissant metadata, written by `@hx4/report`. */
  reportHtml: string;
  croissant: string;
  /** `exports/`: where `hx4 export` writes each format by default (`exports/<format>/`), so the card finds them. */
  exports: string;
  /** A query's raw records and checkpoint under `hits/`, by the query's slug. */
  hitFiles(slug: string): ReturnType<typeof hitFiles>;
  file(name: string): string;
}

export function datasetFolderName(datasetName: string, window: DateWindow | null): string {
  return window ? `${datasetName}_${window.start}_${window.end}` : datasetName;
}

export function datasetLayout(baseDir: string, name: string): DatasetLayout {
  const root = resolve(baseDir, name);
  const hits = join(root, 'hits');
  const logs = join(root, 'logs');
  const state = join(root, 'state');
  return {
    name,
    root,
    runSummary: join(root, RUN_SUMMARY_JSON),
    images: join(root, 'images'),
    hits,
    detailPages: join(hits, 'pages'),
    outputs: join(root, 'outputs'),
    logs,
    failedDownloads: join(logs, 'failed_downloads.csv'),
    state,
    imageManifest: join(state, 'images.jsonl'),
    featureCache: join(state, 'phash.jsonl'),
    statsFiles: { json: join(root, STATS_JSON_FILE), mean: join(root, MEAN_PICKLE_FILE), std: join(root, STD_PICKLE_FILE) },
    tmp: join(root, 'tmp'),
    reportHtml: join(root, 'report.html'),
    croissant: join(root, 'croissant.json'),
    exports: join(root, 'exports'),
    hitFiles: (slug) => hitFiles(hits, slug),
    file: (fileName) => join(root, fileName),
  };
}

/** The layout of the dataset folder `dir` itself (a path given on the command line, say). */
export function layoutOf(dir: string): DatasetLayout {
  const root = resolve(dir);
  return datasetLayout(dirname(root), basename(root));
}

export async function createDatasetFolders(layout: DatasetLayout): Promise<void> {
  for (const dir of [layout.images, layout.hits, layout.outputs, layout.logs, layout.state, layout.tmp]) {
    await mkdir(dir, { recursive: true });
  }
}

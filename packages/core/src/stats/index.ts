export { accumulateStats } from './accumulateStats.js';
export { computeImageStats, type ComputeImageStatsOptions } from './computeImageStats.js';
export type { ImageStats, PixelSums, Rgb } from './ImageStats.js';
export { mergeStats } from './mergeStats.js';
export { pixelSums } from './pixelSums.js';
export { pythonPickleFloatList } from './pythonPickleFloatList.js';
export { readStatsFile } from './readStatsFile.js';
export { MEAN_PICKLE_FILE, STATS_JSON_FILE, STD_PICKLE_FILE, writeStatsFiles } from './writeStatsFiles.js';

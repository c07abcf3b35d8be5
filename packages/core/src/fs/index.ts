export * from './writeFileAtomic.js';
export * from './DiskSorter.js';

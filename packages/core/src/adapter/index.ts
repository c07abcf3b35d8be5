export * from './ArchiveAdapter.js';
export * from './ArchiveResponseError.js';

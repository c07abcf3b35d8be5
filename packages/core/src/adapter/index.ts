export * from './ArchiveAdapter.js';
export * from './ArchiveOption.js';
export * from './ArchiveResponseError.js';
export * from './checkAnswer.js';
export * from './defineAdapter.js';
export * from './fieldReaders.js';
export * from './v.js';

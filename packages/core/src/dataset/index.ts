export * from './DatasetLayout.js';

export * from './archives.js';
export * from './main.js';

export * from './Row.js';

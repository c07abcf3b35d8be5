export * from './Reporter.js';

export * from './Reporter.js';
export * from './describeError.js';

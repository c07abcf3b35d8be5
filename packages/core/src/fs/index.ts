export * from './writeFileAtomic.js';

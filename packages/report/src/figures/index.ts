export * from './sortedCounts.js';
export * from './imbalance.js';
export * from './longTailTiers.js';
export * from './formatNumber.js';
export * from './escapeXml.js';

export * from './europeanaAdapter.js';
export * from './EuropeanaItem.js';
export * from './extractYear.js';

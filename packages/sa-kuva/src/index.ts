export * from './FinnaRecord.js';
export * from './recordToRow.js';
export * from './saKuvaAdapter.js';
export * from './SearchCursor.js';
export * from './searchRequest.js';

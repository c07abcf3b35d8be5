export * from './basicClean.js';
export * from './enrichedDescription.js';
export * from './isEnglish.js';
export * from './isOnlyStopWords.js';

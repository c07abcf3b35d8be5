export * from './basicClean.js';
export * from './collapseWhitespace.js';
export * from './decodeEntities.js';
export * from './enrichedDescription.js';
export * from './isEnglish.js';
export * from './isOnlyStopWords.js';
export * from './termMatchers.js';

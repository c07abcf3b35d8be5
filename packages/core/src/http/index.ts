export * from './HttpClient.js';
export * from './HttpError.js';
export * from './createHttpClient.js';
export * from './retryDelay.js';
export * from './userAgent.js';
export * from './RobotsRules.js';

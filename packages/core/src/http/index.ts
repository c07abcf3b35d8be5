export * from './HttpClient.js';
export * from './HttpError.js';

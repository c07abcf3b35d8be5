export * from './CardInput.js';
export * from './renderCard.js';

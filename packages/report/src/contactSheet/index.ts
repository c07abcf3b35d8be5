export * from './contactSheet.js';
export * from './pickSheetSamples.js';
export * from './locateImage.js';

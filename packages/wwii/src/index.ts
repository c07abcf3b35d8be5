export * from './captionYear.js';
export * from './catalogue.js';
export * from './fullSizeUrl.js';
export * from './parseAttachmentPage.js';
export * from './parseGalleryPage.js';
export * from './recordToRow.js';
export * from './wwiiAdapter.js';
export * from './WwiiRecord.js';

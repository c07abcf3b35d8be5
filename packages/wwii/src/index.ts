// The public API of @hx4/wwii, by name. The wwii adapter and its record types; the simulator is at @hx4/wwii/simulator.
export { type WwiiRecord, wwiiRecordSchema } from './WwiiRecord.js';
export { captionYear } from './captionYear.js';
export { GALLERIES, type Gallery, galleryKey, galleryPath } from './catalogue.js';
export { fullSizeUrl } from './fullSizeUrl.js';
export { type AttachmentPage, parseAttachmentPage } from './parseAttachmentPage.js';
export { parseGalleryPage } from './parseGalleryPage.js';
export { recordRef, recordToRow } from './recordToRow.js';
export { wwiiAdapter } from './wwiiAdapter.js';

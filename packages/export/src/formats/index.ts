export { formatWriters } from './formatWriters.js';
export type { PartTarget, PartWriter, WrittenPart } from './PartWriter.js';

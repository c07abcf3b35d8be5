import { CAPTION_SOURCES, EXPORT_FORMATS, EXPORT_SPLITS, type CaptionSource, type ExportFormat, type ExportSplit } from './ExportFormat.js';
import { ExportInputError } from './ExportInputError.js';

/** The choices as typed on a command line, checked: an `ExportInputError` names the value and the choices. */
export const parseExportFormat = (value: string): ExportFormat => oneOf('format', value, EXPORT_FORMATS);
export const parseExportSplit = (value: string): ExportSplit => oneOf('split', value, EXPORT_SPLITS);
export const parseCaptionSource = (value: string): CaptionSource => oneOf('caption', value, CAPTION_SOURCES);

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new ExportInputError(`unknown ${what} "${value}": one of ${allowed.join(', ')}`);
  return found;
}

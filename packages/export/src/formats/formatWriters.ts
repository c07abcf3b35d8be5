import type { ExportFormat } from '../ExportFormat.js';
import type { PartWriter } from './PartWriter.js';
import { writeImageFolder } from './writeImageFolder.js';
import { writeOpenClipCsv } from './writeOpenClipCsv.js';
import { writeWebDataset } from './writeWebDataset.js';

export const formatWriters: Record<ExportFormat, PartWriter> = {
  webdataset: writeWebDataset,
  imagefolder: writeImageFolder,
  'openclip-csv': writeOpenClipCsv,
};

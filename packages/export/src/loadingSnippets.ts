import { join } from 'node:path';
import type { ExportFormat } from './ExportFormat.js';
import type { ExportedPart, ExportSummary } from './ExportSummary.js';

/** How to load one export: three lines of Python, and the open_clip training command where open_clip reads the format. */
export interface LoadingSnippet {
  python: string;
  openClip: string | null;
}

/** The snippets for the export in `dir`, with its real paths and shard pattern (the first part: train unless only val was exported). */
export function loadingSnippet(summary: ExportSummary, dir: string): LoadingSnippet {
  return snippets[summary.format](summary, dir);
}

/** Python string literals: JSON's escapes are Python's. */
const py = (text: string) => JSON.stringify(text);

const firstPart = (summary: ExportSummary): ExportedPart | undefined => summary.parts[0];

const snippets: Record<ExportFormat, (summary: ExportSummary, dir: string) => LoadingSnippet> = {
  webdataset(summary, dir) {
    const part = firstPart(summary);
    const shards = join(dir, part?.shardPattern ?? 'train-000000.tar');
    return {
      python: `import webdataset as wds
dataset = wds.WebDataset(${py(shards)}, shardshuffle=False).decode("pil").to_tuple("jpg", "txt", "json")
image, caption, row = next(iter(dataset))`,
      openClip: `python -m open_clip_train.main --dataset-type webdataset \\
    --train-data ${py(shards)} --train-num-samples ${String(part?.samples ?? 0)}`,
    };
  },
  imagefolder(summary, dir) {
    // Hugging Face names the split of a `val/` folder "validation".
    const split = py(firstPart(summary)?.split === 'val' ? 'validation' : 'train');
    return {
      python: `from datasets import load_dataset
dataset = load_dataset("imagefolder", data_dir=${py(dir)})
image, caption = dataset[${split}][0]["image"], dataset[${split}][0]["text"]`,
      openClip: null,
    };
  },
  'openclip-csv'(summary, dir) {
    const files = summary.parts.map((part) => `--${part.split}-data ${py(join(dir, `${part.split}.csv`))}`);
    const csv = join(dir, `${firstPart(summary)?.split ?? 'train'}.csv`);
    return {
      python: `import pandas as pd
table = pd.read_csv(${py(csv)}, sep="\\t")
image_path, caption = table.loc[0, "filepath"], table.loc[0, "title"]`,
      openClip: [`python -m open_clip_train.main --dataset-type csv`, ...files].join(' \\\n    '),
    };
  },
};

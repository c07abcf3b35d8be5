import type { CardInput } from './CardInput.js';
import { code, link, paragraph, section, table, type Cell } from './html.js';

/** Copy-paste snippets for pandas, Hugging Face datasets, open_clip and mlcroissant. */
export function loadingSection(input: CardInput): string {
  const dir = JSON.stringify(input.datasetDir);
  const pandas = `import ast
from pathlib import Path
import pandas as pd

DATASET = Path(${dir})  # the folder holding this card
train = pd.read_csv(DATASET / "metadata_single_label_train.csv")
val = pd.read_csv(DATASET / "metadata_single_label_val.csv")
print(train[["img_path", "label", "doc_year", "enriched_document_description"]].head())

# Multi label: list columns hold JSON lists, which are Python literals too.
lists = {"canonical_labels": ast.literal_eval, "user_query": ast.literal_eval}
multi_train = pd.read_csv(DATASET / "metadata_multi_label_train.csv", converters=lists)`;
  const huggingFace = `from datasets import load_dataset

splits = load_dataset("csv", data_files={
    "train": str(DATASET / "metadata_single_label_train.csv"),
    "validation": str(DATASET / "metadata_single_label_val.csv"),
})`;
  const openClip = `python -m open_clip_train.main \\
    --dataset-type csv --csv-separator , \\
    --csv-img-key img_path --csv-caption-key enriched_document_description \\
    --train-data ${input.datasetDir}/metadata_multi_label_train.csv \\
    --val-data ${input.datasetDir}/metadata_multi_label_val.csv`;
  const croissant = `import mlcroissant as mlc

dataset = mlc.Dataset(jsonld=str(DATASET / "croissant.json"))
for record in dataset.records(record_set="metadata_single_label_train"):
    print(record)
    break`;
  const stats = input.dataset.summary.stats;
  const parts = [
    paragraph(
      'img_path is the absolute path where the image was stored; file_name is the same image relative to the ' +
        'dataset folder it was collected into. Lists (user_query, canonical_labels) are JSON.',
    ),
    '<h3>pandas</h3>',
    code(pandas),
    '<h3>Hugging Face datasets</h3>',
    code(huggingFace),
    `<p>See ${link('https://huggingface.co/docs/datasets/loading#csv', 'loading CSV files').html}.</p>`,
    '<h3>open_clip</h3>',
    code(openClip),
    `<p>See ${link('https://github.com/mlfoundations/open_clip', 'open_clip').html}: its CSV loader reads ` +
      'one image column and one caption column.</p>',
    '<h3>Croissant</h3>',
    code(croissant),
    `<p>croissant.json describes the files, columns and splits (${link('https://github.com/mlcommons/croissant', 'MLCommons Croissant 1.0').html}).</p>`,
  ];
  if (stats) {
    parts.push(
      '<h3>Normalisation</h3>',
      paragraph(`RGB mean ${formatTriple(stats.mean)} and std ${formatTriple(stats.std)} over ${stats.images} images (stats.json).`),
    );
  }
  return section('loading', 'How to load', parts.join('\n'));
}

/** The dataset's files: CSVs with rows and checksums, plus the image and output folders. */
export function filesSection(input: CardInput): string {
  const rows = input.csvFiles.map(({ name, bytes, sha256 }): Cell[] => [name, bytes, sha256.slice(0, 16)]);
  return section(
    'files',
    'Files',
    table(['CSV file', 'bytes', 'sha256 (first 16 hex digits)'], rows) +
      paragraph('images/: one RGB JPEG per row, named <id>.jpg. outputs/: the charts of this card as SVG and PNG.'),
  );
}

function formatTriple(values: readonly number[]): string {
  return `[${values.map((value) => value.toFixed(4)).join(', ')}]`;
}

import { relative } from 'node:path';
import { loadingSnippet, type FoundExport } from '@hx4/export';
import type { CardInput } from './CardInput.js';
import { code, link, paragraph, section, table, type Cell } from './html.js';

/** The exports in the dataset's `exports/` folder, linked, with what each holds and how to load it. */
export function exportsSection(input: CardInput): string {
  if (input.exports.length === 0) {
    return section(
      'exports',
      'Exports',
      paragraph(
        `None yet. hx4 export ${input.datasetDir} --format webdataset|imagefolder|openclip-csv writes one into ` +
          'exports/<format>/ and lists it here, with how to load it.',
      ),
    );
  }
  return section('exports', 'Exports', input.exports.map((found) => exportPart(input.datasetDir, found)).join('\n'));
}

function exportPart(datasetDir: string, { dir, summary }: FoundExport): string {
  const href = `${relative(datasetDir, dir)}/`;
  const rows = summary.parts.map((part): Cell[] => [part.split, part.samples, part.files.length, part.skipped]);
  const snippet = loadingSnippet(summary, dir);
  const skipped = Object.entries(summary.skipped.reasons).map(([reason, count]) => `${reason}: ${String(count)}`);
  return [
    `<h3>${summary.format}: ${link(href, href).html}</h3>`,
    paragraph(
      `Captions from ${summary.captionColumn}${summary.shardSize === null ? '' : `; ${String(summary.shardSize)} samples a shard`}.`,
    ),
    table(['split', 'samples', 'files', 'rows left out'], rows),
    ...(skipped.length > 0 ? [paragraph(`Left out (export-summary.json lists examples): ${skipped.join(', ')}.`)] : []),
    code(snippet.python),
    ...(snippet.openClip ? [code(snippet.openClip)] : []),
  ].join('\n');
}

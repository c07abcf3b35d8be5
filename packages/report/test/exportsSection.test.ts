import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDataset } from '@hx4/export';
import { writeReport } from '../src/index.js';
import { collectFixture } from './support/collectFixture.js';

let datasetDir: string;

async function exportsSectionOfCard(): Promise<string> {
  await writeReport(datasetDir);
  const html = await readFile(join(datasetDir, 'report.html'), 'utf8');
  const section = /<section id="exports">[\s\S]*?<\/section>/.exec(html);
  if (!section) throw new Error('the card has no exports section');
  return section[0];
}

beforeAll(async () => {
  ({ datasetDir } = await collectFixture());
});

describe("the card's Exports section", () => {
  it('says how to make an export while there is none', async () => {
    expect(await exportsSectionOfCard()).toContain(`None yet. hx4 export ${datasetDir} --format webdataset|imagefolder|openclip-csv`);
  });

  it("links each export in the dataset's exports/ folder, with its counts and how to load it", async () => {
    const images = await exportDataset({ datasetDir, format: 'imagefolder' });
    const clip = await exportDataset({ datasetDir, format: 'openclip-csv', split: 'train', caption: 'title' });
    const section = await exportsSectionOfCard();
    expect(section).toContain('<h3>imagefolder: <a href="exports/imagefolder/">exports/imagefolder/</a></h3>');
    expect(section).toContain('<h3>openclip-csv: <a href="exports/openclip-csv/">exports/openclip-csv/</a></h3>');
    for (const part of [...images.parts, ...clip.parts])
      expect(section).toContain(`<td>${part.split}</td><td class="num">${String(part.samples)}</td>`);
    expect(section).toContain(`load_dataset(&quot;imagefolder&quot;, data_dir=&quot;${join(datasetDir, 'exports', 'imagefolder')}&quot;)`);
    expect(section).toContain(`pd.read_csv(&quot;${join(datasetDir, 'exports', 'openclip-csv', 'train.csv')}&quot;, sep=&quot;\\t&quot;)`);
    expect(section).toContain('Captions from title.');
  });
});

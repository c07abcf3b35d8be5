import { join } from 'node:path';
import { writeFileAtomic, type Reporter } from '@hx4/core';
import sharp, { type OverlayOptions } from 'sharp';
import { CHART_FONT } from '../charts/index.js';
import { escapeXml, formatCount } from '../figures/index.js';
import { locateImage } from './locateImage.js';
import { LABELS_PER_TIER, type SheetRow } from './pickSheetSamples.js';

const TILE = 180;
const GAP = 12;
const TIER_COLUMN = 80;
const CAPTION = 36;
const TITLE = 44;
const MAX_CAPTION_CHARS = 26;

export interface ContactSheet {
  png: Buffer;
  file: string;
  /** Labels whose sampled image could not be found or read. */
  missing: string[];
}

/** A grid of sample images, one row per tier (head, torso, tail), each captioned with its label. */
export async function contactSheet(
  datasetDir: string,
  rows: readonly SheetRow[],
  target: { outputsDir: string; reporter: Reporter; samplesFrom: string },
): Promise<ContactSheet> {
  const width = TIER_COLUMN + LABELS_PER_TIER * (TILE + GAP) + GAP;
  const height = TITLE + rows.length * (TILE + CAPTION + GAP) + GAP;
  const composites: OverlayOptions[] = [];
  const texts: string[] = [text(GAP, 28, `Sample images per tier, one per label (from ${target.samplesFrom})`, 16, 'bold')];
  const missing: string[] = [];
  for (const [rowIndex, row] of rows.entries()) {
    const top = TITLE + rowIndex * (TILE + CAPTION + GAP);
    texts.push(text(GAP, top + TILE / 2, row.tier.toUpperCase(), 14, 'bold'));
    if (row.picks.length === 0) texts.push(text(TIER_COLUMN, top + TILE / 2, 'no labels in this tier', 12));
    for (const [column, pick] of row.picks.entries()) {
      const left = TIER_COLUMN + column * (TILE + GAP);
      const tile = await loadTile(datasetDir, pick.sample, target.reporter);
      if (!tile) missing.push(pick.label);
      composites.push({ input: tile ?? (await missingTile()), left, top });
      texts.push(text(left, top + TILE + 15, truncate(pick.label), 12));
      texts.push(text(left, top + TILE + 30, `${formatCount(pick.count)} images`, 11, 'normal', '#555'));
    }
  }
  const overlay = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${texts.join('')}</svg>`);
  const png = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([...composites, { input: overlay, left: 0, top: 0 }])
    .png({ compressionLevel: 9 })
    .toBuffer();
  const file = join(target.outputsDir, 'contact_sheet.png');
  await writeFileAtomic(file, png);
  return { png, file, missing };
}

async function loadTile(datasetDir: string, sample: SheetRow['picks'][number]['sample'], reporter: Reporter) {
  const path = await locateImage(datasetDir, sample);
  if (!path) {
    reporter.log('warn', `contact sheet: image of ${sample.id} (label "${sample.label}") not found`);
    return null;
  }
  try {
    return await sharp(path)
      .rotate()
      .resize(TILE, TILE, { fit: 'contain', background: '#f0f0f0' })
      .flatten({ background: '#f0f0f0' })
      .png()
      .toBuffer();
  } catch (error) {
    reporter.log('warn', `contact sheet: cannot read ${path}: ${(error as Error).message}`);
    return null;
  }
}

async function missingTile(): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${TILE}" height="${TILE}">` +
    `<rect width="100%" height="100%" fill="#dddddd"/>${text(TILE / 2, TILE / 2, 'image missing', 12, 'normal', '#555', 'middle')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function text(x: number, y: number, content: string, size: number, weight = 'normal', fill = '#222', anchor = 'start') {
  return (
    `<text x="${x}" y="${y}" font-family="${CHART_FONT}" font-size="${size}" font-weight="${weight}" ` +
    `fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`
  );
}

function truncate(label: string): string {
  return label.length > MAX_CAPTION_CHARS ? `${label.slice(0, MAX_CAPTION_CHARS - 1)}…` : label;
}

import { createHash } from 'node:crypto';
import type { StoredRow } from '@hx4/core';
import type { SampleImage } from './DatasetProfile.js';

/**
 * Keeps one row per label: the one whose id hashes lowest together with the label. The pick depends only
 * on the label and the set of rows, not on their order, and needs one entry per label in memory.
 */
export class LabelSampler {
  private readonly picks = new Map<string, { rank: string; sample: SampleImage }>();

  offer(row: StoredRow): void {
    const rank = createHash('sha256').update(`${row.label}\n${row.id}`).digest('hex');
    const current = this.picks.get(row.label);
    if (current && current.rank <= rank) return;
    this.picks.set(row.label, {
      rank,
      sample: { id: row.id, label: row.label, imgPath: row.img_path, fileName: row.file_name, dataset: row.dataset },
    });
  }

  get size(): number {
    return this.picks.size;
  }

  samples(): Map<string, SampleImage> {
    return new Map([...this.picks].map(([label, { sample }]) => [label, sample]));
  }
}

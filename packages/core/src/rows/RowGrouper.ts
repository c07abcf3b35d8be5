import { assignUniqueIds } from './assignUniqueIds.js';
import { compareAscending } from './compareAscending.js';
import { ImageGroup, type GroupedRow, type GroupRowsOptions, type RowContribution } from './ImageGroup.js';

/**
 * Merges the records of every query into one row per image URL (see `ImageGroup`), in memory: for a few
 * thousand records. A collect groups on disk instead (`groupRowsOnDisk`), by the same rules.
 */
export class RowGrouper {
  private readonly groups = new Map<string, ImageGroup>();

  constructor(private readonly options: GroupRowsOptions) {}

  add(contribution: RowContribution): void {
    const imageUrl = contribution.draft.img_url;
    let group = this.groups.get(imageUrl);
    if (!group) this.groups.set(imageUrl, (group = new ImageGroup(imageUrl, this.options)));
    group.add(contribution);
  }

  /** One row per image URL, ids made unique, sorted by id. */
  rows(): GroupedRow[] {
    const groups = [...this.groups.values()];
    const ids = assignUniqueIds(groups.map((group) => ({ key: group.imageUrl, id: group.claimedId() })));
    return groups.map((group) => group.toRow(ids.get(group.imageUrl)!)).sort((a, b) => compareAscending(a.id, b.id));
  }
}

import { DiskSorter } from '../fs/DiskSorter.js';
import { assignUniqueIds, type IdClaim } from './assignUniqueIds.js';
import { checkContribution, ImageGroup, type GroupedRow, type GroupRowsOptions, type RowContribution } from './ImageGroup.js';

/** A dataset's rows, sorted by id, held on disk until `remove()`. */
export interface RowsOnDisk {
  /** How many rows (distinct images) there are. */
  count: number;
  /** The rows in id order; may be read more than once. */
  rows(): AsyncIterable<GroupedRow>;
  remove(): Promise<void>;
}

/**
 * `groupRows` for a dataset of any size: the records are sorted by image URL on disk, grouped image by
 * image, and the rows sorted by id on disk, so memory holds one chunk of records and one id claim per image
 * instead of every record. The rows are the ones `groupRows` gives for the same records.
 */
export async function groupRowsOnDisk(
  contributions: AsyncIterable<RowContribution>,
  options: GroupRowsOptions & { tmpDir: string },
): Promise<RowsOnDisk> {
  const byImage = await DiskSorter.create<RowContribution>(options.tmpDir, (contribution) => contribution.draft.img_url);
  const byId = await DiskSorter.create<GroupedRow>(options.tmpDir, (row) => row.id);
  try {
    for await (const contribution of contributions) {
      checkContribution(contribution);
      await byImage.add(contribution);
    }
    // Unique ids need every image's claim first; the records are read twice rather than kept.
    const claims: IdClaim[] = [];
    for await (const group of imageGroups(byImage.sorted(), options)) claims.push({ key: group.imageUrl, id: group.claimedId() });
    const ids = assignUniqueIds(claims);
    for await (const group of imageGroups(byImage.sorted(), options)) await byId.add(group.toRow(ids.get(group.imageUrl)!));
  } catch (error) {
    await byId.remove();
    throw error;
  } finally {
    await byImage.remove();
  }
  return { count: byId.size, rows: () => byId.sorted(), remove: () => byId.remove() };
}

/** Consecutive records of one image URL, as one group each. */
async function* imageGroups(sorted: AsyncIterable<RowContribution>, options: GroupRowsOptions): AsyncGenerator<ImageGroup> {
  let group: ImageGroup | undefined;
  for await (const contribution of sorted) {
    const imageUrl = contribution.draft.img_url;
    if (group && group.imageUrl !== imageUrl) {
      yield group;
      group = undefined;
    }
    group ??= new ImageGroup(imageUrl, options);
    group.add(contribution);
  }
  if (group) yield group;
}

import { compareAscending } from './compareAscending.js';

export interface IdClaim {
  /** What the id must stay attached to, e.g. the image URL. */
  key: string;
  id: string;
}

/**
 * Makes ids unique: when several keys claim one id (a record with several images), the smallest key keeps it
 * and the others get `_2`, `_3`, ... in key order, skipping ids already taken. Ids are compared without case,
 * because `images/A.jpg` and `images/a.jpg` are one file on case-insensitive file systems.
 */
export function assignUniqueIds(claims: readonly IdClaim[]): Map<string, string> {
  const byId = new Map<string, IdClaim[]>();
  for (const claim of claims) {
    const fold = claim.id.toLowerCase();
    const sameId = byId.get(fold);
    if (sameId) sameId.push(claim);
    else byId.set(fold, [claim]);
  }
  const taken = new Set(byId.keys());
  const ids = new Map<string, string>();
  for (const fold of [...byId.keys()].sort(compareAscending)) {
    // Every id in byId was set with its first claim.
    const [first, ...others] = byId.get(fold)!.sort((a, b) => compareAscending(a.key, b.key)) as [IdClaim, ...IdClaim[]];
    ids.set(first.key, first.id);
    let suffix = 2;
    for (const claim of others) {
      while (taken.has(`${fold}_${suffix}`)) suffix++;
      taken.add(`${fold}_${suffix}`);
      ids.set(claim.key, `${claim.id}_${suffix}`);
    }
  }
  return ids;
}

/** How two rows were found to show one photograph, strongest evidence first. */
export const DUPLICATE_KINDS = ['url', 'bytes', 'perceptual'] as const;

export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

/** Rows merged away, by the kind of link that merged them. */
export type DuplicateCounts = Record<DuplicateKind, number>;

export function kindBit(kind: DuplicateKind): number {
  return 1 << DUPLICATE_KINDS.indexOf(kind);
}

export function kindsOfMask(mask: number): DuplicateKind[] {
  return DUPLICATE_KINDS.filter((kind) => (mask & kindBit(kind)) !== 0);
}

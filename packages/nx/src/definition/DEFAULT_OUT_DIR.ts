/** Where a dataset's folder goes when its definition gives no `outDir`: `data/` at the workspace root. */
export const DEFAULT_OUT_DIR = 'data';

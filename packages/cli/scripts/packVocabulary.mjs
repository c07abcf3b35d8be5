// npm pack/publish lifecycle: the CLI's default vocabulary lives in the repository's top-level misc/, shared
// with the docs and tests; a published @hx4/cli must carry its own copy (found by src/defaultMiscDir.ts).
// `prepack` copies it in, `postpack` removes the copy so a clone keeps reading the one true misc/.
import { cpSync, rmSync } from 'node:fs';

const packed = new URL('../misc', import.meta.url);
const action = process.argv[2];
if (action === 'copy') cpSync(new URL('../../../misc', import.meta.url), packed, { recursive: true });
else if (action === 'remove') rmSync(packed, { recursive: true, force: true });
else throw new Error(`usage: packVocabulary.mjs copy|remove (got ${action})`);

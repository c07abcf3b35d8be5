// Runs the built package's exportDataset in its own process, for tests that kill an export midway.
import { exportDataset } from '../../dist/index.js';

const [, , request] = process.argv;
if (request === undefined) throw new Error('exportChild.mjs: pass the export request as a JSON argument');
await exportDataset(JSON.parse(request));

// Runs the built package's exportDataset in its own process, for tests that kill an export midway.
import { exportDataset } from '../../dist/index.js';

await exportDataset(JSON.parse(process.argv[2]));

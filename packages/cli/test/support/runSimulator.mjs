// The archive simulator as a process of its own, for jobs that run outside the test (a Slurm cluster's): it
// serves Europeana on 127.0.0.1, prints its Europeana endpoint on one line and runs until it is sent SIGTERM.
// Plain JavaScript on the built packages (npm test builds them first), since node runs it without vitest.
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { startSimulator } from '@hx4/testkit';

const sim = await startSimulator({ archives: [europeanaSimulator({ imageSize: [160, 120] })] });
process.stdout.write(`${sim.endpoint('europeana')}\n`);
process.on('SIGTERM', () => {
  void sim.close().then(() => process.exit(0));
});

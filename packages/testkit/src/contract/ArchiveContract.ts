import type { ArchiveAdapter, Reporter, RunSummary } from '@hx4/core';
import type { FaultRule } from '../FaultController.js';
import type { LoggedRequest } from '../RequestLog.js';
import type { SimulatorArchive } from '../SimRoute.js';
import type { Simulator } from '../startSimulator.js';
import type { ContractCollectSpec } from './contractCollect.js';

/** What `describeArchiveContract` needs to know of one archive. */
export interface ArchiveContractOptions {
  /** The adapter under test, from the package's sources. */
  adapter: ArchiveAdapter;
  /**
   * The package's built entry, `new URL('../dist/index.js', import.meta.url)`: the runs that are killed run in a
   * process of their own, on the built packages, with the adapter it exports under `adapter.id`.
   */
  builtAdapter: URL;
  /** The archive's simulator, mounted alone on a simulator started for the suite. */
  simulator: SimulatorArchive;
  queries: readonly string[];
  /** Query → canonical label (default: each query is its own label). */
  canonical?: Readonly<Record<string, string>>;
  apiKey?: string;
  /** A record may give several rows (one per image object): rows and drops then outnumber records. */
  severalRowsPerRecord?: boolean;
  /**
   * Faults of the archive's own (an error body with status 200, JSON cut short, a failing item page), added to
   * the shared transient faults of the run with faults. Each must be met as often as it says (`times`), and
   * retried: the run must still give the dataset of the run without faults. The client tries a request four
   * times, a redirect and the image it leads to being one try, and the shared faults meet an image's first try:
   * a rule on image redirects takes `firstAttemptOnly`, so that no image can meet four faults.
   */
  faults?: readonly FaultRule[];
  /** The query whose harvest is broken off for good in the interrupted run, and the request that breaks it. */
  interruption: {
    query: string;
    /**
     * A request of the query's harvest; it answers 500. Best past its first page (its second page, or an item page
     * it links to), so that the rerun takes the query up where it broke off.
     */
    request: string | RegExp;
    /**
     * Requests answered in the interrupted run that its rerun may ask again: those of a page whose records were
     * not all read, which is harvested again (a listing whose articles were not all fetched). Default: none.
     */
    askedAgain?: RegExp;
  };
}

/** One collect of the suite: its dataset folder, what it returned and what the simulator was asked meanwhile. */
export interface ContractRun {
  dataset: string;
  summary: RunSummary;
  requests: readonly LoggedRequest[];
}

/** What a collect of the archive may be given besides the suite's settings (`apiKey: undefined`: none). */
export type ContractCollectOverrides = Partial<
  Pick<ContractCollectSpec, 'baseDir' | 'queries' | 'apiKey' | 'maxRequests' | 'metadataOnly'>
> & {
  /** Another adapter of the archive (SMU's for some collections). */
  adapter?: ArchiveAdapter;
  reporter?: Reporter;
};

/**
 * The suite's simulator and runs, for the archive's own tests registered with it. Its values are there once the
 * suite's `beforeAll` has run, that is inside an `it`.
 */
export interface ArchiveContract {
  readonly sim: Simulator;
  /** The uninterrupted run without faults: the reference every other run is compared to. */
  readonly clean: ContractRun;
  /** The same collect through the shared transient faults and the archive's own. */
  readonly withFaults: ContractRun;
  /** A new temporary folder, removed after all the suite's tests. */
  newDir(): Promise<string>;
  /** A collect with the suite's settings into `baseDir` (a new folder when not given), the simulator's log reset first. */
  collect(overrides?: ContractCollectOverrides): Promise<ContractRun>;
  /**
   * The collect into `baseDir` in a process of its own, killed (SIGKILL) as soon as `ready()` holds; resolves with
   * the signal that ended it (null when it finished first).
   */
  collectUntilKilled(baseDir: string, ready: () => Promise<boolean>): Promise<NodeJS.Signals | null>;
}

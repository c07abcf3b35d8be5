import type { ArchiveSource } from '../adapter/ArchiveAdapter.js';

/**
 * Which of an adapter's alternative sources a run asks (see `ArchiveAdapter.sources`): the first one
 * not yet found wanting. A source found wanting by one query is passed over by every later query of
 * the run, so the run pays for a dead source once, not once per query. Each change is said in one line.
 */
export class SourceChooser {
  private readonly abandoned = new Map<string, string>();
  private announced: string | null = null;

  constructor(
    readonly sources: readonly ArchiveSource[],
    private readonly log: (level: 'info' | 'warn', line: string) => void,
  ) {
    if (sources.length === 0) throw new Error('an adapter that declares sources must name at least one');
  }

  /** The preferred source still in use; null when every one has been found wanting. */
  current(): ArchiveSource | null {
    const source = this.sources.find(({ id }) => !this.abandoned.has(id)) ?? null;
    if (source && this.announced !== source.id) {
      this.announced = source.id;
      this.log('info', `searching through ${source.description} (source ${source.id})`);
    }
    return source;
  }

  find(id: string): ArchiveSource | undefined {
    return this.sources.find((source) => source.id === id);
  }

  isUsable(id: string): boolean {
    return this.sources.some((source) => source.id === id) && !this.abandoned.has(id);
  }

  /** Records that `id` does not serve, and why; later calls of `current()` pass it over. */
  abandon(id: string, reason: string): void {
    if (this.abandoned.has(id)) return;
    this.abandoned.set(id, reason);
    const source = this.sources.find((candidate) => candidate.id === id);
    this.log('warn', `${source?.description ?? id} does not serve (${reason}); passed over for the rest of the run`);
  }

  /** Why each source was passed over, for the error of a query no source could serve. */
  reasons(): string {
    return [...this.abandoned].map(([id, reason]) => `${id}: ${reason}`).join('; ');
  }
}

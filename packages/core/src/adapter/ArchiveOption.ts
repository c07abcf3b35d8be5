/**
 * An option an archive takes from the command line, declared by its adapter (`ArchiveAdapter.options`):
 * the CLI offers `--<name> VALUE`, repeatable, and knows nothing of what it means.
 */
export interface ArchiveOption<T> {
  /** For `hx4 collect --help`, e.g. `collection aliases to search, comma-separated (default: all)`. */
  description: string;
  /**
   * The option's value from every value given for the flag, in order (`--collections a,b --collections c`
   * gives `['a,b', 'c']`). Throws, with a message for the user, when they cannot be used.
   */
  parse: (values: readonly string[]) => T;
}

/** The values given for an adapter's options, as typed, by flag name; an option not given is absent. */
export type ArchiveOptionValues = Readonly<Record<string, readonly string[] | undefined>>;

/** What an adapter may know of the run it is configured for, besides its own options. */
export interface AdapterSetup {
  /** The box images are shrunk to (`--thumbnail-size`), null when they are kept as they come. */
  thumbnailSize: readonly [number, number] | null;
}

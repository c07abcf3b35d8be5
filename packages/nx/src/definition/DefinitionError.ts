/** A dataset definition file (or an nx.json) that cannot be used: the message names the file, the field and what is wrong. */
export class DefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
    this.name = 'DefinitionError';
  }
}

/** The export was asked for something it cannot do (bad options, not a dataset, an occupied output folder); nothing was written. */
export class ExportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportInputError';
  }
}

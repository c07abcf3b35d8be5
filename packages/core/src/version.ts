import { createRequire } from 'node:module';

/** The @hx4/core version, sent in the User-Agent and recorded in every run summary. */
export const hx4Version: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

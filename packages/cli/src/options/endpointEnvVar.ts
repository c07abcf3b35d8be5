/** `HX4_<ARCHIVE>_ENDPOINT`, e.g. HX4_EUROPEANA_ENDPOINT or HX4_NATIONAL_ARCHIVE_ENDPOINT. */
export function endpointEnvVar(archiveId: string): string {
  return `HX4_${archiveId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_ENDPOINT`;
}

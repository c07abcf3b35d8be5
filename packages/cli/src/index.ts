// The public API of @hx4/cli, by name. The CLI as a library: its entry point and the list of archives it collects.
export { type ArchiveEntry, archives } from './archives.js';
export { main } from './main.js';

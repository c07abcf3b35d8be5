// The public API of @hx4/cli, by name. The CLI as a library: its entry point and the archives it knows.
export { type DemoArchive, type KnownArchive, knownArchives } from './knownArchives.js';
export { main } from './main.js';

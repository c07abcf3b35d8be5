// The public API of @hx4/cli, by name. The CLI as a library: its entry point.
export { main } from './main.js';

// The public API of @hx4/europeana, by name. The Europeana adapter and its record type; the simulator is at @hx4/europeana/simulator.
export { type EuropeanaItem, europeanaItemSchema } from './EuropeanaItem.js';
export { europeanaAdapter } from './europeanaAdapter.js';

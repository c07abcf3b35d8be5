// The public API of @hx4/sa-kuva, by name. The SA-Kuva adapter and its record types; the simulator is at @hx4/sa-kuva/simulator.
export { type FinnaEvent, type FinnaFacetValue, type FinnaRecord, finnaRecordSchema } from './FinnaRecord.js';
export { recordToRow, SA_KUVA_EXTRA_COLUMNS, type SaKuvaExtraColumn, type SaKuvaRowDraft } from './recordToRow.js';
export { createSaKuvaAdapter, FINNA_RESULT_WINDOW, saKuvaAdapter, type SaKuvaAdapterOptions } from './saKuvaAdapter.js';

// The public API of @hx4/ww-vehicles, by name. The ww-vehicles adapter and its record types; the simulator is at @hx4/ww-vehicles/simulator.
export { type Listing, LISTINGS, type War } from './Listing.js';
export { type VehicleArticle, type VehicleImage, type VehicleRecord, vehicleRecordSchema } from './VehicleRecord.js';
export { type Article, type ArticleImage, parseArticle } from './parseArticle.js';
export { FLAG_COUNTRIES, type ImageAttributes, isVehiclePicture, MIN_IMAGE_SIDE } from './siteImages.js';
export { FALLBACK_VEHICLE_LABEL, type LabelRule, VEHICLE_LABEL_RULES, vehicleLabel } from './vehicleLabel.js';
export { WW_VEHICLES_EXTRA_COLUMNS, type WwVehiclesExtraColumn, type WwVehiclesRowDraft } from './vehicleToRow.js';
export { wwVehiclesAdapter } from './wwVehiclesAdapter.js';

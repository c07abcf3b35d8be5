import type { AdapterOptions, RecordRef, RowDraft, RowResult } from '@hx4/core';
import { vehicleLabel } from './vehicleLabel.js';
import { isVehicleImage, type VehicleImage, type VehicleRecord } from './VehicleRecord.js';

/** Columns WW vehicles rows carry beyond the shared ones, in order. */
export const WW_VEHICLES_EXTRA_COLUMNS = ['war'] as const;

export type WwVehiclesExtraColumn = (typeof WW_VEHICLES_EXTRA_COLUMNS)[number];

/** A row draft with the WW vehicles columns under `extra`. */
export type WwVehiclesRowDraft = RowDraft & { extra: Record<WwVehiclesExtraColumn, string | null> };

/**
 * One vehicle picture → the archive columns of a row. The id is the picture's file name without extension, as
 * the reference named its files (the core makes it file-safe and unique). The encyclopedia dates no picture.
 * The row is labelled by the vehicle's type (see `vehicleLabel`), not by the listing that found it.
 */
export function vehicleToRow(record: VehicleRecord): RowResult {
  if (!isVehicleImage(record)) return { drop: 'article not read' };
  const id = fileStem(record.imageUrl);
  if (!id) return { drop: 'no image file name' };
  const row: WwVehiclesRowDraft = {
    doc_id: record.articlePath,
    id,
    img_url: record.imageUrl,
    doc_url: record.articleUrl,
    raw_doc_date: null,
    doc_year: null,
    doc_date: null,
    country: record.country,
    title: record.name || null,
    description: description(record),
    // The vehicle's own type is its label, not the listing page (a query) that found it.
    labels: [vehicleLabel(record.name, record.section)],
    extra: { war: record.war },
  };
  return row;
}

/** The vehicle article (its path is the `doc_id` of each of its pictures' rows) and its page on the site. */
export function vehicleRef(record: VehicleRecord, options: AdapterOptions): RecordRef | null {
  const url = isVehicleImage(record) ? record.articleUrl : new URL(record.articlePath, options.endpoint).href;
  return { id: record.articlePath, url };
}

/** The caption; else the alt text unless it only repeats the vehicle's name. */
function description({ caption, alt, name }: VehicleImage): string | null {
  if (caption) return caption;
  return alt && alt.toLowerCase() !== name.toLowerCase() ? alt : null;
}

function fileStem(imageUrl: string): string {
  const path = URL.canParse(imageUrl) ? new URL(imageUrl).pathname : imageUrl;
  const file = path.slice(path.lastIndexOf('/') + 1);
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A malformed escape stays as it is; the core makes the id file-safe either way.
  }
  return decoded.replace(/\.[^.]*$/u, '') || decoded;
}

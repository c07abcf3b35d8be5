/** A name pattern and the canonical label (of `misc/canonical_labels.json`) it stands for. */
export interface LabelRule {
  pattern: RegExp;
  label: string;
}

/**
 * Ordered, first match wins. Trucks named after the tank they carry or the fuel in their tank come before the
 * tank rule, tank destroyers and armoured trains before the tank and armour rules.
 */
export const VEHICLE_LABEL_RULES: readonly LabelRule[] = [
  {
    pattern:
      /\btank[\s-]?(?:transporter|recovery|retriever|carrier|trailer|truck|lorry)s?\b|\btankers?\b|\b(?:fuel|water|petrol) tanks?\b/i,
    label: 'military vehicle',
  },
  { pattern: /\b(?:armou?red )?trains?\b|\blocomotives?\b|\bdraisines?\b|\brail ?cars?\b/i, label: 'train' },
  {
    pattern:
      /\barmou?red (?:cars?|vehicles?|trucks?|lorr(?:y|ies)|personnel carriers?)\b|\bhalf-?tracks?\b|\bscout cars?\b|\b(?:personnel|universal|bren) carriers?\b|\btank destroyers?\b|panzersp[äa]hwagen/i,
    label: 'armoured vehicle',
  },
  { pattern: /\btank(?:ette)?s?\b|panzerkampfwagen|\bpz\.?\s?kpfw\b/i, label: 'tank' },
  { pattern: /\brocket launchers?\b|\bkatyusha\b/i, label: 'rocket' },
  { pattern: /\bhorse-drawn\b|\blimbers?\b/i, label: 'horse-drawn vehicle' },
  { pattern: /\b(?:omni)?bus(?:es)?\b/i, label: 'civilian vehicle' },
];

/** Trucks, tractors, staff cars, ambulances, motorcycles: everything else the encyclopedia covers. */
export const FALLBACK_VEHICLE_LABEL = 'military vehicle';

/**
 * The canonical label of a vehicle: the first rule matching its name, else the first matching the listing
 * heading it sits under (`Half-tracks`, `Buses`), else `FALLBACK_VEHICLE_LABEL`.
 */
export function vehicleLabel(name: string, section: string | null = null): string {
  for (const text of [name, section]) {
    const rule = text ? VEHICLE_LABEL_RULES.find(({ pattern }) => pattern.test(text)) : undefined;
    if (rule) return rule.label;
  }
  return FALLBACK_VEHICLE_LABEL;
}

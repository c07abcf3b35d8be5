import type { DateFilter, FacetField, FacetFilter } from './FinnaSearch.js';
import type { SimRecord } from './simRecord.js';

/** True when a record passes every filter: AND filters each, OR filters one per field, NOT filters none. */
export function matchesFilters(record: SimRecord, facets: readonly FacetFilter[], dates: DateFilter | null): boolean {
  const has = ({ field, value }: FacetFilter) => facetValues(record, field).includes(value);
  const orFields = new Set(facets.filter((filter) => filter.operator === 'or').map((filter) => filter.field));
  return (
    facets.every((filter) => filter.operator !== 'and' || has(filter)) &&
    facets.every((filter) => filter.operator !== 'not' || !has(filter)) &&
    [...orFields].every((field) => facets.some((filter) => filter.operator === 'or' && filter.field === field && has(filter))) &&
    (dates === null || matchesDates(record, dates))
  );
}

/** The values a record has for a facet, as a filter names them. */
export function facetValues(record: SimRecord, field: FacetField): string[] {
  switch (field) {
    case 'building':
      return record.saKuva ? ['0/SA-kuva/', '1/SA-kuva/SA-kuva/'] : ['0/Museovirasto/', '1/Museovirasto/HK/'];
    case 'format':
    case 'format_ext_str_mv':
      return record.photograph ? ['0/Image/', '1/Image/Photo/'] : ['0/PhysicalObject/', '1/PhysicalObject/PhysicalObject/'];
    case 'online_boolean':
      return ['1', 'true'];
    case 'free_online_boolean':
      return record.freeOnline ? ['1', 'true'] : ['0', 'false'];
  }
}

/** Undated records never match a date range, open or not. */
function matchesDates({ dates }: SimRecord, filter: DateFilter): boolean {
  if (dates === null) return false;
  const afterStart = (day: string) => filter.start === null || day >= filter.start;
  const beforeEnd = (day: string) => filter.end === null || day <= filter.end;
  if (filter.type === 'within') return afterStart(dates.start) && beforeEnd(dates.end);
  return afterStart(dates.end) && beforeEnd(dates.start);
}

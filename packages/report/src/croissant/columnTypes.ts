/** Croissant data type and meaning of each metadata CSV column HX4 writes. */
const COLUMNS: Record<string, { dataType: string; description: string }> = {
  doc_id: { dataType: 'sc:Text', description: "The archive's id of the source record." },
  id: { dataType: 'sc:Text', description: 'File-safe image id; the image is images/<id>.jpg.' },
  user_query: {
    dataType: 'sc:Text',
    description: 'Queries that found the image: a JSON list of strings (also a Python literal for ast.literal_eval).',
  },
  label: { dataType: 'sc:Text', description: 'The single canonical label of the image (the classification target).' },
  canonical_labels: {
    dataType: 'sc:Text',
    description: 'All canonical labels of the image (the multi-label target): a JSON list of strings.',
  },
  img_url: { dataType: 'sc:URL', description: 'Where the archive serves the image.' },
  doc_url: { dataType: 'sc:URL', description: "The source record's page at the archive (its rights are stated there)." },
  raw_doc_date: { dataType: 'sc:Text', description: 'The date as the archive gives it.' },
  doc_year: { dataType: 'sc:Integer', description: 'Year of the photograph; empty when undated.' },
  doc_date: { dataType: 'sc:Text', description: 'Normalised date (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.' },
  country: { dataType: 'sc:Text', description: 'Country of the photograph, when the archive gives one.' },
  img_path: { dataType: 'sc:Text', description: 'Absolute path of the stored image when the dataset was written.' },
  title: { dataType: 'sc:Text', description: 'Title of the source record.' },
  description: { dataType: 'sc:Text', description: 'Description of the source record.' },
  dataset: { dataType: 'sc:Text', description: 'Name of the dataset folder the row was collected into.' },
  file_name: { dataType: 'sc:Text', description: 'images/<id>.jpg, relative to the dataset folder it was collected into.' },
  enriched_document_description: {
    dataType: 'sc:Text',
    description: 'Title and description cleaned and joined: the caption for vision-language training.',
  },
};

export function columnType(column: string): { dataType: string; description: string } {
  return COLUMNS[column] ?? { dataType: 'sc:Text', description: `Column ${column}.` };
}

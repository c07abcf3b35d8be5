/**
 * The required parts of Croissant 1.0 (http://mlcommons.org/croissant/1.0), checked as a validator would:
 * returns one message per violation, so a test can show them all at once.
 */
const REQUIRED_CONTEXT: Record<string, unknown> = {
  '@vocab': 'https://schema.org/',
  sc: 'https://schema.org/',
  cr: 'http://mlcommons.org/croissant/',
  dct: 'http://purl.org/dc/terms/',
  conformsTo: 'dct:conformsTo',
  citeAs: 'cr:citeAs',
  column: 'cr:column',
  extract: 'cr:extract',
  field: 'cr:field',
  fileProperty: 'cr:fileProperty',
  fileObject: 'cr:fileObject',
  fileSet: 'cr:fileSet',
  includes: 'cr:includes',
  key: 'cr:key',
  recordSet: 'cr:recordSet',
  references: 'cr:references',
  source: 'cr:source',
};
const DATASET_REQUIRED = ['name', 'description', 'license', 'url', 'creator', 'datePublished', 'version'];
const DATA_TYPES = /^(sc:(Text|Integer|Float|Boolean|Date|DateTime|URL|ImageObject)|cr:(Label|Split))$/;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

export function checkCroissant(metadata: unknown): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  if (!isNode(metadata)) return ['metadata is not a JSON object'];
  const context = metadata['@context'];
  if (!isNode(context)) fail('@context is missing');
  else {
    for (const [key, value] of Object.entries(REQUIRED_CONTEXT)) {
      if (context[key] !== value) fail(`@context.${key} should be ${JSON.stringify(value)}`);
    }
    const dataType = context.dataType;
    if (!isNode(dataType) || dataType['@id'] !== 'cr:dataType' || dataType['@type'] !== '@vocab') {
      fail('@context.dataType should be {"@id": "cr:dataType", "@type": "@vocab"}');
    }
  }
  if (metadata['@type'] !== 'sc:Dataset') fail('@type should be sc:Dataset');
  if (metadata.conformsTo !== 'http://mlcommons.org/croissant/1.0') fail('conformsTo should be http://mlcommons.org/croissant/1.0');
  for (const key of DATASET_REQUIRED) {
    if (list(metadata[key]).length === 0) fail(`dataset has no ${key}`);
  }
  for (const key of ['name', 'description', 'url', 'version']) {
    if (!nonEmptyText(metadata[key])) fail(`dataset ${key} should be text`);
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(String(metadata.datePublished))) fail('datePublished should be a date');
  for (const license of list(metadata.license)) if (!nonEmptyText(license)) fail('license values should be text/URLs');
  for (const creator of list(metadata.creator)) {
    if (!isNode(creator) || !['sc:Organization', 'sc:Person'].includes(String(creator['@type'])) || !nonEmptyText(creator.name)) {
      fail('each creator should be an sc:Organization or sc:Person with a name');
    }
  }
  const ids = new Set<string>();
  const claim = (id: unknown, where: string) => {
    if (!nonEmptyText(id)) return fail(`${where} has no @id`);
    if (ids.has(id as string)) fail(`@id ${String(id)} is used twice`);
    ids.add(id as string);
  };
  const fileObjects = new Set<string>();
  const fileSets = new Set<string>();
  const distribution = list(metadata.distribution);
  if (distribution.length === 0) fail('distribution is empty');
  for (const resource of distribution) {
    if (!isNode(resource)) {
      fail('a distribution entry is not an object');
      continue;
    }
    const where = `distribution ${String(resource['@id'])}`;
    claim(resource['@id'], where);
    if (!nonEmptyText(resource.name)) fail(`${where} has no name`);
    if (!nonEmptyText(resource.encodingFormat)) fail(`${where} has no encodingFormat`);
    if (resource['@type'] === 'cr:FileObject') {
      fileObjects.add(String(resource['@id']));
      if (!nonEmptyText(resource.contentUrl)) fail(`${where} has no contentUrl`);
      if (!/^[0-9a-f]{64}$/.test(String(resource.sha256))) fail(`${where} has no sha256`);
    } else if (resource['@type'] === 'cr:FileSet') {
      fileSets.add(String(resource['@id']));
      if (list(resource.includes).length === 0) fail(`${where} has no includes`);
    } else fail(`${where} should be a cr:FileObject or cr:FileSet`);
  }
  const recordSets = list(metadata.recordSet);
  if (recordSets.length === 0) fail('recordSet is empty');
  for (const recordSet of recordSets) {
    if (!isNode(recordSet) || recordSet['@type'] !== 'cr:RecordSet') {
      fail('a recordSet entry is not a cr:RecordSet');
      continue;
    }
    const where = `recordSet ${String(recordSet['@id'])}`;
    claim(recordSet['@id'], where);
    if (!nonEmptyText(recordSet.name)) fail(`${where} has no name`);
    const fields = list(recordSet.field);
    if (fields.length === 0) fail(`${where} has no field`);
    for (const field of fields) {
      if (!isNode(field) || field['@type'] !== 'cr:Field') {
        fail(`${where} has a field that is not a cr:Field`);
        continue;
      }
      const fieldWhere = `field ${String(field['@id'])}`;
      claim(field['@id'], fieldWhere);
      if (!nonEmptyText(field.name)) fail(`${fieldWhere} has no name`);
      for (const dataType of list(field.dataType)) {
        if (!DATA_TYPES.test(String(dataType))) fail(`${fieldWhere} has an unknown dataType ${String(dataType)}`);
      }
      if (list(field.dataType).length === 0) fail(`${fieldWhere} has no dataType`);
      const source = field.source;
      if (!isNode(source)) {
        fail(`${fieldWhere} has no source`);
        continue;
      }
      const fileObject = isNode(source.fileObject) ? source.fileObject['@id'] : undefined;
      const fileSet = isNode(source.fileSet) ? source.fileSet['@id'] : undefined;
      if (fileObject !== undefined && (typeof fileObject !== 'string' || !fileObjects.has(fileObject)))
        fail(`${fieldWhere} reads an unknown fileObject`);
      if (fileSet !== undefined && (typeof fileSet !== 'string' || !fileSets.has(fileSet))) fail(`${fieldWhere} reads an unknown fileSet`);
      if (fileObject === undefined && fileSet === undefined) fail(`${fieldWhere} reads neither a fileObject nor a fileSet`);
      const extract = isNode(source.extract) ? source.extract : {};
      if (!nonEmptyText(extract.column) && !nonEmptyText(extract.fileProperty)) {
        fail(`${fieldWhere} extracts neither a column nor a file property`);
      }
    }
    if (isNode(recordSet.key) && !ids.has(String(recordSet.key['@id']))) fail(`${where} has a key that is not one of its fields`);
  }
  return problems;
}

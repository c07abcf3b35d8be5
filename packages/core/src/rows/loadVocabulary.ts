import { readFile } from 'node:fs/promises';
import { buildVocabulary, cleanCanonicalMap, type SourcedText, type Vocabulary } from './Vocabulary.js';

export interface VocabularyFiles {
  /** One query per line; blank lines and lines starting with `#` are skipped. */
  queriesFile: string;
  /** A flat JSON object, query → canonical label. Without it every query is its own label. */
  canonicalFile?: string;
}

export async function loadVocabulary({ queriesFile, canonicalFile }: VocabularyFiles): Promise<Vocabulary> {
  const queries = queryLines(await readText(queriesFile, 'Query list'), queriesFile);
  const canonicalMap = canonicalFile ? await loadCanonicalMap(canonicalFile) : new Map<string, string>();
  return buildVocabulary(queries, canonicalMap, canonicalFile ?? 'canonical label map');
}

/** Reads and checks `canonical_labels.json`: keys and labels come back cleaned like queries. */
export async function loadCanonicalMap(path: string): Promise<Map<string, string>> {
  const text = await readText(path, 'Canonical label map');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`Invalid JSON in ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} must hold one JSON object mapping queries to canonical labels`);
  }
  return cleanCanonicalMap(Object.entries(parsed), path);
}

function queryLines(text: string, path: string): SourcedText[] {
  return text
    .split(/\r?\n/)
    .map((line, index): SourcedText => [`${path} line ${index + 1}`, line.trim()])
    .filter(([, line]) => line !== '' && !line.startsWith('#'));
}

async function readText(path: string, what: string): Promise<string> {
  try {
    // Editors on Windows like to prepend a byte-order mark, which JSON.parse rejects.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${what} not found: ${path}`, { cause: error });
    throw new Error(`Cannot read ${what.toLowerCase()} ${path}: ${(error as Error).message}`, { cause: error });
  }
}

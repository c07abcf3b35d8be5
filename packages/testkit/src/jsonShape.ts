/**
 * The kinds a JSON value can take, with empty values told apart: archives mark "no value" differently
 * (CONTENTdm `{}`, Europeana an absent key, NARA `[]`), and a simulator that uses another convention
 * hides the adapter bugs the real convention causes.
 */
export type JsonKind = 'string' | 'empty-string' | 'number' | 'boolean' | 'null' | 'object' | 'empty-object' | 'array' | 'empty-array';

/** Every path of a JSON document (`$.items[].title[]`) → the kinds found there. Array elements share `[]`. */
export type JsonShape = Map<string, Set<JsonKind>>;

export function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'empty-array' : 'array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty-string' : 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return Object.keys(value).length === 0 ? 'empty-object' : 'object';
    default:
      throw new Error(`not a JSON value: ${typeof value}`);
  }
}

/**
 * The shape of one or more documents, merged. `dynamicKeys` names object paths whose keys are data, not
 * field names (a language map keyed `en`, `fi`, `def`; a CONTENTdm item keyed by collection nicks): their
 * members are folded into `<path>.*`.
 */
export function jsonShape(documents: readonly unknown[], options: { dynamicKeys?: readonly string[] } = {}): JsonShape {
  const shape: JsonShape = new Map();
  const dynamic = new Set(options.dynamicKeys ?? []);
  const visit = (value: unknown, path: string): void => {
    const kind = jsonKind(value);
    let kinds = shape.get(path);
    if (!kinds) shape.set(path, (kinds = new Set()));
    kinds.add(kind);
    if (kind === 'array') for (const item of value as unknown[]) visit(item, `${path}[]`);
    if (kind === 'object') {
      for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
        visit(member, dynamic.has(path) ? `${path}.*` : `${path}.${key}`);
      }
    }
  };
  for (const document of documents) visit(document, '$');
  return shape;
}

export interface ShapeContract {
  /**
   * Paths where the simulator must serve every kind the real answers show: the traps (a field that is
   * sometimes `{}`, a list that is sometimes a single object, a date that is sometimes absent).
   */
  traps?: readonly string[];
  /** Paths the simulator may serve although no recording has them, each with the reason (documented, not recorded). */
  unrecorded?: Readonly<Record<string, string>>;
}

/**
 * How a simulator's answers differ from real ones, as sentences (empty: none). The simulator may leave
 * out what the real answers carry, but everything it serves must be real: a path no recording has, or a
 * kind the real answers never use at that path, is a difference. Trap paths must be served with every
 * kind the recordings show there.
 */
export function shapeDifferences(simulated: JsonShape, real: JsonShape, contract: ShapeContract = {}): string[] {
  const differences: string[] = [];
  const unrecorded = contract.unrecorded ?? {};
  for (const [path, kinds] of simulated) {
    if (path in unrecorded || ancestorIn(path, unrecorded)) continue;
    const realKinds = real.get(path);
    if (!realKinds) {
      differences.push(`the simulator serves ${path}, which no real answer has`);
      continue;
    }
    const invented = [...kinds].filter((kind) => !realKinds.has(kind));
    if (invented.length > 0) {
      differences.push(`the simulator serves ${path} as ${invented.join(', ')}; real answers have ${[...realKinds].join(', ')}`);
    }
  }
  for (const path of contract.traps ?? []) {
    const realKinds = real.get(path);
    if (!realKinds) {
      differences.push(`trap ${path} is in no real answer`);
      continue;
    }
    const missing = [...realKinds].filter((kind) => !simulated.get(path)?.has(kind));
    if (missing.length > 0) differences.push(`the simulator never serves ${path} as ${missing.join(', ')}, as real answers do`);
  }
  return differences;
}

function ancestorIn(path: string, paths: Readonly<Record<string, string>>): boolean {
  return Object.keys(paths).some((prefix) => path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[]`));
}

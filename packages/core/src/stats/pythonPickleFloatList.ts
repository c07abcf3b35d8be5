const PROTO = 0x80;
const EMPTY_LIST = 0x5d; // ']'
const MARK = 0x28; // '('
const BINFLOAT = 0x47; // 'G': 8-byte big-endian IEEE double
const APPENDS = 0x65; // 'e'
const STOP = 0x2e; // '.'

/**
 * A protocol-2 Python pickle of a list of floats, byte for byte what `pickle.load` needs to return
 * the same doubles: the reference's training code reads the RGB mean/std this way.
 */
export function pythonPickleFloatList(values: readonly number[]): Buffer {
  const body = Buffer.alloc(values.length * 9);
  values.forEach((value, i) => {
    body[i * 9] = BINFLOAT;
    body.writeDoubleBE(value, i * 9 + 1);
  });
  const items = values.length > 0 ? [Buffer.from([MARK]), body, Buffer.from([APPENDS])] : [];
  return Buffer.concat([Buffer.from([PROTO, 2, EMPTY_LIST]), ...items, Buffer.from([STOP])]);
}

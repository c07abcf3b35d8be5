import { hash32 } from '@hx4/testkit';

// Real cursors are base64 Solr cursor marks (`AoE…`) full of `+`, `/` and `=`. These end in `+/8=` on purpose:
// a client that forgets to URL-encode the cursor breaks here as it would against the real API.
const HEAD = [0x02, 0x81, 0x00];
const TAIL = [0x00, 0xfb, 0xff];
const LENGTH = HEAD.length + 8 + TAIL.length;

/** An opaque cursor for `offset` into the results of `query`. */
export function encodeCursor(seed: number, query: string, offset: number): string {
  const payload = Buffer.from([...HEAD, 0, 0, 0, 0, 0, 0, 0, 0, ...TAIL]);
  payload.writeUInt32BE(offset, HEAD.length);
  payload.writeUInt32BE(hash32(seed, 'cursor', query, offset), HEAD.length + 4);
  return payload.toString('base64');
}

/** The offset a cursor stands for; null when it is not one this simulator handed out for `query`. */
export function decodeCursor(seed: number, query: string, cursor: string): number | null {
  const payload = Buffer.from(cursor, 'base64');
  // Node's base64 decoder skips characters it does not know (a `+` turned into a space, say): insist on a round trip.
  if (payload.length !== LENGTH || payload.toString('base64') !== cursor) return null;
  const offset = payload.readUInt32BE(HEAD.length);
  return payload.readUInt32BE(HEAD.length + 4) === hash32(seed, 'cursor', query, offset) ? offset : null;
}

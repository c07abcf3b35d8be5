import type { SimResponse } from '@hx4/testkit';
import { collectionOf } from './collections.js';
import { SCHEME_FIELDS } from './fieldSchemes.js';
import { phpJsonResponse, unknownCollectionResponse } from './phpJson.js';

/** CONTENTdm's own fields, after the collection's, with `vocab` before `vocdb` as CONTENTdm lists them. */
const ADMIN_FIELDS: ReadonlyArray<readonly [nick: string, name: string, type: string, req: number, readonly: number]> = [
  ['fullrs', 'Archival file', 'FULLRES', 0, 0],
  ['dmoclcno', 'OCLC number', 'TEXT', 0, 0],
  ['dmcreated', 'Date created', 'DATE', 1, 1],
  ['dmmodified', 'Date modified', 'DATE', 1, 1],
  ['dmrecord', 'CONTENTdm number', 'TEXT', 1, 1],
  ['find', 'CONTENTdm file name', 'TEXT', 1, 1],
];

/** Fields with a controlled vocabulary: subjects, type and genre. */
const CONTROLLED = new Set(['author', 'subjec', 'type', 'formge', 'format']);

/**
 * `dmGetCollectionFieldInfo/{alias}`: the collection's fields as CONTENTdm lists them, `{name, nick, type,
 * size, find, req, search, hide, vocdb, vocab, dc, admin, readonly}`. Admin fields say "no mapping" as
 * `BLANK` on some sites and as `""` on others (ADAH's textual and audiovisual collections differ); the
 * SMU-like collections use the first, the others the second.
 */
export function collectionFieldInfoResponse([alias = '']: string[]): SimResponse {
  const collection = collectionOf(alias);
  if (!collection) return unknownCollectionResponse(alias);
  const blank = collection.scheme === 'smu' ? 'BLANK' : '';
  const fields = SCHEME_FIELDS[collection.scheme].map((field, index) => ({
    name: field.name,
    nick: field.nick,
    type: 'TEXT',
    size: field.nick === 'descri' ? 1 : 0,
    find: `${'abcdefghij'[index % 10]}${Math.floor(index / 10)}`,
    req: field.nick === 'title' ? 1 : 0,
    search: 1,
    hide: field.hide ? 1 : 0,
    vocdb: '',
    vocab: CONTROLLED.has(field.nick) ? 1 : 0,
    dc: field.dc,
    admin: 0,
    readonly: 0,
  }));
  const admin = ADMIN_FIELDS.map(([nick, name, type, req, readonly]) => ({
    name,
    nick,
    type,
    size: 0,
    find: blank,
    req,
    search: 0,
    hide: 1,
    vocab: 0,
    vocdb: '',
    dc: blank,
    admin: 1,
    readonly,
  }));
  return phpJsonResponse([...fields, ...admin]);
}

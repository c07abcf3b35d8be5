import type { SimContext, SimResponse } from '@hx4/testkit';
import { collectionFieldInfoResponse } from './collectionFieldInfo.js';
import { SIM_COLLECTIONS } from './collections.js';
import { dmQueryResponse } from './dmQueryResponse.js';
import { compoundInfoResponse, itemInfoResponse } from './itemResponses.js';
import { phpJsonResponse } from './phpJson.js';
import type { SmuCorpus } from './SmuCorpus.js';

/**
 * `/digital/bl/dmwebservices/index.php?q=<function>/<params>/json`: CONTENTdm's server API. Only JSON
 * answers are simulated; an unknown function gets a 400.
 */
export function dmwebservicesResponse(ctx: SimContext, corpus: SmuCorpus): SimResponse {
  const [functionName = '', ...rest] = (ctx.query.get('q') ?? '').split('/');
  const format = rest.pop();
  if (format !== 'json') return ctx.text(501, 'The simulator answers the json format only\n', 'text/plain');
  switch (functionName) {
    case 'dmQuery':
      return dmQueryResponse(rest, corpus);
    case 'dmGetItemInfo':
      return itemInfoResponse(rest, corpus);
    case 'dmGetCompoundObjectInfo':
      return compoundInfoResponse(rest, corpus);
    case 'dmGetCollectionFieldInfo':
      return collectionFieldInfoResponse(rest);
    case 'dmGetCollectionList':
      return phpJsonResponse(
        SIM_COLLECTIONS.map(({ alias, name }) => ({
          alias: `/${alias}`,
          name,
          path: `/cdm/sites/99999/data/${alias}`,
          secondary_alias: alias,
        })),
      );
    default:
      return ctx.text(400, `Unknown function ${functionName}\n`, 'text/plain');
  }
}

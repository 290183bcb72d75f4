/** The body of a signed request, with its content type (RPC actions of SWAS and ECS have none). */
import type { WireParts } from '../types';
import { canonicalQuery } from './encode';

export interface EncodedBody {
  text: string;
  contentType: string;
}

export function encodeBody(parts: Pick<WireParts, 'bodyType' | 'body' | 'json'>): EncodedBody | undefined {
  switch (parts.bodyType) {
    case 'form':
      return { text: canonicalQuery(parts.body), contentType: 'application/x-www-form-urlencoded' };
    case 'json':
      return { text: JSON.stringify(parts.json ?? {}), contentType: 'application/json' };
    default:
      return undefined;
  }
}

/**
 * REST-style actions: each parameter goes where it is declared — path (substituted into
 * `{wire}` placeholders, percent-encoded), query, header, or a JSON body.
 */
import { toWire } from '../../model/to-wire';
import { flattenInto, scalarToWire } from '../flatten';
import type { SerializeInput, WireParts } from '../types';

export function serializeRest({ action, plan, values, extras }: SerializeInput): WireParts {
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  let json: Record<string, unknown> | undefined;
  let pathname = action.pathname;
  for (const spec of plan.params) {
    const value = values[spec.name];
    if (value === undefined) continue;
    const wire = toWire(plan, spec, value);
    switch (spec.location ?? 'query') {
      case 'path':
        pathname = pathname.split(`{${spec.wire}}`).join(encodeURIComponent(scalarToWire(wire)));
        break;
      case 'header':
        headers[spec.wire] = scalarToWire(wire);
        break;
      case 'body':
        (json ??= {})[spec.wire] = wire;
        break;
      case 'query':
        if (Array.isArray(wire)) query[spec.wire] = wire.map(scalarToWire).join(',');
        else if (typeof wire === 'object') query[spec.wire] = JSON.stringify(wire);
        else query[spec.wire] = scalarToWire(wire);
        break;
    }
  }
  for (const [key, value] of Object.entries(extras)) flattenInto(query, key, value);
  return { pathname, query, body: {}, json, headers, bodyType: json ? 'json' : 'none' };
}

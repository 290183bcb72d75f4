/** The wire protocol plug-ins, by the name a product descriptor gives. */
import { alibabaRpc } from './alibaba-rpc';
import { huaweiRest } from './huawei-rest';
import { isMethodIdempotent } from './idempotent-methods';
import { serializeRest } from './rest-json/serialize';
import type { WireProtocol } from './types';

const protocols = new Map<string, WireProtocol>();

export function registerProtocol(protocol: WireProtocol): void {
  protocols.set(protocol.name, protocol);
}

export function protocolFor(name: string): WireProtocol {
  const p = protocols.get(name);
  if (!p) throw new Error(`No wire protocol named '${name}' is registered; known: ${[...protocols.keys()].join(', ')}`);
  return p;
}

registerProtocol(alibabaRpc);
registerProtocol({ name: 'rest-json', serialize: serializeRest, isIdempotent: isMethodIdempotent });
registerProtocol(huaweiRest);

export type {
  WireProtocol,
  WireParts,
  SerializeInput,
  BodyType,
  SignInput,
  SigningContext,
  SignedRequest,
  RawResponse,
  ParseContext,
  ParsedResponse,
} from './types';

/**
 * The official SDK as an oracle: its client sends an action to a 127.0.0.1 capture server (the shared
 * one, test/support/capture-server.ts), which records the request and answers `{ RequestId }`.
 * Devdependency use only (tests).
 */
import { $OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import { startCaptureServer as startSharedCaptureServer, type Captured } from '../../support/capture-server';

/** A captured request as the codegen tests compare them: the action (x-acs-action) with its query and body. */
export interface Capture {
  readonly method: string;
  readonly action: string;
  readonly query: Record<string, string>;
  readonly body: string;
}

export interface CaptureServer {
  readonly port: number;
  readonly captures: Capture[];
  close(): Promise<void>;
}

const toCapture = (req: Captured): Capture => ({ method: req.method, action: String(req.headers['x-acs-action'] ?? ''), query: req.query, body: req.body });

export async function startCaptureServer(): Promise<CaptureServer> {
  const captures: Capture[] = [];
  // The responder sees every request once, in order: the place to keep the codegen view of it.
  const shared = await startSharedCaptureServer((req, n) => {
    captures.push(toCapture(req));
    return { body: { RequestId: `capture-${n}` } };
  });
  return { port: Number(new URL(shared.url).port), captures, close: () => shared.close() };
}

type SdkModule = Record<string, unknown> & { default: new (config: $OpenApiUtil.Config) => object };
type SdkRequestClass = new (map: Record<string, unknown>) => object;
type SdkMethod = (request: object, runtime: $dara.RuntimeOptions) => Promise<unknown>;

export class SdkOracle {
  private readonly client: Record<string, unknown>;
  constructor(
    private readonly sdk: SdkModule,
    private readonly server: CaptureServer,
  ) {
    const config = new $OpenApiUtil.Config({
      accessKeyId: 'oracle-ak',
      accessKeySecret: 'oracle-sk',
      endpoint: `127.0.0.1:${server.port}`,
      protocol: 'HTTP',
      regionId: 'cn-hangzhou',
    });
    this.client = new sdk.default(config) as unknown as Record<string, unknown>;
  }

  /** Sends one action through the SDK and returns what reached the wire. */
  async send(method: string, requestClass: string, params: Record<string, unknown>): Promise<Capture> {
    const Request = this.sdk[requestClass] as SdkRequestClass | undefined;
    if (!Request) throw new Error(`the SDK exports no ${requestClass}`);
    const fn = this.client[`${method}WithOptions`] as SdkMethod | undefined;
    if (!fn) throw new Error(`the SDK client has no ${method}WithOptions`);
    const before = this.server.captures.length;
    await fn.call(this.client, new Request(params), new $dara.RuntimeOptions({}));
    if (this.server.captures.length !== before + 1) throw new Error(`${method}: expected one captured request`);
    return this.server.captures[before];
  }
}

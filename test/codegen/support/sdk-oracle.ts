/**
 * The official SDK as an oracle: its client sends an action to a 127.0.0.1 capture server, which
 * records the query parameters and answers `{ RequestId }`. Devdependency use only (tests).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';

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

export async function startCaptureServer(): Promise<CaptureServer> {
  const captures: Capture[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) query[k] = v;
      captures.push({ method: req.method ?? '', action: String(req.headers['x-acs-action'] ?? ''), query, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ RequestId: `capture-${captures.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    captures,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
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

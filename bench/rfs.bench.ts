/**
 * Huawei SDK-HMAC-SHA256 signing of an RFS request: our pure signer vs the official
 * `@huaweicloud/huaweicloud-sdk-core` AKSKSigner, same request (ListPrivateModules with lists in
 * the query, and CreatePrivateModule with a JSON body), interleaved; median µs per signature.
 */
import 'reflect-metadata';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials';
import { buildRequest, type BuiltRequest } from '../core/builder/build-request';
import { signHuawei } from '../core/protocols/huawei-rest';
import * as rfs from '../models/rfs';
import { fmt, medianMicros, type BenchReport } from './harness';

const HOST = 'rfs.cn-north-4.myhuaweicloud.com';
const REQ = '0b7e6c5e-3d0a-4bb5-9c6f-2f1b8e6e1a01';
const date = new Date(Date.UTC(2026, 10, 22, 17, 23, 0));
const credential = new BasicCredentials().withAk('bench-ak').withSk('bench-sk');

function pair(built: BuiltRequest): [() => void, () => void] {
  const ours = () => signHuawei({ ...built, host: HOST }, { credentials: { accessKeyId: 'bench-ak', accessKeySecret: 'bench-sk' }, signatureVersion: '', date, nonce: '' });
  const headers = { ...ours().headers };
  delete (headers as Record<string, string>).authorization;
  headers['X-Sdk-Date'] = headers['x-sdk-date'];
  delete (headers as Record<string, string>)['x-sdk-date'];
  const request = { endpoint: `https://${HOST}${decodeURIComponent(built.pathname)}`, method: built.method, headers, queryParams: { ...built.query, ...built.queryLists }, data: built.json };
  const sdk = () => AKSKSigner.sign(request as unknown as Parameters<typeof AKSKSigner.sign>[0], credential);
  return [ours, sdk];
}

export default async function bench(): Promise<BenchReport> {
  const list = buildRequest(rfs.ListPrivateModulesModel, { clientRequestId: REQ, projectId: 'proj-1', sortKey: ['create_time'], sortDir: ['desc'], limit: 10 });
  const create = buildRequest(rfs.CreatePrivateModuleModel, { clientRequestId: REQ, projectId: 'proj-1', moduleName: 'vpc_module', moduleVersion: '1.0.0', moduleUri: 'https://obs.example/m.zip', moduleDescription: 'bench' });
  const lines = ['| request | cloudcase signHuawei µs | official AKSKSigner µs |', '|---|---|---|'];
  for (const [name, built] of [['ListPrivateModules (GET, query lists)', list], ['CreatePrivateModule (POST, JSON body)', create]] as const) {
    const [ours, sdk] = pair(built);
    const a = medianMicros(ours);
    const b = medianMicros(sdk);
    lines.push(`| ${name} | ${fmt(a)} | ${fmt(b)} |`);
  }
  return { title: 'RFS signing (SDK-HMAC-SHA256)', lines };
}

/**
 * What the report's Environment/Metadata panel shows about a run. Names and hosts only: no
 * credentials, no AccessKey ids, no query strings.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Environment } from '../conf';
import { ROOT } from './paths';

export interface InfoInput {
  env: Environment;
  endpoint: string | Readonly<Record<string, string>> | undefined;
  tags?: string;
  shard?: string;
}

export function environmentInfo(input: InfoInput): Record<string, string> {
  const info: Record<string, string> = {
    env: input.env.name,
    region: input.env.regionId,
    endpoint_host: endpointHosts(input.endpoint),
    git_revision: gitRevision(),
    cloudcase_version: cloudcaseVersion(),
    node_version: process.version,
  };
  if (input.tags) info.tags = input.tags;
  if (input.shard) info.shard = input.shard;
  return info;
}

export function endpointHosts(endpoint: InfoInput['endpoint']): string {
  if (endpoint === undefined) return 'regional public endpoints';
  const host = (url: string): string => {
    try {
      return new URL(url).host;
    } catch {
      return 'invalid URL';
    }
  };
  if (typeof endpoint === 'string') return host(endpoint);
  return Object.entries(endpoint)
    .map(([product, url]) => `${product}=${host(url)}`)
    .join(', ');
}

export function gitRevision(): string {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA.slice(0, 12);
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export function cloudcaseVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

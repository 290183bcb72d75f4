/** Method + path → RFS action. Paths are matched on their raw (encoded) form; parameters are decoded. */
import type { RfsHandler } from './call';
import * as modules from './modules';
import * as stacks from './stacks';

export interface RfsRoute {
  method: string;
  pattern: RegExp;
  action: string;
  handler: RfsHandler;
  /** Where the project comes from: the `X-Project-Id` header, or the path. */
  projectFrom: 'header' | 'path';
}

const seg = '([^/]+)';
const route = (method: string, path: string, action: string, handler: RfsHandler, projectFrom: RfsRoute['projectFrom'] = 'header'): RfsRoute => ({
  method,
  pattern: new RegExp(`^${path.replace(/\{(\w+)\}/g, (_m, name: string) => `(?<${name}>${seg.slice(1, -1)})`)}/?$`),
  action,
  handler,
  projectFrom,
});

export const RFS_ROUTES: readonly RfsRoute[] = [
  route('GET', '/v1/private-modules', 'ListPrivateModules', modules.listPrivateModules),
  route('POST', '/v1/private-modules', 'CreatePrivateModule', modules.createPrivateModule),
  route('GET', '/v1/private-modules/{module_name}/metadata', 'ShowPrivateModuleMetadata', modules.showPrivateModuleMetadata),
  route('PATCH', '/v1/private-modules/{module_name}/metadata', 'UpdatePrivateModuleMetadata', modules.updatePrivateModuleMetadata),
  route('DELETE', '/v1/private-modules/{module_name}', 'DeletePrivateModule', modules.deletePrivateModule),
  route('GET', '/v1/private-modules/{module_name}/versions', 'ListPrivateModuleVersions', modules.listPrivateModuleVersions),
  route('GET', '/v1/private-modules/{module_name}/versions/{module_version}', 'ShowPrivateModuleVersionContent', modules.showPrivateModuleVersionContent),
  route('POST', '/v1/{project_id}/stacks', 'CreateStack', stacks.createStack, 'path'),
  route('DELETE', '/v1/{project_id}/stacks/{stack_name}', 'DeleteStack', stacks.deleteStack, 'path'),
];

export function findRoute(method: string, path: string): { route: RfsRoute; params: Record<string, string> } | undefined {
  for (const r of RFS_ROUTES) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = safeDecode(v);
    return { route: r, params };
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

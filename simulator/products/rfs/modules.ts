/**
 * Private modules: behaviour from support.huaweicloud.com/intl/en-us/api-aos (CreatePrivateModule,
 * ListPrivateModules, ShowPrivateModuleMetadata, UpdatePrivateModuleMetadata, DeletePrivateModule,
 * ListPrivateModuleVersions, ShowPrivateModuleVersionContent).
 */
import { isoSeconds } from '../../clock';
import { bodyString, queryOne, type RfsAnswer, type RfsCall } from './call';
import { checkIdMatches, checkName, checkVersion, page, sortDirection } from './checks';
import { rfsErrors } from './errors';
import type { ModuleVersion, PrivateModule } from './state';

/** How long a download link stays valid (documented: 5 minutes). */
const LINK_TTL_MS = 5 * 60 * 1000;

function summary(m: PrivateModule): Record<string, unknown> {
  return {
    module_name: m.name,
    module_id: m.id,
    ...(m.description !== undefined ? { module_description: m.description } : {}),
    create_time: isoSeconds(m.createdAt),
    update_time: isoSeconds(m.updatedAt),
  };
}

function versionSummary(m: PrivateModule, v: ModuleVersion): Record<string, unknown> {
  return {
    module_name: m.name,
    module_id: m.id,
    module_version: v.version,
    ...(v.description !== undefined ? { version_description: v.description } : {}),
    module_source: `rf://rfs.simulator/private/${m.id}/${m.name}?version==${v.version}`,
    create_time: isoSeconds(v.createdAt),
  };
}

/** The module the path names, checked against a given module_id (query, or body for PATCH). */
function moduleOf(call: RfsCall, givenId: string | undefined): PrivateModule {
  const name = checkName('module_name', call.path.module_name);
  const m = call.scope.modules.get(name);
  if (!m) throw rfsErrors.notFound(`the private module '${name}' does not exist`);
  checkIdMatches('module_id', givenId, m.id, name);
  return m;
}

function byCreateTime<T extends { createdAt: number; seq: number }>(items: T[], dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return items.sort((a, b) => sign * (a.createdAt - b.createdAt || a.seq - b.seq));
}

export function listPrivateModules(call: RfsCall): RfsAnswer {
  const dir = sortDirection(call);
  const all = byCreateTime([...call.scope.modules.values()].map((m) => ({ m, createdAt: m.createdAt, seq: m.seq })), dir).map((x) => x.m);
  const { items, next } = page(all, queryOne(call, 'marker'), queryOne(call, 'limit'));
  return { status: 200, body: { modules: items.map(summary), ...(next ? { page_info: { next_marker: next } } : {}) } };
}

export function createPrivateModule(call: RfsCall): RfsAnswer {
  const name = checkName('module_name', bodyString(call, 'module_name'));
  const version = bodyString(call, 'module_version');
  const uri = bodyString(call, 'module_uri');
  if ((version === undefined) !== (uri === undefined)) throw rfsErrors.badRequest('module_version and module_uri must be given together');
  if (version !== undefined) checkVersion(version);
  if (call.scope.modules.has(name)) throw rfsErrors.conflict(`a private module named '${name}' already exists`);
  const now = call.clock.now();
  const m: PrivateModule = {
    name,
    id: call.state.newId(),
    description: bodyString(call, 'module_description'),
    createdAt: now,
    updatedAt: now,
    seq: call.state.nextSeq(),
    versions: new Map(),
  };
  if (version !== undefined && uri !== undefined) {
    m.versions.set(version, { version, uri, description: bodyString(call, 'version_description'), createdAt: now, seq: call.state.nextSeq() });
  }
  call.scope.modules.set(name, m);
  return { status: 201, body: { module_id: m.id, ...(version !== undefined ? { module_version: version } : {}) } };
}

export function showPrivateModuleMetadata(call: RfsCall): RfsAnswer {
  return { status: 200, body: summary(moduleOf(call, queryOne(call, 'module_id'))) };
}

export function updatePrivateModuleMetadata(call: RfsCall): RfsAnswer {
  const m = moduleOf(call, bodyString(call, 'module_id'));
  const description = bodyString(call, 'module_description');
  if (description === undefined) throw rfsErrors.badRequest('nothing to update: give module_description');
  m.description = description;
  m.updatedAt = call.clock.now();
  return { status: 200, body: summary(m) };
}

export function deletePrivateModule(call: RfsCall): RfsAnswer {
  const m = moduleOf(call, queryOne(call, 'module_id'));
  call.scope.modules.delete(m.name);
  return { status: 204 };
}

export function listPrivateModuleVersions(call: RfsCall): RfsAnswer {
  const m = moduleOf(call, queryOne(call, 'module_id'));
  const dir = sortDirection(call);
  const all = byCreateTime([...m.versions.values()], dir);
  const { items, next } = page(all, queryOne(call, 'marker'), queryOne(call, 'limit'));
  return { status: 200, body: { versions: items.map((v) => versionSummary(m, v)), ...(next ? { page_info: { next_marker: next } } : {}) } };
}

/** 307 to a short-lived download link; the body is empty, the link is the Location header. */
export function showPrivateModuleVersionContent(call: RfsCall): RfsAnswer {
  const m = moduleOf(call, queryOne(call, 'module_id'));
  const version = checkVersion(call.path.module_version ?? '');
  const v = m.versions.get(version);
  if (!v) throw rfsErrors.notFound(`the private module '${m.name}' has no version ${version}`);
  const expires = Math.floor((call.clock.now() + LINK_TTL_MS) / 1000);
  const link = `https://obs.simulator.invalid/rfs-private-modules/${m.id}/${encodeURIComponent(version)}.zip?Expires=${expires}`;
  return { status: 307, headers: { location: link } };
}

/** Emits a product's index of generated modules, its action → response schema map and its API class. */
import type { ProductConfig } from '../products';
import type { CuratedAction } from '../curate';
import { header, kebab, wrap } from './format';

type Sdk = { name: string; version: string };

export function emitIndex(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [header(sdk)];
  for (const a of actions) lines.push(`export * from './actions/${kebab(a.action)}';`);
  for (const a of actions) lines.push(`export * from './responses/${kebab(a.action)}';`);
  lines.push(`export { ${config.schemaMap} } from './response-schemas';`);
  return lines.join('\n') + '\n';
}

export function emitSchemaMap(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [header(sdk), `import type { ObjectSchema } from '../../response-schema';`];
  for (const a of actions) lines.push(`import { ${a.action}ResponseBodySchema } from './responses/${kebab(a.action)}';`);
  lines.push('');
  lines.push(`/** The response body schema of every ${config.descriptor} action, by action name. */`);
  lines.push(`export const ${config.schemaMap}: Readonly<Record<string, ObjectSchema>> = Object.freeze({`);
  for (const a of actions) lines.push(`  ${a.action}: ${a.action}ResponseBodySchema,`);
  lines.push('});');
  return lines.join('\n') + '\n';
}

export function emitApiClass(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [
    header(sdk, undefined, `add hand-written methods in apis/${config.id}/index.ts`),
    `import type { ApiResponse } from '../../core';`,
    `import * as m from '../../models/${config.id}';`,
    `import { ApiBase, type ApiParams, type CallOptions } from '../base';`,
    '',
    `/** One method per ${config.descriptor} action, each sending its parameter model; \`${config.descriptor === 'SWAS' ? 'SwasApi' : 'EcsApi'}\` extends this class. */`,
    `export abstract class ${config.apiClass} extends ApiBase {`,
  ];
  actions.forEach((a, i) => {
    if (i > 0) lines.push('');
    const model = `m.${a.action}Model`;
    const body = `m.${a.action}ResponseBody`;
    lines.push(`  /** ${a.action}: ${a.docs} */`);
    // a call needs no argument when nothing is required but the region (the client's default fills it)
    const needsParams = a.params.some((p) => p.required && p.modelDefault === undefined && p.name !== 'regionId');
    const params = `params: ApiParams<${model}>${needsParams ? '' : ' = {}'}`;
    lines.push(...wrap('  ', `${a.method}(`, [params, 'options?: CallOptions'], `): Promise<ApiResponse<${body}>> {`));
    lines.push(...wrap('    ', `return this.call<${model}, ${body}>(`, [model, 'params', 'options'], ');'));
    lines.push('  }');
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}


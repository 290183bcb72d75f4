/** Emits a product's index of generated modules, its action → response schema map, its API class and that class's model loaders. */
import type { ProductConfig } from '../products';
import type { CuratedAction } from '../curate';
import { header, kebab, str, wrap } from './format';

type Sdk = { name: string; version: string };

export function emitIndex(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [header(sdk)];
  for (const a of actions) lines.push(`export * from './actions/${kebab(a.action)}';`);
  for (const a of actions) lines.push(`export * from './responses/${kebab(a.action)}';`);
  lines.push(`export { ${config.schemaMap} } from './response-schemas';`);
  return lines.join('\n') + '\n';
}

export function emitSchemaMap(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [header(sdk), `import type { ObjectSchema } from '../../response-schema';`, ''];
  // A getter per action that requires the action's response module on first access: the contract
  // check of a test file reads the schemas of the few actions it calls, and must not evaluate every
  // schema of every product for that (in Jest, again in each test file's module registry).
  lines.push(`/** The response body schema of every ${config.descriptor} action, by action name (each module loaded on first access). */`);
  lines.push(`export const ${config.schemaMap}: Readonly<Record<string, ObjectSchema>> = Object.freeze({`);
  for (const a of actions) {
    const file = `./responses/${kebab(a.action)}`;
    lines.push(`  get ${a.action}(): ObjectSchema {`);
    lines.push(`    const file = require(${str(file)}) as typeof import(${str(file)});`);
    lines.push(`    return file.${a.action}ResponseBodySchema;`);
    lines.push('  },');
  }
  lines.push('});');
  return lines.join('\n') + '\n';
}

export function emitApiClass(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [
    header(sdk, undefined, `add hand-written methods in apis/${config.id}/index.ts`),
    `import type { ApiResponse } from '../../core';`,
    `import type * as m from '../../models/${config.id}';`,
    `import { ApiBase, type ApiParams, type CallOptions } from '../base';`,
    `import { modelLoaders as models } from './${modelLoadersFile(config)}';`,
    '',
    `/** One method per ${config.descriptor} action, each sending its parameter model, loaded on first call; \`${config.descriptor === 'SWAS' ? 'SwasApi' : 'EcsApi'}\` extends this class. */`,
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
    // the call's type arguments are inferred: the model's from the class, the body's from the return type
    lines.push(...wrap('    ', 'return this.call(', [`models.${a.action}()`, 'params', 'options'], ');'));
    lines.push('  }');
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** `ecs-models.generated`: the module of a product's model loaders, beside its API class. */
export function modelLoadersFile(config: ProductConfig): string {
  return `${config.id}-models.generated`;
}

/**
 * The model loaders of a product's API class: per action, a function that requires the action's
 * model module on its first call. The API class imports the models as types only, so importing it
 * evaluates no model at all; a test file that calls a few actions evaluates those few classes and
 * their decorators, not all of them (in Jest, again in every test file's module registry). The
 * paths and names come from the same action names as the model files; test/codegen's differential
 * test calls every method.
 */
export function emitModelLoaders(actions: readonly CuratedAction[], config: ProductConfig, sdk: Sdk): string {
  const lines = [
    header(sdk),
    `import type * as m from '../../models/${config.id}';`,
    `import { lazy } from '../lazy';`,
    '',
    `/** Each ${config.descriptor} action's parameter model, loaded on first use (apis/lazy.ts says why). */`,
    'export const modelLoaders = {',
  ];
  for (const a of actions) {
    const file = `../../models/${config.id}/generated/actions/${kebab(a.action)}`;
    lines.push(`  ${a.action}: lazy((): typeof m.${a.action}Model => require(${str(file)}).${a.action}Model),`);
  }
  lines.push('};');
  return lines.join('\n') + '\n';
}

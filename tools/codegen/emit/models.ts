/** Emits one parameter-model file per action: its nested item classes, then `<Action>Model`. */
import type { ProductConfig } from '../products';
import type { CuratedAction, CuratedParam } from '../curate';
import { header, key, lit, str, wrap } from './format';

export function emitModelFile(action: CuratedAction, config: ProductConfig, sdk: { name: string; version: string }): string {
  const lines: string[] = [header(sdk, `models/${config.id}/curation.ts`)];
  lines.push(`import { Action, Param } from '../../../../core';`);
  lines.push(`import { ${config.descriptor} } from '../../product';`);
  for (const n of action.nested) {
    lines.push('');
    lines.push(`export class ${n.className} {`);
    for (const p of n.params) lines.push(...paramLines(p));
    lines.push('}');
  }
  lines.push('');
  const opts = [`product: ${config.descriptor}`, `action: ${str(action.action)}`];
  if (action.version !== config.version) opts.push(`version: ${str(action.version)}`);
  if (action.httpMethod !== 'POST') opts.push(`method: ${str(action.httpMethod)}`);
  if (action.pathname !== '/') opts.push(`pathname: ${str(action.pathname)}`);
  opts.push(`docs: ${str(action.docs)}`);
  if (action.idempotent) {
    opts.push(`idempotent: ${action.idempotent.value}`);
    lines.push(`/** ${action.idempotent.value ? 'Idempotent' : 'Not idempotent'} (curation): ${action.idempotent.reason} */`);
  }
  lines.push(...wrap('', '@Action({ ', opts, ' })'));
  lines.push(`export class ${action.action}Model {`);
  for (const p of action.params) lines.push(...paramLines(p));
  lines.push('}');
  return lines.join('\n') + '\n';
}

function paramLines(p: CuratedParam): string[] {
  const out: string[] = [];
  const notes = [...p.notes];
  if (p.deprecated) notes.push('@deprecated');
  if (notes.length === 1) out.push(`  /** ${notes[0]} */`);
  else if (notes.length > 1) out.push('  /**', ...notes.map((n) => `   * ${n}`), '   */');
  out.push(...wrap('  ', '@Param({ ', paramOptions(p), ' })'));
  const optional = !p.required || p.modelDefault !== undefined;
  const init = p.modelDefault !== undefined ? ` = ${lit(p.modelDefault)}` : '';
  out.push(`  ${key(p.name)}${optional ? '?' : '!'}: ${tsType(p)}${init};`);
  return out;
}

function paramOptions(p: CuratedParam): string[] {
  const o = [`wire: ${str(p.wire)}`, `type: ${str(p.type)}`];
  if (p.items !== undefined) o.push(`items: ${typeof p.items === 'string' ? str(p.items) : `() => ${p.items.model}`}`);
  if (p.model !== undefined) o.push(`model: () => ${p.model}`);
  if (p.required) o.push('required: true');
  if (p.enum) o.push(`enum: [${p.enum.map(lit).join(', ')}]`);
  if (p.min !== undefined) o.push(`min: ${p.min}`);
  if (p.max !== undefined) o.push(`max: ${p.max}`);
  if (p.maxItems !== undefined) o.push(`maxItems: ${p.maxItems}`);
  if (p.serverDefault !== undefined) o.push(`serverDefault: ${lit(p.serverDefault)}`);
  if (p.style !== undefined) o.push(`style: ${str(p.style)}`);
  if (p.sensitive) o.push('sensitive: true');
  if (p.deprecated) o.push('deprecated: true');
  if (p.example !== undefined) o.push(`example: ${str(p.example)}`);
  return o;
}

function tsType(p: CuratedParam): string {
  switch (p.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'map':
      return p.mapValues === 'string' ? 'Record<string, string>' : 'Record<string, unknown>';
    case 'object':
      return p.model!;
    case 'any':
      return 'unknown';
    case 'array': {
      const items = p.items!;
      if (typeof items === 'object') return `${items.model}[]`;
      if (items === 'map') return 'Record<string, unknown>[]';
      if (items === 'any') return 'unknown[]';
      return `${items === 'integer' ? 'number' : items}[]`;
    }
  }
}

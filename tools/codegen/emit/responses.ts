/** Emits one response file per action: TypeScript types with the API's own field names, and their runtime schemas. */
import type { ActionFacts, ResponseField } from '../facts';
import { header, key, str, wrap } from './format';

export function emitResponseFile(action: ActionFacts, sdk: { name: string; version: string }): string {
  const used = new Set<string>(['object', 'type ObjectSchema']);
  const body: string[] = [];
  for (const t of action.responses) {
    body.push('');
    body.push(`export interface ${t.name} {`);
    for (const f of t.fields) body.push(`  ${key(f.wire)}?: ${tsType(f.type)};`);
    body.push('}');
    const fields = t.fields.map((f) => `${key(f.wire)}: ${schemaOf(f.type, used)}`);
    const open = `export const ${t.name}Schema: ObjectSchema = object(${str(t.name)}, { `;
    body.push(...(fields.length ? wrap('', open, fields, ' });') : [`${open.trimEnd()}});`]));
  }
  const imports = [...used].sort((a, b) => bare(a).localeCompare(bare(b)));
  return [header(sdk), `import { ${imports.join(', ')} } from '../../../response-schema';`, ...body].join('\n') + '\n';
}

const bare = (s: string): string => s.replace(/^type /, '');

function tsType(t: ResponseField): string {
  switch (t.kind) {
    case 'scalar':
      return t.type === 'any' ? 'unknown' : t.type;
    case 'array': {
      const inner = tsType(t.items);
      return /^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
    }
    case 'map':
      return `Record<string, ${tsType(t.values)}>`;
    case 'object':
      return t.name;
  }
}

function schemaOf(t: ResponseField, used: Set<string>): string {
  switch (t.kind) {
    case 'scalar': {
      const name = t.type.toUpperCase();
      used.add(name);
      return name;
    }
    case 'array':
      used.add('array');
      return `array(${schemaOf(t.items, used)})`;
    case 'map':
      used.add('map');
      return `map(${schemaOf(t.values, used)})`;
    case 'object':
      return `${t.name}Schema`;
  }
}

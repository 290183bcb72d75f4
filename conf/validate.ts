/**
 * Runs class-validator on one section of a profile and turns its findings into ConfigErrors that
 * name the file, the dotted key (with its line) and the fix.
 */
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { closestName } from '../core/builder/suggest';
import { ConfigError } from './errors';

export type Locate = (path: readonly string[]) => string;

export function validateSection<T extends object>(
  cls: new () => T,
  plain: unknown,
  file: string,
  path: readonly string[],
  locate: Locate,
): { value: T; errors: ConfigError[] } {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    const where = path.length ? path.join('.') : '';
    return { value: new cls(), errors: [new ConfigError(file, where, `must be a mapping of settings${locate(path)}`)] };
  }
  const value = plainToInstance(cls, plain);
  const found = validateSync(value, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  const errors: ConfigError[] = [];
  for (const e of found) collect(e, path, file, locate, errors);
  return { value, errors };
}

function collect(e: ValidationError, parent: readonly string[], file: string, locate: Locate, out: ConfigError[]): void {
  const path = [...parent, e.property];
  const key = path.join('.');
  for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
    if (constraint === 'whitelistValidation') {
      const known = knownProperties(e.target);
      const guess = closestName(e.property, known);
      const hint = guess ? `did you mean '${guess}'? ` : '';
      out.push(new ConfigError(file, key, `is not a known setting${locate(path)}: ${hint}remove it or fix its spelling (known here: ${known.join(', ')})`));
    } else {
      const got = describe(e.value);
      out.push(new ConfigError(file, key, `${stripProperty(message, e.property)}${locate(path)}${got}`));
    }
  }
  for (const child of e.children ?? []) collect(child, path, file, locate, out);
}

/** class-validator's default messages start with the property name; ours do not. */
function stripProperty(message: string, property: string): string {
  return message.startsWith(property + ' ') ? message.slice(property.length + 1) : message;
}

function describe(value: unknown): string {
  if (value === undefined) return ' (missing)';
  if (value !== null && typeof value === 'object') return '';
  const text = JSON.stringify(value);
  return ` (got ${text.length > 40 ? text.slice(0, 40) + '…' : text})`;
}

function knownProperties(target: object | undefined): string[] {
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return [...new Set(metas.map((m) => m.propertyName))];
}

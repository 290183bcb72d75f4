/**
 * Decodes an action's wire parameters with its parameter model: scalars get their declared type,
 * JSON-style values are parsed, simple-style lists split, nested items decoded by their own
 * model; then presence and value rules are checked. The result is keyed by wire names, nested
 * items too, so handlers read the API's own names (`Tag[0].Key`). Parameters the model does not
 * declare are kept as they came (the cloud ignores them; a handler may still read them).
 */
import type { ModelPlan } from '../../core/model/plan';
import type { ParamSpec, ScalarType } from '../../core/model/types';
import { SimError, errors } from '../errors';
import type { WireValue } from './tree';

export type Decoded = Record<string, unknown>;

/** Which of the model's value rules refused a value: `enum` a value outside the list, `range` a number outside min..max, `items` a list too short or too long. */
export type ModelRule = 'enum' | 'range' | 'items';

/**
 * The generic refusal of a value the model's enum, range or list size rules out. It carries the
 * parameter and the rule so the dispatcher can answer the action's documented code instead
 * (`SimProduct.paramCodes`); where nothing is documented it is answered as it is.
 */
export class ModelRuleError extends SimError {
  constructor(
    /** Wire path as sent, list positions included: `FirewallRules.2.RuleProtocol`. */
    readonly parameter: string,
    readonly rule: ModelRule,
    message: string,
  ) {
    super('InvalidParameter', message, 400);
  }
}

const refused = (name: string, rule: ModelRule, why: string): ModelRuleError =>
  new ModelRuleError(name, rule, `The specified parameter "${name}" is not valid: ${why}`);

export function decodeWithModel(plan: ModelPlan, tree: Record<string, WireValue>, path = ''): Decoded {
  const out: Decoded = { ...tree };
  for (const spec of plan.params) {
    const name = path + spec.wire;
    const raw = tree[spec.wire];
    if (raw === undefined || raw === '') {
      delete out[spec.wire];
      if (spec.required) throw errors.missing(name);
      continue;
    }
    const value = decodeValue(plan, spec, raw, name);
    check(spec, value, name);
    out[spec.wire] = value;
  }
  return out;
}

function decodeValue(plan: ModelPlan, spec: ParamSpec, raw: WireValue, name: string): unknown {
  let value: unknown = raw;
  if (spec.style === 'json' || (spec.type === 'map' && typeof raw === 'string')) {
    value = parseJson(raw, name);
  } else if (spec.style === 'simple' && typeof raw === 'string') {
    value = raw.split(',').filter((s) => s !== '');
  }
  const nested = plan.nested(spec);
  switch (spec.type) {
    case 'array': {
      const list = Array.isArray(value) ? value : typeof value === 'string' && spec.style !== 'json' ? [value] : value;
      if (!Array.isArray(list)) throw errors.invalid(name, 'expected a list');
      return list.map((item, i) => {
        const at = `${name}.${i + 1}`;
        if (nested) return decodeItem(nested, item, at);
        if (spec.items === 'map' || spec.items === 'any') return item;
        return scalar(spec.items as ScalarType, item, at);
      });
    }
    case 'object':
      return nested ? decodeItem(nested, value, name) : value;
    case 'map':
    case 'any':
      return value;
    default:
      return scalar(spec.type, value, name);
  }
}

function decodeItem(plan: ModelPlan, item: unknown, name: string): Decoded {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw errors.invalid(name, 'expected an object');
  // JSON-style items carry native JSON values; stringify scalars so one decoder serves both.
  const tree: Record<string, WireValue> = {};
  for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
    tree[k] = typeof v === 'object' && v !== null ? (v as WireValue) : String(v);
  }
  return decodeWithModel(plan, tree, `${name}.`);
}

function parseJson(raw: WireValue, name: string): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw errors.invalid(name, 'expected JSON text');
  }
}

export function scalar(type: ScalarType, value: unknown, name: string): string | number | boolean {
  if (typeof value === 'object' && value !== null) throw errors.invalid(name, `expected a ${type}, got a structure`);
  const text = String(value);
  switch (type) {
    case 'integer':
      if (!/^-?\d+$/.test(text.trim())) throw errors.invalid(name, `expected an integer, got '${text}'`);
      return Number(text);
    case 'number':
      if (text.trim() === '' || !Number.isFinite(Number(text))) throw errors.invalid(name, `expected a number, got '${text}'`);
      return Number(text);
    case 'boolean':
      if (/^true$/i.test(text)) return true;
      if (/^false$/i.test(text)) return false;
      throw errors.invalid(name, `expected true or false, got '${text}'`);
    default:
      return text;
  }
}

function check(spec: ParamSpec, value: unknown, name: string): void {
  if (Array.isArray(value)) {
    if (spec.required && value.length === 0) throw errors.missing(name);
    if (spec.minItems !== undefined && value.length < spec.minItems) throw refused(name, 'items', `needs at least ${spec.minItems} items`);
    if (spec.maxItems !== undefined && value.length > spec.maxItems) throw refused(name, 'items', `allows at most ${spec.maxItems} items`);
    value.forEach((v, i) => checkScalar(spec, v, `${name}.${i + 1}`));
    return;
  }
  checkScalar(spec, value, name);
}

function checkScalar(spec: ParamSpec, value: unknown, name: string): void {
  if (typeof value === 'number') {
    if (spec.min !== undefined && value < spec.min) throw refused(name, 'range', `must be at least ${spec.min}`);
    if (spec.max !== undefined && value > spec.max) throw refused(name, 'range', `must be at most ${spec.max}`);
  }
  if (typeof value === 'string') {
    if (spec.minLength !== undefined && value.length < spec.minLength) throw errors.invalid(name, `must be at least ${spec.minLength} characters`);
    if (spec.maxLength !== undefined && value.length > spec.maxLength) throw errors.invalid(name, `must be at most ${spec.maxLength} characters`);
    if (spec.pattern && !spec.pattern.test(value)) throw errors.invalid(name, `does not match ${spec.pattern}`);
  }
  if (spec.enum && (typeof value === 'string' || typeof value === 'number') && !spec.enum.includes(value)) {
    throw refused(name, 'enum', `'${String(value)}' is not one of ${spec.enum.join(', ')}.`);
  }
}

/**
 * Builder rule 4: values are validated by class-validator against the rules each `@Param`
 * stated; class-transformer turns nested plain objects into model instances first. The
 * library's errors are turned into ParameterIssues that name the parameter path and the fix.
 */
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { ParameterIssue } from '../errors';
import type { ModelPlan } from '../model/plan';
import type { ParamSpec } from '../model/types';
import { describeValue } from './describe-value';
import { memoizeRuleLookup } from './validator-cache';

memoizeRuleLookup();

const VALIDATOR_OPTIONS = { forbidUnknownValues: false, validationError: { target: false, value: true } } as const;

export function checkValues(plan: ModelPlan, values: Record<string, unknown>, out: ParameterIssue[]): void {
  const instance = plainToInstance(plan.model, values) as object;
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  for (const e of errors) collect(plan, e, '', out);
}

function collect(plan: ModelPlan, e: ValidationError, path: string, out: ParameterIssue[]): void {
  const spec = plan.byName.get(e.property);
  const here = path ? `${path}.${e.property}` : e.property;
  if (!spec) return; // not ours (cannot happen after the unknown-key check)
  if (e.constraints) {
    const reasons = relevant(Object.keys(e.constraints), e.children?.length ?? 0).map((k) => reason(k, spec));
    if (reasons.length) {
      out.push({
        code: 'InvalidParameter',
        parameter: here,
        message: `${unique(reasons).join(' and ')}; got ${spec.sensitive ? '***' : describeValue(e.value)}`,
      });
    }
  }
  const nested = plan.nested(spec);
  if (!nested || !e.children) return;
  for (const child of e.children) {
    if (spec.type === 'array') {
      // children of a list are per index, each holding that item's errors
      for (const grand of child.children ?? []) collect(nested, grand, `${here}[${child.property}]`, out);
    } else {
      collect(nested, child, here, out);
    }
  }
}

const TYPE_RULES = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isArray']);

/** A wrong type makes range and length rules moot: report the type alone. */
function relevant(constraints: string[], children: number): string[] {
  const own = constraints.filter((k) => k !== 'nestedValidation' || children === 0);
  const types = own.filter((k) => TYPE_RULES.has(k));
  return types.length ? types : own;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** A sentence for one failed class-validator constraint, stated from the parameter's own rules. */
function reason(constraint: string, s: ParamSpec): string {
  const every = s.type === 'array' ? 'every item ' : '';
  switch (constraint) {
    case 'isString':
      return `${every}must be a string`;
    case 'isInt':
      return `${every}must be an integer`;
    case 'isNumber':
      return `${every}must be a finite number`;
    case 'isBoolean':
      return `${every}must be true or false`;
    case 'isObject':
    case 'nestedValidation':
      return `${every}must be an object`;
    case 'isArray':
      return 'must be an array';
    case 'isIn':
      return `${every}must be one of ${s.enum!.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'min':
    case 'max':
      return `${every}must be ${range(s.min, s.max)}`;
    case 'minLength':
    case 'maxLength':
      return `${every}must have ${range(s.minLength, s.maxLength)} characters`;
    case 'arrayMinSize':
    case 'arrayMaxSize':
      return `must have ${range(s.minItems, s.maxItems)} items`;
    case 'matches':
      return `${every}must match ${String(s.pattern)}`;
    default:
      return `fails the '${constraint}' rule`;
  }
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max}`;
}

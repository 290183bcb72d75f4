/**
 * `@Action` and `@Param`: they only record. The records are kept with reflect-metadata, and each
 * `@Param` also states its value rules to class-validator and its nested type to class-transformer,
 * so those libraries can do what they are made for (validation, plain → instance) without
 * `emitDecoratorMetadata`. All behaviour lives in plain functions that read the records.
 */
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { ActionOptions, ActionSpec, ItemType, ModelClass, ParamOptions, ParamSpec } from './types';

const ACTION_KEY = Symbol.for('cloudcase:action');
const PARAMS_KEY = Symbol.for('cloudcase:params');

export function Action(options: ActionOptions): ClassDecorator {
  const spec: ActionSpec = {
    product: options.product,
    action: options.action,
    version: options.version ?? options.product.version,
    method: options.method ?? 'POST',
    pathname: options.pathname ?? '/',
    style: options.style ?? 'RPC',
    docs: options.docs ?? (options.product.docsBase ? `${options.product.docsBase}/${options.action}` : undefined),
    ...(options.idempotent === undefined ? {} : { idempotent: options.idempotent }),
  };
  return (target) => {
    Reflect.defineMetadata(ACTION_KEY, spec, target);
  };
}

export function Param(options: ParamOptions): PropertyDecorator {
  checkOptions(options);
  return (target, propertyKey) => {
    if (typeof propertyKey !== 'string') throw new TypeError('@Param must decorate a named property');
    const ctor = target.constructor;
    const spec: ParamSpec = Object.freeze({ ...options, name: propertyKey });
    // Copy the inherited list so a subclass (curation) never alters its parent's records.
    const own: ParamSpec[] = Reflect.hasOwnMetadata(PARAMS_KEY, ctor)
      ? Reflect.getOwnMetadata(PARAMS_KEY, ctor)
      : [...((Reflect.getMetadata(PARAMS_KEY, ctor) as ParamSpec[] | undefined) ?? [])];
    const at = own.findIndex((p) => p.name === propertyKey);
    if (at >= 0) own[at] = spec;
    else own.push(spec);
    Reflect.defineMetadata(PARAMS_KEY, own, ctor);
    for (const decorate of valueRules(options)) decorate(target, propertyKey);
  };
}

export function getActionSpec(model: ModelClass): ActionSpec | undefined {
  return Reflect.getMetadata(ACTION_KEY, model) as ActionSpec | undefined;
}

export function getParamSpecs(model: ModelClass): readonly ParamSpec[] {
  return (Reflect.getMetadata(PARAMS_KEY, model) as ParamSpec[] | undefined) ?? [];
}

/** Catches contradictory declarations when the model file loads, not when a test runs. */
function checkOptions(o: ParamOptions): void {
  const where = `@Param({ wire: '${o.wire}' })`;
  if (o.type === 'array' && !o.items) throw new TypeError(`${where}: type 'array' needs 'items'`);
  if (o.type === 'object' && !o.model) throw new TypeError(`${where}: type 'object' needs 'model'`);
  if (o.style === 'simple' && o.type !== 'array') throw new TypeError(`${where}: style 'simple' applies to arrays only`);
  if (o.min !== undefined && o.max !== undefined && o.min > o.max) throw new TypeError(`${where}: min > max`);
}

type PropertyRule = (target: object, key: string) => void;

/** The class-validator / class-transformer decorators that state a parameter's value rules. */
function valueRules(o: ParamOptions): PropertyRule[] {
  // Presence is checked by the builder (MissingParameter); class-validator checks values only.
  const rules: PropertyRule[] = [IsOptional()];
  const each = o.type === 'array';
  const kind = each ? o.items : o.type;
  rules.push(...kindRules(kind, each));
  if (o.type === 'object' && o.model) rules.push(IsObject(), ValidateNested(), Type(o.model));
  if (each) {
    rules.unshift(IsArray());
    if (o.minItems !== undefined) rules.push(ArrayMinSize(o.minItems));
    if (o.maxItems !== undefined) rules.push(ArrayMaxSize(o.maxItems));
  }
  const opt = { each };
  if (o.enum) rules.push(IsIn([...o.enum], opt));
  if (o.min !== undefined) rules.push(Min(o.min, opt));
  if (o.max !== undefined) rules.push(Max(o.max, opt));
  if (o.minLength !== undefined) rules.push(MinLength(o.minLength, opt));
  if (o.maxLength !== undefined) rules.push(MaxLength(o.maxLength, opt));
  if (o.pattern) rules.push(Matches(o.pattern, opt));
  return rules;
}

function kindRules(kind: ItemType | ParamOptions['type'] | undefined, each: boolean): PropertyRule[] {
  const opt = { each };
  switch (kind) {
    case 'string':
      return [IsString(opt)];
    case 'integer':
      return [IsInt(opt)];
    case 'number':
      return [IsNumber({ allowNaN: false, allowInfinity: false }, opt)];
    case 'boolean':
      return [IsBoolean(opt)];
    case 'map':
      return [IsObject(opt)];
    case 'any':
    case 'object':
    case 'array':
    case undefined:
      return [];
    default:
      // a nested model thunk, as array items
      return [IsObject(opt), ValidateNested(opt), Type(kind)];
  }
}

/**
 * class-validator looks up a class's rules on every validation by scanning every registered class
 * (an `instanceof` test per class, to find inherited rules). With the ~750 generated model classes
 * that scan dominated a build (≈100 µs of ≈110 µs). Rules only change when a decorator runs, so the
 * lookup is memoized per class and the memo is dropped whenever a rule is added.
 * Uses only class-validator's public `getMetadataStorage()`; installed once, idempotent.
 */
import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

const INSTALLED = Symbol.for('cloudcase:class-validator-memo');
const GENERATION = Symbol.for('cloudcase:class-validator-generation');

type Marked = Storage & { [INSTALLED]?: true; [GENERATION]?: number };

/**
 * How many times class-validator has gained a rule since the memo was installed: whatever is
 * derived from a class's rules (the builder's compiled quick check) is stale when this moved.
 */
export function rulesGeneration(): number {
  return (getMetadataStorage() as Marked)[GENERATION] ?? 0;
}

export function memoizeRuleLookup(): void {
  const storage = getMetadataStorage() as Marked;
  if (storage[INSTALLED]) return;
  storage[INSTALLED] = true;
  storage[GENERATION] = 0;

  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let memo = new Map<unknown, Map<string, ReturnType<Lookup>>>();

  storage.addValidationMetadata = (metadata) => {
    memo = new Map();
    storage[GENERATION] = (storage[GENERATION] ?? 0) + 1;
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let perTarget = memo.get(target);
    if (!perTarget) memo.set(target, (perTarget = new Map()));
    let found = perTarget.get(key);
    if (!found) perTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
}

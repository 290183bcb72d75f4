/** SWAS database instances: status transitions, parameters, public connection, account password. */
import { SimError, errors } from '../../../errors';
import { mustGet } from '../../common';
import { DEFAULT_DB_PARAMETERS, type Database, type DatabaseStatus, type SwasWorld } from '../world';

export const DB_TRANSITION_MS = 4_000;

export const getDatabase = (w: SwasWorld, id: string): Database => mustGet(w.databases, id, 'InvalidDatabaseInstanceId.NotFound', 'database instance');

export function requireDbStatus(db: Database, allowed: readonly DatabaseStatus[]): void {
  if (!allowed.includes(db.status)) throw errors.wrongStatus('IncorrectDatabaseInstanceStatus', db.id, db.status, allowed.join(' or '));
}

export function dbTransition(w: SwasWorld, db: Database, from: DatabaseStatus, to: DatabaseStatus): void {
  db.status = from;
  w.clock.schedule(DB_TRANSITION_MS, () => {
    if (db.status === from) db.status = to;
  });
}

/** Checks each `name: value` against the parameter's allowed range or values; all or nothing. */
export function setParameters(db: Database, values: Record<string, unknown>): boolean {
  let restart = false;
  const checked = Object.entries(values).map(([name, raw]) => {
    const def = DEFAULT_DB_PARAMETERS.find((p) => p.name === name);
    if (!def) throw new SimError('InvalidParameters.NotFound', `The database parameter ${name} does not exist or cannot be modified.`, 400);
    const value = String(raw);
    const range = /^\[(\d+)-(\d+)\]$/.exec(def.check);
    const ok = range ? /^\d+$/.test(value) && Number(value) >= Number(range[1]) && Number(value) <= Number(range[2]) : def.check.slice(1, -1).split('|').includes(value);
    if (!ok) throw new SimError('InvalidParameters.Value', `The value '${value}' of ${name} is outside ${def.check}.`, 400);
    restart ||= def.restart;
    return [name, value] as const;
  });
  for (const [n, v] of checked) db.parameters.set(n, v);
  return restart;
}

export function checkDbPassword(pw: string): void {
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[!@#$%^&*()_+\-=]/].filter((r) => r.test(pw)).length;
  if (pw.length < 8 || pw.length > 32 || kinds < 3) {
    throw new SimError('InvalidAccountPassword.Malformed', 'The account password must be 8 to 32 characters with at least three of lower case, upper case, digits and !@#$%^&*()_+-=.', 400);
  }
}

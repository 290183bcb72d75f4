/**
 * Options of `startSimulator`, and the environment variables that mirror them
 * (`CLOUDCASE_SIM_*`, read by `optionsFromEnv`; explicit options win).
 */
import type { FaultOptions } from './faults';

export interface AccessKeyOptions {
  secret: string;
  /** Keys with the same account share state (a RAM user of the main account, say). Defaults to the key id. */
  account?: string;
  /** Actions this key may not call (`StartInstance`, `swas:Delete*`, `ecs:*`): answered with 403 NoPermission. */
  deny?: string[];
  /** When set, the key is an STS key: each request must carry this security token. */
  securityToken?: string;
}

export interface SimulatorOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Only loopback is allowed: 127.0.0.1 (default). */
  host?: string;
  /** AccessKeyId → secret (or full key options). Default `{ 'local-ak': 'local-sk' }`. */
  accessKeys?: Record<string, string | AccessKeyOptions>;
  /** Multiplier for asynchronous transitions; 0 freezes the clock (step it with `clock.advance`). Default 1. */
  clockSpeed?: number;
  faults?: FaultOptions;
  /** Accepted signature age either way, in ms. Default 15 minutes, as the cloud. */
  maxClockSkewMs?: number;
  /** Log each request to stderr (method, action, status; never a secret). */
  log?: boolean;
  /** Called with every answer (tests and recorders); must not throw. */
  observe?: (entry: ObservedAnswer) => void;
}

export interface ObservedAnswer {
  /** `swas:ListInstances`, or undefined when the request never reached an action. */
  readonly action?: string;
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

const num = (name: string, env: NodeJS.ProcessEnv): number | undefined => {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got '${raw}'`);
  return n;
};

/**
 * Reads the CLOUDCASE_SIM_* variables:
 * PORT, CLOCK_SPEED, LATENCY_MS, LATENCY_SPIKE_RATE, LATENCY_SPIKE_MS, UNAVAILABLE_RATE,
 * THROTTLING_RATE, RETRY_AFTER_MS, QUOTAS (`Action=limit/windowMs,...`), ACCESS_KEYS
 * (JSON of the `accessKeys` option), SEED (fault randomness seed), LOG (1 = log each request).
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): SimulatorOptions {
  const faults: FaultOptions = {
    latencyMs: num('CLOUDCASE_SIM_LATENCY_MS', env),
    latencySpikeRate: num('CLOUDCASE_SIM_LATENCY_SPIKE_RATE', env),
    latencySpikeMs: num('CLOUDCASE_SIM_LATENCY_SPIKE_MS', env),
    serviceUnavailableRate: num('CLOUDCASE_SIM_UNAVAILABLE_RATE', env),
    throttlingRate: num('CLOUDCASE_SIM_THROTTLING_RATE', env),
    retryAfterMs: num('CLOUDCASE_SIM_RETRY_AFTER_MS', env),
    seed: num('CLOUDCASE_SIM_SEED', env),
    quotas: env.CLOUDCASE_SIM_QUOTAS ? parseQuotas(env.CLOUDCASE_SIM_QUOTAS) : undefined,
  };
  const out: SimulatorOptions = {
    port: num('CLOUDCASE_SIM_PORT', env),
    clockSpeed: num('CLOUDCASE_SIM_CLOCK_SPEED', env),
    faults: Object.fromEntries(Object.entries(faults).filter(([, v]) => v !== undefined)) as FaultOptions,
    log: env.CLOUDCASE_SIM_LOG ? env.CLOUDCASE_SIM_LOG !== '0' && env.CLOUDCASE_SIM_LOG !== 'false' : undefined,
  };
  if (env.CLOUDCASE_SIM_ACCESS_KEYS) {
    try {
      out.accessKeys = JSON.parse(env.CLOUDCASE_SIM_ACCESS_KEYS) as SimulatorOptions['accessKeys'];
    } catch {
      throw new Error('CLOUDCASE_SIM_ACCESS_KEYS must be JSON like {"local-ak":"local-sk"}');
    }
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as SimulatorOptions;
}

/** `RunCommand=5/1000,DescribeInstances=20/60000` → quotas. */
export function parseQuotas(text: string): Record<string, { limit: number; windowMs: number }> {
  const out: Record<string, { limit: number; windowMs: number }> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z:*]+)=(\d+)\/(\d+)$/.exec(part);
    if (!m) throw new Error(`CLOUDCASE_SIM_QUOTAS: '${part}' is not Action=limit/windowMs`);
    out[m[1]] = { limit: Number(m[2]), windowMs: Number(m[3]) };
  }
  return out;
}

/** Options merged: defaults < environment < explicit (faults merged key by key). */
export function mergeOptions(fromEnv: SimulatorOptions, explicit: SimulatorOptions = {}): SimulatorOptions {
  return { ...fromEnv, ...explicit, faults: { ...fromEnv.faults, ...explicit.faults } };
}

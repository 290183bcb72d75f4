/**
 * Response contracts: every successful response is compared with the response schema codegen made
 * from the official SDK (models/<product>/generated/response-schemas.ts).
 *
 * - Against the simulator the check is strict: a wrong type or a field the SDK does not know fails
 *   the test (the simulator is ours; it must answer exactly the documented shape).
 * - Against a real environment a wrong type still fails, but a field the SDK does not know yet is
 *   only a warning: an Allure attachment "response contract warnings" plus the label
 *   `contract=unknown-fields` on the test, so the report shows where the cloud moved ahead.
 *
 * Hooked once, in the clients of clients.ts (`enforceContract` after each `send`); suites never
 * repeat it. For an explicit check: `expect(response).toMatchResponseContract(ListInstancesModel)`.
 */
import { checkContract, type ContractIssue, type ContractResult, type ObjectSchema } from '../../models/response-schema';
import { swasResponseSchemas } from '../../models/swas/generated/response-schemas';
import { ecsResponseSchemas } from '../../models/ecs/generated/response-schemas';
import { planOf } from '../../core/model/plan';
import type { ModelClass } from '../../core/model/types';
import { activeAllure } from '../../core/report/allure';
import { environment } from './environment';

export type ContractMode = 'strict' | 'lenient';

const SCHEMAS: Readonly<Record<string, Readonly<Record<string, ObjectSchema>>>> = { swas: swasResponseSchemas, ecs: ecsResponseSchemas };

/** The response schema of a model's action, or undefined for a product without generated schemas (RFS). */
export function responseSchemaOf(model: ModelClass): ObjectSchema | undefined {
  const action = planOf(model).action;
  if (!action) return undefined;
  return SCHEMAS[action.product.id]?.[action.action];
}

/** strict against the simulator, lenient against real environments. */
export function contractMode(): ContractMode {
  return environment().simulator ? 'strict' : 'lenient';
}

export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  constructor(
    readonly action: string,
    readonly issues: readonly ContractIssue[],
  ) {
    super(`${action}: the response breaks its contract (generated response schema): ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

/** Checks a body against its action's schema; undefined when the action has no schema. */
export function checkResponse(model: ModelClass, body: unknown, mode: ContractMode = contractMode()): ContractResult | undefined {
  const schema = responseSchemaOf(model);
  return schema ? checkContract(schema, body, { mode }) : undefined;
}

/**
 * What the client hook calls after every successful response: throws ContractViolation on a failing
 * check; in lenient mode reports unknown fields to the report instead.
 */
export async function enforceContract(model: ModelClass, body: unknown): Promise<void> {
  const mode = contractMode();
  const result = checkResponse(model, body, mode);
  if (!result) return;
  const action = titleOf(model);
  if (!result.ok) throw new ContractViolation(action, result.errors);
  if (mode === 'lenient' && result.unknown.length > 0) await warn(action, result.unknown);
}

async function warn(action: string, unknown: readonly ContractIssue[]): Promise<void> {
  const text = `${action}: fields the SDK's response schema does not know (not a failure outside the simulator):\n` + unknown.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  const allure = activeAllure();
  if (!allure) {
    process.stderr.write(`cloudcase: contract warning: ${text}\n`);
    return;
  }
  await allure.label('contract', 'unknown-fields');
  await allure.attachment('response contract warnings', text, { contentType: 'text/plain' });
}

function titleOf(model: ModelClass): string {
  const a = planOf(model).action;
  return a ? `${a.product.id.toUpperCase()} ${a.action}` : model.name;
}

// ---- the matcher -----------------------------------------------------------------------------

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The received ApiResponse (or its body) matches the action's generated response schema. */
      toMatchResponseContract(model: ModelClass, mode?: ContractMode): R;
    }
  }
}

export function toMatchResponseContract(received: unknown, model: ModelClass, mode: ContractMode = contractMode()): { pass: boolean; message: () => string } {
  const body = isResponse(received) ? received.body : received;
  const schema = responseSchemaOf(model);
  if (!schema) return { pass: false, message: () => `${titleOf(model)} has no generated response schema to check against` };
  const result = checkContract(schema, body, { mode });
  const listed = result.errors.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  return {
    pass: result.ok,
    message: () =>
      result.ok
        ? `expected the response not to match the ${titleOf(model)} contract (${mode}), but it did`
        : `expected the response to match the ${titleOf(model)} contract (${mode}):\n${listed}`,
  };
}

function isResponse(v: unknown): v is { body: unknown; status: number } {
  return typeof v === 'object' && v !== null && 'body' in v && 'status' in v && 'requestId' in v;
}

/** Registers toMatchResponseContract with Jest's expect (setup.ts calls it once per test file). */
export function installContractMatcher(): void {
  expect.extend({ toMatchResponseContract });
}

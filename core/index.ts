/** The product-agnostic engine. */
export { Action, Param, getActionSpec, getParamSpecs } from './model/decorators';
export { planOf, type ModelPlan } from './model/plan';
export type * from './model/types';
export { buildRequest, type BuildOptions, type BuiltRequest } from './builder/build-request';
export { ParameterError, ApiError, type ParameterIssue, type ParameterErrorCode, type ApiErrorInit } from './errors';
export type { ApiResponse } from './response';
export { waitFor, WaitTimeoutError, type WaitOptions } from './waiters/wait-for';
export { ResourceLedger, type LedgerEntry, type Leftover, type CleanupReport } from './ledger/resource-ledger';

/** The product-agnostic engine. */
export { Action, Param, getActionSpec, getParamSpecs } from './model/decorators';
export { planOf, type ModelPlan } from './model/plan';
export type * from './model/types';
export { buildRequest, type BuildOptions, type BuiltRequest } from './builder/build-request';
export { ParameterError, ApiError, type ParameterIssue, type ParameterErrorCode, type ApiErrorInit } from './errors';
export type { ApiResponse } from './response';
export { waitFor, WaitTimeoutError, type WaitOptions } from './waiters/wait-for';
export { ResourceLedger, type LedgerEntry, type Leftover, type CleanupReport } from './ledger/resource-ledger';
export { createClient, type Client, type ClientOptions, type CallOptions, type CallParams } from './client';
export { CredentialsError, type Credentials, type CredentialProvider } from './credentials';
export type { RetryOptions, RetrySetting } from './retry/policy';
export type { RateLimitOptions, RateLimitRule } from './rate-limit/limiter';
export type { CallLogger } from './report/step';
export type { EndpointOption } from './transport/endpoint';
export type { SignatureVersion } from './protocols/alibaba-rpc/sign';

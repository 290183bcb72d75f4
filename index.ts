/**
 * cloudcase — declarative parameter-model API regression testing for cloud APIs.
 * The public contract (see README): names exported here are stable.
 */
import 'reflect-metadata';

export { buildRequest, ParameterError, ApiError, Action, Param, CredentialsError } from './core';
// createClient resolves `env` / `account` from conf/ profiles, then delegates to core's createClient.
export { createClient, type EnvClientOptions } from './conf/create-client';
export type {
  BuildOptions,
  BuiltRequest,
  ParameterIssue,
  ParameterErrorCode,
  ParamOptions,
  ActionOptions,
  ModelClass,
  ParamsOf,
  ProductDescriptor,
  ApiResponse,
  Client,
  ClientOptions,
  CallOptions,
  CallParams,
  CallLogger,
  Credentials,
  CredentialProvider,
  RetryOptions,
  RetrySetting,
  RateLimitOptions,
  RateLimitRule,
  EndpointOption,
  SignatureVersion,
} from './core';
export { ApiBase, SwasApi, EcsApi, RfsApi, type RfsApiOptions } from './apis';
export * as swasModels from './models/swas';
export * as ecsModels from './models/ecs';
export * as rfsModels from './models/rfs';
export { startSimulator, type SimulatorHandle, type SimulatorOptions } from './simulator';

/**
 * cloudcase — declarative parameter-model API regression testing for cloud APIs.
 * The public contract (see README): names exported here are stable.
 */
import 'reflect-metadata';

export { buildRequest, ParameterError, ApiError, Action, Param } from './core';
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
} from './core';
export * as swasModels from './models/swas';
export * as ecsModels from './models/ecs';

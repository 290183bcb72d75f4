/** Every product's models, response types and response schemas. */
export * as swas from './swas';
export * as ecs from './ecs';
export * as rfs from './rfs';
export { swasResponseSchemas } from './swas';
export { ecsResponseSchemas } from './ecs';
export { checkContract, type ContractIssue, type ContractOptions, type ContractResult, type FieldSchema, type ObjectSchema } from './response-schema';

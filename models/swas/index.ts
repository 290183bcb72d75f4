/** SWAS parameter models (`<Action>Model`), response types (`<Action>ResponseBody`) and schemas: generated from the SDK, curated in curation.ts. */
export { SWAS } from './product';
export * from './generated';
export * from './compat';

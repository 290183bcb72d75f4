export { ECS } from './product';
export * from './run-command';
export * from './describe-images';

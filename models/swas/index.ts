export { SWAS } from './product';
export * from './run-command';
export * from './list-instances';
export * from './create-firewall-rules';
export * from './tag-resources';
export * from './delete-firewall-rules';
export * from './list-key-pairs';

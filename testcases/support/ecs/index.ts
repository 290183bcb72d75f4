/**
 * What the ECS suites import beside ../index: the action's suite block, typed waiters, test
 * instances, and small helpers.
 */
export { ecsSuite } from './suite';
export { waitForEcsInstanceStatus, waitForEcsInstanceGone, waitForInvocationFinished, waitForEcsImageStatus, type EcsWaitOptions } from './waiters';
export { acquireEcsTestInstance, ECS_ROLE_TAG, type EcsInstanceRole, runEcsTestInstances, removeEcsInstance, testInstanceParams, testCreateInstanceParams, optionalEcsData } from './instances';
export { isNotFound, removeIgnoringNotFound, isFinalError } from './errors';
export { opensshPublicKey } from './ssh-keys';
export { decodeOutput, NOT_FOUND_ID } from './values';
export { ecsAccountUid } from './accounts';

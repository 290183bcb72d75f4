/**
 * What a test case imports: the environment, clients / API objects per named account, the
 * Allure-labelled suite, resource names and tags, and cleanup.
 *
 *   import { apiSuite, swas, useResources, resourceName } from '../support';
 */
export { environment, testData } from './environment';
export { client, swas, ecs, type AccountName } from './clients';
export { apiSuite, type ApiSuiteMeta, type Product, type Severity } from './suite';
export { resourceName, resourceTags, isTestResourceName } from './names';
export { useResources, type LedgerEntry } from './resources';
export { repeatable } from './repeatable';

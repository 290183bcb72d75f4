/**
 * `ecsSuite('DescribeImages', () => …)`: the Allure-labelled describe block of one ECS action, its
 * feature (API category) taken from models/ecs/categories.ts so every suite files it the same way.
 */
import { ECS_CATEGORY_TITLES, ecsCategoryOf } from '../../../models/ecs/categories';
import { apiSuite, type Severity } from '../suite';

export function ecsSuite(action: string, body: () => void, severity?: Severity): void {
  const category = ecsCategoryOf(action);
  if (!category) throw new Error(`ECS ${action} has no category in models/ecs/categories.ts: add it there first`);
  apiSuite({ product: 'ecs', feature: ECS_CATEGORY_TITLES[category], action, severity }, body);
}

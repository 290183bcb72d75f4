/**
 * `apiSuite` — a describe block for one API action that labels every test in it for Allure:
 * epic = product, feature = API category, story = action, severity (smoke tests: critical).
 */
import * as allure from 'allure-js-commons';
import { tagsOf } from '../../runner/selection';

/** A product id: a folder of models/ (swas, ecs, rfs, …). */
export type Product = 'swas' | 'ecs' | 'rfs' | (string & {});
export type Severity = 'blocker' | 'critical' | 'normal' | 'minor' | 'trivial';

/** The epic shown in the report: the product's short title (its id in capitals: SWAS, ECS, RFS). */
const title = (product: Product): string => product.toUpperCase();

export interface ApiSuiteMeta {
  product: Product;
  /** API category as in the product's API reference, e.g. "Instances", "Firewall", "Commands". */
  feature: string;
  /** The action under test, e.g. "ListInstances". */
  action: string;
  /** Default: critical for @smoke tests, normal otherwise. */
  severity?: Severity;
}

/** `apiSuite({ product: 'swas', feature: 'Instances', action: 'ListInstances' }, () => { it('... @smoke', ...) })` */
export function apiSuite(meta: ApiSuiteMeta, body: () => void): void {
  describe(`${title(meta.product)} ${meta.action}`, () => {
    beforeEach(async () => {
      const tags = tagsOf(expect.getState().currentTestName ?? '');
      await allure.epic(title(meta.product));
      await allure.feature(meta.feature);
      await allure.story(meta.action);
      await allure.severity(meta.severity ?? (tags.includes('smoke') ? 'critical' : 'normal'));
    });
    body();
  });
}

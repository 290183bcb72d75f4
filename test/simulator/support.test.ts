/** The field-for-field check the SDK tests rely on must itself catch what it is meant to catch. */
import { unknownFields } from './support/sdk';

test('unknownFields reports fields the SDK dropped, at any depth', () => {
  const raw = { RequestId: 'r', Instances: [{ InstanceId: 'i', Extra: 1 }], Wrap: { List: [{ A: 1, B: 2 }] } };
  const parsed = { RequestId: 'r', Instances: [{ InstanceId: 'i' }], Wrap: { List: [{ A: 1 }] } };
  expect(unknownFields(raw, parsed)).toEqual(['Instances[0].Extra', 'Wrap.List[0].B']);
  expect(unknownFields(parsed, parsed)).toEqual([]);
});

// Generated negative and boundary cases for every ECS action the suites cover — the simulated set, as
// models/ecs/categories.ts lists it (see generated-suite.ts for the rules). Writes that can be dry-run
// are sent with DryRun=true, so an accepted boundary value (RunInstances Amount=100) creates nothing.
import * as models from '../../models/ecs';
import { ECS_CATEGORIES, ECS_CATEGORY_TITLES, ecsCategoryOf } from '../../models/ecs/categories';
import { planOf } from '../../core/model/plan';
import type { ModelClass } from '../../core/model/types';
import { isReadAction } from '../../core/protocols/alibaba-rpc/idempotency';
import { client, ecs, resourceName, testData } from '../support';
import { generatedSuite, type Corrections, type RealValues } from './generated-suite';

const ACTIONS = Object.values(ECS_CATEGORIES).flat();

/** `Action.parameter[:kind]` → why the generated case does not apply as generated. */
const corrections: Corrections = {};

/** Ids of real resources of the account, for the read actions' accepted cases. Absent kinds stay examples. */
async function realValues(): Promise<RealValues> {
  const api = ecs();
  const [instances, groups, keys, commands] = await Promise.all([
    api.describeInstances({ maxResults: 10 }),
    api.describeSecurityGroups({ maxResults: 10 }),
    api.describeKeyPairs({ pageSize: 10 }),
    api.describeCommands({ maxResults: 10 }),
  ]);
  const values: Record<string, string | string[]> = { imageId: testData('ecs', 'imageId') };
  const put = (names: string[], id: string | undefined): void => {
    if (id) for (const n of names) values[n] = n.endsWith('s') ? [id] : id;
  };
  put(['instanceId', 'instanceIds'], instances.body.Instances?.Instance?.[0]?.InstanceId);
  put(['securityGroupId', 'securityGroupIds'], groups.body.SecurityGroups?.SecurityGroup?.[0]?.SecurityGroupId);
  put(['keyPairName', 'keyPairNames'], keys.body.KeyPairs?.KeyPair?.[0]?.KeyPairName);
  put(['commandId'], commands.body.Commands?.Command?.[0]?.CommandId);
  return values;
}

const modelOf = (action: string): ModelClass | undefined => (models as unknown as Record<string, ModelClass | undefined>)[`${action}Model`];

generatedSuite({
  product: 'ecs',
  featureOf: (action) => {
    const category = ecsCategoryOf(action);
    return category ? ECS_CATEGORY_TITLES[category] : 'ECS';
  },
  actions: ACTIONS,
  modelOf,
  client: () => client('main'),
  realValues,
  fixedValues: (action) => {
    const model = modelOf(action);
    const names = model && !isReadAction(action) ? planOf(model).params.filter((p) => ['name', 'commandName', 'securityGroupName', 'imageName', 'instanceName'].includes(p.name)) : [];
    const out: Record<string, unknown> = Object.fromEntries(names.map((p) => [p.name, resourceName('gen')]));
    // Instance creation is dry-run (DryRun=true, set by the engine); with the profile's image and type the
    // dry run goes as far as the real thing would, so an accepted value ends in DryRunOperation.
    if (action === 'RunInstances' || action === 'CreateInstance') Object.assign(out, { imageId: testData('ecs', 'imageId'), instanceType: testData('ecs', 'instanceType') });
    return out;
  },
  corrections,
});

// Generated negative and boundary cases for all 98 SWAS actions (see generated-suite.ts for the rules).
// Nothing here is hand-listed but the corrections below, each with its reason.
import * as models from '../../models/swas';
import { swasCategoryOf, type SwasCategory } from '../../models/swas/categories';
import { planOf } from '../../core/model/plan';
import type { ModelClass } from '../../core/model/types';
import { isReadAction } from '../../core/protocols/alibaba-rpc/idempotency';
import { client, resourceName, swas } from '../support';
import { sharedInstanceId } from '../support/swas/instances';
import { generatedSuite, type Corrections, type RealValues } from './generated-suite';

const FEATURE: Readonly<Record<SwasCategory, string>> = {
  instances: 'Instances',
  images: 'Images',
  disksAndSnapshots: 'Disks and snapshots',
  firewall: 'Firewall',
  commands: 'Commands',
  keyPairs: 'Key pairs',
  databases: 'Databases',
  monitoring: 'Monitoring',
  tags: 'Tags',
  regionsAndPlans: 'Regions and plans',
};

/** Every SWAS action, read from the models themselves (each generated `<Action>Model` declares its action): 98. */
const ACTIONS = [
  ...new Set(
    Object.entries(models)
      .filter(([name, value]) => name.endsWith('Model') && typeof value === 'function')
      .map(([, value]) => planOf(value as ModelClass).action)
      .filter((a) => a?.product.id === 'swas')
      .map((a) => a!.action),
  ),
].sort();

/** `Action.parameter[:kind]` → why the generated case does not apply as generated. */
const corrections: Corrections = {
  'CreateInstances.amount:at-min': 'an accepted amount buys instances: paid, so never sent (it belongs to a billing test, which default runs leave out)',
  'CreateInstances.amount:at-max': 'an accepted amount buys instances: paid, so never sent (it belongs to a billing test, which default runs leave out)',
  'CreateInstances.dataDiskSize:at-min': 'an accepted data disk size buys an instance: paid, so never sent (it belongs to a billing test, which default runs leave out)',
  'CreateInstances.dataDiskSize:at-max': 'an accepted data disk size buys an instance: paid, so never sent (it belongs to a billing test, which default runs leave out)',
};

/** Ids of real resources of the account, for the read actions' accepted cases. Absent kinds stay examples. */
async function realValues(): Promise<RealValues> {
  const api = swas();
  const instanceId = await sharedInstanceId();
  const [disks, dbs, images, snapshots, keys, commands, templates] = await Promise.all([
    api.listDisks({ instanceId, pageSize: 10 }),
    api.describeDatabaseInstances({ pageSize: 10 }),
    api.listCustomImages({ pageSize: 10 }),
    api.listSnapshots({ pageSize: 10 }),
    api.listKeyPairs({ pageSize: 10 }),
    api.describeCommands({ provider: 'User', pageSize: '10' }),
    api.describeFirewallTemplates({ pageSize: 10 }),
  ]);
  const values: Record<string, string | string[]> = { instanceId, instanceIds: [instanceId] };
  const put = (names: string[], id: string | undefined): void => {
    if (id) for (const n of names) values[n] = n.endsWith('s') ? [id] : id;
  };
  put(['diskId', 'diskIds'], disks.body.Disks?.[0]?.DiskId);
  put(['databaseInstanceId', 'databaseInstanceIds'], dbs.body.DatabaseInstances?.[0]?.DatabaseInstanceId);
  put(['imageId'], images.body.CustomImages?.[0]?.ImageId);
  put(['snapshotId', 'snapshotIds'], snapshots.body.Snapshots?.[0]?.SnapshotId);
  put(['keyPairName', 'keyPairNames'], keys.body.KeyPairs?.[0]?.KeyPairName);
  put(['commandId'], commands.body.Commands?.[0]?.CommandId);
  const templateId = templates.body.FirewallTemplates?.[0]?.FirewallTemplateId;
  if (templateId) values.firewallTemplateId = [templateId];
  return values;
}

const modelOf = (action: string): ModelClass | undefined => (models as unknown as Record<string, ModelClass | undefined>)[`${action}Model`];

generatedSuite({
  product: 'swas',
  featureOf: (action) => FEATURE[swasCategoryOf(action) ?? 'instances'],
  actions: ACTIONS,
  modelOf,
  client: () => client('main'),
  realValues,
  // A write that really creates (an accepted CreateCommand) carries the test name prefix.
  fixedValues: (action) => {
    const model = modelOf(action);
    return model && !isReadAction(action) && planOf(model).params.some((p) => p.name === 'name') ? { name: resourceName('gen') } : {};
  },
  corrections,
  cleanup: (action, body, ledger) => {
    if (action === 'CreateCommand' && typeof body.CommandId === 'string') {
      const commandId = body.CommandId;
      ledger.track({ product: 'swas', kind: 'Command', id: commandId, remove: () => swas().deleteCommand({ commandId }) });
    }
  },
});

/**
 * ECS instances. Creating instances costs money on a real account, so:
 * - the full create → list → stop/start → delete flows are @billing (they never run by default);
 * - every other test works on the file's test instance (acquireEcsTestInstance 'lifecycle': the
 *   simulator gives this file its own; a real account lends the instance tagged for status changes,
 *   which no other file uses). Tests that change its status or attributes are @destructive and
 *   leave it Running with its original attributes;
 * - RunInstances / CreateInstance / DeleteInstance(s) are also checked without spending anything:
 *   with DryRun, which validates the request and answers DryRunOperation instead of acting.
 */
import { randomUUID } from 'node:crypto';
import { ecs, environment, isTestResourceName, resourceName, resourceTags, useResources } from '../support';
import {
  NOT_FOUND_ID,
  acquireEcsTestInstance,
  ecsSuite,
  removeEcsInstance,
  testCreateInstanceParams,
  testInstanceParams,
  waitForEcsInstanceGone,
  waitForEcsInstanceStatus,
} from '../support/ecs';

const resources = useResources();
let instanceId: string;

beforeAll(async () => {
  instanceId = await acquireEcsTestInstance(resources, 'lifecycle');
});

const ids = (list: string[]): string => JSON.stringify(list);

ecsSuite('DescribeInstances', () => {
  it('finds the test instance by id, with its type, network and status @smoke', async () => {
    const r = await ecs().describeInstances({ instanceIds: ids([instanceId]) });
    expect(r.body.TotalCount).toBe(1);
    const inst = r.body.Instances?.Instance?.[0];
    expect(inst).toMatchObject({ InstanceId: instanceId, Status: 'Running', RegionId: environment().regionId, InstanceNetworkType: 'vpc' });
    expect(inst?.ZoneId?.startsWith(environment().regionId)).toBe(true);
    expect(inst?.VpcAttributes?.VpcId).toMatch(/^vpc-/);
    expect(inst?.SecurityGroupIds?.SecurityGroupId?.length).toBeGreaterThan(0);
  });

  it('filters by tag, status, network, name and zone @regression', async () => {
    const [{ key, value }] = resourceTags();
    const attr = (await ecs().describeInstanceAttribute({ instanceId })).body;
    const byTag = await ecs().describeInstances({ tag: [{ key, value }], pageSize: 100 });
    const tagged = byTag.body.Instances?.Instance ?? [];
    expect(tagged.map((i) => i.InstanceId)).toContain(instanceId);
    for (const i of tagged) expect(i.Tags?.Tag ?? []).toEqual(expect.arrayContaining([{ TagKey: key, TagValue: value }]));

    const stopped = await ecs().describeInstances({ status: 'Stopped', pageSize: 100 });
    for (const i of stopped.body.Instances?.Instance ?? []) expect(i.Status).toBe('Stopped');
    expect((stopped.body.Instances?.Instance ?? []).map((i) => i.InstanceId)).not.toContain(instanceId);

    const byNetwork = await ecs().describeInstances({ vpcId: attr.VpcAttributes?.VpcId, securityGroupId: attr.SecurityGroupIds?.SecurityGroupId?.[0], pageSize: 100 });
    expect((byNetwork.body.Instances?.Instance ?? []).map((i) => i.InstanceId)).toContain(instanceId);
    for (const i of byNetwork.body.Instances?.Instance ?? []) expect(i.SecurityGroupIds?.SecurityGroupId).toContain(attr.SecurityGroupIds?.SecurityGroupId?.[0]);

    const byName = await ecs().describeInstances({ instanceName: attr.InstanceName, zoneId: attr.ZoneId, pageSize: 100 });
    expect((byName.body.Instances?.Instance ?? []).map((i) => i.InstanceId)).toContain(instanceId);
    for (const i of byName.body.Instances?.Instance ?? []) expect(i).toMatchObject({ InstanceName: attr.InstanceName, ZoneId: attr.ZoneId });
  });

  it('pages exactly, by page number and by token, over a fixed set of instances @regression', async () => {
    // A fixed set: instances of parallel test files come and go, so page over named ids only —
    // this file's instance and long-lived ones no test created.
    const all = await ecs().describeInstances({ pageSize: 100 });
    const lasting = (all.body.Instances?.Instance ?? []).filter((i) => !isTestResourceName(i.InstanceName)).map((i) => i.InstanceId!);
    const set = [instanceId, ...lasting.filter((id) => id !== instanceId)].slice(0, 3);
    const seen: string[] = [];
    for (let page = 1; page <= set.length + 1; page++) {
      const r = await ecs().describeInstances({ instanceIds: ids(set), pageSize: 1, pageNumber: page });
      expect(r.body).toMatchObject({ TotalCount: set.length, PageNumber: page, PageSize: 1 });
      seen.push(...(r.body.Instances?.Instance ?? []).map((i) => i.InstanceId!));
    }
    expect(seen.sort()).toEqual([...set].sort());

    const byToken: string[] = [];
    let nextToken: string | undefined;
    for (let i = 0; i < set.length + 1; i++) {
      const r = await ecs().describeInstances({ instanceIds: ids(set), maxResults: 1, nextToken });
      byToken.push(...(r.body.Instances?.Instance ?? []).map((x) => x.InstanceId!));
      nextToken = r.body.NextToken || undefined;
      if (!nextToken) break;
    }
    expect(nextToken).toBeUndefined();
    expect(byToken.sort()).toEqual([...set].sort());
  });

  it('rejects a status outside its enum and a malformed token @regression', async () => {
    await expect(ecs().describeInstances({ status: 'Sleeping' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
    await expect(ecs().describeInstances({ maxResults: 10, nextToken: 'not-a-token!' })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('DescribeInstanceAttribute', () => {
  it('describes the test instance as DescribeInstances lists it @regression', async () => {
    const [attr, listed] = await Promise.all([ecs().describeInstanceAttribute({ instanceId }), ecs().describeInstances({ instanceIds: ids([instanceId]) })]);
    const inst = listed.body.Instances?.Instance?.[0];
    expect(attr.body).toMatchObject({
      InstanceId: instanceId, InstanceName: inst?.InstanceName, InstanceType: inst?.InstanceType, ImageId: inst?.ImageId, ZoneId: inst?.ZoneId, Status: inst?.Status,
    });
  });

  it('answers InvalidInstanceId.NotFound for an unknown instance @regression', async () => {
    await expect(ecs().describeInstanceAttribute({ instanceId: NOT_FOUND_ID.instance })).rejects.toMatchApiError('InvalidInstanceId.NotFound');
  });
});

ecsSuite('DescribeInstanceStatus', () => {
  it('reports the test instance Running @regression', async () => {
    const r = await ecs().describeInstanceStatus({ instanceId: [instanceId] });
    expect(r.body.InstanceStatuses?.InstanceStatus).toEqual([{ InstanceId: instanceId, Status: 'Running' }]);
    expect(r.body.TotalCount).toBe(1);
  });

  it('rejects a page size above 50 @regression', async () => {
    await expect(ecs().describeInstanceStatus({ pageSize: 51 }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('ModifyInstanceAttribute', () => {
  it('renames and describes the instance, then restores it @destructive', async () => {
    const before = (await ecs().describeInstanceAttribute({ instanceId })).body;
    const name = resourceName('renamed');
    try {
      await ecs().modifyInstanceAttribute({ instanceId, instanceName: name, description: 'renamed by cloudcase' });
      const after = (await ecs().describeInstanceAttribute({ instanceId })).body;
      expect(after).toMatchObject({ InstanceName: name, Description: 'renamed by cloudcase' });
    } finally {
      await ecs().modifyInstanceAttribute({ instanceId, instanceName: before.InstanceName, description: before.Description ?? '' });
    }
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.InstanceName).toBe(before.InstanceName);
  });

  it('protects the instance from deletion until protection is turned off @destructive', async () => {
    await ecs().modifyInstanceAttribute({ instanceId, deletionProtection: true });
    try {
      // DryRun: even if protection failed, nothing would be deleted.
      await expect(ecs().deleteInstance({ instanceId, force: true, dryRun: true })).rejects.toMatchApiError({ code: 'InvalidOperation.DeletionProtection', status: 403 });
    } finally {
      await ecs().modifyInstanceAttribute({ instanceId, deletionProtection: false });
    }
    await expect(ecs().deleteInstance({ instanceId, force: true, dryRun: true })).rejects.toMatchApiError('DryRunOperation');
  });

  it('rejects a one-character name and a weak password, changing nothing @regression', async () => {
    const before = (await ecs().describeInstanceAttribute({ instanceId })).body;
    await expect(ecs().modifyInstanceAttribute({ instanceId, instanceName: 'x' })).rejects.toMatchApiError({ code: 'InvalidInstanceName.Malformed', status: 400 });
    await expect(ecs().modifyInstanceAttribute({ instanceId, password: 'password' })).rejects.toMatchApiError({ code: 'InvalidPassword.Malformed', status: 400 });
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.InstanceName).toBe(before.InstanceName);
  });
});

ecsSuite('StopInstance', () => {
  it('stops the instance, refuses to stop it twice, and StartInstance brings it back @destructive', async () => {
    await ecs().stopInstance({ instanceId });
    await waitForEcsInstanceStatus(instanceId, 'Stopped');
    await expect(ecs().stopInstance({ instanceId })).rejects.toMatchApiError('IncorrectInstanceStatus');
    await expect(ecs().rebootInstance({ instanceId })).rejects.toMatchApiError('IncorrectInstanceStatus');
    await ecs().startInstance({ instanceId });
    await waitForEcsInstanceStatus(instanceId, 'Running');
  });

  it('answers InvalidInstanceId.NotFound for an unknown instance @regression', async () => {
    await expect(ecs().stopInstance({ instanceId: NOT_FOUND_ID.instance })).rejects.toMatchApiError('InvalidInstanceId.NotFound');
  });
});

ecsSuite('StartInstance', () => {
  it('refuses to start a Running instance @regression', async () => {
    await expect(ecs().startInstance({ instanceId, dryRun: true })).rejects.toMatchApiError('IncorrectInstanceStatus');
  });

  it('validates a start with DryRun without acting @regression', async () => {
    await expect(ecs().startInstance({ instanceId: NOT_FOUND_ID.instance, dryRun: true })).rejects.toMatchApiError('InvalidInstanceId.NotFound');
  });
});

ecsSuite('RebootInstance', () => {
  it('reboots the instance back to Running @destructive', async () => {
    await ecs().rebootInstance({ instanceId });
    const attr = await waitForEcsInstanceStatus(instanceId, 'Running');
    expect(attr.InstanceId).toBe(instanceId);
  });

  it('validates a reboot with DryRun without acting @regression', async () => {
    await expect(ecs().rebootInstance({ instanceId, dryRun: true })).rejects.toMatchApiError('DryRunOperation');
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.Status).toBe('Running');
  });
});

ecsSuite('StopInstances', () => {
  it('stops in a batch, reporting the previous status, then StartInstances restores it @destructive', async () => {
    const stopped = await ecs().stopInstances({ instanceId: [instanceId] });
    expect(stopped.body.InstanceResponses?.InstanceResponse).toEqual([expect.objectContaining({ InstanceId: instanceId, PreviousStatus: 'Running', Code: '200' })]);
    await waitForEcsInstanceStatus(instanceId, 'Stopped');
    await ecs().startInstances({ instanceId: [instanceId] });
    await waitForEcsInstanceStatus(instanceId, 'Running');
  });

  it('refuses the whole batch when one instance does not exist (AllTogether) @regression', async () => {
    await expect(ecs().stopInstances({ instanceId: [instanceId, NOT_FOUND_ID.instance], batchOptimization: 'AllTogether', dryRun: true })).rejects.toMatchApiError(
      /NotFound/,
    );
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.Status).toBe('Running');
  });
});

ecsSuite('StartInstances', () => {
  it('reports per instance with SuccessFirst: a Running one and an unknown one both fail @regression', async () => {
    const r = await ecs().startInstances({ instanceId: [instanceId, NOT_FOUND_ID.instance], batchOptimization: 'SuccessFirst' });
    const byId = new Map((r.body.InstanceResponses?.InstanceResponse ?? []).map((x) => [x.InstanceId, x]));
    expect(byId.get(instanceId)).toMatchObject({ Code: 'IncorrectInstanceStatus', CurrentStatus: 'Running' });
    expect(byId.get(NOT_FOUND_ID.instance)?.Code).toMatch(/NotFound/);
  });

  it('rejects a batch mode outside its enum @regression', async () => {
    await expect(ecs().startInstances({ instanceId: [instanceId], batchOptimization: 'Whenever' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('RebootInstances', () => {
  it('reboots in a batch back to Running @destructive', async () => {
    const r = await ecs().rebootInstances({ instanceId: [instanceId] });
    expect(r.body.InstanceResponses?.InstanceResponse?.[0]).toMatchObject({ InstanceId: instanceId, PreviousStatus: 'Running' });
    await waitForEcsInstanceStatus(instanceId, 'Running');
  });

  it('answers MissingParameter without instances @regression', async () => {
    await expect(ecs().rebootInstances({ instanceId: [] }, { validate: false })).rejects.toMatchApiError(/^Missing/);
  });
});

ecsSuite('RunInstances', () => {
  it('validates a launch with DryRun without creating anything @regression', async () => {
    await expect(ecs().runInstances(testInstanceParams({ dryRun: true, amount: 2 }))).rejects.toMatchApiError('DryRunOperation');
  });

  it('rejects an unknown instance type and an unknown image @regression', async () => {
    await expect(ecs().runInstances(testInstanceParams({ instanceType: 'ecs.cc-none.tiny', dryRun: true }))).rejects.toMatchApiError(/^InvalidInstanceType/);
    await expect(ecs().runInstances(testInstanceParams({ imageId: 'cc_none_20G.vhd', dryRun: true }))).rejects.toMatchApiError(/^InvalidImageId/);
  });

  it('rejects Amount 0 (below its minimum of 1) @regression', async () => {
    await expect(ecs().runInstances(testInstanceParams({ amount: 0, dryRun: true }), { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });

  it('launches two tagged instances, lists them by tag, stops and deletes them in batches until gone @billing', async () => {
    const marker = { key: 'cloudcase-run', value: resourceName('batch') };
    const params = testInstanceParams({ amount: 2, tag: [...resourceTags(), marker] });
    const token = randomUUID();
    const r = await ecs().runInstances(params, { clientToken: token });
    const created = r.body.InstanceIdSets?.InstanceIdSet ?? [];
    for (const id of created) resources.track({ product: 'ecs', kind: 'Instance', id, remove: () => removeEcsInstance(id) });
    expect(created).toHaveLength(2);
    // The same ClientToken again is the same request: the same instances, no new ones.
    const again = await ecs().runInstances(params, { clientToken: token });
    expect(again.body.InstanceIdSets?.InstanceIdSet).toEqual(created);
    await Promise.all(created.map((id) => waitForEcsInstanceStatus(id, 'Running')));
    const listed = await ecs().describeInstances({ tag: [marker], pageSize: 100 });
    expect((listed.body.Instances?.Instance ?? []).map((i) => i.InstanceId).sort()).toEqual([...created].sort());
    expect(listed.body.Instances?.Instance?.every((i) => i.Status === 'Running' && i.InstanceName?.startsWith(environment().resources.namePrefix))).toBe(true);

    await ecs().stopInstances({ instanceId: created });
    await Promise.all(created.map((id) => waitForEcsInstanceStatus(id, 'Stopped')));
    await ecs().deleteInstances({ instanceId: created });
    await Promise.all(created.map((id) => waitForEcsInstanceGone(id)));
    for (const id of created) resources.forget('ecs', 'Instance', id);
    await expect(ecs().describeInstanceAttribute({ instanceId: created[0] })).rejects.toMatchApiError('InvalidInstanceId.NotFound');
  });
});

ecsSuite('CreateInstance', () => {
  it('validates a creation with DryRun without creating anything @regression', async () => {
    await expect(ecs().createInstance(testCreateInstanceParams({ dryRun: true }))).rejects.toMatchApiError('DryRunOperation');
  });

  it('answers MissingParameter without an instance type @regression', async () => {
    const { instanceType: _t, ...params } = testCreateInstanceParams({ dryRun: true });
    await expect(ecs().createInstance(params as never, { validate: false })).rejects.toMatchApiError(/^Missing/);
  });

  it('creates a Stopped instance, starts it, and deletes it until gone @billing', async () => {
    const r = await ecs().createInstance(testCreateInstanceParams());
    const id = r.body.InstanceId!;
    resources.track({ product: 'ecs', kind: 'Instance', id, remove: () => removeEcsInstance(id) });
    expect(id).toMatch(/^i-/);
    await waitForEcsInstanceStatus(id, 'Stopped');
    await ecs().startInstance({ instanceId: id });
    await waitForEcsInstanceStatus(id, 'Running');
    await expect(ecs().deleteInstance({ instanceId: id })).rejects.toMatchApiError('IncorrectInstanceStatus');
    await ecs().deleteInstance({ instanceId: id, force: true });
    await waitForEcsInstanceGone(id);
    resources.forget('ecs', 'Instance', id);
  });
});

ecsSuite('DeleteInstance', () => {
  it('validates a forced deletion with DryRun, deleting nothing @regression', async () => {
    await expect(ecs().deleteInstance({ instanceId, force: true, dryRun: true })).rejects.toMatchApiError('DryRunOperation');
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.Status).toBe('Running');
  });

  it('refuses to delete a Running instance without Force, and an unknown one @regression', async () => {
    await expect(ecs().deleteInstance({ instanceId, dryRun: true })).rejects.toMatchApiError('IncorrectInstanceStatus');
    await expect(ecs().deleteInstance({ instanceId: NOT_FOUND_ID.instance, force: true })).rejects.toMatchApiError('InvalidInstanceId.NotFound');
  });
});

ecsSuite('DeleteInstances', () => {
  it('validates a forced batch deletion with DryRun, deleting nothing @regression', async () => {
    await expect(ecs().deleteInstances({ instanceId: [instanceId], force: true, dryRun: true })).rejects.toMatchApiError({ code: 'DRYRUN.SUCCESS', status: 400 });
  });

  it('refuses the batch when one instance does not exist @regression', async () => {
    await expect(ecs().deleteInstances({ instanceId: [instanceId, NOT_FOUND_ID.instance], force: true, dryRun: true })).rejects.toMatchApiError(/NotFound/);
    expect((await ecs().describeInstanceAttribute({ instanceId })).body.Status).toBe('Running');
  });
});

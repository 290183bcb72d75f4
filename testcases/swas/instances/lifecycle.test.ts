// SWAS instance lifecycle on the `stopped` instance, which this file owns (it is returned to the status it
// had, even when a test fails): start → reboot → stop, the batch variants, reset system, name and passwords, and
// the wrong-state errors. Plan upgrades, renewals and new instances cost money: their positive cases
// are @billing (never run by default); their negative cases are refused before anything is charged.
import { apiSuite, repeatable, resourceName, swas, testData, useResources } from '../../support';
import { settle, statusOf, useOwnedInstance } from '../../support/swas/instances';
import { waitForInstanceStatus } from '../../support/swas/waiters';
import { NOT_FOUND } from '../../support/swas/error-codes';
import { instancePassword, vncPassword } from '../../support/swas/passwords';

const MISSING_INSTANCE = 'cc0000000000000000000000notexist';
const WRONG_STATE = { code: /IncorrectInstanceStatus|IncorrectStatus/, status: 403 };
const DAY_MS = 86_400_000;

async function describeInstance(instanceId: string) {
  const r = await swas().listInstances({ instanceIds: JSON.stringify([instanceId]) });
  const inst = r.body.Instances?.[0];
  if (!inst) throw new Error(`instance ${instanceId} is not listed`);
  return inst;
}

describe('SWAS instance lifecycle on an instance this file owns', () => {
  const instance = useOwnedInstance('stopped');
  const resources = useResources();

  apiSuite({ product: 'swas', feature: 'Instances', action: 'StartInstance' }, () => {
    it('starts the stopped instance: Starting, then Running; starting it again is refused @smoke @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Stopped');
      await swas().startInstance({ instanceId: id });
      expect(['Starting', 'Running']).toContain(await statusOf(swas(), id));
      await waitForInstanceStatus(id, 'Running');
      await expect(swas().startInstance({ instanceId: id })).rejects.toMatchApiError(WRONG_STATE);
    });

    it('refuses an instance that does not exist @regression', async () => {
      await expect(swas().startInstance({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'RebootInstance' }, () => {
    it('reboots the running instance; it is Running again @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Running');
      await swas().rebootInstance({ instanceId: id });
      await waitForInstanceStatus(id, 'Running');
    });

    it('refuses an instance that does not exist @regression', async () => {
      await expect(swas().rebootInstance({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'ResetSystem' }, () => {
    it('re-installs the system from the same image with a new password; the instance comes back Running @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Running');
      const before = await describeInstance(id);
      await swas().resetSystem({ instanceId: id, imageId: before.ImageId, loginCredentials: { password: instancePassword() } });
      await waitForInstanceStatus(id, 'Running');
      expect((await describeInstance(id)).ImageId).toBe(before.ImageId);
      expect((await swas().describeInstancePasswordsSetting({ instanceId: id })).body.InstancePasswordSetting).toBe(true);
    });

    it('refuses a weak password and an image that does not exist, and leaves the instance as it was @regression @destructive', async () => {
      const id = instance();
      const status = await statusOf(swas(), id);
      await expect(swas().resetSystem({ instanceId: id, loginCredentials: { password: 'weak' } })).rejects.toMatchApiError(/^InvalidPassword|^InvalidParameter/);
      await expect(swas().resetSystem({ instanceId: id, imageId: 'cc0000notanimage0000' })).rejects.toMatchApiError(NOT_FOUND);
      expect(await statusOf(swas(), id)).toBe(status);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'StopInstance' }, () => {
    it('stops the running instance: Stopping, then Stopped; stopping it again is refused @smoke @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Running');
      await swas().stopInstance({ instanceId: id });
      await waitForInstanceStatus(id, 'Stopped');
      await expect(swas().stopInstance({ instanceId: id })).rejects.toMatchApiError(WRONG_STATE);
      await expect(swas().rebootInstance({ instanceId: id })).rejects.toMatchApiError(WRONG_STATE);
    });

    it('refuses an instance that does not exist @regression', async () => {
      await expect(swas().stopInstance({ instanceId: MISSING_INSTANCE })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  // While the instance is stopped (after the StopInstance flow): no remote access to it.
  apiSuite({ product: 'swas', feature: 'Instances', action: 'DescribeInstanceVncUrl' }, () => {
    it('gives no VNC address for a stopped instance @regression @destructive', async () => {
      await settle(swas(), instance(), 'Stopped');
      await expect(swas().describeInstanceVncUrl({ instanceId: instance() })).rejects.toMatchApiError(WRONG_STATE);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'LoginInstance' }, () => {
    it('gives no Workbench login for a stopped instance @regression @destructive', async () => {
      await settle(swas(), instance(), 'Stopped');
      await expect(swas().loginInstance({ instanceId: instance() })).rejects.toMatchApiError(WRONG_STATE);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'StartTerminalSession' }, () => {
    it('opens no terminal session to a stopped instance @regression @destructive', async () => {
      await settle(swas(), instance(), 'Stopped');
      await expect(swas().startTerminalSession({ instanceId: instance() }, repeatable())).rejects.toMatchApiError({ status: 403 });
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'ModifyInstanceVncPassword' }, () => {
    it('sets the VNC password; the password settings say so @regression @destructive', async () => {
      await swas().modifyInstanceVncPassword({ instanceId: instance(), vncPassword: vncPassword() });
      expect((await swas().describeInstancePasswordsSetting({ instanceId: instance() })).body.VncPasswordSetting).toBe(true);
    });

    it('refuses a VNC password that is not 6 letters or digits @regression', async () => {
      await expect(swas().modifyInstanceVncPassword({ instanceId: instance(), vncPassword: 'abc12' })).rejects.toMatchApiError({ code: 'InvalidPassword.ValueNotSupported', status: 400 });
      await expect(swas().modifyInstanceVncPassword({ instanceId: instance(), vncPassword: 'abc-12' })).rejects.toMatchApiError({ code: 'InvalidPassword.ValueNotSupported', status: 400 });
    });

    it('refuses an instance that does not exist @regression', async () => {
      await expect(swas().modifyInstanceVncPassword({ instanceId: MISSING_INSTANCE, vncPassword: vncPassword() })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'StartInstances' }, () => {
    it('starts, reboots and stops instances in batches @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Stopped');
      const ids = JSON.stringify([id]);
      await swas().startInstances({ instanceIds: ids });
      await waitForInstanceStatus(id, 'Running');
      await swas().rebootInstances({ instanceIds: ids });
      await waitForInstanceStatus(id, 'Running');
      await swas().stopInstances({ instanceIds: ids });
      await waitForInstanceStatus(id, 'Stopped');
    });

    it('refuses a batch naming an instance that does not exist, and starts none of it @regression @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Stopped');
      await expect(swas().startInstances({ instanceIds: JSON.stringify([id, MISSING_INSTANCE]) })).rejects.toMatchApiError(NOT_FOUND);
      expect(await statusOf(swas(), id)).toBe('Stopped');
    });

    it('refuses a batch naming an instance in the wrong state @regression @destructive', async () => {
      const id = instance();
      await settle(swas(), id, 'Stopped');
      await expect(swas().stopInstances({ instanceIds: JSON.stringify([id]) })).rejects.toMatchApiError(WRONG_STATE);
      await expect(swas().rebootInstances({ instanceIds: JSON.stringify([id]) })).rejects.toMatchApiError(WRONG_STATE);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'StopInstances' }, () => {
    it('refuses an instance that does not exist @regression', async () => {
      await expect(swas().stopInstances({ instanceIds: JSON.stringify([MISSING_INSTANCE]) })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'RebootInstances' }, () => {
    it('refuses an instance that does not exist @regression', async () => {
      await expect(swas().rebootInstances({ instanceIds: JSON.stringify([MISSING_INSTANCE]) })).rejects.toMatchApiError(NOT_FOUND);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'UpdateInstanceAttribute' }, () => {
    it('renames the instance and sets its password; the old name is put back @regression @destructive', async () => {
      const id = instance();
      const before = (await describeInstance(id)).InstanceName!;
      const name = resourceName('instance');
      await swas().updateInstanceAttribute({ instanceId: id, instanceName: name });
      resources.track({ product: 'swas', kind: 'InstanceName', id, remove: () => swas().updateInstanceAttribute({ instanceId: id, instanceName: before }) });
      expect((await describeInstance(id)).InstanceName).toBe(name);
      expect((await swas().listInstances({ instanceName: name })).body.Instances?.map((i) => i.InstanceId)).toEqual([id]);

      await swas().updateInstanceAttribute({ instanceId: id, password: instancePassword() });
      expect((await swas().describeInstancePasswordsSetting({ instanceId: id })).body.InstancePasswordSetting).toBe(true);
    });

    it('refuses a one-character name and a weak password @regression', async () => {
      const id = instance();
      await expect(swas().updateInstanceAttribute({ instanceId: id, instanceName: 'x' })).rejects.toMatchApiError({ code: 'InvalidInstanceName.ValueNotSupported', status: 400 });
      await expect(swas().updateInstanceAttribute({ instanceId: id, password: 'password' })).rejects.toMatchApiError({ code: 'InvalidPassword.ValueNotSupported', status: 400 });
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'UpgradeInstance' }, () => {
    it('upgrades the instance to the smallest plan the API offers it; the plan changes @billing @destructive', async () => {
      const id = instance();
      const offered = (await swas().listInstancePlansModification({ instanceId: id })).body.Plans ?? [];
      const target = [...offered].sort((a, b) => (a.OriginPrice ?? 0) - (b.OriginPrice ?? 0))[0];
      if (!target?.PlanId) throw new Error(`no upgrade is offered to instance ${id}`);
      const status = await statusOf(swas(), id);
      await swas().upgradeInstance({ instanceId: id, planId: target.PlanId });
      await waitForInstanceStatus(id, status);
      expect((await describeInstance(id)).PlanId).toBe(target.PlanId);
    });

    it('refuses its own plan (not an upgrade) and a plan that does not exist @regression', async () => {
      const id = instance();
      const current = (await describeInstance(id)).PlanId!;
      await expect(swas().upgradeInstance({ instanceId: id, planId: current })).rejects.toMatchApiError({ code: 'InvalidPlanIdUpgrade.ValueNotSupported', status: 400 });
      await expect(swas().upgradeInstance({ instanceId: id, planId: 'swas.cc.notaplan' })).rejects.toMatchApiError(NOT_FOUND);
      expect((await describeInstance(id)).PlanId).toBe(current);
    });
  });

  apiSuite({ product: 'swas', feature: 'Instances', action: 'RenewInstance' }, () => {
    it('renews the instance by one month; it expires about 30 days later @billing @destructive', async () => {
      const id = instance();
      const before = Date.parse((await describeInstance(id)).ExpiredTime!);
      await swas().renewInstance({ instanceId: id, period: 1 });
      const after = Date.parse((await describeInstance(id)).ExpiredTime!);
      expect(after - before).toBeGreaterThanOrEqual(28 * DAY_MS);
      expect(after - before).toBeLessThanOrEqual(31 * DAY_MS);
    });

    it('refuses a period that is not a number of months it sells, and keeps the expiry @regression', async () => {
      const id = instance();
      const before = (await describeInstance(id)).ExpiredTime;
      await expect(swas().renewInstance({ instanceId: id, period: 2 }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidPeriod.ValueNotSupported', status: 400 });
      expect((await describeInstance(id)).ExpiredTime).toBe(before);
    });
  });
});

apiSuite({ product: 'swas', feature: 'Instances', action: 'CreateInstances' }, () => {
  const resources = useResources();
  const valid = () => ({ planId: testData('swas', 'planId'), imageId: testData('swas', 'imageId'), period: 1 });

  it('creates an instance from the profile plan and image; it becomes Running and is listed @billing', async () => {
    const r = await swas().createInstances({ ...valid(), amount: 1 });
    const ids = r.body.InstanceIds ?? [];
    expect(ids).toHaveLength(1);
    const [id] = ids;
    // SWAS instances are not released through the API: the ledger reports it as left behind, and its
    // test name lets `cloudcase sweep` list it until it expires.
    resources.track({
      product: 'swas', kind: 'Instance', id,
      remove: () => Promise.reject(new Error('SWAS instances cannot be released through the API; it expires after its period')),
    });
    await waitForInstanceStatus(id, 'Running');
    await swas().updateInstanceAttribute({ instanceId: id, instanceName: resourceName('instance') });
    const listed = await describeInstance(id);
    expect(listed).toMatchObject({ PlanId: valid().planId, ImageId: valid().imageId, Status: 'Running', ChargeType: 'PrePaid' });
  });

  it('refuses a plan that does not exist, an image that does not exist and a period it does not sell @regression', async () => {
    await expect(swas().createInstances({ ...valid(), planId: 'swas.cc.notaplan' })).rejects.toMatchApiError(NOT_FOUND);
    await expect(swas().createInstances({ ...valid(), imageId: 'cc0000notanimage0000' })).rejects.toMatchApiError(NOT_FOUND);
    await expect(swas().createInstances({ ...valid(), period: 2 }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidPeriod.ValueNotSupported', status: 400 });
  });

  it('is refused to a RAM user whose policy does not allow it @regression', async () => {
    await expect(swas('ram-limited').createInstances(valid())).rejects.toMatchApiError({ code: /^(NoPermission|Forbidden\.RAM)/, status: 403 });
  });
});

// SWAS saved commands: create → describe → update → invoke on the shared instance → result → delete →
// gone; the public commands Alibaba Cloud provides; and the errors the API documents.
import { apiSuite, repeatable, resourceName, resourceTags, swas, useResources } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { waitForInvocationFinished } from '../../support/swas/invocation-waiter';

const MISSING_COMMAND = 'c-hz0cc0000nonexist';

async function describeCommand(commandId: string) {
  const r = await swas().describeCommands({ provider: 'User', commandId });
  return (r.body.Commands ?? []).find((c) => c.CommandId === commandId);
}

apiSuite({ product: 'swas', feature: 'Commands', action: 'CreateCommand' }, () => {
  const resources = useResources();

  it('creates a command, updates it, invokes it, reads the result, deletes it; then it is gone @regression', async () => {
    const api = swas();
    const instanceId = await sharedInstanceId();
    const name = resourceName('cmd');
    // Repeatable: a second command left by a lost answer carries the test name, and `cloudcase sweep` removes it.
    const created = await api.createCommand({
      name,
      type: 'RunShellScript',
      commandContent: 'echo {{who}}',
      enableParameter: true,
      description: 'cloudcase saved command',
      timeout: 120,
      tag: resourceTags(),
    }, repeatable());
    const commandId = created.body.CommandId!;
    expect(commandId).toMatch(/\S/);
    resources.track({ product: 'swas', kind: 'Command', id: commandId, remove: () => api.deleteCommand({ commandId }) });

    const [marker] = resourceTags();
    expect(await describeCommand(commandId)).toMatchObject({
      Name: name, Type: 'RunShellScript', CommandContent: 'echo {{who}}', EnableParameter: true, Timeout: 120, Provider: 'User',
      ParameterNames: ['who'],
    });
    const byTag = await api.describeCommands({ provider: 'User', tag: resourceTags(), pageSize: '50' });
    expect((byTag.body.Commands ?? []).map((c) => c.CommandId)).toContain(commandId);
    expect((await describeCommand(commandId))?.Tags).toContainEqual({ Key: marker.key, Value: marker.value });

    await api.updateCommandAttribute({ commandId, name: `${name}-u`, description: 'updated', timeout: 300 });
    expect(await describeCommand(commandId)).toMatchObject({ Name: `${name}-u`, Description: 'updated', Timeout: 300 });

    const invoked = await api.invokeCommand({ commandId, instanceIds: JSON.stringify([instanceId]), parameters: { who: 'saved-command' } }, repeatable()); // an echo: harmless twice
    const invokeId = invoked.body.InvokeId!;
    const result = await waitForInvocationFinished(instanceId, invokeId);
    expect(result).toMatchObject({ InvocationStatus: 'Success', ExitCode: 0 });
    expect(result.outputText.trim()).toBe('saved-command');

    const history = await api.describeCommandInvocations({ commandId });
    expect(history.body.CommandInvocations).toContainEqual(expect.objectContaining({ InvokeId: invokeId, CommandId: commandId }));

    await api.deleteCommand({ commandId });
    resources.forget('swas', 'Command', commandId);
    expect(await describeCommand(commandId)).toBeUndefined();
    await expect(api.deleteCommand({ commandId })).rejects.toMatchApiError(/NotFound/);
  });

  it('refuses a type outside the enum and a timeout above one day @regression', async () => {
    const base = { name: resourceName('cmd'), commandContent: 'echo no' };
    await expect(swas().createCommand({ ...base, type: 'RunPythonScript' }, repeatable({ validate: false }))).rejects.toMatchApiError(/^Invalid/);
    await expect(swas().createCommand({ ...base, type: 'RunShellScript', timeout: 86_401 }, repeatable({ validate: false }))).rejects.toMatchApiError(/^Invalid/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DescribeCommands' }, () => {
  it('lists the public commands Alibaba Cloud provides @regression', async () => {
    const r = await swas().describeCommands({ provider: 'AlibabaCloud', pageSize: '50' });
    expect((r.body.Commands ?? []).length).toBeGreaterThan(0);
    for (const c of r.body.Commands ?? []) expect(c.Provider).toBe('AlibabaCloud');
  });

  it('needs a provider @regression', async () => {
    await expect(swas().describeCommands({ provider: undefined } as never, { validate: false })).rejects.toMatchApiError(/^Missing/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'UpdateCommandAttribute' }, () => {
  it('refuses a command that does not exist @regression', async () => {
    await expect(swas().updateCommandAttribute({ commandId: MISSING_COMMAND, name: resourceName('cmd') })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'InvokeCommand' }, () => {
  it('refuses a command that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().invokeCommand({ commandId: MISSING_COMMAND, instanceIds: JSON.stringify([instanceId]) }, repeatable())).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DeleteCommand' }, () => {
  it('refuses a command that does not exist @regression', async () => {
    await expect(swas().deleteCommand({ commandId: MISSING_COMMAND })).rejects.toMatchApiError(/NotFound/);
  });
});

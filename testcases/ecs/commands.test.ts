/**
 * ECS Cloud Assistant, in flows on the file's test instance: RunCommand → wait for the invocation →
 * output and exit code; CreateCommand → DescribeCommands → ModifyCommand → InvokeCommand with
 * parameters → DescribeInvocations / DescribeInvocationResults → DeleteCommand → gone; a long run
 * stopped with StopInvocation. Commands carry the test name prefix and tag.
 */
import { ecs, resourceName, resourceTags, useResources } from '../support';
import { NOT_FOUND_ID, acquireEcsTestInstance, decodeOutput, ecsSuite, removeIgnoringNotFound, waitForInvocationFinished } from '../support/ecs';

const resources = useResources();
let instanceId: string;

beforeAll(async () => {
  instanceId = await acquireEcsTestInstance(resources);
});

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A saved command, tracked for deletion. */
async function newCommand(content: string, extra: { enableParameter?: boolean; timeout?: number } = {}): Promise<string> {
  const r = await ecs().createCommand({
    name: resourceName('cmd'), type: 'RunShellScript', commandContent: b64(content), description: 'cloudcase command', tag: resourceTags(), ...extra,
  });
  const id = r.body.CommandId!;
  resources.track({ product: 'ecs', kind: 'Command', id, remove: () => removeIgnoringNotFound(() => ecs().deleteCommand({ commandId: id })) });
  return id;
}

ecsSuite('RunCommand', () => {
  it('runs a script on the instance; the invocation finishes with its output and exit code 0 @smoke', async () => {
    const marker = resourceName('echo');
    const r = await ecs().runCommand({ instanceId: [instanceId], name: resourceName('run'), type: 'RunShellScript', commandContent: `echo ${marker}`, timeout: 60, tag: resourceTags() });
    expect(r.body.InvokeId).toMatch(/^t-/);
    const [result] = await waitForInvocationFinished(r.body.InvokeId!);
    expect(result).toMatchObject({ InstanceId: instanceId, InvocationStatus: 'Success', ExitCode: 0 });
    expect(decodeOutput(result.Output)).toContain(marker);
  });

  it('reports a failing script as Failed with its exit code @regression', async () => {
    const r = await ecs().runCommand({ instanceId: [instanceId], type: 'RunShellScript', commandContent: 'echo about to fail\nexit 3', name: resourceName('run') });
    const [result] = await waitForInvocationFinished(r.body.InvokeId!);
    expect(result).toMatchObject({ InvocationStatus: 'Failed', ExitCode: 3, ErrorCode: 'ExitCodeNonzero' }); // ErrorCode as the SDK documents it
    expect(decodeOutput(result.Output)).toContain('about to fail');
  });

  it('fills custom parameters into the script when EnableParameter is set @regression', async () => {
    const r = await ecs().runCommand({
      instanceId: [instanceId], type: 'RunShellScript', commandContent: 'echo greeting {{who}}', enableParameter: true, parameters: { who: 'from-cloudcase' },
      name: resourceName('param'),
    });
    const [result] = await waitForInvocationFinished(r.body.InvokeId!);
    expect(result.InvocationStatus).toBe('Success');
    expect(decodeOutput(result.Output)).toContain('greeting from-cloudcase');
  });

  it('ends a run that outlives its Timeout as a failed record @regression', async () => {
    const r = await ecs().runCommand({ instanceId: [instanceId], type: 'RunShellScript', commandContent: 'sleep 60', timeout: 10, name: resourceName('slow') });
    await waitForInvocationFinished(r.body.InvokeId!);
    // Documented: a one-time run that times out has the record status Failed.
    const res = await ecs().describeInvocationResults({ invokeId: r.body.InvokeId! });
    expect(res.body.Invocation?.InvocationResults?.InvocationResult?.[0]?.InvokeRecordStatus).toBe('Failed');
  });

  it('rejects content that is not Base64 when it says it is, and an unknown instance @regression', async () => {
    await expect(
      ecs().runCommand({ instanceId: [instanceId], type: 'RunShellScript', contentEncoding: 'Base64', commandContent: 'echo not base64!' }),
    ).rejects.toMatchApiError({ code: 'CmdContent.DecodeError', status: 400 });
    await expect(ecs().runCommand({ instanceId: [NOT_FOUND_ID.instance], type: 'RunShellScript', commandContent: 'echo hi' })).rejects.toMatchApiError({
      code: 'InvalidInstance.NotFound',
      status: 404,
    });
  });

  it('is refused to a RAM user whose policy does not allow it @regression', async () => {
    await expect(ecs('ram-limited').runCommand({ instanceId: [instanceId], type: 'RunShellScript', commandContent: 'echo denied' })).rejects.toMatchApiError({
      code: /^(NoPermission|Forbidden)/,
      status: 403,
    });
  });
});

ecsSuite('CreateCommand', () => {
  it('saves a command with a parameter; DescribeCommands shows it Base64-encoded with its parameter names @regression', async () => {
    const commandId = await newCommand('echo hello {{who}}', { enableParameter: true, timeout: 120 });
    const r = await ecs().describeCommands({ commandId });
    const [cmd] = r.body.Commands?.Command ?? [];
    expect(cmd).toMatchObject({ CommandId: commandId, Type: 'RunShellScript', EnableParameter: true, Timeout: 120, Description: 'cloudcase command' });
    expect(decodeOutput(cmd.CommandContent)).toBe('echo hello {{who}}');
    expect(cmd.ParameterNames?.ParameterName).toEqual(['who']);
    const plain = await ecs().describeCommands({ commandId, contentEncoding: 'PlainText' });
    expect(plain.body.Commands?.Command?.[0]?.CommandContent).toBe('echo hello {{who}}');
  });

  it('rejects a type outside its enum, a timeout below 10 s and content that is not Base64 @regression', async () => {
    const base = { name: resourceName('cmd'), commandContent: b64('echo x') };
    await expect(ecs().createCommand({ ...base, type: 'RunPythonScript' }, { validate: false })).rejects.toMatchApiError({ code: 'InvalidCmdType.NotFound', status: 404 });
    await expect(ecs().createCommand({ ...base, type: 'RunShellScript', timeout: 5 })).rejects.toMatchApiError(/^Invalid/);
    await expect(ecs().createCommand({ ...base, type: 'RunShellScript', commandContent: 'echo not base64!' })).rejects.toMatchApiError({ code: 'CmdContent.DecodeError', status: 400 });
  });
});

ecsSuite('DescribeCommands', () => {
  it('finds commands by name and by tag, and pages exactly @regression', async () => {
    const marker = { key: 'cloudcase-cmd', value: resourceName('list') };
    const created: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await ecs().createCommand({ name: resourceName('cmd'), type: 'RunShellScript', commandContent: b64(`echo ${i}`), tag: [...resourceTags(), marker] });
      const id = r.body.CommandId!;
      resources.track({ product: 'ecs', kind: 'Command', id, remove: () => removeIgnoringNotFound(() => ecs().deleteCommand({ commandId: id })) });
      created.push(id);
    }
    const first = (await ecs().describeCommands({ commandId: created[0] })).body.Commands?.Command?.[0];
    const byName = await ecs().describeCommands({ name: first?.Name });
    expect((byName.body.Commands?.Command ?? []).map((c) => c.CommandId)).toEqual([created[0]]);

    const paged: string[] = [];
    for (let page = 1; page <= 2; page++) {
      const r = await ecs().describeCommands({ tag: [marker], pageSize: 2, pageNumber: page });
      expect(r.body).toMatchObject({ TotalCount: 3, PageNumber: page, PageSize: 2 });
      paged.push(...(r.body.Commands?.Command ?? []).map((c) => c.CommandId!));
    }
    expect(paged.sort()).toEqual([...created].sort());

    const byToken: string[] = [];
    let nextToken: string | undefined;
    for (let i = 0; i < 3; i++) {
      const r = await ecs().describeCommands({ tag: [marker], maxResults: 2, nextToken });
      expect((r.body.Commands?.Command ?? []).length).toBeLessThanOrEqual(2);
      byToken.push(...(r.body.Commands?.Command ?? []).map((c) => c.CommandId!));
      nextToken = r.body.NextToken || undefined;
      if (!nextToken) break;
    }
    expect(nextToken).toBeUndefined();
    expect(byToken.sort()).toEqual([...created].sort());
  });

  it('rejects a type outside its enum @regression', async () => {
    await expect(ecs().describeCommands({ type: 'RunPythonScript' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('ModifyCommand', () => {
  it('changes description, timeout and content, as DescribeCommands then shows @regression', async () => {
    const commandId = await newCommand('echo before');
    await ecs().modifyCommand({ commandId, description: 'modified', timeout: 300, commandContent: b64('echo after') });
    const cmd = (await ecs().describeCommands({ commandId })).body.Commands?.Command?.[0];
    expect(cmd).toMatchObject({ Description: 'modified', Timeout: 300 });
    expect(decodeOutput(cmd?.CommandContent)).toBe('echo after');
  });

  it('answers InvalidCmdId.NotFound for an unknown command, and rejects a timeout below 10 s @regression', async () => {
    await expect(ecs().modifyCommand({ commandId: NOT_FOUND_ID.command, description: 'x' })).rejects.toMatchApiError({ code: 'InvalidCmdId.NotFound', status: 404 });
    const commandId = await newCommand('echo keep');
    await expect(ecs().modifyCommand({ commandId, timeout: 5 })).rejects.toMatchApiError(/^Invalid/);
    expect((await ecs().describeCommands({ commandId })).body.Commands?.Command?.[0]?.Timeout).toBe(60);
  });
});

ecsSuite('InvokeCommand', () => {
  it('invokes a saved command with parameters; both invocation APIs report it, and DeleteCommand makes it gone @regression', async () => {
    const commandId = await newCommand('echo hello {{who}}', { enableParameter: true });
    const r = await ecs().invokeCommand({ commandId, instanceId: [instanceId], parameters: { who: 'cloudcase' }, tag: resourceTags() });
    const invokeId = r.body.InvokeId!;
    const [result] = await waitForInvocationFinished(invokeId);
    expect(result).toMatchObject({ InvokeId: invokeId, CommandId: commandId, InstanceId: instanceId, InvocationStatus: 'Success', ExitCode: 0 });
    expect(decodeOutput(result.Output)).toContain('hello cloudcase');

    const inv = (await ecs().describeInvocations({ invokeId, includeOutput: true })).body.Invocations?.Invocation?.[0];
    expect(inv).toMatchObject({ InvokeId: invokeId, CommandId: commandId, InvokeStatus: 'Finished', InvocationStatus: 'Success' });
    expect(JSON.parse(inv?.Parameters ?? '{}')).toEqual({ who: 'cloudcase' });
    expect(decodeOutput(inv?.InvokeInstances?.InvokeInstance?.[0]?.Output)).toContain('hello cloudcase');
    expect((await ecs().describeCommands({ commandId })).body.Commands?.Command?.[0]?.InvokeTimes).toBe(1);

    await ecs().deleteCommand({ commandId });
    expect((await ecs().describeCommands({ commandId })).body.Commands?.Command ?? []).toEqual([]);
    await expect(ecs().invokeCommand({ commandId, instanceId: [instanceId] })).rejects.toMatchApiError({ code: 'InvalidCmdId.NotFound', status: 404 });
  });

  it('refuses parameters for a command that does not enable them @regression', async () => {
    const commandId = await newCommand('echo plain');
    await expect(ecs().invokeCommand({ commandId, instanceId: [instanceId], parameters: { who: 'x' } })).rejects.toMatchApiError({ code: 'Parameter.Disabled', status: 400 });
  });
});

ecsSuite('DeleteCommand', () => {
  it('answers InvalidCmdId.NotFound for an unknown command @regression', async () => {
    await expect(ecs().deleteCommand({ commandId: NOT_FOUND_ID.command })).rejects.toMatchApiError({ code: 'InvalidCmdId.NotFound', status: 404 });
  });
});

ecsSuite('StopInvocation', () => {
  it('stops a long-running invocation; it ends Stopped @regression', async () => {
    const r = await ecs().runCommand({ instanceId: [instanceId], type: 'RunShellScript', commandContent: 'sleep 86000', timeout: 86400, name: resourceName('long') });
    const invokeId = r.body.InvokeId!;
    await ecs().stopInvocation({ invokeId, instanceId: [instanceId] });
    const [result] = await waitForInvocationFinished(invokeId);
    expect(result.InvocationStatus).toBe('Stopped');
    const inv = (await ecs().describeInvocations({ invokeId })).body.Invocations?.Invocation?.[0];
    expect(inv?.InvokeStatus).toBe('Stopped');
  });

  it('answers InvalidInvokeId.NotFound for an unknown invocation @regression', async () => {
    await expect(ecs().stopInvocation({ invokeId: NOT_FOUND_ID.invocation })).rejects.toMatchApiError('InvalidInvokeId.NotFound');
  });
});

ecsSuite('DescribeInvocations', () => {
  it('filters by instance, command type and status @regression', async () => {
    const r = await ecs().runCommand({ instanceId: [instanceId], type: 'RunShellScript', commandContent: 'whoami', name: resourceName('who') });
    await waitForInvocationFinished(r.body.InvokeId!);
    const invokeId = r.body.InvokeId!;
    for (const invokeStatus of ['Finished', 'Success']) {
      const found = await ecs().describeInvocations({ invokeId, invokeStatus });
      expect((found.body.Invocations?.Invocation ?? []).map((i) => i.InvokeId)).toEqual([invokeId]);
    }
    for (const invokeStatus of ['Running', 'Failed']) {
      expect((await ecs().describeInvocations({ invokeId, invokeStatus })).body.Invocations?.Invocation ?? []).toEqual([]);
    }
    const list = await ecs().describeInvocations({ instanceId, commandType: 'RunShellScript', pageSize: 50 });
    const invocations = list.body.Invocations?.Invocation ?? [];
    expect(invocations.map((i) => i.InvokeId)).toContain(r.body.InvokeId);
    for (const i of invocations) {
      expect(i.CommandType).toBe('RunShellScript');
      expect((i.InvokeInstances?.InvokeInstance ?? []).map((x) => x.InstanceId)).toContain(instanceId);
    }
  });

  it('pages the instance\'s invocations by token exactly as by page number @regression', async () => {
    const byPage = await ecs().describeInvocations({ instanceId, pageSize: 50 });
    const expected = (byPage.body.Invocations?.Invocation ?? []).map((i) => i.InvokeId!);
    expect(expected.length).toBe(byPage.body.TotalCount);
    expect(expected.length).toBeGreaterThan(2);
    const byToken: string[] = [];
    let nextToken: string | undefined;
    for (let i = 0; i <= expected.length; i++) {
      const r = await ecs().describeInvocations({ instanceId, maxResults: 2, nextToken });
      expect((r.body.Invocations?.Invocation ?? []).length).toBeLessThanOrEqual(2);
      byToken.push(...(r.body.Invocations?.Invocation ?? []).map((x) => x.InvokeId!));
      nextToken = r.body.NextToken || undefined;
      if (!nextToken) break;
    }
    expect(nextToken).toBeUndefined();
    expect(byToken).toEqual(expected);
  });

  it('rejects a status outside its enum @regression', async () => {
    await expect(ecs().describeInvocations({ invokeStatus: 'Sleeping' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('DescribeInvocationResults', () => {
  it('returns the output as plain text when asked, filtered by record status @regression', async () => {
    const r = await ecs().runCommand({ instanceId: [instanceId], type: 'RunShellScript', commandContent: 'echo plain-output', name: resourceName('plain') });
    const invokeId = r.body.InvokeId!;
    await waitForInvocationFinished(invokeId);
    const res = await ecs().describeInvocationResults({ invokeId, contentEncoding: 'PlainText', invokeRecordStatus: 'Finished' });
    const [row] = res.body.Invocation?.InvocationResults?.InvocationResult ?? [];
    expect(row).toMatchObject({ InvokeId: invokeId, InstanceId: instanceId, InvokeRecordStatus: 'Finished', ExitCode: 0 });
    expect(row.Output).toContain('plain-output');
    const running = await ecs().describeInvocationResults({ invokeId, invokeRecordStatus: 'Running' });
    expect(running.body.Invocation?.InvocationResults?.InvocationResult ?? []).toEqual([]);
  });

  it('pages the instance\'s results by token exactly as by page number @regression', async () => {
    const byPage = (await ecs().describeInvocationResults({ instanceId, pageSize: 50 })).body.Invocation;
    const expected = (byPage?.InvocationResults?.InvocationResult ?? []).map((x) => x.InvokeId!);
    expect(expected.length).toBe(byPage?.TotalCount);
    expect(expected.length).toBeGreaterThan(2);
    const byToken: string[] = [];
    let nextToken: string | undefined;
    for (let i = 0; i <= expected.length; i++) {
      const r = (await ecs().describeInvocationResults({ instanceId, maxResults: 2, nextToken })).body.Invocation;
      expect((r?.InvocationResults?.InvocationResult ?? []).length).toBeLessThanOrEqual(2);
      byToken.push(...(r?.InvocationResults?.InvocationResult ?? []).map((x) => x.InvokeId!));
      nextToken = r?.NextToken || undefined;
      if (!nextToken) break;
    }
    expect(nextToken).toBeUndefined();
    expect(byToken).toEqual(expected);
  });

  it('rejects a record status outside its enum @regression', async () => {
    await expect(ecs().describeInvocationResults({ invokeRecordStatus: 'Sleeping' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

ecsSuite('DescribeCloudAssistantStatus', () => {
  it('reports the agent running on the test instance @regression', async () => {
    const r = await ecs().describeCloudAssistantStatus({ instanceId: [instanceId] });
    const [status] = r.body.InstanceCloudAssistantStatusSet?.InstanceCloudAssistantStatus ?? [];
    expect(status).toMatchObject({ InstanceId: instanceId, CloudAssistantStatus: 'true' });
    expect(status.CloudAssistantVersion).toMatch(/\d/);
  });

  it('answers NotFound for an unknown instance @regression', async () => {
    await expect(ecs().describeCloudAssistantStatus({ instanceId: [NOT_FOUND_ID.instance] })).rejects.toMatchApiError({ code: 'InvalidInstance.NotFound', status: 404 });
  });
});

// SWAS Cloud Assistant, one-off scripts: RunCommand → wait for the invocation to finish → output and exit
// code, and the same invocation seen through DescribeInvocations and DescribeCommandInvocations.
import { apiSuite, repeatable, resourceName, swas } from '../../support';
import { sharedInstanceId } from '../../support/swas/instances';
import { waitForInvocationFinished } from '../../support/swas/invocation-waiter';

const decode = (b64: string | undefined): string => Buffer.from(b64 ?? '', 'base64').toString('utf8');

apiSuite({ product: 'swas', feature: 'Commands', action: 'RunCommand' }, () => {
  let instanceId: string;
  beforeAll(async () => {
    instanceId = await sharedInstanceId();
  });

  it('runs a shell script and returns its output and exit code 0 @smoke @regression', async () => {
    const marker = resourceName('run');
    // Every script here only echoes: running one twice after a lost answer is harmless.
    const run = await swas().runCommand({ instanceId, name: marker, type: 'RunShellScript', commandContent: `echo ${marker}`, timeout: 60 }, repeatable());
    const invokeId = run.body.InvokeId!;
    expect(invokeId).toMatch(/\S/);

    const result = await waitForInvocationFinished(instanceId, invokeId);
    expect(result).toMatchObject({ InstanceId: instanceId, InvokeId: invokeId, InvocationStatus: 'Success', ExitCode: 0 });
    expect(result.outputText.trim()).toBe(marker);

    const listed = await swas().describeInvocations({ instanceId, pageSize: 50 });
    expect(listed.body.Invocations).toContainEqual(expect.objectContaining({ InvokeId: invokeId, CommandName: marker, InvokeStatus: 'Finished' }));

    const history = await swas().describeCommandInvocations({ invokeId });
    const inv = history.body.CommandInvocations?.[0];
    expect(inv).toMatchObject({ InvokeId: invokeId, CommandName: marker, CommandType: 'RunShellScript', InvocationStatus: 'Success' });
    expect(inv?.InvokeInstances).toContainEqual(expect.objectContaining({ InstanceId: instanceId, ExitCode: 0 }));
    expect(decode(inv?.InvokeInstances?.find((i) => i.InstanceId === instanceId)?.Output).trim()).toBe(marker);
  });

  it('reports a failing script as Failed with its exit code @regression', async () => {
    const run = await swas().runCommand({ instanceId, name: resourceName('run'), type: 'RunShellScript', commandContent: 'echo before\nexit 3' }, repeatable());
    const result = await waitForInvocationFinished(instanceId, run.body.InvokeId!);
    expect(result).toMatchObject({ InvocationStatus: 'Failed', ExitCode: 3, ErrorCode: 'ExitCodeNonzero' }); // ErrorCode as the SDK documents it
    expect(result.outputText).toContain('before');
  });

  it('fills {{parameters}} when EnableParameter is true @regression', async () => {
    const run = await swas().runCommand({
      instanceId,
      name: resourceName('run'),
      type: 'RunShellScript',
      commandContent: 'echo {{greeting}}',
      enableParameter: true,
      parameters: { greeting: 'hello-cloudcase' },
    }, repeatable());
    const result = await waitForInvocationFinished(instanceId, run.body.InvokeId!);
    expect(result.outputText.trim()).toBe('hello-cloudcase');
  });

  it('refuses a script type outside the enum and a timeout below 10 s @regression', async () => {
    const base = { instanceId, name: resourceName('run'), commandContent: 'echo no' };
    await expect(swas().runCommand({ ...base, type: 'RunPythonScript' }, repeatable({ validate: false }))).rejects.toMatchApiError(/^Invalid/);
    await expect(swas().runCommand({ ...base, type: 'RunShellScript', timeout: 5 }, repeatable({ validate: false }))).rejects.toMatchApiError(/^Invalid/);
  });

  it('refuses an instance that does not exist @regression', async () => {
    const call = swas().runCommand({ instanceId: 'cc0000000000000000000000000nonexist', name: resourceName('run'), type: 'RunShellScript', commandContent: 'echo no' }, repeatable());
    await expect(call).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DescribeInvocations' }, () => {
  it('needs an instance id @regression', async () => {
    await expect(swas().describeInvocations({ instanceId: undefined } as never, { validate: false })).rejects.toMatchApiError(/^Missing/);
  });

  it('filters by invocation status @regression', async () => {
    const instanceId = await sharedInstanceId();
    const r = await swas().describeInvocations({ instanceId, invokeStatus: 'Finished', pageSize: 50 });
    for (const i of r.body.Invocations ?? []) expect(i.InvokeStatus).toBe('Finished');
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DescribeInvocationResult' }, () => {
  it('refuses an invocation that does not exist @regression', async () => {
    const instanceId = await sharedInstanceId();
    await expect(swas().describeInvocationResult({ instanceId, invokeId: 't-cc0000nonexist' })).rejects.toMatchApiError(/NotFound/);
  });
});

apiSuite({ product: 'swas', feature: 'Commands', action: 'DescribeCommandInvocations' }, () => {
  it('finds nothing for an invocation that does not exist, and refuses a status outside the enum @regression', async () => {
    const r = await swas().describeCommandInvocations({ invokeId: 't-cc0000nonexist' });
    expect(r.body.CommandInvocations ?? []).toEqual([]);
    await expect(swas().describeCommandInvocations({ invocationStatus: 'Sleeping' }, { validate: false })).rejects.toMatchApiError(/^Invalid/);
  });
});

/**
 * Compile-time contract of the API objects, checked by `tsc --noEmit` (part of `npm test`): each
 * `@ts-expect-error` line must be an error, or tsc fails with "Unused '@ts-expect-error' directive".
 * Nothing here runs.
 */
import type { EcsApi, SwasApi } from '../../index';

export function typeContract(swas: SwasApi, ecs: EcsApi): void {
  // Required keys are required (regionId excepted: the client's default region fills it).
  void swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls' });
  void swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls', regionId: 'cn-hangzhou', type: 'RunShellScript' });
  // @ts-expect-error commandContent is required
  void swas.runCommand({ instanceId: 'i-1', name: 'n' });
  // @ts-expect-error resourceId and tag are required
  void swas.tagResources({ resourceType: 'instance' });

  // Unknown keys are compile errors, at the top level and inside nested items.
  // @ts-expect-error instanceID is not a parameter (instanceId is)
  void swas.runCommand({ instanceID: 'i-1', instanceId: 'i-1', name: 'n', commandContent: 'ls' });
  // @ts-expect-error Bogus is not a parameter
  void swas.listInstances({ Bogus: 1 });
  // @ts-expect-error prot is not a field of a firewall rule
  void swas.createFirewallRules({ instanceId: 'i-1', firewallRules: [{ port: '22', prot: 'TCP' }] });
  // @ts-expect-error imageIds is not a parameter of DescribeImages
  void ecs.describeImages({ imageIds: 'm-1' });

  // Types of values are checked.
  // @ts-expect-error timeout is a number
  void swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls', timeout: '60' });
  // @ts-expect-error instanceId of ECS RunCommand is a list
  void ecs.runCommand({ commandContent: 'ls', instanceId: 'i-1' });
  // @ts-expect-error enableParameter is a boolean
  void swas.runCommand({ instanceId: 'i-1', name: 'n', commandContent: 'ls', enableParameter: 'yes' });

  // Responses are typed by action.
  void swas.listInstances().then((res) => res.body.Instances);
  // @ts-expect-error ListInstances answers carry no CommandId
  void swas.listInstances().then((res) => res.body.CommandId);

  // Call options are typed as well.
  void swas.listInstances({}, { timeoutMs: 100, retry: { maxAttempts: 5 }, validate: false });
  // @ts-expect-error retries is not a call option
  void swas.listInstances({}, { retries: 5 });
}

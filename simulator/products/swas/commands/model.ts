/**
 * SWAS commands and invocations. An invocation starts Running on every target instance and
 * finishes (Success, Failed or Timeout) after its simulated run time on the clock.
 */
import { SimError, errors } from '../../../errors';
import { INVOCATION_ERRORS, mustGet, b64 } from '../../common';
import { runScript, substitute } from '../../script';
import { getInstance, requireStatus } from '../instances/model';
import { RESOURCE_GROUP, type Command, type Invocation, type SwasWorld } from '../world';
import type { TagPair } from '../../../wire/params';

export const COMMAND_TYPES = ['RunShellScript', 'RunBatScript', 'RunPowerShellScript'] as const;
export const COMMANDS_PER_REGION = 100;

export const getCommand = (w: SwasWorld, id: string): Command => mustGet(w.commands, id, 'InvalidCommandId.NotFound', 'command');
export const getInvocation = (w: SwasWorld, id: string): Invocation => mustGet(w.invocations, id, 'InvalidInvokeId.NotFound', 'invocation');

export function checkType(type: string): void {
  if (!(COMMAND_TYPES as readonly string[]).includes(type)) throw errors.invalid('Type', `must be one of ${COMMAND_TYPES.join(', ')}`);
}

export function checkTimeout(t: number): void {
  if (t < 10 || t > 86_400) throw errors.invalid('Timeout', 'must be between 10 and 86400 seconds');
}

export function checkContent(content: string): void {
  if (Buffer.byteLength(content) > 16 * 1024) throw new SimError('InvalidCommandContent.LengthLimitExceeded', 'The command content exceeds 16 KB.', 400);
}

export function createCommand(
  w: SwasWorld,
  o: { name: string; content: string; type: string; description?: string; timeout?: number; workingDir?: string; enableParameter?: boolean; tags: TagPair[]; resourceGroupId?: string },
): Command {
  checkType(o.type);
  checkContent(o.content);
  if (o.name.length > 128) throw errors.invalid('Name', 'at most 128 characters');
  const timeout = o.timeout ?? 60;
  checkTimeout(timeout);
  if ([...w.commands.values()].filter((c) => c.provider === 'User').length >= COMMANDS_PER_REGION) {
    throw new SimError('QuotaExceed.Command', `A region holds at most ${COMMANDS_PER_REGION} commands.`, 400);
  }
  const cmd: Command = {
    id: w.ids.b36('command', 'c-hz0', 12), name: o.name, description: o.description ?? '', content: o.content, type: o.type, timeout,
    workingDir: o.workingDir ?? (o.type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32'), enableParameter: o.enableParameter ?? false,
    createdAt: w.clock.now(), resourceGroupId: o.resourceGroupId ?? RESOURCE_GROUP, provider: 'User', tags: o.tags.map((t) => ({ ...t })),
  };
  w.commands.set(cmd.id, cmd);
  return cmd;
}

export function invoke(
  w: SwasWorld,
  cmd: Pick<Command, 'id' | 'name' | 'description' | 'content' | 'type' | 'timeout' | 'workingDir' | 'enableParameter'>,
  instanceIds: readonly string[],
  o: { parameters?: Record<string, unknown>; username?: string },
): Invocation {
  if (instanceIds.length === 0) throw errors.missing('InstanceIds');
  if (instanceIds.length > 50) throw errors.invalid('InstanceIds', 'at most 50 instances per invocation');
  const instances = instanceIds.map((id) => getInstance(w, id));
  for (const inst of instances) {
    requireStatus(inst, ['Running']);
    if (!inst.cloudAssistant) throw new SimError('CloudAssistant.NotInstalled', `The cloud assistant is not installed on instance ${inst.id}; call InstallCloudAssistant first.`, 403);
  }
  const parameters = o.parameters ?? {};
  const content = cmd.enableParameter ? substitute(cmd.content, parameters) : cmd.content;
  const username = o.username ?? (cmd.type === 'RunShellScript' ? 'root' : 'system');
  const now = w.clock.now();
  const inv: Invocation = {
    id: w.ids.b36('invocation', 't-hz0', 12), commandId: cmd.id, commandName: cmd.name, commandDescription: cmd.description, content: cmd.content,
    type: cmd.type, timeout: cmd.timeout, workingDir: cmd.workingDir, username, parameters, createdAt: now,
    targets: instances.map((i) => ({ instanceId: i.id, status: 'Running', output: '', exitCode: 0, startedAt: now, errorCode: '', errorInfo: '' })),
  };
  w.invocations.set(inv.id, inv);
  for (const target of inv.targets) {
    const inst = w.instances.get(target.instanceId)!;
    const run = runScript(content, { hostname: inst.name, username, workingDir: cmd.workingDir });
    const timedOut = run.durationMs > cmd.timeout * 1000;
    w.clock.schedule(timedOut ? cmd.timeout * 1000 : run.durationMs, () => {
      target.finishedAt = w.clock.now();
      target.output = b64(run.output);
      if (timedOut) {
        Object.assign(target, { status: 'Timeout', exitCode: -1, errorCode: INVOCATION_ERRORS.timeout, errorInfo: 'the command did not finish within its timeout' });
      } else {
        Object.assign(target, { status: run.exitCode === 0 ? 'Success' : 'Failed', exitCode: run.exitCode, errorCode: run.exitCode === 0 ? '' : INVOCATION_ERRORS.exitCode, errorInfo: run.exitCode === 0 ? '' : `the command exited with code ${run.exitCode}` });
      }
    });
  }
  return inv;
}

/** The overall status of an invocation from its targets. */
export function overallStatus(inv: Invocation): string {
  const s = inv.targets.map((t) => t.status);
  if (s.some((x) => x === 'Running')) return 'Running';
  if (s.every((x) => x === 'Success')) return 'Success';
  if (s.every((x) => x !== 'Success')) return s.includes('Timeout') ? 'Timeout' : 'Failed';
  return 'PartialFailed';
}

/** Common commands Alibaba Cloud provides (Provider=AlibabaCloud): same in every account. */
export const PUBLIC_COMMANDS: ReadonlyArray<Command & { parameterDefinitions: Array<Record<string, unknown>> }> = [
  {
    id: 'c-hz0acspublic01', name: 'ACS-SWAS-InstallDocker', description: 'Installs Docker CE', content: 'curl -fsSL {{DownloadUrl}} | sh', type: 'RunShellScript',
    timeout: 600, workingDir: '/root', enableParameter: true, createdAt: Date.UTC(2023, 0, 5, 6, 38, 53), resourceGroupId: '', provider: 'AlibabaCloud', tags: [],
    parameterDefinitions: [{ DefaultValue: 'https://get.docker.com', Description: 'Installation script URL', ParameterName: 'DownloadUrl', PossibleValues: [], Required: false }],
  },
  {
    id: 'c-hz0acspublic02', name: 'ACS-SWAS-DiskUsage', description: 'Reports disk usage', content: 'df -h', type: 'RunShellScript',
    timeout: 60, workingDir: '/root', enableParameter: false, createdAt: Date.UTC(2023, 0, 5, 6, 40, 0), resourceGroupId: '', provider: 'AlibabaCloud', tags: [],
    parameterDefinitions: [],
  },
];

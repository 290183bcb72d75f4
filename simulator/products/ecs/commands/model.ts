/**
 * ECS Cloud Assistant: commands (content kept as plain text, shown Base64-encoded) and
 * invocations that run Running → Success/Failed/Timeout on the simulated clock, or Stopped; a
 * target that cannot take the command (not Running, no agent) ends Aborted at once.
 */
import { SimError, errors } from '../../../errors';
import { INVOCATION_ERRORS as COMMON_INVOCATION_ERRORS, b64, mustGet } from '../../common';
import { runScript, substitute } from '../../script';
import type { EcsCommand, EcsInstance, EcsInvocation, EcsWorld } from '../world';
import type { TagPair } from '../../../wire/params';

/** Invocation ErrorCode values the ECS docs list (DescribeInvocationResults), the shared ones included. */
export const INVOCATION_ERRORS = { ...COMMON_INVOCATION_ERRORS, notRunning: 'InstanceNotRunning', agentNotRunning: 'ClientNotRunning' } as const;

export const ECS_COMMAND_TYPES = ['RunShellScript', 'RunBatScript', 'RunPowerShellScript'] as const;

export const getEcsCommand = (w: EcsWorld, id: string): EcsCommand => mustGet(w.commands, id, 'InvalidCmdId.NotFound', 'command');
export const getEcsInvocation = (w: EcsWorld, id: string): EcsInvocation => mustGet(w.invocations, id, 'InvalidInvokeId.NotFound', 'invocation');

/** Decodes CommandContent by its ContentEncoding (PlainText or Base64). */
export function decodeContent(content: string, encoding: string): string {
  if (encoding.toLowerCase() === 'plaintext') return content;
  if (encoding.toLowerCase() !== 'base64') throw errors.invalid('ContentEncoding', 'must be PlainText or Base64');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) {
    throw new SimError('CmdContent.DecodeError', 'CommandContent is not Base64-encoded; send it encoded or set ContentEncoding=PlainText.', 400);
  }
  return Buffer.from(content, 'base64').toString('utf8');
}

export function checkCommand(o: { type: string; content: string; timeout: number; name?: string }): void {
  if (!(ECS_COMMAND_TYPES as readonly string[]).includes(o.type)) throw new SimError('InvalidCmdType.NotFound', `Type must be one of ${ECS_COMMAND_TYPES.join(', ')}.`, 404);
  if (Buffer.byteLength(b64(o.content)) > 18 * 1024) throw new SimError('CmdContent.ExceedLimit', 'The Base64-encoded command exceeds 18 KB.', 403);
  if (o.timeout < 10 || o.timeout > 86_400) throw errors.invalid('Timeout', 'must be between 10 and 86400 seconds');
  if (o.name !== undefined && o.name.length > 128) throw new SimError('CmdName.ExceedLimit', 'The command name exceeds 128 characters.', 403);
  if (o.name !== undefined && o.name.length < 1) throw errors.invalid('Name', 'must be 1 to 128 characters');
}

export function newCommand(w: EcsWorld, o: Omit<EcsCommand, 'id' | 'createdAt' | 'invokeTimes'>): EcsCommand {
  checkCommand(o);
  return { ...o, id: w.ids.b36('command', 'c-hz0', 12), createdAt: w.clock.now(), invokeTimes: 0 };
}

export function invokeEcs(
  w: EcsWorld,
  cmd: EcsCommand,
  instances: readonly EcsInstance[],
  o: { parameters: Record<string, unknown>; username?: string; tags: TagPair[]; timeout?: number },
): EcsInvocation {
  if (instances.length === 0) throw errors.missing('InstanceId');
  if (instances.length > 100) throw new SimError('InstanceIds.ExceedLimit', 'An invocation takes at most 100 instances.', 403);
  if (!cmd.enableParameter && Object.keys(o.parameters).length) throw new SimError('Parameter.Disabled', 'Parameters were given but the command does not enable parameters.', 400);
  const content = cmd.enableParameter ? substitute(cmd.content, o.parameters) : cmd.content;
  const timeout = o.timeout ?? cmd.timeout;
  const username = o.username ?? (cmd.type === 'RunShellScript' ? 'root' : 'system');
  const now = w.clock.now();
  const inv: EcsInvocation = {
    id: w.ids.b36('invocation', 't-hz0', 12), commandId: cmd.id, commandName: cmd.name, commandDescription: cmd.description, content: cmd.content, type: cmd.type, timeout,
    workingDir: cmd.workingDir, username, parameters: o.parameters, createdAt: now, tags: o.tags.map((t) => ({ ...t })),
    targets: instances.map((i) => ({ instanceId: i.id, status: 'Running', output: '', exitCode: 0, startedAt: now, errorCode: '', errorInfo: '' })),
  };
  w.invocations.set(inv.id, inv);
  cmd.invokeTimes++;
  for (const t of inv.targets) {
    const inst = w.instances.get(t.instanceId)!;
    // The call succeeds; an instance that cannot take the command ends Aborted with the documented ErrorCode.
    const undeliverable = inst.status !== 'Running' ? INVOCATION_ERRORS.notRunning : !inst.cloudAssistant ? INVOCATION_ERRORS.agentNotRunning : undefined;
    if (undeliverable) {
      Object.assign(t, { status: 'Aborted', finishedAt: now, exitCode: 0, errorCode: undeliverable, errorInfo: `the command could not be delivered to ${inst.id}` });
      continue;
    }
    const run = runScript(content, { hostname: inst.hostName, username, workingDir: cmd.workingDir });
    const timedOut = run.durationMs > timeout * 1000;
    w.clock.schedule(timedOut ? timeout * 1000 : run.durationMs, () => {
      if (t.status !== 'Running') return;
      t.finishedAt = w.clock.now();
      t.output = b64(run.output);
      if (timedOut) Object.assign(t, { status: 'Timeout', exitCode: -1, errorCode: INVOCATION_ERRORS.timeout, errorInfo: 'the command did not finish within its timeout' });
      else Object.assign(t, { status: run.exitCode === 0 ? 'Success' : 'Failed', exitCode: run.exitCode, errorCode: run.exitCode ? INVOCATION_ERRORS.exitCode : '', errorInfo: run.exitCode ? `exit code ${run.exitCode}` : '' });
    });
  }
  return inv;
}

export function stopInvocation(w: EcsWorld, inv: EcsInvocation, instanceIds: readonly string[]): void {
  for (const t of inv.targets) {
    if ((instanceIds.length === 0 || instanceIds.includes(t.instanceId)) && t.status === 'Running') {
      Object.assign(t, { status: 'Stopped', finishedAt: w.clock.now(), errorCode: '', errorInfo: 'stopped by StopInvocation' });
    }
  }
}

export function overall(inv: EcsInvocation): string {
  const s = inv.targets.map((t) => t.status);
  if (s.includes('Running')) return 'Running';
  if (s.every((x) => x === 'Stopped')) return 'Stopped';
  if (s.every((x) => x === 'Success' || x === 'Stopped')) return 'Success';
  if (s.every((x) => x !== 'Success')) return 'Failed';
  return 'PartialFailed';
}

export const recordStatus = (status: string): string => (status === 'Running' ? 'Running' : status === 'Stopped' ? 'Stopped' : status === 'Success' ? 'Finished' : 'Failed');

/** ECS Cloud Assistant actions: commands, invocations, results, agent status. */
import { SimError, errors } from '../../../errors';
import { b64, hasTags, paginate } from '../../common';
import { parameterNames } from '../../script';
import type { Handlers } from '../../types';
import { BAD_TOKEN, ecsTags, findInstance, tokenPage, type Ctx } from '../common';
import type { EcsCommand, EcsInvocation, EcsWorld } from '../world';
import * as rules from './model';

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Output and content are Base64 unless ContentEncoding=PlainText asks for text. */
const encodeOut = (c: Ctx, base64Text: string): string =>
  (c.params.str('ContentEncoding') ?? 'Base64').toLowerCase() === 'plaintext' ? Buffer.from(base64Text, 'base64').toString('utf8') : base64Text;

function instancesOf(c: Ctx): ReturnType<typeof findInstance>['inst'][] {
  const ids = c.params.list('InstanceId');
  if (ids.length === 0) throw errors.missing('InstanceId');
  return ids.map((id) => findInstance(c, id, 'InvalidInstance.NotFound').inst);
}

function renderCommand(c: Ctx, cmd: EcsCommand): Record<string, unknown> {
  return {
    Category: '', CommandContent: encodeOut(c, b64(cmd.content)), CommandId: cmd.id, CreationTime: iso(cmd.createdAt), Description: cmd.description,
    EnableParameter: cmd.enableParameter, InvokeTimes: cmd.invokeTimes, Latest: true, Name: cmd.name, ParameterDefinitions: { ParameterDefinition: [] },
    ParameterNames: { ParameterName: cmd.enableParameter ? parameterNames(cmd.content) : [] }, Provider: '', Tags: ecsTags(cmd.tags), Timeout: cmd.timeout,
    Type: cmd.type, Version: 1, WorkingDir: cmd.workingDir,
  };
}

function renderInvocation(c: Ctx, inv: EcsInvocation, withOutput: boolean): Record<string, unknown> {
  const status = rules.overall(inv);
  return {
    CommandContent: encodeOut(c, b64(inv.content)), CommandDescription: inv.commandDescription, CommandId: inv.commandId, CommandName: inv.commandName, CommandType: inv.type,
    CreationTime: iso(inv.createdAt), Frequency: '', InvocationStatus: status, InvokeId: inv.id, InvokeStatus: status === 'Running' ? 'Running' : status === 'Stopped' ? 'Stopped' : 'Finished',
    Parameters: JSON.stringify(inv.parameters), RepeatMode: 'Once', Tags: ecsTags(inv.tags), Timed: false, Timeout: inv.timeout, Username: inv.username, WorkingDir: inv.workingDir,
    InvokeInstances: {
      InvokeInstance: inv.targets.map((t) => ({
        CreationTime: iso(inv.createdAt), Dropped: 0, ErrorCode: t.errorCode, ErrorInfo: t.errorInfo, ExitCode: t.exitCode, FinishTime: t.finishedAt ? iso(t.finishedAt) : '',
        InstanceId: t.instanceId, InstanceInvokeStatus: t.status === 'Running' ? 'Running' : 'Finished', InvocationStatus: t.status, Output: withOutput ? encodeOut(c, t.output) : '',
        Repeats: 1, StartTime: iso(t.startedAt), StopTime: t.status === 'Stopped' && t.finishedAt ? iso(t.finishedAt) : '', Timed: false, UpdateTime: iso(t.finishedAt ?? t.startedAt),
      })),
    },
  };
}

/** The InvokeStatus filter takes the coarse status (Running, Finished, Stopped) or the overall one (Success, Failed, PartialFailed, …). */
function matchesInvokeStatus(inv: EcsInvocation, wanted: string): boolean {
  const overall = rules.overall(inv);
  const coarse = overall === 'Running' ? 'Running' : overall === 'Stopped' ? 'Stopped' : 'Finished';
  return wanted === coarse || wanted === overall;
}

export const ecsCommandHandlers: Handlers<EcsWorld> = {
  CreateCommand: (c) => {
    const p = c.params;
    const cmd = rules.newCommand(c.world, {
      name: p.need('Name'), description: p.str('Description') ?? '', content: rules.decodeContent(p.need('CommandContent'), p.str('ContentEncoding') ?? 'Base64'),
      type: p.need('Type'), timeout: p.int('Timeout', 60) as number, workingDir: p.str('WorkingDir') ?? '/root', enableParameter: p.bool('EnableParameter'), tags: p.tags(),
    });
    c.world.commands.set(cmd.id, cmd);
    return { CommandId: cmd.id };
  },
  DeleteCommand: (c) => {
    const cmd = rules.getEcsCommand(c.world, c.params.need('CommandId'));
    const running = [...c.world.invocations.values()].find((i) => i.commandId === cmd.id && rules.overall(i) === 'Running');
    if (running) throw new SimError('InvalidStatus.CmdIdInUse', `Command ${cmd.id} is running in invocation ${running.id}; wait for it or stop it first.`, 403);
    c.world.commands.delete(cmd.id);
    return {};
  },
  ModifyCommand: (c) => {
    const cmd = rules.getEcsCommand(c.world, c.params.need('CommandId'));
    const p = c.params;
    const next = {
      ...cmd, name: p.str('Name') ?? cmd.name, description: p.str('Description') ?? cmd.description, timeout: p.int('Timeout') ?? cmd.timeout,
      workingDir: p.str('WorkingDir') ?? cmd.workingDir, content: p.has('CommandContent') ? rules.decodeContent(p.need('CommandContent'), 'Base64') : cmd.content,
    };
    rules.checkCommand(next);
    Object.assign(cmd, next);
    return {};
  },
  DescribeCommands: (c) => {
    const p = c.params;
    const id = p.str('CommandId');
    const name = p.str('Name');
    const type = p.str('Type');
    const provider = p.str('Provider');
    const tags = p.tags();
    const list = provider ? [] : [...c.world.commands.values()].filter((x) => (!id || x.id === id) && (!name || x.name === name) && (!type || x.type === type) && hasTags(x.tags, tags));
    // MaxResults/NextToken ask for token paging (documented beside PageNumber/PageSize).
    if (p.has('MaxResults') || p.has('NextToken')) {
      const next = tokenPage(c, list, 50, BAD_TOKEN.commands);
      return { Commands: { Command: next.items.map((x) => renderCommand(c, x)) }, NextToken: next.nextToken, TotalCount: list.length };
    }
    const page = paginate(list, p, { maxSize: 50 });
    return { Commands: { Command: page.items.map((x) => renderCommand(c, x)) }, NextToken: '', PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  RunCommand: (c) => {
    const p = c.params;
    const type = p.need('Type');
    const content = rules.decodeContent(p.need('CommandContent'), p.str('ContentEncoding') ?? 'PlainText');
    const cmd = rules.newCommand(c.world, {
      name: p.str('Name') ?? `run-${c.clock.now()}`, description: p.str('Description') ?? '', content, type, timeout: p.int('Timeout', 60) as number,
      workingDir: p.str('WorkingDir') ?? (type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32'), enableParameter: p.bool('EnableParameter'), tags: p.tags(),
    });
    const inv = rules.invokeEcs(c.world, cmd, instancesOf(c), { parameters: p.object('Parameters') ?? {}, username: p.str('Username'), tags: p.tags() });
    if (p.bool('KeepCommand')) c.world.commands.set(cmd.id, cmd);
    return { CommandId: cmd.id, InvokeId: inv.id };
  },
  InvokeCommand: (c) => {
    const p = c.params;
    const cmd = rules.getEcsCommand(c.world, p.need('CommandId'));
    const timeout = p.int('Timeout');
    if (timeout !== undefined) rules.checkCommand({ ...cmd, timeout });
    const inv = rules.invokeEcs(c.world, cmd, instancesOf(c), { parameters: p.object('Parameters') ?? {}, username: p.str('Username'), tags: p.tags(), timeout });
    return { InvokeId: inv.id };
  },
  StopInvocation: (c) => {
    const inv = rules.getEcsInvocation(c.world, c.params.need('InvokeId'));
    rules.stopInvocation(c.world, inv, c.params.list('InstanceId'));
    return {};
  },
  DescribeInvocations: (c) => {
    const p = c.params;
    const [invokeId, commandId, name, type, instanceId, status] = ['InvokeId', 'CommandId', 'CommandName', 'CommandType', 'InstanceId', 'InvokeStatus'].map((n) => p.str(n));
    const list = [...c.world.invocations.values()].filter(
      (i) => (!invokeId || i.id === invokeId) && (!commandId || i.commandId === commandId) && (!name || i.commandName === name) && (!type || i.type === type) &&
        (!instanceId || i.targets.some((t) => t.instanceId === instanceId)) && (!status || matchesInvokeStatus(i, status)),
    );
    if (p.has('MaxResults') || p.has('NextToken')) {
      const next = tokenPage(c, list, 50, BAD_TOKEN.commands);
      return { Invocations: { Invocation: next.items.map((i) => renderInvocation(c, i, p.bool('IncludeOutput'))) }, NextToken: next.nextToken, TotalCount: list.length };
    }
    const page = paginate(list, p, { maxSize: 50 });
    return { Invocations: { Invocation: page.items.map((i) => renderInvocation(c, i, p.bool('IncludeOutput'))) }, NextToken: '', PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  DescribeInvocationResults: (c) => {
    const p = c.params;
    const [invokeId, commandId, instanceId, record] = ['InvokeId', 'CommandId', 'InstanceId', 'InvokeRecordStatus'].map((n) => p.str(n));
    const rows = [...c.world.invocations.values()]
      .filter((i) => (!invokeId || i.id === invokeId) && (!commandId || i.commandId === commandId))
      .flatMap((i) => i.targets.map((t) => ({ i, t })))
      .filter(({ t }) => (!instanceId || t.instanceId === instanceId) && (!record || rules.recordStatus(t.status) === record));
    const tokens = p.has('MaxResults') || p.has('NextToken');
    const next = tokens ? tokenPage(c, rows, 50, BAD_TOKEN.commands) : undefined;
    const page = next ? { items: next.items, pageNumber: undefined, pageSize: undefined, totalCount: rows.length } : paginate(rows, p, { maxSize: 50 });
    return {
      Invocation: {
        InvocationResults: {
          InvocationResult: page.items.map(({ i, t }) => ({
            CommandId: i.commandId, Dropped: 0, ErrorCode: t.errorCode, ErrorInfo: t.errorInfo, ExitCode: t.exitCode, FinishedTime: t.finishedAt ? iso(t.finishedAt) : '',
            InstanceId: t.instanceId, InvocationStatus: t.status, InvokeId: i.id, InvokeRecordStatus: rules.recordStatus(t.status), Output: encodeOut(c, t.output), Repeats: 1,
            StartTime: iso(t.startedAt), StopTime: t.status === 'Stopped' && t.finishedAt ? iso(t.finishedAt) : '', Tags: ecsTags(i.tags), Username: i.username,
          })),
        },
        NextToken: next?.nextToken ?? '', PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
      },
    };
  },
  DescribeCloudAssistantStatus: (c) => {
    const ids = c.params.list('InstanceId');
    const list = ids.length ? ids.map((id) => findInstance(c, id, 'InvalidInstance.NotFound').inst) : [...c.world.instances.values()];
    const page = paginate(list, c.params, { maxSize: 50 });
    return {
      InstanceCloudAssistantStatusSet: {
        InstanceCloudAssistantStatus: page.items.map((i) => {
          const invs = [...c.world.invocations.values()].filter((v) => v.targets.some((t) => t.instanceId === i.id));
          return {
            ActiveTaskCount: invs.filter((v) => v.targets.some((t) => t.instanceId === i.id && t.status === 'Running')).length, CloudAssistantStatus: String(i.cloudAssistant && i.status === 'Running'),
            CloudAssistantVersion: '2.2.3.398', InstanceId: i.id, InvocationCount: invs.length, LastHeartbeatTime: i.status === 'Running' ? iso(c.clock.now()) : '',
            LastInvokedTime: invs.length ? iso(invs[invs.length - 1].createdAt) : '', OSType: 'Linux', SupportSessionManager: true,
          };
        }),
      },
      NextToken: '', PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
};

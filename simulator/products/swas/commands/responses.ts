/** SWAS Cloud Assistant actions: commands, invocations and their results, the agent itself. */
import { isoSeconds } from '../../../clock';
import { SimError, errors } from '../../../errors';
import { b64, hasTags, paginate, renderTags } from '../../common';
import { parameterNames } from '../../script';
import type { Handlers } from '../../types';
import { getInstance, requireStatus } from '../instances/model';
import type { Command, Invocation, SwasWorld } from '../world';
import * as rules from './model';

function parametersOf(c: { params: { object(n: string): Record<string, unknown> | undefined } }): Record<string, unknown> {
  return c.params.object('Parameters') ?? {};
}

function renderCommand(cmd: Command, defs: Array<Record<string, unknown>> = []): Record<string, unknown> {
  return {
    CommandContent: cmd.content, CommandId: cmd.id, CreationTime: isoSeconds(cmd.createdAt), Description: cmd.description,
    EnableParameter: cmd.enableParameter, Name: cmd.name, ParameterDefinitions: defs, ParameterNames: cmd.enableParameter ? parameterNames(cmd.content) : [],
    Provider: cmd.provider, ResourceGroupId: cmd.resourceGroupId, Tags: renderTags(cmd.tags), Timeout: cmd.timeout, Type: cmd.type, WorkingDir: cmd.workingDir,
  };
}

const invokeStatus = (inv: Invocation): string => (rules.overallStatus(inv) === 'Running' ? 'Running' : 'Finished');

export const commandHandlers: Handlers<SwasWorld> = {
  RunCommand: (c) => {
    const p = c.params;
    const type = p.need('Type');
    rules.checkType(type);
    const content = p.need('CommandContent');
    rules.checkContent(content);
    const timeout = p.int('Timeout', 60) as number;
    rules.checkTimeout(timeout);
    const enableParameter = p.bool('EnableParameter');
    const parameters = parametersOf(c);
    if (!enableParameter && Object.keys(parameters).length > 0) {
      throw new SimError('InvalidParameter.EnableParameter', 'Parameters were given but EnableParameter is not true.', 400);
    }
    const inv = rules.invoke(
      c.world,
      { id: '', name: p.need('Name'), description: '', content, type, timeout, workingDir: p.str('WorkingDir') ?? (type === 'RunShellScript' ? '/root' : 'C:\\Windows\\system32'), enableParameter },
      [p.need('InstanceId')],
      { parameters, username: p.str('WorkingUser') },
    );
    return { InvokeId: inv.id };
  },
  CreateCommand: (c) => {
    const p = c.params;
    const cmd = rules.createCommand(c.world, {
      name: p.need('Name'), content: p.need('CommandContent'), type: p.need('Type'), description: p.str('Description'), timeout: p.int('Timeout'),
      workingDir: p.str('WorkingDir'), enableParameter: p.bool('EnableParameter'), tags: p.tags(), resourceGroupId: p.str('ResourceGroupId'),
    });
    return { CommandId: cmd.id };
  },
  DeleteCommand: (c) => {
    const cmd = rules.getCommand(c.world, c.params.need('CommandId'));
    const running = [...c.world.invocations.values()].find((i) => i.commandId === cmd.id && rules.overallStatus(i) === 'Running');
    if (running) throw new SimError('InvalidCommand.InUse', `Command ${cmd.id} is running in invocation ${running.id}; wait for it to finish.`, 403);
    c.world.commands.delete(cmd.id);
    return {};
  },
  UpdateCommandAttribute: (c) => {
    const cmd = rules.getCommand(c.world, c.params.need('CommandId'));
    const timeout = c.params.int('Timeout');
    if (timeout !== undefined) rules.checkTimeout(timeout);
    const name = c.params.str('Name');
    if (name !== undefined && name.length > 128) throw errors.invalid('Name', 'at most 128 characters');
    if (name !== undefined) cmd.name = name;
    if (timeout !== undefined) cmd.timeout = timeout;
    if (c.params.str('Description') !== undefined) cmd.description = c.params.str('Description')!;
    if (c.params.str('WorkingDir') !== undefined) cmd.workingDir = c.params.str('WorkingDir')!;
    return {};
  },
  DescribeCommands: (c) => {
    const p = c.params;
    const provider = p.need('Provider');
    if (provider !== 'User' && provider !== 'AlibabaCloud') throw errors.invalid('Provider', 'must be User or AlibabaCloud');
    const id = p.str('CommandId');
    const name = p.str('Name');
    const type = p.str('Type');
    const rg = p.str('ResourceGroupId');
    const tags = p.tags();
    const source: Array<Command & { parameterDefinitions?: Array<Record<string, unknown>> }> =
      provider === 'AlibabaCloud' ? [...rules.PUBLIC_COMMANDS] : [...c.world.commands.values()];
    const list = source.filter((x) => (!id || x.id === id) && (!name || x.name.includes(name)) && (!type || x.type === type) && (!rg || x.resourceGroupId === rg) && hasTags(x.tags, tags));
    const page = paginate(list, p);
    return { Commands: page.items.map((x) => renderCommand(x, x.parameterDefinitions)), PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount };
  },
  InvokeCommand: (c) => {
    const id = c.params.need('CommandId');
    const cmd = c.world.commands.get(id) ?? rules.PUBLIC_COMMANDS.find((x) => x.id === id);
    if (!cmd) throw errors.notFound('InvalidCommandId.NotFound', `command ${id}`);
    const parameters = parametersOf(c);
    const merged = cmd.provider === 'AlibabaCloud'
      ? { ...Object.fromEntries((rules.PUBLIC_COMMANDS.find((x) => x.id === id)?.parameterDefinitions ?? []).map((d) => [String(d.ParameterName), d.DefaultValue])), ...parameters }
      : parameters;
    const inv = rules.invoke(c.world, cmd, c.params.needList('InstanceIds'), { parameters: merged, username: c.params.str('Username') });
    return { InvokeId: inv.id };
  },
  DescribeInvocations: (c) => {
    const instanceId = c.params.need('InstanceId');
    getInstance(c.world, instanceId);
    const status = c.params.str('InvokeStatus');
    const list = [...c.world.invocations.values()].filter((i) => i.targets.some((t) => t.instanceId === instanceId) && (!status || invokeStatus(i) === status));
    const page = paginate(list, c.params);
    return {
      Invocations: page.items.map((i) => ({
        CommandContent: b64(i.content), CommandName: i.commandName, CommandType: i.type, CreationTime: isoSeconds(i.createdAt),
        InvocationStatus: rules.overallStatus(i), InvokeId: i.id, InvokeStatus: invokeStatus(i), Parameters: i.parameters,
      })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  DescribeInvocationResult: (c) => {
    const inv = rules.getInvocation(c.world, c.params.need('InvokeId'));
    const instanceId = c.params.need('InstanceId');
    const t = inv.targets.find((x) => x.instanceId === instanceId);
    if (!t) throw errors.notFound('InvalidInstanceId.NotFound', `instance ${instanceId} in invocation ${inv.id}`);
    return {
      InvocationResult: {
        ErrorCode: t.errorCode, ErrorInfo: t.errorInfo, ExitCode: t.exitCode, FinishedTime: t.finishedAt ? isoSeconds(t.finishedAt) : '',
        InstanceId: t.instanceId, InvocationStatus: t.status, InvokeId: inv.id, InvokeRecordStatus: t.status === 'Running' ? 'Running' : 'Finished',
        InvokeUser: inv.username, Output: t.output, StartTime: isoSeconds(t.startedAt),
      },
    };
  },
  DescribeCommandInvocations: (c) => {
    const p = c.params;
    const [invokeId, commandId, name, type, instanceId, status] = ['InvokeId', 'CommandId', 'CommandName', 'CommandType', 'InstanceId', 'InvocationStatus'].map((n) => p.str(n));
    const list = [...c.world.invocations.values()].filter(
      (i) => (!invokeId || i.id === invokeId) && (!commandId || i.commandId === commandId) && (!name || i.commandName === name) && (!type || i.type === type) &&
        (!instanceId || i.targets.some((t) => t.instanceId === instanceId)) && (!status || rules.overallStatus(i) === status),
    );
    const page = paginate(list, p);
    return {
      CommandInvocations: page.items.map((i) => ({
        CommandContent: i.content, CommandDescription: i.commandDescription, CommandId: i.commandId, CommandName: i.commandName, CommandType: i.type,
        CreationTime: isoSeconds(i.createdAt), InvocationStatus: rules.overallStatus(i), InvokeId: i.id,
        InvokeInstances: i.targets.map((t) => ({
          ErrorCode: t.errorCode, ErrorInfo: t.errorInfo, ExitCode: t.exitCode, FinishTime: t.finishedAt ? isoSeconds(t.finishedAt) : '', InstanceId: t.instanceId,
          InvocationStatus: t.status, Output: t.output, StartTime: isoSeconds(t.startedAt),
        })),
        Parameters: JSON.stringify(i.parameters), Timeout: i.timeout, Username: i.username, WorkingDir: i.workingDir,
      })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  InstallCloudAssistant: (c) => {
    const ids = c.params.needList('InstanceIds');
    const list = ids.map((id) => getInstance(c.world, id));
    list.forEach((i) => requireStatus(i, ['Running']));
    list.forEach((i) => (i.cloudAssistant = true));
    return {};
  },
  DescribeCloudAssistantStatus: (c) => {
    const ids = c.params.list('InstanceIds');
    const list = ids.length ? ids.map((id) => getInstance(c.world, id)) : [...c.world.instances.values()];
    const page = paginate(list, c.params);
    return {
      CloudAssistantStatus: page.items.map((i) => ({ InstanceId: i.id, Status: i.cloudAssistant })),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
  DescribeCloudAssistantAttributes: (c) => {
    const list = c.params.needList('InstanceIds').map((id) => getInstance(c.world, id));
    const page = paginate(list, c.params);
    return {
      CloudAssistant: page.items.map((i) => {
        const invs = [...c.world.invocations.values()].filter((v) => v.targets.some((t) => t.instanceId === i.id));
        const last = invs[invs.length - 1];
        return {
          ActiveTaskCount: invs.filter((v) => v.targets.some((t) => t.instanceId === i.id && t.status === 'Running')).length,
          CloudAssistantStatus: String(i.cloudAssistant), CloudAssistantVersion: i.cloudAssistant ? '2.2.3.398' : '', InstanceId: i.id, InvocationCount: invs.length,
          LastHeartbeatTime: i.cloudAssistant && i.status === 'Running' ? isoSeconds(c.clock.now()) : '', LastInvokedTime: last ? isoSeconds(last.createdAt) : '',
          OSType: 'Linux', SupportSessionManager: i.cloudAssistant,
        };
      }),
      PageNumber: page.pageNumber, PageSize: page.pageSize, TotalCount: page.totalCount,
    };
  },
};

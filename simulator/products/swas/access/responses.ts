/** Remote access to a SWAS instance: VNC, password settings, Workbench login, terminal sessions. */
import { randomUUID } from 'node:crypto';
import { SimError, errors } from '../../../errors';
import type { Handlers } from '../../types';
import { getInstance, requireStatus } from '../instances/model';
import type { SwasWorld } from '../world';

export const accessHandlers: Handlers<SwasWorld> = {
  DescribeInstanceVncUrl: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    requireStatus(inst, ['Running']);
    const session = c.ids.hex('vnc', 32);
    return { VncUrl: encodeURIComponent(`wss://${c.regionId}-vncproxy.aliyun.com/websockify/?s=${session}`) };
  },
  ModifyInstanceVncPassword: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    const pw = c.params.str('VncPassword');
    if (pw === undefined) throw errors.missing('VncPassword');
    if (!/^[A-Za-z0-9]{6}$/.test(pw)) {
      throw new SimError('InvalidPassword.ValueNotSupported', 'The VNC password must be exactly 6 letters or digits.', 400);
    }
    inst.vncPasswordSet = true;
    return {};
  },
  DescribeInstancePasswordsSetting: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    return { InstancePasswordSetting: inst.passwordSet, VncPasswordSetting: inst.vncPasswordSet };
  },
  LoginInstance: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    requireStatus(inst, ['Running']);
    const port = c.params.int('Port', 22, { min: 1, max: 65535 });
    const user = c.params.str('Username') ?? 'root';
    return { RedirectUrl: `https://ecs-workbench.aliyun.com/view/instance/single/${c.ids.b36('login', '', 12)}?instanceId=${inst.id}&user=${encodeURIComponent(user)}&port=${port}` };
  },
  StartTerminalSession: (c) => {
    const inst = getInstance(c.world, c.params.need('InstanceId'));
    requireStatus(inst, ['Running']);
    if (!inst.cloudAssistant) throw new SimError('CloudAssistant.NotInstalled', `The cloud assistant is not installed on instance ${inst.id}.`, 403);
    const sessionId = randomUUID();
    return {
      SessionId: sessionId,
      SecurityToken: `token-${c.ids.b36('session-token', '', 24)}`,
      WebSocketUrl: `wss://swas-session.${c.regionId}.aliyuncs.com/session?sessionId=${sessionId}`,
    };
  },
};

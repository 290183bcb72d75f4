/** One valid call per RFS action, with values that exercise encoding (Chinese names, `+` in versions, lists). */
import type { ModelClass } from '../../core/model/types';
import * as rfs from '../../models/rfs';

const REQ = '0b7e6c5e-3d0a-4bb5-9c6f-2f1b8e6e1a01';
const MODULE_ID = 'a3b4c5d6-0000-4000-8000-00000000beef';
const PROJECT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

export interface SampleCall {
  model: ModelClass;
  params: Record<string, unknown>;
}

export const SAMPLE_CALLS: readonly SampleCall[] = [
  { model: rfs.ListPrivateModulesModel, params: { clientRequestId: REQ, projectId: PROJECT, sortKey: ['create_time', 'create_time'], sortDir: ['desc', 'asc'], limit: 10 } },
  { model: rfs.ListPrivateModulesModel, params: { clientRequestId: REQ } },
  {
    model: rfs.CreatePrivateModuleModel,
    params: { clientRequestId: REQ, projectId: PROJECT, moduleName: '模块_vpc-1', moduleVersion: '1.0.0', moduleDescription: 'a "quoted" text: ü', moduleUri: 'https://obs.example/m.zip' },
  },
  { model: rfs.ShowPrivateModuleMetadataModel, params: { clientRequestId: REQ, projectId: PROJECT, moduleName: 'HelloWorld', moduleId: MODULE_ID } },
  { model: rfs.UpdatePrivateModuleMetadataModel, params: { clientRequestId: REQ, moduleName: 'Hello_World', moduleDescription: 'new text', moduleId: MODULE_ID } },
  { model: rfs.DeletePrivateModuleModel, params: { clientRequestId: REQ, projectId: PROJECT, moduleName: '模块', moduleId: MODULE_ID } },
  { model: rfs.ListPrivateModuleVersionsModel, params: { clientRequestId: REQ, moduleName: 'm-1', sortKey: ['create_time'], sortDir: ['asc'], marker: 'a b/c', moduleId: MODULE_ID } },
  { model: rfs.ShowPrivateModuleVersionContentModel, params: { clientRequestId: REQ, moduleName: 'm1', moduleVersion: '1.2.3-rc.1+build.7' } },
  { model: rfs.CreateStackModel, params: { clientRequestId: REQ, projectId: PROJECT, stackName: 'my-stack', templateBody: '{"resource":{}}', enableDeletionProtection: false } },
  { model: rfs.DeleteStackModel, params: { clientRequestId: REQ, projectId: PROJECT, stackName: 'my-stack', stackId: MODULE_ID } },
];

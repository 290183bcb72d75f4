/**
 * RfsApi: Huawei Cloud RFS private modules and stacks, one method per action. Every call carries a
 * `Client-Request-Id` (a fresh UUID unless given) and the project (`X-Project-Id`, or the
 * `project_id` path segment of stack actions) from the options unless given. A key given as
 * `undefined` is left out on purpose, so a negative test can send a request without it.
 */
import { randomUUID } from 'node:crypto';
import { ParameterError } from '../../core/errors';
import type { CallOptions, CallParams, Client } from '../../core/client';
import type { ModelClass } from '../../core/model/types';
import type { ApiResponse } from '../../core/response';
import { ApiBase } from '../base';
import * as m from '../../models/rfs';

export interface RfsApiOptions {
  /** The project (one per region) the calls act in. Required by stack actions. */
  projectId?: string;
}

type Filled = 'clientRequestId' | 'projectId';
/** A call's parameters: the model's, with the request id and the project optional (the API object fills them). */
export type RfsParams<M> = Omit<CallParams<M>, Filled> & Partial<Pick<CallParams<M>, Filled & keyof CallParams<M>>>;

export class RfsApi extends ApiBase {
  readonly projectId?: string;

  constructor(client: Client, options: RfsApiOptions = {}) {
    super(client);
    this.projectId = options.projectId;
  }

  listPrivateModules(params: RfsParams<m.ListPrivateModulesModel> = {}, options?: CallOptions) {
    return this.invoke<m.ListPrivateModulesModel, m.ListPrivateModulesResponseBody>(m.ListPrivateModulesModel, params, options);
  }

  createPrivateModule(params: RfsParams<m.CreatePrivateModuleModel>, options?: CallOptions) {
    return this.invoke<m.CreatePrivateModuleModel, m.CreatePrivateModuleResponseBody>(m.CreatePrivateModuleModel, params, options);
  }

  showPrivateModuleMetadata(params: RfsParams<m.ShowPrivateModuleMetadataModel>, options?: CallOptions) {
    return this.invoke<m.ShowPrivateModuleMetadataModel, m.ShowPrivateModuleMetadataResponseBody>(m.ShowPrivateModuleMetadataModel, params, options);
  }

  /** At least one field to update (`moduleDescription`) is required before any I/O, unless `validate: false`. */
  async updatePrivateModuleMetadata(params: RfsParams<m.UpdatePrivateModuleMetadataModel>, options?: CallOptions) {
    if (options?.validate !== false && !m.UPDATABLE_MODULE_FIELDS.some((f) => params[f] !== undefined && params[f] !== null)) {
      throw new ParameterError(m.RFS.title, 'UpdatePrivateModuleMetadata', [
        { code: 'MissingParameter', parameter: 'moduleDescription', message: 'give at least one field to update (moduleDescription); moduleId alone only guards' },
      ]);
    }
    return this.invoke<m.UpdatePrivateModuleMetadataModel, m.ShowPrivateModuleMetadataResponseBody>(m.UpdatePrivateModuleMetadataModel, params, options);
  }

  deletePrivateModule(params: RfsParams<m.DeletePrivateModuleModel>, options?: CallOptions) {
    return this.invoke<m.DeletePrivateModuleModel, m.EmptyResponseBody>(m.DeletePrivateModuleModel, params, options);
  }

  listPrivateModuleVersions(params: RfsParams<m.ListPrivateModuleVersionsModel>, options?: CallOptions) {
    return this.invoke<m.ListPrivateModuleVersionsModel, m.ListPrivateModuleVersionsResponseBody>(m.ListPrivateModuleVersionsModel, params, options);
  }

  /** Answers 307: the download link is `response.headers.location` (redirects are not followed). */
  showPrivateModuleVersionContent(params: RfsParams<m.ShowPrivateModuleVersionContentModel>, options?: CallOptions) {
    return this.invoke<m.ShowPrivateModuleVersionContentModel, m.EmptyResponseBody>(m.ShowPrivateModuleVersionContentModel, params, options);
  }

  createStack(params: RfsParams<m.CreateStackModel>, options?: CallOptions) {
    return this.invoke<m.CreateStackModel, m.CreateStackResponseBody>(m.CreateStackModel, params, options);
  }

  deleteStack(params: RfsParams<m.DeleteStackModel>, options?: CallOptions) {
    return this.invoke<m.DeleteStackModel, m.EmptyResponseBody>(m.DeleteStackModel, params, options);
  }

  private invoke<M extends object, B>(model: ModelClass<M>, params: object, options?: CallOptions): Promise<ApiResponse<B>> {
    const filled: Record<string, unknown> = { ...params };
    if (!('clientRequestId' in filled)) filled.clientRequestId = randomUUID();
    if (!('projectId' in filled) && this.projectId !== undefined) filled.projectId = this.projectId;
    return this.call<M, B>(model, filled as CallParams<M>, options);
  }
}

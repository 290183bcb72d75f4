/**
 * RFS fixtures: the API object for a named account (project from the profile's
 * `testData.rfs.projectId`), test names RFS accepts, and cleanup that waits out a stack's
 * *_IN_PROGRESS state before deleting it.
 */
import { RfsApi } from '../../apis/rfs';
import { ApiError } from '../../core/errors';
import { waitFor } from '../../core/waiters/wait-for';
import { client, resourceName, testData, type AccountName } from '../support';

export function rfs(account: AccountName = 'main'): RfsApi {
  return new RfsApi(client(account), { projectId: testData('rfs', 'projectId') });
}

/** A module or stack name that RFS accepts (starts with a letter) and `cloudcase sweep` recognizes. */
export function rfsName(kind: string): string {
  return resourceName(kind).replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Deletes a private module; one already gone counts as deleted. */
export async function removeModule(api: RfsApi, moduleName: string, moduleId: string): Promise<void> {
  try {
    await api.deletePrivateModule({ moduleName, moduleId });
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
}

/** Deletes a stack, waiting (bounded) while it is *_IN_PROGRESS (409); one already gone counts as deleted. */
export async function removeStack(api: RfsApi, stackName: string, stackId: string): Promise<void> {
  await waitFor(
    async () => {
      try {
        await api.deleteStack({ stackName, stackId });
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return true;
        if (e instanceof ApiError && e.status === 409) return false;
        throw e;
      }
    },
    (done) => done,
    { description: `RFS stack ${stackName} to leave *_IN_PROGRESS and be deleted`, timeoutMs: 60_000, intervalMs: 500 },
  );
}

/**
 * RFS state: private modules and stacks per scope (account + project; a Huawei project belongs to
 * one region, so names are unique per account, region and project). Ids are fresh UUIDs, so a
 * name deleted and created again gets a new id.
 */
import { randomUUID } from 'node:crypto';

export interface ModuleVersion {
  version: string;
  description?: string;
  uri: string;
  createdAt: number;
  /** Creation order, to sort items created in the same millisecond. */
  seq: number;
}

export interface PrivateModule {
  name: string;
  id: string;
  description?: string;
  createdAt: number;
  updatedAt: number;
  seq: number;
  versions: Map<string, ModuleVersion>;
}

export type StackStatus = 'CREATION_COMPLETE' | 'DEPLOYMENT_IN_PROGRESS' | 'DEPLOYMENT_COMPLETE' | 'DELETION_IN_PROGRESS';

export interface Stack {
  name: string;
  id: string;
  description?: string;
  status: StackStatus;
  deletionProtection: boolean;
  createdAt: number;
}

export interface Scope {
  modules: Map<string, PrivateModule>;
  stacks: Map<string, Stack>;
}

export class RfsState {
  private readonly scopes = new Map<string, Scope>();

  scope(account: string, project: string): Scope {
    const key = `${account}\u0000${project}`;
    let s = this.scopes.get(key);
    if (!s) this.scopes.set(key, (s = { modules: new Map(), stacks: new Map() }));
    return s;
  }

  private seq = 0;

  newId(): string {
    return randomUUID();
  }

  nextSeq(): number {
    return ++this.seq;
  }
}

/**
 * Names and tags for resources a test creates, so that `cloudcase sweep` can find whatever a run
 * leaves behind: the profile's name prefix, and its marker tag.
 */
import { randomBytes } from 'node:crypto';
import { environment } from './environment';

/** `cc-test-keypair-lz3k9a-4f1c`: prefix, kind, time (base 36), 4 random hex digits. */
export function resourceName(kind: string): string {
  const safeKind = kind.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 20);
  return `${environment().resources.namePrefix}${safeKind}-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;
}

/** The marker tag as the APIs take it: [{ key, value }]. */
export function resourceTags(): { key: string; value: string }[] {
  const { key, value } = environment().resources.tag;
  return [{ key, value }];
}

/** True for a name this framework's tests would create. */
export function isTestResourceName(name: string | undefined): boolean {
  return !!name && name.startsWith(environment().resources.namePrefix);
}

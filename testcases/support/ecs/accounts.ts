/**
 * The Alibaba Cloud account id (UID) of a named account, which image sharing takes. From the
 * profile's testData (`ecs.<account>AccountId`, else `swas.<account>AccountId`: one account id
 * serves every product) when set; otherwise read from the owner (ImageOwnerId) of one of that
 * account's own custom images — ECS has no "who am I" action.
 */
import { ecs, type AccountName } from '../clients';
import { environment } from '../environment';

const known = new Map<string, string>();

export async function ecsAccountUid(account: AccountName): Promise<string> {
  const cached = known.get(account);
  if (cached) return cached;
  const data = environment().testData;
  let uid = data?.ecs?.[`${account}AccountId`] ?? data?.swas?.[`${account}AccountId`];
  if (!uid) {
    const r = await ecs(account).describeImages({ imageOwnerAlias: 'self', pageSize: 10 });
    const owner = r.body.Images?.Image?.find((i) => i.ImageOwnerId !== undefined)?.ImageOwnerId;
    if (owner !== undefined) uid = String(owner);
  }
  if (!uid) {
    throw new Error(
      `cannot tell the account id of account '${account}': set testData.ecs.${account}AccountId in ${environment().file}, or give that account one custom image`,
    );
  }
  known.set(account, uid);
  return uid;
}

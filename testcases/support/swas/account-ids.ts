/**
 * The Alibaba Cloud account id (UID) of a named account, which sharing APIs take
 * (AddCustomImageShareAccount). From the profile's testData (`swas.<account>AccountId`, e.g.
 * `secondAccountId`) when set; otherwise read from the owner field (UserId) of one of the account's
 * own custom images — SWAS has no "who am I" action.
 */
import { environment } from '../environment';
import { swas, type AccountName } from '../clients';

const known = new Map<string, string>();

export async function accountUid(account: AccountName): Promise<string> {
  const cached = known.get(account);
  if (cached) return cached;
  const configured = environment().testData?.swas?.[`${account}AccountId`];
  let uid = configured;
  if (!uid) {
    const r = await swas(account).listCustomImages({ pageSize: 100 });
    const own = (r.body.CustomImages ?? []).find((i) => i.InShareUser !== true && i.UserId !== undefined);
    if (own) uid = String(own.UserId);
  }
  if (!uid) {
    throw new Error(
      `cannot tell the account id of account '${account}': set testData.swas.${account}AccountId in ${environment().file}, ` +
        'or give that account one custom image',
    );
  }
  known.set(account, uid);
  return uid;
}

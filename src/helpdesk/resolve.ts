import type { TargetEntity } from '../understanding/types.js';
import type { DirectoryApi, DirectoryUser } from './ports.js';

/** Candidates a technician may pick from when a name matches several people. */
const MAX_CANDIDATES = 5;

export type TargetResolution =
  | { readonly kind: 'found'; readonly user: DirectoryUser }
  | { readonly kind: 'disabled'; readonly user: DirectoryUser }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly DirectoryUser[]; readonly more: boolean }
  | { readonly kind: 'notFound' }
  /** Not something Graph should be asked about (control characters, absurd length). */
  | { readonly kind: 'invalid' };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A UPN is at most 113 characters; an address at most 254. Spaces and controls are never part.
const ADDRESS = /^[^\s@\u0000-\u001f\u007f]{1,200}@[^\s@\u0000-\u001f\u007f]{1,253}$/u;
const NAME = /^[^\u0000-\u001f\u007f]{1,100}$/u;

/**
 * The person a message names, through the directory: a UPN (guests and `$` UPNs included), else
 * a mail or proxy address; a Teams mention by its object id; a bare name by display-name search,
 * offering at most five candidates. A disabled account is reported as such, never offered as found.
 */
export async function resolveTarget(directory: DirectoryApi, entity: TargetEntity, signal?: AbortSignal): Promise<TargetResolution> {
  switch (entity.kind) {
    case 'upn': {
      const value = entity.value.trim();
      if (!ADDRESS.test(value)) return { kind: 'invalid' };
      const byUpn = await directory.getUser(value, signal);
      if (byUpn) return single(byUpn);
      return fromList(await directory.findByMail(value, signal));
    }
    case 'mention': {
      const id = entity.aadObjectId?.trim();
      if (id !== undefined && id !== '') {
        if (!GUID.test(id)) return { kind: 'invalid' };
        const user = await directory.getUser(id, signal);
        return user ? single(user) : { kind: 'notFound' };
      }
      return byName(directory, entity.name, signal);
    }
    case 'name':
      return byName(directory, entity.value, signal);
  }
}

async function byName(directory: DirectoryApi, raw: string, signal: AbortSignal | undefined): Promise<TargetResolution> {
  const name = raw.trim().replace(/^@/, '');
  if (!NAME.test(name)) return { kind: 'invalid' };
  // One more than we show, to know whether to say "and more: use their address".
  return fromList(await directory.searchByDisplayName(name, MAX_CANDIDATES + 1, signal));
}

function single(user: DirectoryUser): TargetResolution {
  return user.accountEnabled ? { kind: 'found', user } : { kind: 'disabled', user };
}

function fromList(users: readonly DirectoryUser[]): TargetResolution {
  const [only, ...others] = users;
  if (!only) return { kind: 'notFound' };
  if (others.length === 0) return single(only);
  return { kind: 'ambiguous', candidates: users.slice(0, MAX_CANDIDATES), more: users.length > MAX_CANDIDATES };
}

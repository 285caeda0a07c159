import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { kindOfODataType, type MethodKind } from '../reset/catalogue.js';
import type { AuthMethod, AuthMethodsApi } from '../reset/types.js';
import { GraphCallError } from './errors.js';
import { toGraphCallError } from './client.js';
import { nextPage, withSignal } from './paging.js';

/**
 * Where each kind is deleted. Explicit, never derived from the type name. v1.0 is used
 * wherever it exists; the v1.0 list endpoint only returns v1.0 types, so the beta entries are
 * there for the few types that v1.0 lists without a v1.0 delete path (qrCodePin) and for
 * tenants whose list might surface beta-only types in future.
 */
type DeletePath =
  | { readonly version: 'v1.0' | 'beta'; readonly segment: string; readonly singleton?: false }
  | { readonly version: 'beta'; readonly segment: string; readonly singleton: true };

const DELETE_PATHS: Readonly<Partial<Record<MethodKind, DeletePath>>> = Object.freeze({
  microsoftAuthenticator: { version: 'v1.0', segment: 'microsoftAuthenticatorMethods' },
  phone: { version: 'v1.0', segment: 'phoneMethods' },
  email: { version: 'v1.0', segment: 'emailMethods' },
  fido2: { version: 'v1.0', segment: 'fido2Methods' },
  softwareOath: { version: 'v1.0', segment: 'softwareOathMethods' },
  windowsHelloForBusiness: { version: 'v1.0', segment: 'windowsHelloForBusinessMethods' },
  temporaryAccessPass: { version: 'v1.0', segment: 'temporaryAccessPassMethods' },
  platformCredential: { version: 'v1.0', segment: 'platformCredentialMethods' },
  externalAuthentication: { version: 'v1.0', segment: 'externalAuthenticationMethods' },
  // The qrCodePin type is in v1.0 metadata but its navigation property is beta-only, a singleton.
  qrCodePin: { version: 'beta', segment: 'qrCodePinMethod', singleton: true },
  hardwareOath: { version: 'beta', segment: 'hardwareOathMethods' },
  passwordlessMicrosoftAuthenticator: { version: 'beta', segment: 'passwordlessMicrosoftAuthenticatorMethods' },
  // password: never deleted. unknown: no known path, reported as remaining.
});

export function canDelete(kind: MethodKind): boolean {
  return DELETE_PATHS[kind] !== undefined;
}

const MethodBody = z
  .object({
    '@odata.type': z.string(),
    id: z.string().min(1).max(200),
    phoneType: z.string().nullish(),
    phoneNumber: z.string().nullish(),
    emailAddress: z.string().nullish(),
    displayName: z.string().nullish(),
    model: z.string().nullish(),
    createdDateTime: z.string().nullish(),
  })
  .loose();

const ListBody = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

const SignInPreferences = z
  .object({
    userPreferredMethodForSecondaryAuthentication: z.string().max(60).nullish(),
    isSystemPreferredAuthenticationMethodEnabled: z.boolean().nullish(),
  })
  .loose();

/** Hard stop on paging: a user has a handful of methods, a runaway nextLink chain is a bug. */
const MAX_PAGES = 10;

export function createAuthMethodsApi(client: Client, endpoint: string): AuthMethodsApi {
  const origin = new URL(endpoint).origin;
  // Beta only: v1.0 has no way to read or change the default method (Graph docs: signInPreferences, beta).
  const signInPreferences = (userId: string) => client.api(`/users/${encodeURIComponent(userId)}/authentication/signInPreferences`).version('beta');
  return {
    async list(userId, signal) {
      const methods: AuthMethod[] = [];
      let request = client.api(`/users/${encodeURIComponent(userId)}/authentication/methods`);
      for (let page = 0; page < MAX_PAGES; page++) {
        let raw: unknown;
        try {
          raw = await withSignal(request, signal).get();
        } catch (err) {
          throw toGraphCallError(err);
        }
        const body = ListBody.safeParse(raw);
        if (!body.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned an unexpected list body');
        for (const item of body.data.value) {
          const parsed = MethodBody.safeParse(item);
          if (parsed.success) methods.push(toAuthMethod(parsed.data));
        }
        const next = body.data['@odata.nextLink'];
        if (!next) return methods;
        request = nextPage(client, origin, next);
      }
      throw new GraphCallError(502, 'tooManyPages', 'Graph kept paging the method list');
    },

    async remove(userId, method, signal) {
      const path = DELETE_PATHS[method.kind];
      // mutate:begin graph-delete-ids
      if (!path) throw new GraphCallError(405, 'notDeletable', `Methods of kind ${method.kind} cannot be deleted`);
      if (!isSafeSegment(userId) || (!path.singleton && !isSafeSegment(method.id))) {
        throw new GraphCallError(400, 'unsafeId', 'A user or method id is not a plain URL path segment');
      }
      // mutate:end graph-delete-ids
      const base = `/users/${encodeURIComponent(userId)}/authentication/${path.segment}`;
      const url = path.singleton ? base : `${base}/${encodeURIComponent(method.id)}`;
      try {
        await withSignal(client.api(url).version(path.version), signal).delete();
      } catch (err) {
        throw toGraphCallError(err);
      }
    },

    async getDefault(userId, signal) {
      let raw: unknown;
      try {
        raw = await withSignal(signInPreferences(userId), signal).get();
      } catch (err) {
        throw toGraphCallError(err);
      }
      const body = SignInPreferences.safeParse(raw);
      if (!body.success) throw new GraphCallError(502, 'malformedResponse', 'Graph returned unexpected sign-in preferences');
      return {
        preference: body.data.userPreferredMethodForSecondaryAuthentication ?? undefined,
        systemPreferred: body.data.isSystemPreferredAuthenticationMethodEnabled ?? false,
      };
    },

    async setDefault(userId, preference, signal) {
      try {
        await withSignal(signInPreferences(userId), signal).patch({ userPreferredMethodForSecondaryAuthentication: preference });
      } catch (err) {
        throw toGraphCallError(err);
      }
    },
  };
}

// mutate:begin graph-safe-segment
/**
 * An id that stays one path segment. encodeURIComponent leaves `.` and `..` as they are, and URL
 * resolution then collapses them: DELETE …/phoneMethods/.. would address the parent resource.
 * Graph's ids are GUIDs or base64url-like strings; anything else is refused, never sent.
 */
function isSafeSegment(id: string): boolean {
  return /^[A-Za-z0-9_~+=-][A-Za-z0-9._~+=-]{0,199}$/.test(id);
}
// mutate:end graph-safe-segment

function toAuthMethod(m: z.infer<typeof MethodBody>): AuthMethod {
  const kind = kindOfODataType(m['@odata.type']);
  const phoneType = m.phoneType === 'mobile' || m.phoneType === 'alternateMobile' || m.phoneType === 'office' ? m.phoneType : undefined;
  return {
    id: m.id,
    kind,
    odataType: m['@odata.type'],
    phoneType,
    phoneNumber: m.phoneNumber ?? undefined,
    emailAddress: m.emailAddress ?? undefined,
    displayName: m.displayName ?? m.model ?? undefined,
    createdDateTime: m.createdDateTime ?? undefined,
  };
}

/**
 * scripts/grant-graph-permissions.sh against a local fake of the Microsoft Graph endpoints it uses
 * (service principals and app-role assignments), through a stand-in `az rest` (test/fakes/az/az)
 * that sends the real HTTP requests and applies the script's --query expressions.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/deployment.js';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const graphSpId = randomUUID();
const botPrincipal = randomUUID();
const otherApp = randomUUID();

const ROLES = [
  'UserAuthenticationMethod.ReadWrite.All',
  'User.Read.All',
  'GroupMember.Read.All',
  'RoleManagement.Read.Directory',
  'TeamsAppInstallation.ReadWriteSelfForUser.All',
  'IdentityRiskyUser.Read.All',
  'User.RevokeSessions.All',
  'Mail.Send',
  'Policy.Read.All',
].map((value) => ({ id: randomUUID(), value, allowedMemberTypes: ['Application'] }));
// A delegated-only role with a name the script asks for must not be picked.
const DELEGATED = { id: randomUUID(), value: 'UserAuthenticationMethod.ReadWrite.All', allowedMemberTypes: ['User'] };
const roleId = (value: string) => ROLES.find((r) => r.value === value)?.id;

interface Assignment {
  principalId: string;
  resourceId: string;
  appRoleId: string;
}
let assignments: Assignment[] = [];
let posts: Assignment[] = [];
let unauthenticated = 0;
let server: Server;
let graphUrl: string;

async function body(req: IncomingMessage): Promise<string> {
  let data = '';
  for await (const chunk of req) data += String(chunk);
  return data;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      if (!req.headers.authorization?.startsWith('Bearer ')) unauthenticated++;
      const url = new URL(req.url ?? '/', 'http://x');
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const p = decodeURIComponent(url.pathname);
      if (req.method === 'GET' && p === `/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')`) return send(200, { id: graphSpId });
      if (req.method === 'GET' && p === `/v1.0/servicePrincipals/${graphSpId}`) return send(200, { id: graphSpId, appRoles: [DELEGATED, ...ROLES] });
      if (req.method === 'GET' && p === `/v1.0/servicePrincipals/${botPrincipal}`)
        return send(200, { servicePrincipalType: 'ManagedIdentity', displayName: 'mfaresetdev' });
      if (req.method === 'GET' && p === `/v1.0/servicePrincipals/${otherApp}`)
        return send(200, { servicePrincipalType: 'Application', displayName: 'someone else' });
      if (p === `/v1.0/servicePrincipals/${botPrincipal}/appRoleAssignments`) {
        if (req.method === 'GET') return send(200, { value: assignments.map((a) => ({ id: randomUUID(), ...a })) });
        if (req.method === 'POST') {
          const a = JSON.parse(await body(req)) as Assignment;
          if (req.headers['content-type'] !== 'application/json') return send(415, { error: { code: 'UnsupportedMediaType' } });
          posts.push(a);
          assignments.push(a);
          return send(201, { id: randomUUID(), ...a });
        }
      }
      send(404, { error: { code: 'Request_ResourceNotFound', message: `${req.method} ${p}` } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  graphUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  assignments = [];
  posts = [];
  unauthenticated = 0;
});

function grant(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      [join(ROOT, 'scripts/grant-graph-permissions.sh'), ...args],
      { env: { ...process.env, PATH: `${join(ROOT, 'test/fakes/az')}:${process.env['PATH'] ?? ''}`, GRAPH_URL: graphUrl } },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('grant-graph-permissions.sh', { timeout: 60_000 }, () => {
  it('grants only UserAuthenticationMethod.ReadWrite.All without flags, as an application role of Graph to the identity', async () => {
    const r = await grant('--principal-id', botPrincipal);
    expect(r.code, r.stderr).toBe(0);
    expect(posts).toEqual([{ principalId: botPrincipal, resourceId: graphSpId, appRoleId: roleId('UserAuthenticationMethod.ReadWrite.All') }]);
    expect(unauthenticated).toBe(0);
  });

  it('is idempotent: a second run grants nothing and says so', async () => {
    await grant('--principal-id', botPrincipal, '--helpdesk');
    const before = posts.length;
    const r = await grant('--principal-id', botPrincipal, '--helpdesk');
    expect(r.code, r.stderr).toBe(0);
    expect(posts.length).toBe(before);
    expect(r.stdout).toMatch(/0 granted, 5 already present/);
  });

  it('--dry-run changes nothing', async () => {
    const r = await grant('--principal-id', botPrincipal, '--helpdesk', '--mail', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(posts).toEqual([]);
    expect(r.stdout.match(/^would grant /gm)).toHaveLength(6);
  });

  it('each flag adds exactly its permissions, each once', async () => {
    const r = await grant('--principal-id', botPrincipal, '--helpdesk', '--guards', '--risk', '--revoke', '--preflight');
    expect(r.code, r.stderr).toBe(0);
    const granted = posts.map((p) => ROLES.find((x) => x.id === p.appRoleId)?.value).sort();
    expect(granted).toEqual(
      [
        'UserAuthenticationMethod.ReadWrite.All',
        'User.Read.All',
        'GroupMember.Read.All',
        'RoleManagement.Read.Directory',
        'TeamsAppInstallation.ReadWriteSelfForUser.All',
        'IdentityRiskyUser.Read.All',
        'User.RevokeSessions.All',
        'Policy.Read.All',
      ].sort(),
    );
    expect(granted).not.toContain('Mail.Send');
  });

  it('refuses a principal that is not a managed identity, and grants nothing', async () => {
    const r = await grant('--principal-id', otherApp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a managed identity/);
    expect(posts).toEqual([]);
  });

  it('refuses a principal id that is not a GUID before calling anything', async () => {
    const r = await grant('--principal-id', "x'; rm -rf /");
    expect(r.code).toBe(2);
    expect(posts).toEqual([]);
    const unknown = await grant('--principal-id', botPrincipal, '--everything');
    expect(unknown.code).toBe(2);
    expect(posts).toEqual([]);
  });
});

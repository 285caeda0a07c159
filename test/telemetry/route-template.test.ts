import { describe, expect, it } from 'vitest';
import { routeTemplate } from '../../src/telemetry/metrics.js';

describe('Graph route templates (what a dependency span may name)', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0/users/6e7b768e-07e2-4810-8459-485f84f8f204/authentication/methods', '/v1.0/users/{id}/authentication/methods'],
    [
      'https://graph.microsoft.com/v1.0/users/6e7b768e-07e2-4810-8459-485f84f8f204/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7',
      '/v1.0/users/{id}/authentication/phoneMethods/{id}',
    ],
    ['https://graph.microsoft.com/v1.0/users/ana.lopez%40contoso.com?$select=id,displayName', '/v1.0/users/{id}'],
    ["https://graph.microsoft.com/v1.0/users('ana@contoso.com')/memberOf/microsoft.graph.group", '/v1.0/users({id})/memberOf/microsoft.graph.group'],
    ['https://graph.microsoft.com/beta/users/jordan/authentication/signInPreferences', '/beta/users/{id}/authentication/signInPreferences'],
    ['not a url', '{invalid}'],
  ])('%s → %s', (url, template) => {
    expect(routeTemplate(url)).toBe(template);
  });

  it('never keeps a segment it does not know, whatever it looks like', () => {
    expect(routeTemplate('https://graph.microsoft.com/v1.0/users/Jordan/authentication/methods/+15551234567')).toBe(
      '/v1.0/users/{id}/authentication/methods/{id}',
    );
  });
});

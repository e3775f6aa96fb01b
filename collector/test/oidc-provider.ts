/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a free loopback port, for the
 * collector's sign-in tests, and a small "browser" that goes through its sign-in and consent forms.
 * Accounts: any login; the e-mail is the login, and logins starting "admin" are in `map-admins`.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'map-embed-collector';
export const CLIENT_SECRET = 'a-client-secret-for-the-tests-only-0123456789';
export const ADMIN_GROUP = 'map-admins';

export interface TestProvider {
  issuer: string;
  /**
   * Follows `authorizationUrl` through the provider's forms, signing in as `login`, and resolves to
   * the URL the provider sends the browser back to (the collector's callback, with the code).
   */
  signIn(authorizationUrl: string, login: string, redirectUri: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startOidcProvider(redirectUri: string): Promise<TestProvider> {
  // The issuer must be known before the provider is made, so take a free port first.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id, email_verified: true, name: id, groups: id.startsWith('admin') ? [ADMIN_GROUP] : [] };
        },
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    // As Entra ID does, put the e-mail and groups in the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-cookie-key-0123456789'] },
  });
  const listening: Server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => listening.once('listening', () => resolve()));

  return {
    issuer,
    async signIn(authorizationUrl, login, redirect) {
      const jar = new Map<string, string>();
      const send = async (url: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
        const response = await fetch(url, { ...init, headers, redirect: 'manual' });
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const at = pair!.indexOf('=');
          jar.set(pair!.slice(0, at), pair!.slice(at + 1));
        }
        return response;
      };
      let url = authorizationUrl;
      for (let step = 0; step < 20; step++) {
        if (url.startsWith(redirect)) return new URL(url);
        const response = await send(url);
        const location = response.headers.get('location');
        if (location) {
          url = new URL(location, url).toString();
          continue;
        }
        // A form: the login (any password) or the consent.
        const page = await response.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
        const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
        if (!action || !prompt) throw new Error(`unexpected page from the provider (${response.status}): ${page.slice(0, 300)}`);
        const fields: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
        const submitted = await send(new URL(action, url).toString(), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        });
        const next = submitted.headers.get('location');
        if (!next) throw new Error(`the provider did not redirect after ${prompt} (${submitted.status})`);
        url = new URL(next, url).toString();
      }
      throw new Error('the sign-in did not come back to the collector within 20 steps');
    },
    close: () =>
      new Promise<void>((resolve) => {
        listening.closeAllConnections();
        listening.close(() => resolve());
      }),
  };
}

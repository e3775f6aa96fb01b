/**
 * Admin sign-in through the trust's identity provider (OpenID Connect: Microsoft Entra ID, or any
 * other), with `openid-client`: the authorisation code flow with PKCE, state and nonce, the ID
 * token checked by the library; then our own rule on who may see the dashboard (a group, or an
 * e-mail domain).
 */
import * as client from 'openid-client';

export interface OidcOptions {
  /** The issuer URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The collector's address as the browser sees it; the redirect URI is `<publicUrl>/auth/callback`. */
  publicUrl: string;
  /** Group ids (the `groups` claim) whose members may sign in. */
  allowGroups: readonly string[];
  /** E-mail domains (the `email` or `preferred_username` claim) whose people may sign in. */
  allowDomains: readonly string[];
}

/** What a sign-in in progress must remember until the provider sends the browser back. */
export interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
}

export class SignInRefused extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const callbackPath = '/auth/callback';

export function oidcSignIn(options: OidcOptions) {
  const redirectUri = new URL(callbackPath, options.publicUrl).toString();
  let config: Promise<client.Configuration> | undefined;
  const configuration = () =>
    (config ??= client
      .discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, {
        // Plain http only for a provider on this machine (a test or a trial), never across a network.
        execute: LOOPBACK.has(new URL(options.issuer).hostname) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        config = undefined;
        throw error;
      }));

  const allowed = (claims: client.IDToken): string => {
    const email = String(claims.email ?? claims.preferred_username ?? '').toLowerCase();
    const domain = email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '';
    const groups = Array.isArray(claims.groups) ? claims.groups.map(String) : [];
    const who = email || String(claims.name ?? claims.sub);
    const byDomain = claims.email_verified !== false && options.allowDomains.some((d) => d.toLowerCase() === domain);
    const byGroup = options.allowGroups.some((g) => groups.includes(g));
    if (!byDomain && !byGroup) throw new SignInRefused(`${who} is not in an allowed group or e-mail domain.`);
    return who;
  };

  return {
    redirectUri,
    /** Checks the provider answers (discovery); rejects with its error if not. */
    discover: () => configuration().then(() => undefined),
    /** Where to send the browser, and what to remember until it comes back. */
    async start(): Promise<{ url: URL; pending: PendingSignIn }> {
      const pending = { codeVerifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() };
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },
    /** Exchanges the code the provider sent back; resolves to who signed in, or rejects. */
    async finish(callbackUrl: URL, pending: PendingSignIn): Promise<string> {
      const tokens = await client.authorizationCodeGrant(await configuration(), callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      return allowed(tokens.claims()!);
    },
  };
}

export type OidcSignIn = ReturnType<typeof oidcSignIn>;

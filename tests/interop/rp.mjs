// A relying party nobody here wrote the protocol code of: openid-client
// (pinned in package.json), used through its public API only, against an
// emulated Okta org of the sandbox. Started by tests/suite/interop_rp.rs.
//
//   node rp.mjs --issuer URL --org-issuer URL --client-id ID --port N --auth basic|post
//   node rp.mjs --mode client-auth-refused --issuer URL --client-id ID --auth basic|post
//
// The first runs the whole flow below; the second only expects the token
// and introspection endpoints to refuse the client (401 invalid_client), for
// an app whose token_endpoint_auth_method is not the one used.
//
// The client secret comes from RP_CLIENT_SECRET or the first line of stdin,
// never from argv, and is never printed.
//
// What it prints, on stderr, one line each:
//   STEP {json}                         what a step found (the test asserts these)
//   VISIT {"url", "expect", "broken"}   a URL for the browser; `expect` is what it should see:
//                                       "sign-in" (the form), "callback" (straight back here),
//                                       "logged-out" (our post-logout page), "sign-in-form"
//                                       (the form, after which the RP is done); with `broken`,
//                                       the test first sets the org's broken-id-tokens knob to
//                                       that kind (and clears it for a VISIT without one)
//   FAILED message                      a step did not go as Okta would answer (exit 1)
// and on stdout, at the end, every STEP as one JSON array.
//
// The browser lands on http://127.0.0.1:PORT/callback and /logged-out; each
// page carries <p id="rp-result" data-ok="true|false">.

import http from 'node:http';
import dns from 'node:dns';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import * as client from 'openid-client';

const { values: args } = parseArgs({
  options: {
    issuer: { type: 'string' },
    'org-issuer': { type: 'string' },
    'client-id': { type: 'string' },
    port: { type: 'string' },
    auth: { type: 'string', default: 'basic' },
    mode: { type: 'string', default: 'flow' },
  },
});
const required = args.mode === 'flow' ? ['issuer', 'org-issuer', 'client-id', 'port'] : ['issuer', 'client-id'];
for (const name of required) {
  if (!args[name]) fail(`--${name} is required`);
}
const secret = (process.env.RP_CLIENT_SECRET ?? readFileSync(0, 'utf8').split('\n')[0]).trim();
if (!secret) fail('no client secret (RP_CLIENT_SECRET or stdin)');
const port = Number(args.port);
const redirectUri = `http://127.0.0.1:${port}/callback`;
const logoutUri = `http://127.0.0.1:${port}/logged-out`;
const scope = 'openid profile email offline_access';

const steps = [];
function step(name, data) {
  const entry = { step: name, ...data };
  steps.push(entry);
  process.stderr.write(`STEP ${JSON.stringify(entry)}\n`);
}
function visit(url, expect, broken) {
  process.stderr.write(`VISIT ${JSON.stringify({ url: url.href, expect, broken })}\n`);
}
function fail(message) {
  process.stderr.write(`FAILED ${message}\n`);
  process.stdout.write(`${JSON.stringify(steps)}\n`);
  process.exit(1);
}
function check(ok, message) {
  if (!ok) fail(message);
}
/** What openid-client threw, without tokens: its class, code, and the OAuth error. */
function described(e) {
  return {
    name: e?.constructor?.name,
    code: e?.code,
    message: e?.message,
    status: e?.status ?? e?.response?.status ?? e?.cause?.status,
    error: e?.error ?? e?.cause?.error,
    error_description: e?.error_description ?? e?.cause?.error_description,
    // What oauth4webapi (openid-client's core) said, which openid-client wraps.
    detail: typeof e?.cause?.message === 'string' ? e.cause.message : undefined,
    // A WWWAuthenticateChallengeError's parsed challenges.
    challenges: Array.isArray(e?.cause) ? e.cause.map((c) => c.scheme) : undefined,
  };
}
async function refused(what, f) {
  try {
    await f();
  } catch (e) {
    return described(e);
  }
  fail(`${what} was accepted; Okta refuses it`);
}

// The emulated orgs are plain-http virtual hosts `*.localhost` on the
// sandbox's loopback port. Browsers map every `*.localhost` name to
// loopback (RFC 6761 §6.3); Node's resolver (getaddrinfo) does not, and
// Node's fetch drops a `Host` header. So requests go through node:http
// with a lookup that answers 127.0.0.1 for `*.localhost`, handed to
// openid-client through its documented `customFetch` hook. The URLs
// openid-client sees, checks and sends (issuer, endpoints) are unchanged.
function lookup(hostname, options, callback) {
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
    if (options?.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  dns.lookup(hostname, options, callback);
}
/** How each POST authenticated the client (no values): the test checks it. */
const wire = [];
function loopbackFetch(url, options) {
  let seen;
  if (options.method === 'POST') {
    const headers = new Headers(options.headers);
    const form = new URLSearchParams(options.body?.toString() ?? '');
    seen = {
      path: new URL(url).pathname,
      basic: /^basic /i.test(headers.get('authorization') ?? ''),
      body_secret: form.has('client_secret'),
    };
    wire.push(seen);
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method,
        headers: Object.fromEntries(new Headers(options.headers).entries()),
        signal: options.signal,
        lookup,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            for (const one of [].concat(v)) headers.append(k, one);
          }
          const empty = [204, 304].includes(res.statusCode);
          if (seen) {
            seen.status = res.statusCode;
            // openid-client lowercases token_type and turns expires_in into
            // a countdown: keep what the server sent (never a token).
            let body = {};
            try {
              body = JSON.parse(Buffer.concat(chunks).toString());
            } catch {}
            if (seen.path.endsWith('/v1/token') && res.statusCode === 200) {
              seen.token_type = body.token_type;
              seen.expires_in = body.expires_in;
            }
            if (res.statusCode >= 400) seen.error = body.error ?? body.errorCode;
            if (res.statusCode === 401) seen.www_authenticate = res.headers['www-authenticate'] ?? null;
          }
          resolve(
            new Response(empty ? null : Buffer.concat(chunks), {
              status: res.statusCode,
              statusText: res.statusMessage,
              headers,
            }),
          );
        });
      },
    );
    req.on('error', reject);
    const body = options.body;
    req.end(body == null ? undefined : typeof body === 'string' ? body : Buffer.from(body instanceof URLSearchParams ? body.toString() : body));
  });
}

const clientAuth =
  args.auth === 'post' ? client.ClientSecretPost(secret)
  : args.auth === 'basic' ? client.ClientSecretBasic(secret)
  : fail(`--auth must be basic or post, not ${args.auth}`);

// openid-client refuses http:// by default; `allowInsecureRequests` is its
// documented switch for a test server (the emulated org on loopback), and
// `enableNonRepudiationChecks` makes it verify the ID token's JWS signature
// against the server's jwks_uri (by default it trusts the token endpoint's
// TLS for code-flow ID tokens, OIDC Core §3.1.3.7 item 6).
const options = {
  execute: [client.allowInsecureRequests, client.enableNonRepudiationChecks],
  [client.customFetch]: loopbackFetch,
};
async function discover(issuer, auth) {
  return client.discovery(new URL(issuer), args['client-id'], undefined, auth, options);
}

if (args.mode === 'client-auth-refused') {
  try {
    const config = await discover(args.issuer, clientAuth);
    const token = await refused(`${args.auth} at /token`, () =>
      client.refreshTokenGrant(config, 'not-a-refresh-token'),
    );
    const introspect = await refused(`${args.auth} at /introspect`, () =>
      client.tokenIntrospection(config, 'not-a-token'),
    );
    step('client_auth_refused', { auth: args.auth, token, introspect });
    step('wire', { posts: wire });
    process.stdout.write(`${JSON.stringify(steps)}\n`);
    process.exit(0);
  } catch (e) {
    fail(`unexpected: ${JSON.stringify(described(e))}\n${e?.stack ?? ''}`);
  }
} else if (args.mode !== 'flow') {
  fail(`--mode must be flow or client-auth-refused, not ${args.mode}`);
}

// ---------------------------------------------------------------- the listener

/** Callbacks waited for, by `state` ("" for none). */
const waiting = new Map();
let loggedOut;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`);
  const page = (ok, text) => {
    res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>rp</title><p id="rp-result" data-ok="${ok}">${text}</p>`);
  };
  if (url.pathname === '/callback' && req.method === 'POST') {
    // response_mode=form_post: openid-client takes the POST as a Request.
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const key = new URLSearchParams(body).get('state') ?? '';
      const w = waiting.get(key);
      if (!w) return page(false, 'no flow waits for this state');
      waiting.delete(key);
      const request = new Request(url, {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? '' },
        body,
      });
      w.resolve({ url: request, page, posted: true });
    });
  } else if (url.pathname === '/callback') {
    const key = url.searchParams.get('state') ?? '';
    const w = waiting.get(key);
    if (!w) return page(false, 'no flow waits for this state');
    waiting.delete(key);
    w.resolve({ url, page, posted: false });
  } else if (url.pathname === '/logged-out' && loggedOut) {
    const w = loggedOut;
    loggedOut = undefined;
    w.resolve({ url, page });
  } else {
    res.writeHead(404).end(); // the browser's /favicon.ico and the like
  }
});
function callback(state) {
  return new Promise((resolve) => waiting.set(state ?? '', { resolve }));
}
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));

/** One authorization request through the browser; returns the callback. */
async function authorize(config, expect, params = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const state = 'state' in params ? params.state : client.randomState();
  const query = {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    ...(state === undefined ? {} : { state }),
    ...params.extra,
  };
  const url = client.buildAuthorizationUrl(config, query);
  const cb = callback(state);
  visit(url, expect, params.broken);
  const { url: at, page, posted } = await cb;
  return { verifier, nonce, state, url: at, page, posted, authorizationUrl: url };
}

function claimsOf(tokens) {
  const c = tokens.claims();
  check(c, 'the token response has no ID token');
  return c;
}

// ---------------------------------------------------------------- the flow

try {
  const config = await discover(args.issuer, clientAuth);
  const meta = config.serverMetadata();
  step('discovery', {
    issuer: meta.issuer,
    has_end_session_endpoint: Boolean(meta.end_session_endpoint),
    token_endpoint_auth_methods_supported: meta.token_endpoint_auth_methods_supported,
    code_challenge_methods_supported: meta.code_challenge_methods_supported,
    jwks_uri: meta.jwks_uri,
  });

  // Authorization code with PKCE, state and nonce, through the sign-in form.
  const first = await authorize(config, 'sign-in');
  check(
    first.authorizationUrl.searchParams.get('code_challenge_method') === 'S256',
    'the authorization URL lacks S256',
  );
  let tokens;
  try {
    tokens = await client.authorizationCodeGrant(config, first.url, {
      pkceCodeVerifier: first.verifier,
      expectedState: first.state,
      expectedNonce: first.nonce,
      idTokenExpected: true,
    });
  } catch (e) {
    first.page(false, 'the code exchange failed');
    fail(`code exchange: ${JSON.stringify(described(e))}`);
  }
  first.page(true, 'signed in');
  const claims = claimsOf(tokens);
  step('code_exchange', {
    auth: args.auth,
    callback_iss: first.url.searchParams.get('iss'),
    token_type: tokens.token_type,
    scope: tokens.scope,
    expires_in: tokens.expiresIn(),
    has_access_token: Boolean(tokens.access_token),
    has_refresh_token: Boolean(tokens.refresh_token),
  });
  // openid-client checked iss, aud, azp, exp, iat, nonce and (non-repudiation
  // checks) the signature against the JWKS; these are what it accepted.
  step('id_token', {
    iss: claims.iss,
    sub: claims.sub,
    aud: claims.aud,
    email: claims.email,
    nonce_matches: claims.nonce === first.nonce,
    has_auth_time: typeof claims.auth_time === 'number',
  });

  const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  step('userinfo', { sub: info.sub, email: info.email, name: info.name });

  const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
  const rclaims = refreshed.claims();
  step('refresh', {
    token_type: refreshed.token_type,
    scope: refreshed.scope,
    new_access_token: refreshed.access_token !== tokens.access_token,
    has_refresh_token: Boolean(refreshed.refresh_token),
    id_token_sub: rclaims?.sub,
  });

  // Revoking the refresh token revokes its access tokens too (RFC 7009 §2.1;
  // Okta does). The refresh response may carry the same refresh token back.
  const refreshToken = refreshed.refresh_token ?? tokens.refresh_token;
  const before = await client.tokenIntrospection(config, refreshed.access_token);
  await client.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' });
  const afterAccess = await client.tokenIntrospection(config, refreshed.access_token);
  const afterRefresh = await client.tokenIntrospection(config, refreshToken, {
    token_type_hint: 'refresh_token',
  });
  const userinfoAfter = await refused('userinfo with a revoked access token', () =>
    client.fetchUserInfo(config, refreshed.access_token, claims.sub),
  );
  const refreshAfter = await refused('a revoked refresh token', () =>
    client.refreshTokenGrant(config, refreshToken),
  );
  step('revoke', {
    access_active_before: before.active,
    access_active_after: afterAccess.active,
    refresh_active_after: afterRefresh.active,
    userinfo_after: userinfoAfter,
    refresh_after: refreshAfter,
  });

  // ------------------------------------------------ departures, replayed
  // The session is live, so these authorization requests come straight back.

  // A code used twice: refused, and the first exchange's tokens die (RFC 6749 §4.1.2).
  const again = await authorize(config, 'callback');
  const once = await client.authorizationCodeGrant(config, again.url, {
    pkceCodeVerifier: again.verifier,
    expectedState: again.state,
    expectedNonce: again.nonce,
    idTokenExpected: true,
  });
  again.page(true, 'code used');
  const activeBeforeReuse = (await client.tokenIntrospection(config, once.access_token)).active;
  const reuse = await refused('a code used twice', () =>
    client.authorizationCodeGrant(config, again.url, {
      pkceCodeVerifier: again.verifier,
      expectedState: again.state,
      expectedNonce: again.nonce,
    }),
  );
  const afterReuse = await client.tokenIntrospection(config, once.access_token);
  const refreshAfterReuse = once.refresh_token
    ? (await client.tokenIntrospection(config, once.refresh_token)).active
    : null;
  step('code_reuse', {
    access_active_before: activeBeforeReuse,
    refused: reuse,
    access_active_after: afterReuse.active,
    refresh_active_after: refreshAfterReuse,
  });

  // The `default` server's ID token checked against the org server's keys:
  // each authorization server has its own, so the signature check fails.
  const org = await discover(args['org-issuer'], clientAuth);
  const crossed = new client.Configuration(
    { ...meta, jwks_uri: org.serverMetadata().jwks_uri },
    args['client-id'],
    undefined,
    clientAuth,
  );
  crossed[client.customFetch] = loopbackFetch;
  client.allowInsecureRequests(crossed);
  client.enableNonRepudiationChecks(crossed);
  const keysFlow = await authorize(crossed, 'callback');
  keysFlow.page(true, 'keys checked');
  const wrongKeys = await refused('an ID token verified with the org server keys', () =>
    client.authorizationCodeGrant(crossed, keysFlow.url, {
      pkceCodeVerifier: keysFlow.verifier,
      expectedState: keysFlow.state,
      expectedNonce: keysFlow.nonce,
      idTokenExpected: true,
    }),
  );
  step('keys_per_server', {
    org_issuer: org.serverMetadata().issuer,
    org_jwks_uri: org.serverMetadata().jwks_uri,
    default_jwks_uri: meta.jwks_uri,
    refused: wrongKeys,
  });

  // No `state`: Okta answers invalid_request at the redirect URI, and
  // openid-client (told not to expect a state) hands that error over.
  const stateless = await authorize(config, 'callback', { state: undefined });
  stateless.page(true, 'no state');
  const noState = await refused('an authorization request without state', () =>
    client.authorizationCodeGrant(config, stateless.url, {
      pkceCodeVerifier: stateless.verifier,
      expectedState: client.skipStateCheck,
    }),
  );
  step('no_state', { refused: noState });

  // response_mode=form_post: the code comes back as an auto-posted form,
  // not in the query (Okta supports it; issue 14 item 2).
  const posted = await authorize(config, 'callback', { extra: { response_mode: 'form_post' } });
  const formPost = await client.authorizationCodeGrant(config, posted.url, {
    pkceCodeVerifier: posted.verifier,
    expectedState: posted.state,
    expectedNonce: posted.nonce,
    idTokenExpected: true,
  });
  posted.page(true, 'form_post');
  step('form_post', { posted: posted.posted, sub: formPost.claims()?.sub });

  // prompt=login and max_age (OIDC Core §3.1.2.1): the form again despite
  // the session, and a new auth_time, which openid-client checks against
  // max_age itself (issue 14 item 6). auth_time and the session's age are
  // whole seconds (an age of 1.9 s is 1, not more than max_age=1): wait
  // past the next second, or past max_age plus one.
  const waitPast = async (t, seconds = 0) => {
    while (Date.now() / 1000 < t + seconds + 1.1) await new Promise((r) => setTimeout(r, 100));
  };
  await waitPast(claims.auth_time);
  const relogin = await authorize(config, 'sign-in', { extra: { prompt: 'login' } });
  const reloginTokens = await client.authorizationCodeGrant(config, relogin.url, {
    pkceCodeVerifier: relogin.verifier,
    expectedState: relogin.state,
    expectedNonce: relogin.nonce,
    idTokenExpected: true,
  });
  relogin.page(true, 'prompt=login');
  const loginAuthTime = reloginTokens.claims().auth_time;
  await waitPast(loginAuthTime, 1);
  const aged = await authorize(config, 'sign-in', { extra: { max_age: '1' } });
  const agedTokens = await client.authorizationCodeGrant(config, aged.url, {
    pkceCodeVerifier: aged.verifier,
    expectedState: aged.state,
    expectedNonce: aged.nonce,
    maxAge: 1,
    idTokenExpected: true,
  });
  aged.page(true, 'max_age');
  const agedAuthTime = agedTokens.claims().auth_time;
  step('reauthentication', {
    prompt_login_auth_time_moved: loginAuthTime > claims.auth_time,
    max_age_auth_time_moved: agedAuthTime > loginAuthTime,
  });

  // Grants the app lacks: unauthorized_client, as Okta answers.
  const cc = await refused('client_credentials on a web app', () =>
    client.clientCredentialsGrant(config, { scope: 'openid' }),
  );
  const device = await refused('device authorization on a web app', () =>
    client.initiateDeviceAuthorization(config, { scope: 'openid' }),
  );
  // Dynamic registration without an API token: Okta protects
  // registration_endpoint like the Management API (403 E0000005).
  const registration = await refused('dynamic client registration without a token', () =>
    client.dynamicClientRegistration(
      new URL(args.issuer),
      { redirect_uris: [redirectUri] },
      undefined,
      options,
    ),
  );
  step('grants_the_app_lacks', {
    client_credentials: cc,
    device_authorization: device,
    registration,
  });

  // A wrong secret: 401 invalid_client. To a client that used Basic the
  // 401 must carry a WWW-Authenticate challenge (RFC 6749 §5.2, RFC 7235
  // §3.1), which openid-client turns into a WWWAuthenticateChallengeError;
  // to one that sent the secret in the body, the plain error body.
  const wrongAuth = args.auth === 'post' ? client.ClientSecretPost('wrong-secret') : client.ClientSecretBasic('wrong-secret');
  const wrong = new client.Configuration(meta, args['client-id'], undefined, wrongAuth);
  wrong[client.customFetch] = loopbackFetch;
  client.allowInsecureRequests(wrong);
  const wrongRefresh = await refused('a wrong client secret at /token', () =>
    client.refreshTokenGrant(wrong, 'not-a-refresh-token'),
  );
  const wrongIntrospect = await refused('a wrong client secret at /introspect', () =>
    client.tokenIntrospection(wrong, 'not-a-token'),
  );
  step('wrong_secret', { token: wrongRefresh, introspect: wrongIntrospect });

  // The sandbox's broken-ID-token knobs, each through openid-client's own
  // checks (signature included): every kind must be refused, except a
  // rotated key, which a client that fetches the keys again accepts.
  // openid-client fetches them again only when its copy is 60 s old or
  // more, so with the keys fetched seconds ago it refuses the rotation too.
  const brokenKinds = [
    'wrong_iss', 'wrong_aud', 'expired', 'alg_none', 'bad_signature', 'unknown_kid', 'wrong_nonce', 'rotated_key',
  ];
  const broken = {};
  const fresh = await discover(args.issuer, clientAuth);
  for (const [kind, knob, cfg] of [
    ...brokenKinds.map((k) => [k, k, config]),
    ['rotated_key_fresh_client', 'rotated_key', fresh],
  ]) {
    const f = await authorize(cfg, 'callback', { broken: knob });
    try {
      const t = await client.authorizationCodeGrant(cfg, f.url, {
        pkceCodeVerifier: f.verifier,
        expectedState: f.state,
        expectedNonce: f.nonce,
        idTokenExpected: true,
      });
      broken[kind] = { accepted: true, sub: t.claims()?.sub };
    } catch (e) {
      broken[kind] = { accepted: false, ...described(e) };
    }
    f.page(true, `broken: ${kind}`);
  }
  step('broken_id_tokens', broken);

  // ------------------------------------------------ RP-initiated logout
  const logoutState = client.randomState();
  const endSession = client.buildEndSessionUrl(config, {
    id_token_hint: tokens.id_token,
    post_logout_redirect_uri: logoutUri,
    state: logoutState,
  });
  const out = new Promise((resolve) => {
    loggedOut = { resolve };
  });
  visit(endSession, 'logged-out');
  const { url: outUrl, page: outPage } = await out;
  const stateBack = outUrl.searchParams.get('state');
  outPage(stateBack === logoutState, 'logged out');
  step('logout', {
    end_session_endpoint: meta.end_session_endpoint,
    state_returned: stateBack === logoutState,
  });

  // The session is gone: a new authorization request shows the form.
  const after = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: client.randomState(),
    nonce: client.randomNonce(),
  });
  visit(after, 'sign-in-form');
  step('wire', { posts: wire });
  step('done', { auth: args.auth });
  process.stdout.write(`${JSON.stringify(steps)}\n`);
  server.close();
  process.exit(0);
} catch (e) {
  fail(`unexpected: ${JSON.stringify(described(e))}\n${e?.stack ?? ''}`);
}

// A certified third-party OpenID Provider (the npm package oidc-provider) on
// loopback, for ssoctl's interop tests (tests/suite/browser.rs starts it).
//
// It listens on 127.0.0.1 (port 0 unless INTEROP_PORT is set), mounted under
// /oauth2/default so that its issuer has a path like an Okta custom
// authorization server's, and prints one line on stdout once it listens:
//
//   ISSUER http://127.0.0.1:PORT/oauth2/default
//
// The client comes from the environment (INTEROP_CLIENT_ID,
// INTEROP_CLIENT_SECRET). The development login form accepts any login and
// password; the login becomes the subject and, when it has an @, the email.
// It stops on SIGTERM, SIGINT or when its standard input closes.

import http from 'node:http';
import Provider from 'oidc-provider';

const PREFIX = '/oauth2/default';
const clientId = process.env.INTEROP_CLIENT_ID || 'interop-client';
const clientSecret = process.env.INTEROP_CLIENT_SECRET || 'interop-secret';
const port = Number(process.env.INTEROP_PORT || 0);

let handler = (_req, res) => {
  res.writeHead(503).end();
};

const server = http.createServer((req, res) => {
  // Mounted like Express does it: the provider sees the path below the
  // prefix and finds its mount path again from `originalUrl`.
  if (req.url === PREFIX || req.url.startsWith(`${PREFIX}/`) || req.url.startsWith(`${PREFIX}?`)) {
    req.originalUrl = req.url;
    req.url = req.url.slice(PREFIX.length) || '/';
    handler(req, res);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  const issuer = `http://127.0.0.1:${actual}${PREFIX}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        // RFC 8252 §7.3: for native clients any port of this URI is accepted.
        redirect_uris: ['http://127.0.0.1/callback'],
        application_type: 'native',
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          const email = id.includes('@') ? id : `${id}@interop.example`;
          return {
            sub: id,
            email,
            email_verified: true,
            name: `Interop ${id.split('@')[0]}`,
          };
        },
      };
    },
    // Fixed cookie keys: nothing is kept between runs anyway.
    cookies: { keys: ['ssoctl-interop-test-cookie-key'] },
  });
  provider.proxy = false;
  handler = provider.callback();
  process.stdout.write(`ISSUER ${issuer}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections?.();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();

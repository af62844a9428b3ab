
use builtin;
use str;

set edit:completion:arg-completer[ssoctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ssoctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ssoctl'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in to the admin API, check or remove the stored token'
            cand profile 'Manage profiles (service URLs per environment)'
            cand tenant 'Register, show, list, change and remove tenants'
            cand provisioning 'Show and retry a tenant''s provisioning (project, subscription, owner)'
            cand cors 'Manage the allowed CORS origins'
            cand check 'Check a customer''s Okta setup without signing in (no admin token needed)'
            cand okta 'Configure a customer''s Okta org for the service, with an Okta API token'
            cand doctor 'Run every check for tenants, or for Okta details before registration'
            cand login 'Test a sign-in end to end in a browser, through the service or straight to Okta'
            cand api 'Call the admin API directly, with the stored token (like `gh api`)'
            cand sandbox 'Run a local emulation of the SSO service'
            cand completions 'Print shell completions or the man page'
            cand version 'Show this build''s version, commit and date, and the service''s version'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;auth'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store an admin API token (from a hidden prompt, or stdin with --with-token)'
            cand logout 'Remove the stored token'
            cand status 'Show where the token comes from and check it against the service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;auth;login'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --with-token 'Read the token from standard input'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;auth;logout'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;auth;status'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;auth;help'= {
            cand login 'Store an admin API token (from a hidden prompt, or stdin with --with-token)'
            cand logout 'Remove the stored token'
            cand status 'Show where the token comes from and check it against the service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;auth;help;login'= {
        }
        &'ssoctl;auth;help;logout'= {
        }
        &'ssoctl;auth;help;status'= {
        }
        &'ssoctl;auth;help;help'= {
        }
        &'ssoctl;profile'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List profiles'
            cand show 'Show a profile''s resolved settings and where each comes from'
            cand use 'Make a profile the active one'
            cand set 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert'
            cand unset 'Remove a setting from the active profile (or --profile)'
            cand add 'Add a profile'
            cand remove 'Remove a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;profile;list'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;show'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;use'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;set'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;unset'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;add'= {
            cand --api-url 'Base URL of the admin API'
            cand --auth-url 'Base URL of the login routes (/okta-login/{slug}); default: the API URL'
            cand --console-url 'Base URL of the dashboard'
            cand --ca-cert 'Extra CA certificate (PEM) to trust for this profile'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --use 'Also make it the active profile'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;remove'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;profile;help'= {
            cand list 'List profiles'
            cand show 'Show a profile''s resolved settings and where each comes from'
            cand use 'Make a profile the active one'
            cand set 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert'
            cand unset 'Remove a setting from the active profile (or --profile)'
            cand add 'Add a profile'
            cand remove 'Remove a profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;profile;help;list'= {
        }
        &'ssoctl;profile;help;show'= {
        }
        &'ssoctl;profile;help;use'= {
        }
        &'ssoctl;profile;help;set'= {
        }
        &'ssoctl;profile;help;unset'= {
        }
        &'ssoctl;profile;help;add'= {
        }
        &'ssoctl;profile;help;remove'= {
        }
        &'ssoctl;profile;help;help'= {
        }
        &'ssoctl;tenant'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every tenant (all pages)'
            cand show 'Show one tenant'
            cand register 'Register a tenant from the details the customer sent'
            cand update 'Change a tenant''s details (fails cleanly if someone else changed it meanwhile)'
            cand rotate-secret 'Rotate the tenant''s client secret in Okta and the service, with no sign-in failing'
            cand enable 'Let the tenant''s users sign in again'
            cand disable 'Stop the tenant''s users from signing in (nothing is deleted; asks first)'
            cand delete 'Delete a tenant, its users and its provisioning record'
            cand users 'List the tenant''s users with their roles'
            cand history 'Show who changed the tenant, when, and what (oldest first; every page)'
            cand export 'Write tenants as a file that `tenant apply` reads back (secrets as references)'
            cand diff 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)'
            cand apply 'Make the live tenants match FILE: shows the plan, asks, then creates and updates'
            cand invite 'Invite a customer to submit their Okta details themselves (prints a one-time token)'
            cand invitations 'List invitations and whether each is open, redeemed or expired (never a token)'
            cand submit 'For customers: submit your Okta app''s details with the invitation support sent'
            cand approve 'Approve a submitted registration: runs the doctor on it first, then asks'
            cand reject 'Reject a submitted registration: removes it and its secret (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;tenant;list'= {
            cand --status 'Only tenants with this status'
            cand --provisioning 'Only tenants whose provisioning is in this state, e.g. failed'
            cand --sort 'Sort by this field (default: the service''s order, by slug)'
            cand --limit 'Show at most this many tenants'
            cand --json 'Print JSON with only these fields (comma-separated), e.g. slug,status'
            cand --jq 'Filter the JSON with a jq expression; strings print without quotes'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;show'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;register'= {
            cand --slug 'Tenant slug, as in the redirect URI (e.g. acme-corp)'
            cand --company-name 'The organisation''s full name'
            cand --okta-domain 'The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)'
            cand --client-id 'Client ID of the Okta app'
            cand --client-secret-file 'Read the client secret from a file'
            cand --from-file 'Read the tenant from a TOML file (slug, company_name, okta_domain, client_id, client_secret); flags win'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --client-secret-stdin 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
            cand --dry-run 'Show the request that would be sent (secret redacted) and send nothing'
            cand --no-verify 'Skip the checks of the Okta details (for a network that cannot reach the customer''s Okta); the write is then not verified'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;update'= {
            cand --company-name 'New company name'
            cand --okta-domain 'New Okta domain'
            cand --client-id 'New client ID'
            cand --client-secret-file 'Read the client secret from a file'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --rotate-secret 'Also replace the client secret (from --client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET)'
            cand --client-secret-stdin 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
            cand --dry-run 'Show the change that would be sent and send nothing'
            cand -y 'Do not ask for confirmation on a terminal'
            cand --yes 'Do not ask for confirmation on a terminal'
            cand --no-verify 'Skip the checks of the Okta details (for a network that cannot reach the customer''s Okta); the write is then not verified'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;rotate-secret'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --delete-old 'Delete the old (inactive) secret left by a finished rotation'
            cand --rollback 'Undo a rotation''s changes in Okta: reactivate the old secret, remove an unused new one'
            cand -y 'Do not ask before each change'
            cand --yes 'Do not ask before each change'
            cand --dry-run 'Show the plan and change nothing'
            cand --okta-api-token-stdin 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
            cand --ask-okta-api-token 'Ask for the Okta API token at a hidden prompt'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;enable'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;disable'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;delete'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;users'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;history'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;export'= {
            cand --format 'File format [default: toml, or json with --output json]'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --all 'Export every tenant'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;diff'= {
            cand -f 'The tenants file (TOML, or JSON when it ends in .json)'
            cand --file 'The tenants file (TOML, or JSON when it ends in .json)'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --prune 'Also show the tenants absent from the file, which `apply --prune` deletes'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;apply'= {
            cand -f 'The tenants file (TOML, or JSON when it ends in .json)'
            cand --file 'The tenants file (TOML, or JSON when it ends in .json)'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --prune 'Delete the tenants absent from the file (listed, then a typed confirmation)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Show the plan; change nothing'
            cand --no-verify 'Skip the checks of the Okta details (for a network that cannot reach the customer''s Okta); the write is then not verified'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;invite'= {
            cand --company-name 'The organisation''s full name'
            cand --expires 'How long the invitation lasts (1h to 30d)'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;invitations'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;submit'= {
            cand --invite-file 'Read the invitation from a file'
            cand --okta-domain 'The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)'
            cand --client-id 'Client ID of the Okta app'
            cand --client-secret-file 'Read the client secret from a file'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --invite-stdin 'Read the invitation from standard input (the first line, when the secret is read from it too)'
            cand --client-secret-stdin 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --dry-run 'Check everything and show what would be sent; send nothing'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;approve'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --force 'Approve even when the doctor finds errors'
            cand --okta-api-token-stdin 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
            cand --ask-okta-api-token 'Ask for the Okta API token at a hidden prompt'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;reject'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;tenant;help'= {
            cand list 'List every tenant (all pages)'
            cand show 'Show one tenant'
            cand register 'Register a tenant from the details the customer sent'
            cand update 'Change a tenant''s details (fails cleanly if someone else changed it meanwhile)'
            cand rotate-secret 'Rotate the tenant''s client secret in Okta and the service, with no sign-in failing'
            cand enable 'Let the tenant''s users sign in again'
            cand disable 'Stop the tenant''s users from signing in (nothing is deleted; asks first)'
            cand delete 'Delete a tenant, its users and its provisioning record'
            cand users 'List the tenant''s users with their roles'
            cand history 'Show who changed the tenant, when, and what (oldest first; every page)'
            cand export 'Write tenants as a file that `tenant apply` reads back (secrets as references)'
            cand diff 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)'
            cand apply 'Make the live tenants match FILE: shows the plan, asks, then creates and updates'
            cand invite 'Invite a customer to submit their Okta details themselves (prints a one-time token)'
            cand invitations 'List invitations and whether each is open, redeemed or expired (never a token)'
            cand submit 'For customers: submit your Okta app''s details with the invitation support sent'
            cand approve 'Approve a submitted registration: runs the doctor on it first, then asks'
            cand reject 'Reject a submitted registration: removes it and its secret (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;tenant;help;list'= {
        }
        &'ssoctl;tenant;help;show'= {
        }
        &'ssoctl;tenant;help;register'= {
        }
        &'ssoctl;tenant;help;update'= {
        }
        &'ssoctl;tenant;help;rotate-secret'= {
        }
        &'ssoctl;tenant;help;enable'= {
        }
        &'ssoctl;tenant;help;disable'= {
        }
        &'ssoctl;tenant;help;delete'= {
        }
        &'ssoctl;tenant;help;users'= {
        }
        &'ssoctl;tenant;help;history'= {
        }
        &'ssoctl;tenant;help;export'= {
        }
        &'ssoctl;tenant;help;diff'= {
        }
        &'ssoctl;tenant;help;apply'= {
        }
        &'ssoctl;tenant;help;invite'= {
        }
        &'ssoctl;tenant;help;invitations'= {
        }
        &'ssoctl;tenant;help;submit'= {
        }
        &'ssoctl;tenant;help;approve'= {
        }
        &'ssoctl;tenant;help;reject'= {
        }
        &'ssoctl;tenant;help;help'= {
        }
        &'ssoctl;provisioning'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show provisioning state, project, subscription, owner and last error'
            cand retry 'Run provisioning again (never creates a second project)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;provisioning;status'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;provisioning;retry'= {
            cand --timeout 'Give up waiting after this long (e.g. 90s, 5m)'
            cand --interval 'How often to check while waiting'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --wait 'Wait until the run succeeds or fails'
            cand --force 'Run again even when the tenant is already provisioned'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;provisioning;help'= {
            cand status 'Show provisioning state, project, subscription, owner and last error'
            cand retry 'Run provisioning again (never creates a second project)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;provisioning;help;status'= {
        }
        &'ssoctl;provisioning;help;retry'= {
        }
        &'ssoctl;provisioning;help;help'= {
        }
        &'ssoctl;cors'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the allowed origins'
            cand add 'Allow one or more origins (scheme://host[:port])'
            cand remove 'Stop allowing one or more origins (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;cors;list'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;cors;add'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --allow-http 'Allow a plain-http origin that is not loopback (its pages and tokens travel in clear)'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;cors;remove'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;cors;help'= {
            cand list 'List the allowed origins'
            cand add 'Allow one or more origins (scheme://host[:port])'
            cand remove 'Stop allowing one or more origins (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;cors;help;list'= {
        }
        &'ssoctl;cors;help;add'= {
        }
        &'ssoctl;cors;help;remove'= {
        }
        &'ssoctl;cors;help;help'= {
        }
        &'ssoctl;check'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand domain 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)'
            cand redirect-uri 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it'
            cand client 'Prove the client ID and secret without side effects'
            cand policy 'Check the app and the `default` server''s access policy (guide steps 1 and 3; needs an Okta API token)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;check;domain'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --strict 'Exit 3 on warnings and on anything not verified, not only on errors'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;check;redirect-uri'= {
            cand --entered 'The URI the customer entered in Okta, to compare'
            cand --okta-domain 'With --client-id: ask Okta whether the app accepts the URI'
            cand --client-id 'With --okta-domain: the app''s client ID'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --strict 'Exit 3 on warnings and on anything not verified, not only on errors'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;check;client'= {
            cand --okta-domain 'The customer''s Okta domain, e.g. dev-12345678.okta.com'
            cand --client-id 'Client ID of the customer''s Okta app'
            cand --client-secret-file 'Read the client secret from a file'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --client-secret-stdin 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
            cand --strict 'Exit 3 on warnings and on anything not verified, not only on errors'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;check;policy'= {
            cand --okta-domain 'The customer''s Okta domain, e.g. dev-12345678.okta.com'
            cand --client-id 'Client ID of the customer''s Okta app'
            cand --slug 'The tenant slug (for the redirect URI the app must list)'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --okta-api-token-stdin 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
            cand --ask-okta-api-token 'Ask for the Okta API token at a hidden prompt'
            cand --strict 'Exit 3 on warnings and on anything not verified, not only on errors'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;check;help'= {
            cand domain 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)'
            cand redirect-uri 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it'
            cand client 'Prove the client ID and secret without side effects'
            cand policy 'Check the app and the `default` server''s access policy (guide steps 1 and 3; needs an Okta API token)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;check;help;domain'= {
        }
        &'ssoctl;check;help;redirect-uri'= {
        }
        &'ssoctl;check;help;client'= {
        }
        &'ssoctl;check;help;policy'= {
        }
        &'ssoctl;check;help;help'= {
        }
        &'ssoctl;okta'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;okta;setup'= {
            cand --okta-domain 'The customer''s Okta domain, e.g. dev-12345678.okta.com'
            cand --slug 'The tenant''s slug: its redirect URI is {auth_url}/okta-login/{slug} (with an invitation: the invitation''s)'
            cand --company-name 'The company name the tenant is registered with (with an invitation: the invitation''s)'
            cand --invite-file 'Read the invitation from a file, and submit the registration with it'
            cand --tenant-file 'Without an admin token: where to write the tenant file [default: ssoctl-tenant-SLUG.toml]'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --invite-stdin 'Read the invitation from Biometry support from standard input, and submit the registration with it [or env: SSOCTL_INVITATION]'
            cand --yes 'Apply the plan without asking'
            cand --dry-run 'Show the plan and change nothing'
            cand --okta-api-token-stdin 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
            cand --ask-okta-api-token 'Ask for the Okta API token at a hidden prompt'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;okta;help'= {
            cand setup 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;okta;help;setup'= {
        }
        &'ssoctl;okta;help;help'= {
        }
        &'ssoctl;doctor'= {
            cand --okta-domain 'Check Okta details before registration (no admin token): the domain'
            cand --client-id 'With --okta-domain: the app''s client ID'
            cand --slug 'With --okta-domain: the slug the customer chose'
            cand --client-secret-file 'Read the client secret from a file'
            cand --concurrency 'Requests in flight at most, across all tenants'
            cand --format 'Report format (default: follows --output); junit for CI dashboards'
            cand --save-facts 'Also write what was learned to FILE (JSON, mode 0600, no secrets), to judge again with --from-facts'
            cand --from-facts 'Judge the facts saved in FILE by --save-facts, offline: no request is made'
            cand --user 'Also check one person who cannot sign in (their Okta login): active, assigned to the app, let in by the access policy (needs an Okta API token)'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --all 'Check every registered tenant'
            cand --client-secret-stdin 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
            cand --okta-api-token-stdin 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
            cand --ask-okta-api-token 'Ask for the Okta API token at a hidden prompt'
            cand --strict 'Exit 3 on warnings and on anything not verified, not only on errors'
            cand --fix 'Apply the findings'' machine-applicable changes (tenant and Okta), one at a time, then check again'
            cand --yes 'With --fix: apply without asking'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;login'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand test 'Sign in through a loopback listener and report what a real user gets (RFC 8252)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;login;test'= {
            cand --okta-domain 'With --direct: the Okta domain (its `default` authorization server)'
            cand --issuer 'With --direct: any OpenID Provider''s issuer URL instead of an Okta domain'
            cand --client-id 'With --direct: the app''s client ID'
            cand --client-secret-file 'Read the client secret from a file'
            cand --port 'Listen on this port (default: any free one; 8765 with --direct)'
            cand --listen 'Listen on this loopback address, e.g. 127.0.0.1:8765 (for SSH tunnels)'
            cand --redirect-host 'The host name the browser uses to reach the listener (with an SSH tunnel: still 127.0.0.1 or localhost)'
            cand --timeout 'Give up after this long (the service''s login state lives 10 minutes)'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --direct 'Be the OIDC client of the customer''s Okta yourself (no service, no admin token)'
            cand --client-secret-stdin 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
            cand --no-browser 'Print the URL instead of opening a browser'
            cand --paste 'Paste the final callback URL from another machine''s browser instead of listening for it'
            cand --show-tokens 'With --direct: print the tokens too (they are secrets)'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;login;help'= {
            cand test 'Sign in through a loopback listener and report what a real user gets (RFC 8252)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;login;help;test'= {
        }
        &'ssoctl;login;help;help'= {
        }
        &'ssoctl;api'= {
            cand -F 'A field with a JSON-typed value (numbers, true, false, null; @FILE reads a file); query parameters for GET'
            cand --field 'A field with a JSON-typed value (numbers, true, false, null; @FILE reads a file); query parameters for GET'
            cand -f 'A field with a string value'
            cand --raw-field 'A field with a string value'
            cand --input 'The request body from a file (`-` for stdin)'
            cand -H 'An extra request header'
            cand --header 'An extra request header'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand -i 'Print the status line and headers too'
            cand --include 'Print the status line and headers too'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;sandbox'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;sandbox;serve'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --state 'Keep state in this file (written atomically after every change)'
            cand --seed 'Fill a fresh state with demo tenants'
            cand --latency 'Added to every request (e.g. 200ms)'
            cand --provisioning-delay 'How long a provisioning run takes'
            cand --ca-out 'With --tls: write the CA certificate here [default: sandbox-ca.pem beside --state, else in the temporary directory]'
            cand --fault 'Answer requests with a fault, at random: KIND or KIND:RATE (0.3 or 30%; every request when omitted); repeatable, the rates adding up. Never the /_sandbox/ control plane. KIND: status500, status502, status503, status429, okta_rate_limit, okta_locked, reset_before_handling, reset_after_commit, html_error_page, truncated_json, huge_body, stall_mid_body, never_answer'
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --tls 'Serve HTTPS with a certificate from a CA generated now (plain HTTP keeps working on the same port, for the emulated Okta orgs)'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;sandbox;help'= {
            cand serve 'Serve the sandbox until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;sandbox;help;serve'= {
        }
        &'ssoctl;sandbox;help;help'= {
        }
        &'ssoctl;completions'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;version'= {
            cand --profile 'Profile to use (default: the one chosen with `profile use`)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --ca-cert 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]'
            cand --trace 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket'
            cand --client 'Only this build; do not ask the service'
            cand --no-input 'Never prompt; fail with exit code 2 naming what is missing'
            cand -v 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand --verbose 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Run against a fresh in-process sandbox with the demo tenants'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ssoctl;help'= {
            cand auth 'Log in to the admin API, check or remove the stored token'
            cand profile 'Manage profiles (service URLs per environment)'
            cand tenant 'Register, show, list, change and remove tenants'
            cand provisioning 'Show and retry a tenant''s provisioning (project, subscription, owner)'
            cand cors 'Manage the allowed CORS origins'
            cand check 'Check a customer''s Okta setup without signing in (no admin token needed)'
            cand okta 'Configure a customer''s Okta org for the service, with an Okta API token'
            cand doctor 'Run every check for tenants, or for Okta details before registration'
            cand login 'Test a sign-in end to end in a browser, through the service or straight to Okta'
            cand api 'Call the admin API directly, with the stored token (like `gh api`)'
            cand sandbox 'Run a local emulation of the SSO service'
            cand completions 'Print shell completions or the man page'
            cand version 'Show this build''s version, commit and date, and the service''s version'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ssoctl;help;auth'= {
            cand login 'Store an admin API token (from a hidden prompt, or stdin with --with-token)'
            cand logout 'Remove the stored token'
            cand status 'Show where the token comes from and check it against the service'
        }
        &'ssoctl;help;auth;login'= {
        }
        &'ssoctl;help;auth;logout'= {
        }
        &'ssoctl;help;auth;status'= {
        }
        &'ssoctl;help;profile'= {
            cand list 'List profiles'
            cand show 'Show a profile''s resolved settings and where each comes from'
            cand use 'Make a profile the active one'
            cand set 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert'
            cand unset 'Remove a setting from the active profile (or --profile)'
            cand add 'Add a profile'
            cand remove 'Remove a profile'
        }
        &'ssoctl;help;profile;list'= {
        }
        &'ssoctl;help;profile;show'= {
        }
        &'ssoctl;help;profile;use'= {
        }
        &'ssoctl;help;profile;set'= {
        }
        &'ssoctl;help;profile;unset'= {
        }
        &'ssoctl;help;profile;add'= {
        }
        &'ssoctl;help;profile;remove'= {
        }
        &'ssoctl;help;tenant'= {
            cand list 'List every tenant (all pages)'
            cand show 'Show one tenant'
            cand register 'Register a tenant from the details the customer sent'
            cand update 'Change a tenant''s details (fails cleanly if someone else changed it meanwhile)'
            cand rotate-secret 'Rotate the tenant''s client secret in Okta and the service, with no sign-in failing'
            cand enable 'Let the tenant''s users sign in again'
            cand disable 'Stop the tenant''s users from signing in (nothing is deleted; asks first)'
            cand delete 'Delete a tenant, its users and its provisioning record'
            cand users 'List the tenant''s users with their roles'
            cand history 'Show who changed the tenant, when, and what (oldest first; every page)'
            cand export 'Write tenants as a file that `tenant apply` reads back (secrets as references)'
            cand diff 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)'
            cand apply 'Make the live tenants match FILE: shows the plan, asks, then creates and updates'
            cand invite 'Invite a customer to submit their Okta details themselves (prints a one-time token)'
            cand invitations 'List invitations and whether each is open, redeemed or expired (never a token)'
            cand submit 'For customers: submit your Okta app''s details with the invitation support sent'
            cand approve 'Approve a submitted registration: runs the doctor on it first, then asks'
            cand reject 'Reject a submitted registration: removes it and its secret (asks first)'
        }
        &'ssoctl;help;tenant;list'= {
        }
        &'ssoctl;help;tenant;show'= {
        }
        &'ssoctl;help;tenant;register'= {
        }
        &'ssoctl;help;tenant;update'= {
        }
        &'ssoctl;help;tenant;rotate-secret'= {
        }
        &'ssoctl;help;tenant;enable'= {
        }
        &'ssoctl;help;tenant;disable'= {
        }
        &'ssoctl;help;tenant;delete'= {
        }
        &'ssoctl;help;tenant;users'= {
        }
        &'ssoctl;help;tenant;history'= {
        }
        &'ssoctl;help;tenant;export'= {
        }
        &'ssoctl;help;tenant;diff'= {
        }
        &'ssoctl;help;tenant;apply'= {
        }
        &'ssoctl;help;tenant;invite'= {
        }
        &'ssoctl;help;tenant;invitations'= {
        }
        &'ssoctl;help;tenant;submit'= {
        }
        &'ssoctl;help;tenant;approve'= {
        }
        &'ssoctl;help;tenant;reject'= {
        }
        &'ssoctl;help;provisioning'= {
            cand status 'Show provisioning state, project, subscription, owner and last error'
            cand retry 'Run provisioning again (never creates a second project)'
        }
        &'ssoctl;help;provisioning;status'= {
        }
        &'ssoctl;help;provisioning;retry'= {
        }
        &'ssoctl;help;cors'= {
            cand list 'List the allowed origins'
            cand add 'Allow one or more origins (scheme://host[:port])'
            cand remove 'Stop allowing one or more origins (asks first)'
        }
        &'ssoctl;help;cors;list'= {
        }
        &'ssoctl;help;cors;add'= {
        }
        &'ssoctl;help;cors;remove'= {
        }
        &'ssoctl;help;check'= {
            cand domain 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)'
            cand redirect-uri 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it'
            cand client 'Prove the client ID and secret without side effects'
            cand policy 'Check the app and the `default` server''s access policy (guide steps 1 and 3; needs an Okta API token)'
        }
        &'ssoctl;help;check;domain'= {
        }
        &'ssoctl;help;check;redirect-uri'= {
        }
        &'ssoctl;help;check;client'= {
        }
        &'ssoctl;help;check;policy'= {
        }
        &'ssoctl;help;okta'= {
            cand setup 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant'
        }
        &'ssoctl;help;okta;setup'= {
        }
        &'ssoctl;help;doctor'= {
        }
        &'ssoctl;help;login'= {
            cand test 'Sign in through a loopback listener and report what a real user gets (RFC 8252)'
        }
        &'ssoctl;help;login;test'= {
        }
        &'ssoctl;help;api'= {
        }
        &'ssoctl;help;sandbox'= {
            cand serve 'Serve the sandbox until interrupted'
        }
        &'ssoctl;help;sandbox;serve'= {
        }
        &'ssoctl;help;completions'= {
        }
        &'ssoctl;help;version'= {
        }
        &'ssoctl;help;help'= {
        }
    ]
    $completions[$command]
}

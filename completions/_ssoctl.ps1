
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ssoctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ssoctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ssoctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to the admin API, check or remove the stored token')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (service URLs per environment)')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Register, show, list, change and remove tenants')
            [CompletionResult]::new('provisioning', 'provisioning', [CompletionResultType]::ParameterValue, 'Show and retry a tenant''s provisioning (project, subscription, owner)')
            [CompletionResult]::new('cors', 'cors', [CompletionResultType]::ParameterValue, 'Manage the allowed CORS origins')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a customer''s Okta setup without signing in (no admin token needed)')
            [CompletionResult]::new('okta', 'okta', [CompletionResultType]::ParameterValue, 'Configure a customer''s Okta org for the service, with an Okta API token')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Run every check for tenants, or for Okta details before registration')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Test a sign-in end to end in a browser, through the service or straight to Okta')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call the admin API directly, with the stored token (like `gh api`)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run a local emulation of the SSO service')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions or the man page')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show this build''s version, commit and date, and the service''s version')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an admin API token (from a hidden prompt, or stdin with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from and check it against the service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from standard input')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an admin API token (from a hidden prompt, or stdin with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from and check it against the service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;auth;help;login' {
            break
        }
        'ssoctl;auth;help;logout' {
            break
        }
        'ssoctl;auth;help;status' {
            break
        }
        'ssoctl;auth;help;help' {
            break
        }
        'ssoctl;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s resolved settings and where each comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the active one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from the active profile (or --profile)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;unset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;add' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Base URL of the admin API')
            [CompletionResult]::new('--auth-url', '--auth-url', [CompletionResultType]::ParameterName, 'Base URL of the login routes (/okta-login/{slug}); default: the API URL')
            [CompletionResult]::new('--console-url', '--console-url', [CompletionResultType]::ParameterName, 'Base URL of the dashboard')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust for this profile')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Also make it the active profile')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s resolved settings and where each comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the active one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from the active profile (or --profile)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;profile;help;list' {
            break
        }
        'ssoctl;profile;help;show' {
            break
        }
        'ssoctl;profile;help;use' {
            break
        }
        'ssoctl;profile;help;set' {
            break
        }
        'ssoctl;profile;help;unset' {
            break
        }
        'ssoctl;profile;help;add' {
            break
        }
        'ssoctl;profile;help;remove' {
            break
        }
        'ssoctl;profile;help;help' {
            break
        }
        'ssoctl;tenant' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tenant (all pages)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a tenant from the details the customer sent')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s details (fails cleanly if someone else changed it meanwhile)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Rotate the tenant''s client secret in Okta and the service, with no sign-in failing')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let the tenant''s users sign in again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop the tenant''s users from signing in (nothing is deleted; asks first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tenant, its users and its provisioning record')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the tenant''s users with their roles')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who changed the tenant, when, and what (oldest first; every page)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write tenants as a file that `tenant apply` reads back (secrets as references)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the live tenants match FILE: shows the plan, asks, then creates and updates')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a customer to submit their Okta details themselves (prints a one-time token)')
            [CompletionResult]::new('invitations', 'invitations', [CompletionResultType]::ParameterValue, 'List invitations and whether each is open, redeemed or expired (never a token)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'For customers: submit your Okta app''s details with the invitation support sent')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted registration: runs the doctor on it first, then asks')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a submitted registration: removes it and its secret (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;tenant;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only tenants with this status')
            [CompletionResult]::new('--provisioning', '--provisioning', [CompletionResultType]::ParameterName, 'Only tenants whose provisioning is in this state, e.g. failed')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (default: the service''s order, by slug)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many tenants')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON with only these fields (comma-separated), e.g. slug,status')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON with a jq expression; strings print without quotes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;register' {
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Tenant slug, as in the redirect URI (e.g. acme-corp)')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The organisation''s full name')
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID of the Okta app')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from a file')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the tenant from a TOML file (slug, company_name, okta_domain, client_id, client_secret); flags win')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the request that would be sent (secret redacted) and send nothing')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the checks of the Okta details (for a network that cannot reach the customer''s Okta); the write is then not verified')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;update' {
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'New company name')
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'New Okta domain')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'New client ID')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from a file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--rotate-secret', '--rotate-secret', [CompletionResultType]::ParameterName, 'Also replace the client secret (from --client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the change that would be sent and send nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the checks of the Okta details (for a network that cannot reach the customer''s Okta); the write is then not verified')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;rotate-secret' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--delete-old', '--delete-old', [CompletionResultType]::ParameterName, 'Delete the old (inactive) secret left by a finished rotation')
            [CompletionResult]::new('--rollback', '--rollback', [CompletionResultType]::ParameterName, 'Undo a rotation''s changes in Okta: reactivate the old secret, remove an unused new one')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before each change')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before each change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing')
            [CompletionResult]::new('--okta-api-token-stdin', '--okta-api-token-stdin', [CompletionResultType]::ParameterName, 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]')
            [CompletionResult]::new('--ask-okta-api-token', '--ask-okta-api-token', [CompletionResultType]::ParameterName, 'Ask for the Okta API token at a hidden prompt')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;enable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;disable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;users' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;history' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format [default: toml, or json with --output json]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Export every tenant')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The tenants file (TOML, or JSON when it ends in .json)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The tenants file (TOML, or JSON when it ends in .json)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also show the tenants absent from the file, which `apply --prune` deletes')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The tenants file (TOML, or JSON when it ends in .json)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The tenants file (TOML, or JSON when it ends in .json)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete the tenants absent from the file (listed, then a typed confirmation)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan; change nothing')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Skip the checks of the Okta details (for a network that cannot reach the customer''s Okta); the write is then not verified')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;invite' {
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The organisation''s full name')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'How long the invitation lasts (1h to 30d)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;invitations' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;submit' {
            [CompletionResult]::new('--invite-file', '--invite-file', [CompletionResultType]::ParameterName, 'Read the invitation from a file')
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID of the Okta app')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from a file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--invite-stdin', '--invite-stdin', [CompletionResultType]::ParameterName, 'Read the invitation from standard input (the first line, when the secret is read from it too)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be sent; send nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;approve' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Approve even when the doctor finds errors')
            [CompletionResult]::new('--okta-api-token-stdin', '--okta-api-token-stdin', [CompletionResultType]::ParameterName, 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]')
            [CompletionResult]::new('--ask-okta-api-token', '--ask-okta-api-token', [CompletionResultType]::ParameterName, 'Ask for the Okta API token at a hidden prompt')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;reject' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;tenant;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tenant (all pages)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a tenant from the details the customer sent')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s details (fails cleanly if someone else changed it meanwhile)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Rotate the tenant''s client secret in Okta and the service, with no sign-in failing')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let the tenant''s users sign in again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop the tenant''s users from signing in (nothing is deleted; asks first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tenant, its users and its provisioning record')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the tenant''s users with their roles')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who changed the tenant, when, and what (oldest first; every page)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write tenants as a file that `tenant apply` reads back (secrets as references)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the live tenants match FILE: shows the plan, asks, then creates and updates')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a customer to submit their Okta details themselves (prints a one-time token)')
            [CompletionResult]::new('invitations', 'invitations', [CompletionResultType]::ParameterValue, 'List invitations and whether each is open, redeemed or expired (never a token)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'For customers: submit your Okta app''s details with the invitation support sent')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted registration: runs the doctor on it first, then asks')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a submitted registration: removes it and its secret (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;tenant;help;list' {
            break
        }
        'ssoctl;tenant;help;show' {
            break
        }
        'ssoctl;tenant;help;register' {
            break
        }
        'ssoctl;tenant;help;update' {
            break
        }
        'ssoctl;tenant;help;rotate-secret' {
            break
        }
        'ssoctl;tenant;help;enable' {
            break
        }
        'ssoctl;tenant;help;disable' {
            break
        }
        'ssoctl;tenant;help;delete' {
            break
        }
        'ssoctl;tenant;help;users' {
            break
        }
        'ssoctl;tenant;help;history' {
            break
        }
        'ssoctl;tenant;help;export' {
            break
        }
        'ssoctl;tenant;help;diff' {
            break
        }
        'ssoctl;tenant;help;apply' {
            break
        }
        'ssoctl;tenant;help;invite' {
            break
        }
        'ssoctl;tenant;help;invitations' {
            break
        }
        'ssoctl;tenant;help;submit' {
            break
        }
        'ssoctl;tenant;help;approve' {
            break
        }
        'ssoctl;tenant;help;reject' {
            break
        }
        'ssoctl;tenant;help;help' {
            break
        }
        'ssoctl;provisioning' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show provisioning state, project, subscription, owner and last error')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Run provisioning again (never creates a second project)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;provisioning;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;provisioning;retry' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 5m)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to check while waiting')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the run succeeds or fails')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Run again even when the tenant is already provisioned')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;provisioning;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show provisioning state, project, subscription, owner and last error')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Run provisioning again (never creates a second project)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;provisioning;help;status' {
            break
        }
        'ssoctl;provisioning;help;retry' {
            break
        }
        'ssoctl;provisioning;help;help' {
            break
        }
        'ssoctl;cors' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowed origins')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow one or more origins (scheme://host[:port])')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop allowing one or more origins (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;cors;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;cors;add' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--allow-http', '--allow-http', [CompletionResultType]::ParameterName, 'Allow a plain-http origin that is not loopback (its pages and tokens travel in clear)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;cors;remove' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;cors;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowed origins')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow one or more origins (scheme://host[:port])')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop allowing one or more origins (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;cors;help;list' {
            break
        }
        'ssoctl;cors;help;add' {
            break
        }
        'ssoctl;cors;help;remove' {
            break
        }
        'ssoctl;cors;help;help' {
            break
        }
        'ssoctl;check' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)')
            [CompletionResult]::new('redirect-uri', 'redirect-uri', [CompletionResultType]::ParameterValue, 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Prove the client ID and secret without side effects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Check the app and the `default` server''s access policy (guide steps 1 and 3; needs an Okta API token)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;check;domain' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 3 on warnings and on anything not verified, not only on errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;check;redirect-uri' {
            [CompletionResult]::new('--entered', '--entered', [CompletionResultType]::ParameterName, 'The URI the customer entered in Okta, to compare')
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'With --client-id: ask Okta whether the app accepts the URI')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'With --okta-domain: the app''s client ID')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 3 on warnings and on anything not verified, not only on errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;check;client' {
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'The customer''s Okta domain, e.g. dev-12345678.okta.com')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID of the customer''s Okta app')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from a file')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 3 on warnings and on anything not verified, not only on errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;check;policy' {
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'The customer''s Okta domain, e.g. dev-12345678.okta.com')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'Client ID of the customer''s Okta app')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'The tenant slug (for the redirect URI the app must list)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--okta-api-token-stdin', '--okta-api-token-stdin', [CompletionResultType]::ParameterName, 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]')
            [CompletionResult]::new('--ask-okta-api-token', '--ask-okta-api-token', [CompletionResultType]::ParameterName, 'Ask for the Okta API token at a hidden prompt')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 3 on warnings and on anything not verified, not only on errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;check;help' {
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)')
            [CompletionResult]::new('redirect-uri', 'redirect-uri', [CompletionResultType]::ParameterValue, 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Prove the client ID and secret without side effects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Check the app and the `default` server''s access policy (guide steps 1 and 3; needs an Okta API token)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;check;help;domain' {
            break
        }
        'ssoctl;check;help;redirect-uri' {
            break
        }
        'ssoctl;check;help;client' {
            break
        }
        'ssoctl;check;help;policy' {
            break
        }
        'ssoctl;check;help;help' {
            break
        }
        'ssoctl;okta' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;okta;setup' {
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'The customer''s Okta domain, e.g. dev-12345678.okta.com')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'The tenant''s slug: its redirect URI is {auth_url}/okta-login/{slug} (with an invitation: the invitation''s)')
            [CompletionResult]::new('--company-name', '--company-name', [CompletionResultType]::ParameterName, 'The company name the tenant is registered with (with an invitation: the invitation''s)')
            [CompletionResult]::new('--invite-file', '--invite-file', [CompletionResultType]::ParameterName, 'Read the invitation from a file, and submit the registration with it')
            [CompletionResult]::new('--tenant-file', '--tenant-file', [CompletionResultType]::ParameterName, 'Without an admin token: where to write the tenant file [default: ssoctl-tenant-SLUG.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--invite-stdin', '--invite-stdin', [CompletionResultType]::ParameterName, 'Read the invitation from Biometry support from standard input, and submit the registration with it [or env: SSOCTL_INVITATION]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply the plan without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan and change nothing')
            [CompletionResult]::new('--okta-api-token-stdin', '--okta-api-token-stdin', [CompletionResultType]::ParameterName, 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]')
            [CompletionResult]::new('--ask-okta-api-token', '--ask-okta-api-token', [CompletionResultType]::ParameterName, 'Ask for the Okta API token at a hidden prompt')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;okta;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;okta;help;setup' {
            break
        }
        'ssoctl;okta;help;help' {
            break
        }
        'ssoctl;doctor' {
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'Check Okta details before registration (no admin token): the domain')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'With --okta-domain: the app''s client ID')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'With --okta-domain: the slug the customer chose')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from a file')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at most, across all tenants')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Report format (default: follows --output); junit for CI dashboards')
            [CompletionResult]::new('--save-facts', '--save-facts', [CompletionResultType]::ParameterName, 'Also write what was learned to FILE (JSON, mode 0600, no secrets), to judge again with --from-facts')
            [CompletionResult]::new('--from-facts', '--from-facts', [CompletionResultType]::ParameterName, 'Judge the facts saved in FILE by --save-facts, offline: no request is made')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Also check one person who cannot sign in (their Okta login): active, assigned to the app, let in by the access policy (needs an Okta API token)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Check every registered tenant')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]')
            [CompletionResult]::new('--okta-api-token-stdin', '--okta-api-token-stdin', [CompletionResultType]::ParameterName, 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]')
            [CompletionResult]::new('--ask-okta-api-token', '--ask-okta-api-token', [CompletionResultType]::ParameterName, 'Ask for the Okta API token at a hidden prompt')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 3 on warnings and on anything not verified, not only on errors')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Apply the findings'' machine-applicable changes (tenant and Okta), one at a time, then check again')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With --fix: apply without asking')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Sign in through a loopback listener and report what a real user gets (RFC 8252)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;login;test' {
            [CompletionResult]::new('--okta-domain', '--okta-domain', [CompletionResultType]::ParameterName, 'With --direct: the Okta domain (its `default` authorization server)')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'With --direct: any OpenID Provider''s issuer URL instead of an Okta domain')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'With --direct: the app''s client ID')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the client secret from a file')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Listen on this port (default: any free one; 8765 with --direct)')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Listen on this loopback address, e.g. 127.0.0.1:8765 (for SSH tunnels)')
            [CompletionResult]::new('--redirect-host', '--redirect-host', [CompletionResultType]::ParameterName, 'The host name the browser uses to reach the listener (with an SSH tunnel: still 127.0.0.1 or localhost)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (the service''s login state lives 10 minutes)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--direct', '--direct', [CompletionResultType]::ParameterName, 'Be the OIDC client of the customer''s Okta yourself (no service, no admin token)')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Print the URL instead of opening a browser')
            [CompletionResult]::new('--paste', '--paste', [CompletionResultType]::ParameterName, 'Paste the final callback URL from another machine''s browser instead of listening for it')
            [CompletionResult]::new('--show-tokens', '--show-tokens', [CompletionResultType]::ParameterName, 'With --direct: print the tokens too (they are secrets)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;login;help' {
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Sign in through a loopback listener and report what a real user gets (RFC 8252)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;login;help;test' {
            break
        }
        'ssoctl;login;help;help' {
            break
        }
        'ssoctl;api' {
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'A field with a JSON-typed value (numbers, true, false, null; @FILE reads a file); query parameters for GET')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A field with a JSON-typed value (numbers, true, false, null; @FILE reads a file); query parameters for GET')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A field with a string value')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A field with a string value')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The request body from a file (`-` for stdin)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'An extra request header')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'An extra request header')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Print the status line and headers too')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Print the status line and headers too')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep state in this file (written atomically after every change)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Fill a fresh state with demo tenants')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Added to every request (e.g. 200ms)')
            [CompletionResult]::new('--provisioning-delay', '--provisioning-delay', [CompletionResultType]::ParameterName, 'How long a provisioning run takes')
            [CompletionResult]::new('--ca-out', '--ca-out', [CompletionResultType]::ParameterName, 'With --tls: write the CA certificate here [default: sandbox-ca.pem beside --state, else in the temporary directory]')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Answer requests with a fault, at random: KIND or KIND:RATE (0.3 or 30%; every request when omitted); repeatable, the rates adding up. Never the /_sandbox/ control plane. KIND: status500, status502, status503, status429, okta_rate_limit, okta_locked, reset_before_handling, reset_after_commit, html_error_page, truncated_json, huge_body, stall_mid_body, never_answer')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate from a CA generated now (plain HTTP keeps working on the same port, for the emulated Okta orgs)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;sandbox;help;serve' {
            break
        }
        'ssoctl;sandbox;help;help' {
            break
        }
        'ssoctl;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;version' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: the one chosen with `profile use`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy''s [env: SSOCTL_CA_CERT]')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'Only this build; do not ask the service')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit code 2 naming what is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against a fresh in-process sandbox with the demo tenants')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ssoctl;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to the admin API, check or remove the stored token')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (service URLs per environment)')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Register, show, list, change and remove tenants')
            [CompletionResult]::new('provisioning', 'provisioning', [CompletionResultType]::ParameterValue, 'Show and retry a tenant''s provisioning (project, subscription, owner)')
            [CompletionResult]::new('cors', 'cors', [CompletionResultType]::ParameterValue, 'Manage the allowed CORS origins')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a customer''s Okta setup without signing in (no admin token needed)')
            [CompletionResult]::new('okta', 'okta', [CompletionResultType]::ParameterValue, 'Configure a customer''s Okta org for the service, with an Okta API token')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Run every check for tenants, or for Okta details before registration')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Test a sign-in end to end in a browser, through the service or straight to Okta')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call the admin API directly, with the stored token (like `gh api`)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run a local emulation of the SSO service')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions or the man page')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show this build''s version, commit and date, and the service''s version')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ssoctl;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store an admin API token (from a hidden prompt, or stdin with --with-token)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the token comes from and check it against the service')
            break
        }
        'ssoctl;help;auth;login' {
            break
        }
        'ssoctl;help;auth;logout' {
            break
        }
        'ssoctl;help;auth;status' {
            break
        }
        'ssoctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s resolved settings and where each comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the active one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting from the active profile (or --profile)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile')
            break
        }
        'ssoctl;help;profile;list' {
            break
        }
        'ssoctl;help;profile;show' {
            break
        }
        'ssoctl;help;profile;use' {
            break
        }
        'ssoctl;help;profile;set' {
            break
        }
        'ssoctl;help;profile;unset' {
            break
        }
        'ssoctl;help;profile;add' {
            break
        }
        'ssoctl;help;profile;remove' {
            break
        }
        'ssoctl;help;tenant' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tenant (all pages)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a tenant from the details the customer sent')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s details (fails cleanly if someone else changed it meanwhile)')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Rotate the tenant''s client secret in Okta and the service, with no sign-in failing')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let the tenant''s users sign in again')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop the tenant''s users from signing in (nothing is deleted; asks first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a tenant, its users and its provisioning record')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the tenant''s users with their roles')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show who changed the tenant, when, and what (oldest first; every page)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write tenants as a file that `tenant apply` reads back (secrets as references)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the live tenants match FILE: shows the plan, asks, then creates and updates')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a customer to submit their Okta details themselves (prints a one-time token)')
            [CompletionResult]::new('invitations', 'invitations', [CompletionResultType]::ParameterValue, 'List invitations and whether each is open, redeemed or expired (never a token)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'For customers: submit your Okta app''s details with the invitation support sent')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted registration: runs the doctor on it first, then asks')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a submitted registration: removes it and its secret (asks first)')
            break
        }
        'ssoctl;help;tenant;list' {
            break
        }
        'ssoctl;help;tenant;show' {
            break
        }
        'ssoctl;help;tenant;register' {
            break
        }
        'ssoctl;help;tenant;update' {
            break
        }
        'ssoctl;help;tenant;rotate-secret' {
            break
        }
        'ssoctl;help;tenant;enable' {
            break
        }
        'ssoctl;help;tenant;disable' {
            break
        }
        'ssoctl;help;tenant;delete' {
            break
        }
        'ssoctl;help;tenant;users' {
            break
        }
        'ssoctl;help;tenant;history' {
            break
        }
        'ssoctl;help;tenant;export' {
            break
        }
        'ssoctl;help;tenant;diff' {
            break
        }
        'ssoctl;help;tenant;apply' {
            break
        }
        'ssoctl;help;tenant;invite' {
            break
        }
        'ssoctl;help;tenant;invitations' {
            break
        }
        'ssoctl;help;tenant;submit' {
            break
        }
        'ssoctl;help;tenant;approve' {
            break
        }
        'ssoctl;help;tenant;reject' {
            break
        }
        'ssoctl;help;provisioning' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show provisioning state, project, subscription, owner and last error')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Run provisioning again (never creates a second project)')
            break
        }
        'ssoctl;help;provisioning;status' {
            break
        }
        'ssoctl;help;provisioning;retry' {
            break
        }
        'ssoctl;help;cors' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowed origins')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow one or more origins (scheme://host[:port])')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop allowing one or more origins (asks first)')
            break
        }
        'ssoctl;help;cors;list' {
            break
        }
        'ssoctl;help;cors;add' {
            break
        }
        'ssoctl;help;cors;remove' {
            break
        }
        'ssoctl;help;check' {
            [CompletionResult]::new('domain', 'domain', [CompletionResultType]::ParameterValue, 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)')
            [CompletionResult]::new('redirect-uri', 'redirect-uri', [CompletionResultType]::ParameterValue, 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Prove the client ID and secret without side effects')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Check the app and the `default` server''s access policy (guide steps 1 and 3; needs an Okta API token)')
            break
        }
        'ssoctl;help;check;domain' {
            break
        }
        'ssoctl;help;check;redirect-uri' {
            break
        }
        'ssoctl;help;check;client' {
            break
        }
        'ssoctl;help;check;policy' {
            break
        }
        'ssoctl;help;okta' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant')
            break
        }
        'ssoctl;help;okta;setup' {
            break
        }
        'ssoctl;help;doctor' {
            break
        }
        'ssoctl;help;login' {
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Sign in through a loopback listener and report what a real user gets (RFC 8252)')
            break
        }
        'ssoctl;help;login;test' {
            break
        }
        'ssoctl;help;api' {
            break
        }
        'ssoctl;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox until interrupted')
            break
        }
        'ssoctl;help;sandbox;serve' {
            break
        }
        'ssoctl;help;completions' {
            break
        }
        'ssoctl;help;version' {
            break
        }
        'ssoctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

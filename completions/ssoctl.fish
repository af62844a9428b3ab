# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ssoctl_global_optspecs
    string join \n profile= o/output= no-input color= v/verbose q/quiet sandbox ca-cert= trace= h/help V/version
end

function __fish_ssoctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ssoctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ssoctl_using_subcommand
    set -l cmd (__fish_ssoctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ssoctl -n "__fish_ssoctl_needs_command" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_needs_command" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_needs_command" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_needs_command" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "auth" -d 'Log in to the admin API, check or remove the stored token'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "profile" -d 'Manage profiles (service URLs per environment)'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "tenant" -d 'Register, show, list, change and remove tenants'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "provisioning" -d 'Show and retry a tenant\'s provisioning (project, subscription, owner)'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "cors" -d 'Manage the allowed CORS origins'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "check" -d 'Check a customer\'s Okta setup without signing in (no admin token needed)'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "okta" -d 'Configure a customer\'s Okta org for the service, with an Okta API token'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "doctor" -d 'Run every check for tenants, or for Okta details before registration'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "login" -d 'Test a sign-in end to end in a browser, through the service or straight to Okta'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "api" -d 'Call the admin API directly, with the stored token (like `gh api`)'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "sandbox" -d 'Run a local emulation of the SSO service'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "completions" -d 'Print shell completions or the man page'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "version" -d 'Show this build\'s version, commit and date, and the service\'s version'
complete -c ssoctl -n "__fish_ssoctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "login" -d 'Store an admin API token (from a hidden prompt, or stdin with --with-token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "logout" -d 'Remove the stored token'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "status" -d 'Show where the token comes from and check it against the service'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from standard input'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store an admin API token (from a hidden prompt, or stdin with --with-token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored token'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show where the token comes from and check it against the service'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "list" -d 'List profiles'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "show" -d 'Show a profile\'s resolved settings and where each comes from'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "use" -d 'Make a profile the active one'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "set" -d 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "unset" -d 'Remove a setting from the active profile (or --profile)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "add" -d 'Add a profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "remove" -d 'Remove a profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and not __fish_seen_subcommand_from list show use set unset add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-url -d 'Base URL of the admin API' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l auth-url -d 'Base URL of the login routes (/okta-login/{slug}); default: the API URL' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l console-url -d 'Base URL of the dashboard' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l ca-cert -d 'Extra CA certificate (PEM) to trust for this profile' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l use -d 'Also make it the active profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s resolved settings and where each comes from'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the active one'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting from the active profile (or --profile)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "list" -d 'List every tenant (all pages)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "show" -d 'Show one tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "register" -d 'Register a tenant from the details the customer sent'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "update" -d 'Change a tenant\'s details (fails cleanly if someone else changed it meanwhile)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "rotate-secret" -d 'Rotate the tenant\'s client secret in Okta and the service, with no sign-in failing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "enable" -d 'Let the tenant\'s users sign in again'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "disable" -d 'Stop the tenant\'s users from signing in (nothing is deleted; asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "delete" -d 'Delete a tenant, its users and its provisioning record'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "users" -d 'List the tenant\'s users with their roles'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "history" -d 'Show who changed the tenant, when, and what (oldest first; every page)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "export" -d 'Write tenants as a file that `tenant apply` reads back (secrets as references)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "diff" -d 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "apply" -d 'Make the live tenants match FILE: shows the plan, asks, then creates and updates'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "invite" -d 'Invite a customer to submit their Okta details themselves (prints a one-time token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "invitations" -d 'List invitations and whether each is open, redeemed or expired (never a token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "submit" -d 'For customers: submit your Okta app\'s details with the invitation support sent'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "approve" -d 'Approve a submitted registration: runs the doctor on it first, then asks'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "reject" -d 'Reject a submitted registration: removes it and its secret (asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and not __fish_seen_subcommand_from list show register update rotate-secret enable disable delete users history export diff apply invite invitations submit approve reject help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l status -d 'Only tenants with this status' -r -f -a "pending\t''
active\t''
disabled\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l provisioning -d 'Only tenants whose provisioning is in this state, e.g. failed' -r -f -a "not-started\t''
in-progress\t''
succeeded\t''
failed\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (default: the service\'s order, by slug)' -r -f -a "slug\t''
company\t''
status\t''
okta-domain\t''
created\t''
updated\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many tenants' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l json -d 'Print JSON with only these fields (comma-separated), e.g. slug,status' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON with a jq expression; strings print without quotes' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l slug -d 'Tenant slug, as in the redirect URI (e.g. acme-corp)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l company-name -d 'The organisation\'s full name' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l okta-domain -d 'The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l client-id -d 'Client ID of the Okta app' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l client-secret-file -d 'Read the client secret from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l from-file -d 'Read the tenant from a TOML file (slug, company_name, okta_domain, client_id, client_secret); flags win' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l client-secret-stdin -d 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l dry-run -d 'Show the request that would be sent (secret redacted) and send nothing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l no-verify -d 'Skip the checks of the Okta details (for a network that cannot reach the customer\'s Okta); the write is then not verified'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l company-name -d 'New company name' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l okta-domain -d 'New Okta domain' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l client-id -d 'New client ID' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l client-secret-file -d 'Read the client secret from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l rotate-secret -d 'Also replace the client secret (from --client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l client-secret-stdin -d 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the change that would be sent and send nothing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask for confirmation on a terminal'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l no-verify -d 'Skip the checks of the Okta details (for a network that cannot reach the customer\'s Okta); the write is then not verified'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l delete-old -d 'Delete the old (inactive) secret left by a finished rotation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l rollback -d 'Undo a rotation\'s changes in Okta: reactivate the old secret, remove an unused new one'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -s y -l yes -d 'Do not ask before each change'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l dry-run -d 'Show the plan and change nothing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l okta-api-token-stdin -d 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l ask-okta-api-token -d 'Ask for the Okta API token at a hidden prompt'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from rotate-secret" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l format -d 'File format [default: toml, or json with --output json]' -r -f -a "toml\t''
json\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l all -d 'Export every tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -s f -l file -d 'The tenants file (TOML, or JSON when it ends in .json)' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l prune -d 'Also show the tenants absent from the file, which `apply --prune` deletes'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s f -l file -d 'The tenants file (TOML, or JSON when it ends in .json)' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l prune -d 'Delete the tenants absent from the file (listed, then a typed confirmation)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l dry-run -d 'Show the plan; change nothing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l no-verify -d 'Skip the checks of the Okta details (for a network that cannot reach the customer\'s Okta); the write is then not verified'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l company-name -d 'The organisation\'s full name' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l expires -d 'How long the invitation lasts (1h to 30d)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from invitations" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l invite-file -d 'Read the invitation from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l okta-domain -d 'The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l client-id -d 'Client ID of the Okta app' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l client-secret-file -d 'Read the client secret from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l invite-stdin -d 'Read the invitation from standard input (the first line, when the secret is read from it too)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l client-secret-stdin -d 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l dry-run -d 'Check everything and show what would be sent; send nothing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l force -d 'Approve even when the doctor finds errors'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l okta-api-token-stdin -d 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l ask-okta-api-token -d 'Ask for the Okta API token at a hidden prompt'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every tenant (all pages)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a tenant from the details the customer sent'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s details (fails cleanly if someone else changed it meanwhile)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "rotate-secret" -d 'Rotate the tenant\'s client secret in Okta and the service, with no sign-in failing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Let the tenant\'s users sign in again'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Stop the tenant\'s users from signing in (nothing is deleted; asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a tenant, its users and its provisioning record'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "users" -d 'List the tenant\'s users with their roles'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show who changed the tenant, when, and what (oldest first; every page)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write tenants as a file that `tenant apply` reads back (secrets as references)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the live tenants match FILE: shows the plan, asks, then creates and updates'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a customer to submit their Okta details themselves (prints a one-time token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "invitations" -d 'List invitations and whether each is open, redeemed or expired (never a token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "submit" -d 'For customers: submit your Okta app\'s details with the invitation support sent'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a submitted registration: runs the doctor on it first, then asks'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject a submitted registration: removes it and its secret (asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -f -a "status" -d 'Show provisioning state, project, subscription, owner and last error'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -f -a "retry" -d 'Run provisioning again (never creates a second project)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and not __fish_seen_subcommand_from status retry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l timeout -d 'Give up waiting after this long (e.g. 90s, 5m)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l interval -d 'How often to check while waiting' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l wait -d 'Wait until the run succeeds or fails'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l force -d 'Run again even when the tenant is already provisioned'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show provisioning state, project, subscription, owner and last error'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Run provisioning again (never creates a second project)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand provisioning; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List the allowed origins'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Allow one or more origins (scheme://host[:port])'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Stop allowing one or more origins (asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l allow-http -d 'Allow a plain-http origin that is not loopback (its pages and tokens travel in clear)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the allowed origins'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "add" -d 'Allow one or more origins (scheme://host[:port])'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop allowing one or more origins (asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand cors; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -f -a "domain" -d 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -f -a "redirect-uri" -d 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -f -a "client" -d 'Prove the client ID and secret without side effects'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -f -a "policy" -d 'Check the app and the `default` server\'s access policy (guide steps 1 and 3; needs an Okta API token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and not __fish_seen_subcommand_from domain redirect-uri client policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l strict -d 'Exit 3 on warnings and on anything not verified, not only on errors'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from domain" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l entered -d 'The URI the customer entered in Okta, to compare' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l okta-domain -d 'With --client-id: ask Okta whether the app accepts the URI' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l client-id -d 'With --okta-domain: the app\'s client ID' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l strict -d 'Exit 3 on warnings and on anything not verified, not only on errors'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from redirect-uri" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l okta-domain -d 'The customer\'s Okta domain, e.g. dev-12345678.okta.com' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l client-id -d 'Client ID of the customer\'s Okta app' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l client-secret-file -d 'Read the client secret from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l client-secret-stdin -d 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l strict -d 'Exit 3 on warnings and on anything not verified, not only on errors'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from client" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l okta-domain -d 'The customer\'s Okta domain, e.g. dev-12345678.okta.com' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l client-id -d 'Client ID of the customer\'s Okta app' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l slug -d 'The tenant slug (for the redirect URI the app must list)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l okta-api-token-stdin -d 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l ask-okta-api-token -d 'Ask for the Okta API token at a hidden prompt'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l strict -d 'Exit 3 on warnings and on anything not verified, not only on errors'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "domain" -d 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "redirect-uri" -d 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "client" -d 'Prove the client ID and secret without side effects'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Check the app and the `default` server\'s access policy (guide steps 1 and 3; needs an Okta API token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -f -a "setup" -d 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and not __fish_seen_subcommand_from setup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l okta-domain -d 'The customer\'s Okta domain, e.g. dev-12345678.okta.com' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l slug -d 'The tenant\'s slug: its redirect URI is {auth_url}/okta-login/{slug} (with an invitation: the invitation\'s)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l company-name -d 'The company name the tenant is registered with (with an invitation: the invitation\'s)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l invite-file -d 'Read the invitation from a file, and submit the registration with it' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l tenant-file -d 'Without an admin token: where to write the tenant file [default: ssoctl-tenant-SLUG.toml]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l invite-stdin -d 'Read the invitation from Biometry support from standard input, and submit the registration with it [or env: SSOCTL_INVITATION]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l yes -d 'Apply the plan without asking'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l dry-run -d 'Show the plan and change nothing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l okta-api-token-stdin -d 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l ask-okta-api-token -d 'Ask for the Okta API token at a hidden prompt'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand okta; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l okta-domain -d 'Check Okta details before registration (no admin token): the domain' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l client-id -d 'With --okta-domain: the app\'s client ID' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l slug -d 'With --okta-domain: the slug the customer chose' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l client-secret-file -d 'Read the client secret from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l concurrency -d 'Requests in flight at most, across all tenants' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l format -d 'Report format (default: follows --output); junit for CI dashboards' -r -f -a "text\t'Marks, details and fixes, for people'
json\t'One JSON document: a report, or with several tenants an array sorted by slug'
jsonl\t'JSON lines: one report per line as each tenant finishes (for pipelines that stream)'
junit\t'JUnit XML: a test suite per tenant, a test case per finding'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l save-facts -d 'Also write what was learned to FILE (JSON, mode 0600, no secrets), to judge again with --from-facts' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l from-facts -d 'Judge the facts saved in FILE by --save-facts, offline: no request is made' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l user -d 'Also check one person who cannot sign in (their Okta login): active, assigned to the app, let in by the access policy (needs an Okta API token)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l all -d 'Check every registered tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l client-secret-stdin -d 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l okta-api-token-stdin -d 'Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l ask-okta-api-token -d 'Ask for the Okta API token at a hidden prompt'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l strict -d 'Exit 3 on warnings and on anything not verified, not only on errors'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l fix -d 'Apply the findings\' machine-applicable changes (tenant and Okta), one at a time, then check again'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l yes -d 'With --fix: apply without asking'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -f -a "test" -d 'Sign in through a loopback listener and report what a real user gets (RFC 8252)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and not __fish_seen_subcommand_from test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l okta-domain -d 'With --direct: the Okta domain (its `default` authorization server)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l issuer -d 'With --direct: any OpenID Provider\'s issuer URL instead of an Okta domain' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l client-id -d 'With --direct: the app\'s client ID' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l client-secret-file -d 'Read the client secret from a file' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l port -d 'Listen on this port (default: any free one; 8765 with --direct)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l listen -d 'Listen on this loopback address, e.g. 127.0.0.1:8765 (for SSH tunnels)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l redirect-host -d 'The host name the browser uses to reach the listener (with an SSH tunnel: still 127.0.0.1 or localhost)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l timeout -d 'Give up after this long (the service\'s login state lives 10 minutes)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l direct -d 'Be the OIDC client of the customer\'s Okta yourself (no service, no admin token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l client-secret-stdin -d 'Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l no-browser -d 'Print the URL instead of opening a browser'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l paste -d 'Paste the final callback URL from another machine\'s browser instead of listening for it'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l show-tokens -d 'With --direct: print the tokens too (they are secrets)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "test" -d 'Sign in through a loopback listener and report what a real user gets (RFC 8252)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s F -l field -d 'A field with a JSON-typed value (numbers, true, false, null; @FILE reads a file); query parameters for GET' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s f -l raw-field -d 'A field with a string value' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l input -d 'The request body from a file (`-` for stdin)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s H -l header -d 'An extra request header' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s i -l include -d 'Print the status line and headers too'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand api" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve the sandbox until interrupted'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'Keep state in this file (written atomically after every change)' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Fill a fresh state with demo tenants' -r -f -a "demo\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Added to every request (e.g. 200ms)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l provisioning-delay -d 'How long a provisioning run takes' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-out -d 'With --tls: write the CA certificate here [default: sandbox-ca.pem beside --state, else in the temporary directory]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault -d 'Answer requests with a fault, at random: KIND or KIND:RATE (0.3 or 30%; every request when omitted); repeatable, the rates adding up. Never the /_sandbox/ control plane. KIND: status500, status502, status503, status429, okta_rate_limit, okta_locked, reset_before_handling, reset_after_commit, html_error_page, truncated_json, huge_body, stall_mid_body, never_answer' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l tls -d 'Serve HTTPS with a certificate from a CA generated now (plain HTTP keeps working on the same port, for the emulated Okta orgs)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox until interrupted'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l profile -d 'Profile to use (default: the one chosen with `profile use`)' -r
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "table\t'A table on a terminal, tab-separated text when piped'
json\t'JSON with stable field names'"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l ca-cert -d 'Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy\'s [env: SSOCTL_CA_CERT]' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l trace -d 'Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket' -r -F
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l client -d 'Only this build; do not ask the service'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l no-input -d 'Never prompt; fail with exit code 2 naming what is missing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -s v -l verbose -d 'More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -s q -l quiet -d 'Only errors on stderr'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -l sandbox -d 'Run against a fresh in-process sandbox with the demo tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "auth" -d 'Log in to the admin API, check or remove the stored token'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "profile" -d 'Manage profiles (service URLs per environment)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "tenant" -d 'Register, show, list, change and remove tenants'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "provisioning" -d 'Show and retry a tenant\'s provisioning (project, subscription, owner)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "cors" -d 'Manage the allowed CORS origins'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "check" -d 'Check a customer\'s Okta setup without signing in (no admin token needed)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "okta" -d 'Configure a customer\'s Okta org for the service, with an Okta API token'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "doctor" -d 'Run every check for tenants, or for Okta details before registration'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "login" -d 'Test a sign-in end to end in a browser, through the service or straight to Okta'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "api" -d 'Call the admin API directly, with the stored token (like `gh api`)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "sandbox" -d 'Run a local emulation of the SSO service'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "completions" -d 'Print shell completions or the man page'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "version" -d 'Show this build\'s version, commit and date, and the service\'s version'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and not __fish_seen_subcommand_from auth profile tenant provisioning cors check okta doctor login api sandbox completions version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store an admin API token (from a hidden prompt, or stdin with --with-token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored token'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show where the token comes from and check it against the service'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s resolved settings and where each comes from'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the active one'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "unset" -d 'Remove a setting from the active profile (or --profile)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add a profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "list" -d 'List every tenant (all pages)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show one tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "register" -d 'Register a tenant from the details the customer sent'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "update" -d 'Change a tenant\'s details (fails cleanly if someone else changed it meanwhile)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "rotate-secret" -d 'Rotate the tenant\'s client secret in Okta and the service, with no sign-in failing'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "enable" -d 'Let the tenant\'s users sign in again'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "disable" -d 'Stop the tenant\'s users from signing in (nothing is deleted; asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "delete" -d 'Delete a tenant, its users and its provisioning record'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "users" -d 'List the tenant\'s users with their roles'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "history" -d 'Show who changed the tenant, when, and what (oldest first; every page)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "export" -d 'Write tenants as a file that `tenant apply` reads back (secrets as references)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "diff" -d 'Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "apply" -d 'Make the live tenants match FILE: shows the plan, asks, then creates and updates'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "invite" -d 'Invite a customer to submit their Okta details themselves (prints a one-time token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "invitations" -d 'List invitations and whether each is open, redeemed or expired (never a token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "submit" -d 'For customers: submit your Okta app\'s details with the invitation support sent'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "approve" -d 'Approve a submitted registration: runs the doctor on it first, then asks'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "reject" -d 'Reject a submitted registration: removes it and its secret (asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from provisioning" -f -a "status" -d 'Show provisioning state, project, subscription, owner and last error'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from provisioning" -f -a "retry" -d 'Run provisioning again (never creates a second project)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from cors" -f -a "list" -d 'List the allowed origins'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from cors" -f -a "add" -d 'Allow one or more origins (scheme://host[:port])'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from cors" -f -a "remove" -d 'Stop allowing one or more origins (asks first)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "domain" -d 'Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "redirect-uri" -d 'Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "client" -d 'Prove the client ID and secret without side effects'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "policy" -d 'Check the app and the `default` server\'s access policy (guide steps 1 and 3; needs an Okta API token)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from okta" -f -a "setup" -d 'Create what guide steps 1 and 3 ask for in an Okta org (the app, its Everyone assignment, the access policy and rule), then register the tenant'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "test" -d 'Sign in through a loopback listener and report what a real user gets (RFC 8252)'
complete -c ssoctl -n "__fish_ssoctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox until interrupted'

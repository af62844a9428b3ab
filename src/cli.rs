//! The whole command tree. Doc comments are the help text, and
//! `cli/help.txt` the examples and notes after it; the same `Command` feeds
//! completions and the man page.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::OutputFormat;

/// `--version`'s line: what was built, and from which commit on which day.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("SSOCTL_COMMIT"),
    ", built ",
    env!("SSOCTL_BUILD_DATE"),
    ")"
);

/// The text after the `--help` of the command at `path` (e.g. `"ssoctl
/// tenant show"`): its section of `cli/help.txt`. The tests check that every
/// section is attached to the command it names.
fn help(path: &str) -> &'static str {
    const SECTIONS: &str = include_str!("cli/help.txt");
    SECTIONS
        .split("\n## ")
        .skip(1)
        .find_map(|section| {
            let (heading, text) = section.split_once('\n')?;
            (heading == path).then(|| text.trim_end_matches('\n'))
        })
        .unwrap_or_default()
}

#[derive(Debug, Parser)]
#[command(
    name = "ssoctl",
    version = LONG_VERSION,
    about = "Operate Biometry's Okta SSO service: tenants, provisioning, CORS and a local sandbox",
    long_about = "Operate Biometry's Okta SSO service: register and manage tenants, watch and retry \
provisioning, manage allowed CORS origins, and call the admin API. Every command also works \
against a built-in sandbox (--sandbox) that emulates the service.",
    after_help = help("ssoctl"),
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (default: the one chosen with `profile use`)
    #[arg(
        long,
        global = true,
        env = "SSOCTL_PROFILE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,

    /// Output format
    #[arg(long, short = 'o', global = true, env = "SSOCTL_OUTPUT", value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Never prompt; fail with exit code 2 naming what is missing
    #[arg(long, global = true, env = "SSOCTL_NO_INPUT", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_input: bool,

    /// When to use colour
    #[arg(long, global = true, env = "SSOCTL_COLOR", value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// More detail on stderr: -v requests, -vv headers and bodies (secrets redacted) [env: SSOCTL_VERBOSE=1|2]
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Only errors on stderr
    #[arg(short, long, global = true, env = "SSOCTL_QUIET", value_parser = clap::builder::FalseyValueParser::new())]
    pub quiet: bool,

    /// Run against a fresh in-process sandbox with the demo tenants
    #[arg(long, global = true, env = "SSOCTL_SANDBOX", value_parser = clap::builder::FalseyValueParser::new())]
    pub sandbox: bool,

    /// Trust this CA certificate (PEM) too, e.g. a corporate TLS proxy's [env: SSOCTL_CA_CERT]
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,

    /// Write every HTTP exchange to FILE as HAR (secrets, cookies, codes and tokens redacted), for a support ticket
    #[arg(long, global = true, value_name = "FILE")]
    pub trace: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in to the admin API, check or remove the stored token
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Manage profiles (service URLs per environment)
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Register, show, list, change and remove tenants
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Show and retry a tenant's provisioning (project, subscription, owner)
    #[command(subcommand)]
    Provisioning(ProvisioningCommand),
    /// Manage the allowed CORS origins
    #[command(subcommand)]
    Cors(CorsCommand),
    /// Check a customer's Okta setup without signing in (no admin token needed)
    #[command(subcommand)]
    Check(CheckCommand),
    /// Configure a customer's Okta org for the service, with an Okta API token
    #[command(subcommand)]
    Okta(OktaCommand),
    /// Run every check for tenants, or for Okta details before registration
    Doctor(DoctorArgs),
    /// Test a sign-in end to end in a browser, through the service or straight to Okta
    #[command(subcommand)]
    Login(LoginCommand),
    /// Call the admin API directly, with the stored token (like `gh api`)
    Api(ApiArgs),
    /// Run a local emulation of the SSO service
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Print shell completions or the man page
    Completions(CompletionsArgs),
    /// Show this build's version, commit and date, and the service's version
    Version(VersionArgs),
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store an admin API token (from a hidden prompt, or stdin with --with-token)
    #[command(after_help = help("ssoctl auth login"))]
    Login {
        /// Read the token from standard input
        #[arg(long)]
        with_token: bool,
    },
    /// Remove the stored token
    Logout,
    /// Show where the token comes from and check it against the service
    Status,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List profiles
    List,
    /// Show a profile's resolved settings and where each comes from
    Show {
        /// Profile name (default: the active profile)
        name: Option<String>,
    },
    /// Make a profile the active one
    Use { name: String },
    /// Set a setting of the active profile (or --profile): api_url, auth_url, console_url, ca_cert
    Set { key: String, value: String },
    /// Remove a setting from the active profile (or --profile)
    Unset { key: String },
    /// Add a profile
    Add(ProfileAddArgs),
    /// Remove a profile
    Remove { name: String },
}

#[derive(Debug, Args)]
pub struct ProfileAddArgs {
    /// Profile name
    pub name: String,
    /// Base URL of the admin API
    #[arg(long, value_name = "URL")]
    pub api_url: String,
    /// Base URL of the login routes (/okta-login/{slug}); default: the API URL
    #[arg(long, value_name = "URL")]
    pub auth_url: Option<String>,
    /// Base URL of the dashboard
    #[arg(long, value_name = "URL")]
    pub console_url: Option<String>,
    /// Extra CA certificate (PEM) to trust for this profile
    #[arg(long, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Also make it the active profile
    #[arg(long = "use")]
    pub make_active: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TenantStatus {
    Pending,
    Active,
    Disabled,
}

impl TenantStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TenantStatus::Pending => "pending",
            TenantStatus::Active => "active",
            TenantStatus::Disabled => "disabled",
        }
    }
}

#[derive(Debug, Args)]
#[command(after_help = help("ssoctl tenant list"))]
pub struct ListArgs {
    /// Only tenants with this status
    #[arg(long, value_enum)]
    pub status: Option<TenantStatus>,
    /// Only tenants whose provisioning is in this state, e.g. failed
    #[arg(long, value_enum, value_name = "STATE")]
    pub provisioning: Option<ProvisioningState>,
    /// Sort by this field (default: the service's order, by slug)
    #[arg(long, value_enum, value_name = "FIELD")]
    pub sort: Option<TenantSortField>,
    /// Show at most this many tenants
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Print JSON with only these fields (comma-separated), e.g. slug,status
    #[arg(long, value_name = "FIELDS", value_delimiter = ',')]
    pub json: Option<Vec<String>>,
    /// Filter the JSON with a jq expression; strings print without quotes
    #[arg(long, value_name = "EXPR")]
    pub jq: Option<String>,
}

/// A provisioning record's state, as the API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProvisioningState {
    NotStarted,
    InProgress,
    Succeeded,
    Failed,
}

impl ProvisioningState {
    pub fn as_str(self) -> &'static str {
        match self {
            ProvisioningState::NotStarted => "not_started",
            ProvisioningState::InProgress => "in_progress",
            ProvisioningState::Succeeded => "succeeded",
            ProvisioningState::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TenantSortField {
    Slug,
    Company,
    Status,
    OktaDomain,
    Created,
    Updated,
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// List every tenant (all pages)
    List(ListArgs),
    /// Show one tenant
    #[command(after_help = help("ssoctl tenant show"))]
    Show(SlugArg),
    /// Register a tenant from the details the customer sent
    #[command(after_help = help("ssoctl tenant register"))]
    Register(RegisterArgs),
    /// Change a tenant's details (fails cleanly if someone else changed it meanwhile)
    #[command(after_help = help("ssoctl tenant update"))]
    Update(UpdateArgs),
    /// Rotate the tenant's client secret in Okta and the service, with no sign-in failing
    #[command(after_help = help("ssoctl tenant rotate-secret"))]
    RotateSecret(RotateArgs),
    /// Let the tenant's users sign in again
    #[command(after_help = help("ssoctl tenant enable"))]
    Enable(SlugArg),
    /// Stop the tenant's users from signing in (nothing is deleted; asks first)
    #[command(after_help = help("ssoctl tenant disable"))]
    Disable(SlugYesArgs),
    /// Delete a tenant, its users and its provisioning record
    #[command(after_help = help("ssoctl tenant delete"))]
    Delete(SlugYesArgs),
    /// List the tenant's users with their roles
    #[command(after_help = help("ssoctl tenant users"))]
    Users(SlugArg),
    /// Show who changed the tenant, when, and what (oldest first; every page)
    #[command(after_help = help("ssoctl tenant history"))]
    History(SlugArg),
    /// Write tenants as a file that `tenant apply` reads back (secrets as references)
    #[command(after_help = help("ssoctl tenant export"))]
    Export(ExportArgs),
    /// Show what `tenant apply -f FILE` would change (exit 0: none, 1: differences, 2: error)
    #[command(after_help = help("ssoctl tenant diff"))]
    Diff(DiffArgs),
    /// Make the live tenants match FILE: shows the plan, asks, then creates and updates
    #[command(after_help = help("ssoctl tenant apply"))]
    Apply(ApplyArgs),
    /// Invite a customer to submit their Okta details themselves (prints a one-time token)
    #[command(after_help = help("ssoctl tenant invite"))]
    Invite(InviteArgs),
    /// List invitations and whether each is open, redeemed or expired (never a token)
    #[command(after_help = help("ssoctl tenant invitations"))]
    Invitations,
    /// For customers: submit your Okta app's details with the invitation support sent
    #[command(after_help = help("ssoctl tenant submit"))]
    Submit(SubmitArgs),
    /// Approve a submitted registration: runs the doctor on it first, then asks
    #[command(after_help = help("ssoctl tenant approve"))]
    Approve(ApproveArgs),
    /// Reject a submitted registration: removes it and its secret (asks first)
    #[command(after_help = help("ssoctl tenant reject"))]
    Reject(SlugYesArgs),
}

// The argument groups several verbs share. No doc comment on these
// structs: a flattened struct's doc would not be help text anyway, and the
// help must read as it did when each verb spelled its fields out.

// A tenant, by the slug in its redirect URI.
#[derive(Debug, Args)]
pub struct SlugArg {
    #[arg(value_parser = parse_slug)]
    pub slug: String,
}

// A tenant, and a change to it that asks first.
#[derive(Debug, Args)]
pub struct SlugYesArgs {
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

// The way out of the checks before a write of Okta details.
#[derive(Debug, Args)]
pub struct NoVerifyArg {
    /// Skip the checks of the Okta details (for a network that cannot reach the customer's Okta); the write is then not verified
    #[arg(long)]
    pub no_verify: bool,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The slug the customer will register (as in the redirect URI)
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// The organisation's full name
    #[arg(long)]
    pub company_name: String,
    /// How long the invitation lasts (1h to 30d)
    #[arg(long, value_parser = parse_duration, default_value = "7d", value_name = "DURATION")]
    pub expires: Duration,
}

#[derive(Debug, Args)]
pub struct SubmitArgs {
    /// Read the invitation from standard input (the first line, when the secret is read from it too)
    #[arg(long, conflicts_with = "invite_file")]
    pub invite_stdin: bool,
    /// Read the invitation from a file
    #[arg(long, value_name = "FILE")]
    pub invite_file: Option<PathBuf>,
    #[command(flatten)]
    pub okta: OktaDetailsArgs,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Check everything and show what would be sent; send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ApproveArgs {
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Approve even when the doctor finds errors
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub token: OktaTokenArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Toml,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The tenants to export
    #[arg(value_parser = parse_slug, required_unless_present = "all", conflicts_with = "all")]
    pub slugs: Vec<String>,
    /// Export every tenant
    #[arg(long)]
    pub all: bool,
    /// File format [default: toml, or json with --output json]
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The tenants file (TOML, or JSON when it ends in .json)
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: std::path::PathBuf,
    /// Also show the tenants absent from the file, which `apply --prune` deletes
    #[arg(long)]
    pub prune: bool,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The tenants file (TOML, or JSON when it ends in .json)
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: std::path::PathBuf,
    /// Delete the tenants absent from the file (listed, then a typed confirmation)
    #[arg(long)]
    pub prune: bool,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Show the plan; change nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub verify: NoVerifyArg,
}

/// Where a client secret can come from; never argv.
#[derive(Debug, Args, Default)]
pub struct SecretArgs {
    /// Read the client secret from standard input [or env: SSOCTL_CLIENT_SECRET]
    #[arg(long, conflicts_with = "client_secret_file")]
    pub client_secret_stdin: bool,
    /// Read the client secret from a file
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
}

/// The Okta app's details a registration sends, support's (`tenant
/// register`) or the customer's (`tenant submit`).
#[derive(Debug, Args)]
pub struct OktaDetailsArgs {
    /// The Okta domain, e.g. dev-12345678.okta.com (no https://, no path)
    #[arg(long)]
    pub okta_domain: Option<String>,
    /// Client ID of the Okta app
    #[arg(long)]
    pub client_id: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Tenant slug, as in the redirect URI (e.g. acme-corp)
    #[arg(long)]
    pub slug: Option<String>,
    /// The organisation's full name
    #[arg(long)]
    pub company_name: Option<String>,
    #[command(flatten)]
    pub okta: OktaDetailsArgs,
    /// Read the tenant from a TOML file (slug, company_name, okta_domain, client_id, client_secret); flags win
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// Show the request that would be sent (secret redacted) and send nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub verify: NoVerifyArg,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// New company name
    #[arg(long)]
    pub company_name: Option<String>,
    /// New Okta domain
    #[arg(long)]
    pub okta_domain: Option<String>,
    /// New client ID
    #[arg(long)]
    pub client_id: Option<String>,
    /// Also replace the client secret (from --client-secret-stdin, --client-secret-file or SSOCTL_CLIENT_SECRET)
    #[arg(long)]
    pub rotate_secret: bool,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Show the change that would be sent and send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation on a terminal
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub verify: NoVerifyArg,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// Delete the old (inactive) secret left by a finished rotation
    #[arg(long, conflicts_with = "rollback")]
    pub delete_old: bool,
    /// Undo a rotation's changes in Okta: reactivate the old secret, remove an unused new one
    #[arg(long)]
    pub rollback: bool,
    /// Do not ask before each change
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Show the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub token: OktaTokenArgs,
}

#[derive(Debug, Subcommand)]
pub enum ProvisioningCommand {
    /// Show provisioning state, project, subscription, owner and last error
    #[command(after_help = help("ssoctl provisioning status"))]
    Status(SlugArg),
    /// Run provisioning again (never creates a second project)
    #[command(after_help = help("ssoctl provisioning retry"))]
    Retry {
        #[arg(value_parser = parse_slug)]
        slug: String,
        /// Wait until the run succeeds or fails
        #[arg(long)]
        wait: bool,
        /// Run again even when the tenant is already provisioned
        #[arg(long)]
        force: bool,
        /// Give up waiting after this long (e.g. 90s, 5m)
        #[arg(long, value_parser = parse_duration, default_value = "5m", value_name = "DURATION")]
        timeout: Duration,
        /// How often to check while waiting
        #[arg(long, value_parser = parse_duration, default_value = "1s", value_name = "DURATION", hide = true)]
        interval: Duration,
    },
}

/// The Okta app a check looks at.
#[derive(Debug, Args)]
pub struct OktaAppArgs {
    /// The customer's Okta domain, e.g. dev-12345678.okta.com
    #[arg(long, value_name = "DOMAIN")]
    pub okta_domain: String,
    /// Client ID of the customer's Okta app
    #[arg(long, value_name = "ID")]
    pub client_id: String,
}

/// A read-only Okta API token, for the checks that read the app and the policies.
#[derive(Debug, Args, Default)]
pub struct OktaTokenArgs {
    /// Read an Okta API token (SSWS) from standard input [or env: SSOCTL_OKTA_API_TOKEN]
    #[arg(long)]
    pub okta_api_token_stdin: bool,
    /// Ask for the Okta API token at a hidden prompt
    #[arg(long, conflicts_with = "okta_api_token_stdin")]
    pub ask_okta_api_token: bool,
}

#[derive(Debug, Subcommand)]
pub enum OktaCommand {
    /// Create what guide steps 1 and 3 ask for in an Okta org (the app, its
    /// Everyone assignment, the access policy and rule), then register the tenant
    #[command(after_help = help("ssoctl okta setup"))]
    Setup(OktaSetupArgs),
}

#[derive(Debug, Args)]
pub struct OktaSetupArgs {
    /// The customer's Okta domain, e.g. dev-12345678.okta.com
    #[arg(long, value_name = "DOMAIN")]
    pub okta_domain: String,
    /// The tenant's slug: its redirect URI is {auth_url}/okta-login/{slug} (with an invitation: the invitation's)
    #[arg(long, value_parser = parse_slug, value_name = "SLUG")]
    pub slug: Option<String>,
    /// The company name the tenant is registered with (with an invitation: the invitation's)
    #[arg(long, value_name = "NAME")]
    pub company_name: Option<String>,
    /// Read the invitation from Biometry support from standard input, and submit the registration with it [or env: SSOCTL_INVITATION]
    #[arg(long, conflicts_with = "invite_file")]
    pub invite_stdin: bool,
    /// Read the invitation from a file, and submit the registration with it
    #[arg(long, value_name = "FILE")]
    pub invite_file: Option<PathBuf>,
    /// Apply the plan without asking
    #[arg(long, conflicts_with = "dry_run")]
    pub yes: bool,
    /// Show the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Without an admin token: where to write the tenant file [default: ssoctl-tenant-SLUG.toml]
    #[arg(long, value_name = "FILE")]
    pub tenant_file: Option<PathBuf>,
    #[command(flatten)]
    pub token: OktaTokenArgs,
}

#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Check an Okta domain: spelling, the org, discovery documents and signing keys (guide step 2)
    #[command(after_help = help("ssoctl check domain"))]
    Domain {
        /// The Okta domain as the customer wrote it
        domain: String,
        #[command(flatten)]
        strict: StrictArgs,
    },
    /// Print the exact redirect URI for a slug, compare what was entered, and ask Okta about it
    #[command(after_help = help("ssoctl check redirect-uri"))]
    RedirectUri(RedirectUriArgs),
    /// Prove the client ID and secret without side effects
    #[command(after_help = help("ssoctl check client"))]
    Client {
        #[command(flatten)]
        app: OktaAppArgs,
        #[command(flatten)]
        secret: SecretArgs,
        #[command(flatten)]
        strict: StrictArgs,
    },
    /// Check the app and the `default` server's access policy (guide steps 1 and 3; needs an Okta API token)
    #[command(after_help = help("ssoctl check policy"))]
    Policy {
        #[command(flatten)]
        app: OktaAppArgs,
        /// The tenant slug (for the redirect URI the app must list)
        #[arg(long, value_parser = parse_slug)]
        slug: String,
        #[command(flatten)]
        token: OktaTokenArgs,
        #[command(flatten)]
        strict: StrictArgs,
    },
}

/// `check`'s `--strict`, as `doctor` has it.
#[derive(Debug, Args, Default, Clone, Copy)]
pub struct StrictArgs {
    /// Exit 3 on warnings and on anything not verified, not only on errors
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct RedirectUriArgs {
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// The URI the customer entered in Okta, to compare
    #[arg(long, value_name = "URI")]
    pub entered: Option<String>,
    /// With --client-id: ask Okta whether the app accepts the URI
    #[arg(long, value_name = "DOMAIN", requires = "client_id")]
    pub okta_domain: Option<String>,
    /// With --okta-domain: the app's client ID
    #[arg(long, value_name = "ID", requires = "okta_domain")]
    pub client_id: Option<String>,
    #[command(flatten)]
    pub strict: StrictArgs,
}

#[derive(Debug, Args)]
#[command(after_help = help("ssoctl doctor"))]
pub struct DoctorArgs {
    /// Registered tenants to check (needs the admin token)
    #[arg(value_parser = parse_slug, conflicts_with_all = ["all", "okta_domain", "from_facts"])]
    pub slugs: Vec<String>,
    /// Check every registered tenant
    #[arg(long, conflicts_with_all = ["okta_domain", "from_facts"])]
    pub all: bool,
    /// Check Okta details before registration (no admin token): the domain
    #[arg(long, value_name = "DOMAIN", requires_all = ["client_id", "slug"])]
    pub okta_domain: Option<String>,
    /// With --okta-domain: the app's client ID
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// With --okta-domain: the slug the customer chose
    #[arg(long, value_parser = parse_slug)]
    pub slug: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub token: OktaTokenArgs,
    /// Requests in flight at most, across all tenants
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Report format (default: follows --output); junit for CI dashboards
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Exit 3 on warnings and on anything not verified, not only on errors
    #[arg(long)]
    pub strict: bool,
    /// Also write what was learned to FILE (JSON, mode 0600, no secrets), to judge again with --from-facts
    #[arg(long, value_name = "FILE", conflicts_with = "from_facts")]
    pub save_facts: Option<std::path::PathBuf>,
    /// Judge the facts saved in FILE by --save-facts, offline: no request is made
    #[arg(long, value_name = "FILE", conflicts_with = "okta_domain")]
    pub from_facts: Option<std::path::PathBuf>,
    /// Apply the findings' machine-applicable changes (tenant and Okta), one at a time, then check again
    #[arg(long, conflicts_with_all = ["okta_domain", "from_facts", "save_facts"])]
    pub fix: bool,
    /// With --fix: apply without asking
    #[arg(long, requires = "fix")]
    pub yes: bool,
    /// Also check one person who cannot sign in (their Okta login): active, assigned to the app, let in by the access policy (needs an Okta API token)
    #[arg(long, value_name = "LOGIN", conflicts_with_all = ["all", "from_facts"])]
    pub user: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Marks, details and fixes, for people
    Text,
    /// One JSON document: a report, or with several tenants an array sorted by slug
    Json,
    /// JSON lines: one report per line as each tenant finishes (for pipelines that stream)
    Jsonl,
    /// JUnit XML: a test suite per tenant, a test case per finding
    Junit,
}

#[derive(Debug, Subcommand)]
pub enum LoginCommand {
    /// Sign in through a loopback listener and report what a real user gets (RFC 8252)
    #[command(after_help = help("ssoctl login test"))]
    Test(LoginTestArgs),
}

/// The port `login test --direct` listens on by default: Okta matches
/// redirect URIs exactly, so the URI added to the app must name it.
pub const DIRECT_DEFAULT_PORT: u16 = 8765;

#[derive(Debug, Args)]
pub struct LoginTestArgs {
    /// Tenant to sign in to, through the service (the guide's step 5)
    #[arg(value_parser = parse_slug, required_unless_present = "direct", conflicts_with = "direct")]
    pub slug: Option<String>,
    /// Be the OIDC client of the customer's Okta yourself (no service, no admin token)
    #[arg(long)]
    pub direct: bool,
    /// With --direct: the Okta domain (its `default` authorization server)
    #[arg(long, value_name = "DOMAIN", requires = "direct", conflicts_with = "issuer", required_unless_present_any = ["issuer", "slug"])]
    pub okta_domain: Option<String>,
    /// With --direct: any OpenID Provider's issuer URL instead of an Okta domain
    #[arg(long, value_name = "URL", requires = "direct")]
    pub issuer: Option<String>,
    /// With --direct: the app's client ID
    #[arg(
        long,
        value_name = "ID",
        requires = "direct",
        required_if_eq("direct", "true")
    )]
    pub client_id: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Print the URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Listen on this port (default: any free one; 8765 with --direct)
    #[arg(long, conflicts_with = "listen")]
    pub port: Option<u16>,
    /// Listen on this loopback address, e.g. 127.0.0.1:8765 (for SSH tunnels)
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// The host name the browser uses to reach the listener (with an SSH tunnel: still 127.0.0.1 or localhost)
    #[arg(long, value_name = "HOST", default_value = "127.0.0.1")]
    pub redirect_host: String,
    /// Give up after this long (the service's login state lives 10 minutes)
    #[arg(long, value_parser = parse_duration, default_value = "10m", value_name = "DURATION")]
    pub timeout: Duration,
    /// Paste the final callback URL from another machine's browser instead of listening for it
    #[arg(long)]
    pub paste: bool,
    /// With --direct: print the tokens too (they are secrets)
    #[arg(long, requires = "direct")]
    pub show_tokens: bool,
}

#[derive(Debug, Subcommand)]
pub enum CorsCommand {
    /// List the allowed origins
    List,
    /// Allow one or more origins (scheme://host[:port])
    #[command(after_help = help("ssoctl cors add"))]
    Add {
        #[arg(required = true, value_name = "ORIGIN")]
        origins: Vec<String>,
        /// Allow a plain-http origin that is not loopback (its pages and tokens travel in clear)
        #[arg(long)]
        allow_http: bool,
    },
    /// Stop allowing one or more origins (asks first)
    #[command(after_help = help("ssoctl cors remove"))]
    Remove {
        #[arg(required = true, value_name = "ORIGIN")]
        origins: Vec<String>,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

#[derive(Debug, Args)]
#[command(after_help = help("ssoctl api"))]
pub struct ApiArgs {
    /// HTTP method
    #[arg(value_parser = ["GET", "POST", "PATCH", "PUT", "DELETE", "get", "post", "patch", "put", "delete"])]
    pub method: String,
    /// Path under the API URL, e.g. /admin/v1/tenants
    pub path: String,
    /// A field with a JSON-typed value (numbers, true, false, null; @FILE reads a file); query parameters for GET
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// A field with a string value
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub raw_fields: Vec<String>,
    /// The request body from a file (`-` for stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["fields", "raw_fields"])]
    pub input: Option<String>,
    /// An extra request header
    #[arg(short = 'H', long = "header", value_name = "NAME:VALUE")]
    pub headers: Vec<String>,
    /// Print the status line and headers too
    #[arg(short, long)]
    pub include: bool,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox until interrupted
    #[command(after_help = help("ssoctl sandbox serve"))]
    Serve(SandboxServeArgs),
}

#[derive(Debug, Args)]
pub struct SandboxServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 8787)]
    pub port: u16,
    /// Keep state in this file (written atomically after every change)
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Fill a fresh state with demo tenants
    #[arg(long, value_enum)]
    pub seed: Option<SeedName>,
    /// Added to every request (e.g. 200ms)
    #[arg(long, value_parser = parse_duration, default_value = "0ms", value_name = "DURATION")]
    pub latency: Duration,
    /// How long a provisioning run takes
    #[arg(long, value_parser = parse_duration, default_value = "300ms", value_name = "DURATION")]
    pub provisioning_delay: Duration,
    /// Serve HTTPS with a certificate from a CA generated now (plain HTTP
    /// keeps working on the same port, for the emulated Okta orgs)
    #[arg(long)]
    pub tls: bool,
    /// With --tls: write the CA certificate here [default: sandbox-ca.pem
    /// beside --state, else in the temporary directory]
    #[arg(long, value_name = "FILE", requires = "tls")]
    pub ca_out: Option<PathBuf>,
    /// Answer requests with a fault, at random: KIND or KIND:RATE (0.3 or
    /// 30%; every request when omitted); repeatable, the rates adding up.
    /// Never the /_sandbox/ control plane. KIND: status500,
    /// status502, status503, status429, okta_rate_limit, okta_locked,
    /// reset_before_handling, reset_after_commit, html_error_page,
    /// truncated_json, huge_body, stall_mid_body, never_answer
    #[arg(long = "fault", value_name = "KIND[:RATE]")]
    pub faults: Vec<crate::sandbox::RandomFault>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeedName {
    Demo,
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Only this build; do not ask the service
    #[arg(long)]
    pub client: bool,
}

#[derive(Debug, Args)]
#[command(after_help = help("ssoctl completions"))]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish, powershell, or `man` for the man page
    #[arg(value_enum)]
    pub shell: CompletionTarget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionTarget {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
    Man,
}

fn parse_slug(value: &str) -> Result<String, String> {
    crate::validate::slug(value).map_err(|e| e.to_string())
}

/// `90s`, `5m`, `1h30m`; a bare number is seconds. Latency values accept `ms` too.
pub fn parse_duration(value: &str) -> Result<Duration, String> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(value).map_err(|e| format!("{e} (write it like 90s, 5m or 200ms)"))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Each section of `cli/help.txt` is the help of the command it names,
    /// word for word: a section no command attaches (a misspelt path in an
    /// `after_help = help(…)`) fails here.
    #[test]
    fn every_help_section_is_attached_to_its_command() {
        let root = Cli::command();
        let headings: Vec<&str> = include_str!("cli/help.txt")
            .lines()
            .filter_map(|line| line.strip_prefix("## "))
            .collect();
        assert!(headings.len() > 30, "{} sections", headings.len());
        for heading in headings {
            let mut command = &root;
            for name in heading.split(' ').skip(1) {
                command = command
                    .find_subcommand(name)
                    .unwrap_or_else(|| panic!("no command {heading}"));
            }
            let attached = command.get_after_help().map(ToString::to_string);
            assert_eq!(attached.as_deref(), Some(help(heading)), "{heading}");
            assert!(!help(heading).is_empty(), "{heading} is empty");
        }
    }
}

//! `ssoctl sandbox serve`: the SSO service emulated on loopback.

use serde::Serialize;

use crate::cli::{SandboxCommand, SandboxServeArgs, SeedName};
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::Printable;
use crate::sandbox::{Sandbox, SandboxOptions, Seed};

pub async fn run(ctx: &mut Context, command: SandboxCommand) -> Result<Printable> {
    match command {
        SandboxCommand::Serve(args) => serve(ctx, args).await,
    }
}

#[derive(Serialize)]
struct Listening {
    url: String,
    state_file: Option<String>,
    /// With `--tls`: the CA certificate to trust.
    ca_cert: Option<String>,
    /// The `--fault`s drawn for every request.
    faults: Vec<String>,
}

/// The admin token the sandbox accepts: `SSOCTL_SANDBOX_TOKEN`, never argv
/// (like every token), else the well-known `sandbox`.
pub const SANDBOX_TOKEN_ENV: &str = "SSOCTL_SANDBOX_TOKEN";

async fn serve(ctx: &mut Context, args: SandboxServeArgs) -> Result<Printable> {
    let total_rate: f64 = args.faults.iter().map(|f| f.rate).sum();
    if total_rate > 1.0 + 1e-9 {
        return Err(CliError::usage(format!(
            "the --fault rates add up to {}%; together they can fault at most every request (100%)",
            percent(total_rate)
        ))
        .hint("lower the rates, e.g. --fault status503:10% --fault reset_after_commit:20%")
        .into());
    }
    let token = ctx
        .env
        .var(SANDBOX_TOKEN_ENV)
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "sandbox".to_string());
    let default_token = token == "sandbox";
    let options = SandboxOptions {
        token,
        state_file: args.state.clone(),
        seed: args.seed.map(|SeedName::Demo| Seed::Demo),
        latency: args.latency,
        provisioning_delay: args.provisioning_delay,
        tls: args.tls,
        random_faults: args.faults.clone(),
        ..SandboxOptions::default()
    };
    // Loopback only: the sandbox accepts a well-known token.
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], args.port));
    let sandbox = Sandbox::start(addr, options).await.map_err(|e| {
        CliError::general(format!("cannot start the sandbox on {addr}: {e:#}"))
            .hint("pick another port with --port, or --port 0 for any free one")
    })?;
    let url = sandbox.url();
    let ca_cert = match sandbox.ca_pem() {
        Some(pem) => {
            let path = match args.ca_out.clone() {
                Some(path) => path,
                None => default_ca_path(args.state.as_deref(), sandbox.addr().port())?,
            };
            crate::files::write_atomic(&path, pem.as_bytes()).map_err(|e| {
                CliError::general(format!(
                    "cannot write the sandbox's CA to {}: {e}",
                    path.display()
                ))
                .hint("choose a writable file with --ca-out FILE")
            })?;
            Some(path.display().to_string())
        }
        None => None,
    };
    let faults: Vec<String> = args
        .faults
        .iter()
        .map(|f| format!("{}:{}%", f.kind.name(), percent(f.rate)))
        .collect();
    // The ready line goes out first, so scripts can wait for it.
    let mut fields = vec![("listening on", url.clone())];
    if let Some(path) = &ca_cert {
        fields.push(("CA certificate", path.clone()));
    }
    if !faults.is_empty() {
        fields.push(("faults", faults.join(", ")));
    }
    let ready = Listening {
        url: url.clone(),
        state_file: args.state.map(|p| p.display().to_string()),
        ca_cert: ca_cert.clone(),
        faults,
    };
    ctx.print(&Printable::details(&ready, fields, Vec::new()))?;
    ctx.io
        .status(&format!("Point ssoctl at it:  export SSOCTL_API_URL={url}"));
    if let Some(path) = &ca_cert {
        ctx.io.status(&format!(
            "Trust its CA:       --ca-cert {path}  (or export SSL_CERT_FILE={path})"
        ));
    }
    if default_token {
        ctx.io
            .status("Admin token: `sandbox` (the default; set SSOCTL_SANDBOX_TOKEN to change it)");
        ctx.io
            .status("  printf sandbox | ssoctl auth login --with-token");
    } else {
        ctx.io
            .status("Admin token: the one in SSOCTL_SANDBOX_TOKEN");
    }
    ctx.io.status("Press Ctrl-C to stop.");
    shutdown_signal().await;
    sandbox.shutdown().await;
    ctx.io.status("Sandbox stopped");
    Ok(Printable::nothing())
}

/// A rate as a percentage, without float noise: 0.3 → 30, 0.125 → 12.5.
fn percent(rate: f64) -> f64 {
    (rate * 10_000.0).round() / 100.0
}

/// `sandbox-ca.pem` beside the state file, else one per port in this
/// user's private temporary directory (`files::private_temp_dir`: another
/// user can neither pre-create it nor append to it; two sandboxes never
/// share it).
fn default_ca_path(state: Option<&std::path::Path>, port: u16) -> Result<std::path::PathBuf> {
    Ok(match state.and_then(std::path::Path::parent) {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join("sandbox-ca.pem"),
        Some(_) => "sandbox-ca.pem".into(),
        None => crate::files::private_temp_dir()
            .map_err(|e| {
                CliError::general(format!("cannot make a private folder for the CA: {e}"))
                    .hint("choose a file with --ca-out FILE")
            })?
            .join(format!("ssoctl-sandbox-{port}-ca.pem")),
    })
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

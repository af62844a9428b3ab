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
}

async fn serve(ctx: &mut Context, args: SandboxServeArgs) -> Result<Printable> {
    let default_token = args.token == "sandbox";
    let options = SandboxOptions {
        token: args.token,
        state_file: args.state.clone(),
        seed: args.seed.map(|SeedName::Demo| Seed::Demo),
        latency: args.latency,
        provisioning_delay: args.provisioning_delay,
        ..SandboxOptions::default()
    };
    // Loopback only: the sandbox accepts a well-known token.
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], args.port));
    let sandbox = Sandbox::start(addr, options).await.map_err(|e| {
        CliError::general(format!("cannot start the sandbox on {addr}: {e:#}"))
            .hint("pick another port with --port, or --port 0 for any free one")
    })?;
    let url = sandbox.url();
    // The ready line goes out first, so scripts can wait for it.
    let ready = Listening {
        url: url.clone(),
        state_file: args.state.map(|p| p.display().to_string()),
    };
    ctx.print(&Printable::details(
        &ready,
        vec![("listening on", url.clone())],
        Vec::new(),
    ))?;
    ctx.io
        .status(&format!("Point ssoctl at it:  export SSOCTL_API_URL={url}"));
    if default_token {
        ctx.io.status("Admin token: `sandbox` (the default; set --token or SSOCTL_SANDBOX_TOKEN to change it)");
        ctx.io
            .status("  printf sandbox | ssoctl auth login --with-token");
    } else {
        ctx.io
            .status("Admin token: the one given with --token / SSOCTL_SANDBOX_TOKEN");
    }
    ctx.io.status("Press Ctrl-C to stop.");
    shutdown_signal().await;
    sandbox.shutdown().await;
    ctx.io.status("Sandbox stopped");
    Ok(Printable::nothing())
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

//! `ssoctl profile`: named sets of service URLs.

use serde::Serialize;

use crate::cli::{ProfileAddArgs, ProfileCommand};
use crate::config::{self, ConfigFile, DEFAULT_PROFILE, Profile, Settings, display_url};
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{Printable, View, or_dash};

pub fn run(ctx: &mut Context, command: ProfileCommand) -> Result<Printable> {
    match command {
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show { name } => show(ctx, name),
        ProfileCommand::Use { name } => use_profile(ctx, &name),
        ProfileCommand::Set { key, value } => set(ctx, &key, Some(&value)),
        ProfileCommand::Unset { key } => set(ctx, &key, None),
        ProfileCommand::Add(args) => add(ctx, args),
        ProfileCommand::Remove { name } => remove(ctx, &name),
    }
}

#[derive(Serialize)]
struct ProfileRow {
    name: String,
    active: bool,
    #[serde(flatten)]
    profile: Profile,
}

fn list(ctx: &mut Context) -> Result<Printable> {
    let file = ctx.config_file()?;
    let active = file.active_name().to_string();
    let mut rows: Vec<ProfileRow> = file
        .profiles
        .iter()
        .map(|(name, profile)| ProfileRow {
            name: name.clone(),
            active: *name == active,
            profile: profile.clone(),
        })
        .collect();
    if !file.profiles.contains_key(DEFAULT_PROFILE) {
        // The built-in default exists even when the file does not mention it.
        rows.insert(
            0,
            ProfileRow {
                name: DEFAULT_PROFILE.into(),
                active: active == DEFAULT_PROFILE,
                profile: Profile::default(),
            },
        );
    }
    let table = rows
        .iter()
        .map(|r| {
            vec![
                if r.active {
                    format!("* {}", r.name)
                } else {
                    format!("  {}", r.name)
                },
                r.profile
                    .api_url
                    .clone()
                    .unwrap_or_else(|| format!("{} (default)", config::DEFAULT_API_URL)),
            ]
        })
        .collect();
    Ok(Printable::table(&rows, &["name", "api url"], table))
}

fn show(ctx: &mut Context, name: Option<String>) -> Result<Printable> {
    let file = ctx.config_file()?;
    let name = name.or_else(|| ctx.profile_flag.clone());
    let settings = Settings::resolve(name.as_deref(), &file, &config::ProcessEnv)?;
    let line = |setting: &config::Setting<url::Url>| {
        format!("{}  ({})", display_url(&setting.value), setting.source)
    };
    let mut fields = vec![
        ("profile", settings.profile.clone()),
        ("api_url", line(&settings.api_url)),
        ("auth_url", line(&settings.auth_url)),
        ("console_url", line(&settings.console_url)),
    ];
    fields.push((
        "ca_cert",
        settings
            .ca_cert
            .as_ref()
            .map(|c| format!("{}  ({})", c.value.display(), c.source))
            .unwrap_or_else(|| or_dash(None)),
    ));
    Ok(Printable::details(&settings, fields, Vec::new()))
}

fn use_profile(ctx: &mut Context, name: &str) -> Result<Printable> {
    let mut file = ctx.config_file()?;
    ensure_exists(&file, name)?;
    file.current_profile = Some(name.to_string());
    file.save(&ctx.config_dir)?;
    ctx.io.success(&format!("Now using profile {name}"));
    Ok(Printable::new(
        &serde_json::json!({ "current_profile": name }),
        View::Nothing,
    ))
}

fn ensure_exists(file: &ConfigFile, name: &str) -> Result<()> {
    if name == DEFAULT_PROFILE || file.profiles.contains_key(name) {
        return Ok(());
    }
    Err(no_such_profile(file, name).into())
}

fn no_such_profile(file: &ConfigFile, name: &str) -> CliError {
    let mut error = CliError::not_found(format!("there is no profile named `{name}`"));
    if let Some(close) = config::did_you_mean(name, file.profiles.keys().map(String::as_str)) {
        error = error.hint(format!("did you mean `{close}`?"));
    }
    error.hint("list profiles with `ssoctl profile list`")
}

fn set(ctx: &mut Context, key: &str, value: Option<&str>) -> Result<Printable> {
    let mut file = ctx.config_file()?;
    let name = ctx
        .profile_flag
        .clone()
        .unwrap_or_else(|| file.active_name().to_string());
    ensure_exists(&file, &name)?;
    let profile = file.profiles.entry(name.clone()).or_default();
    match value {
        Some(value) => profile.set(key, value)?,
        None => profile.unset(key)?,
    }
    let shown = profile.get(key);
    file.save(&ctx.config_dir)?;
    match &shown {
        Some(v) => ctx
            .io
            .success(&format!("Set {key} = {v} in profile {name}")),
        None => ctx
            .io
            .success(&format!("Removed {key} from profile {name}")),
    }
    Ok(Printable::new(
        &serde_json::json!({ "profile": name, "key": key, "value": shown }),
        View::Nothing,
    ))
}

fn add(ctx: &mut Context, args: ProfileAddArgs) -> Result<Printable> {
    let mut file = ctx.config_file()?;
    if file.profiles.contains_key(&args.name) {
        return Err(
            CliError::conflict(format!("profile `{}` already exists", args.name))
                .hint(format!(
                    "change it with `ssoctl --profile {} profile set KEY VALUE`",
                    args.name
                ))
                .into(),
        );
    }
    if args.name.is_empty()
        || args
            .name
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(
            CliError::usage("a profile name needs at least one character and no spaces").into(),
        );
    }
    let mut profile = Profile::default();
    profile.set("api_url", &args.api_url)?;
    if let Some(url) = &args.auth_url {
        profile.set("auth_url", url)?;
    }
    if let Some(url) = &args.console_url {
        profile.set("console_url", url)?;
    }
    if let Some(path) = &args.ca_cert {
        if !path.is_file() {
            return Err(CliError::usage(format!(
                "the CA certificate {} does not exist",
                path.display()
            ))
            .into());
        }
        profile.ca_cert = Some(path.clone());
    }
    file.profiles.insert(args.name.clone(), profile.clone());
    if args.make_active {
        file.current_profile = Some(args.name.clone());
    }
    file.save(&ctx.config_dir)?;
    ctx.io.success(&format!("Added profile {}", args.name));
    if !args.make_active {
        ctx.io.status(&format!(
            "Use it with `ssoctl profile use {}` or `--profile {}`",
            args.name, args.name
        ));
    }
    Ok(Printable::new(
        &ProfileRow {
            name: args.name,
            active: args.make_active,
            profile,
        },
        View::Nothing,
    ))
}

fn remove(ctx: &mut Context, name: &str) -> Result<Printable> {
    let mut file = ctx.config_file()?;
    if file.profiles.remove(name).is_none() {
        return Err(no_such_profile(&file, name).into());
    }
    if file.current_profile.as_deref() == Some(name) {
        file.current_profile = None;
        ctx.io.status(&format!(
            "{name} was the active profile; now using {DEFAULT_PROFILE}"
        ));
    }
    file.save(&ctx.config_dir)?;
    ctx.io.success(&format!("Removed profile {name}"));
    Ok(Printable::new(
        &serde_json::json!({ "removed": name }),
        View::Nothing,
    ))
}

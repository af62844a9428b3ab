//! Generated files and help text: every `--help` is snapshotted, and the
//! committed completions and man page must match the clap tree.
//! Regenerate with `SSOCTL_UPDATE_GENERATED=1 cargo test --test suite generated`
//! (completions) and `INSTA_UPDATE=always` (help snapshots).

use clap::CommandFactory;
use ssoctl::cli::{Cli, CompletionTarget};
use ssoctl::commands::completions::{committed_path, generate};

fn command_paths(command: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let mut path = prefix.clone();
        path.push(sub.get_name().to_string());
        command_paths(sub, path, out);
    }
}

#[test]
fn every_help_is_snapshotted() {
    let home = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    command_paths(&Cli::command(), Vec::new(), &mut paths);
    assert!(
        paths.len() > 30,
        "the tree has all its commands ({})",
        paths.len()
    );
    for path in paths {
        let out = crate::common::isolated_cmd(home.path())
            .args(&path)
            .arg("--help")
            .output()
            .unwrap();
        crate::common::assert_exit(&out, 0);
        let name = if path.is_empty() {
            "ssoctl".to_string()
        } else {
            format!("ssoctl {}", path.join(" "))
        };
        insta::assert_snapshot!(name.replace(' ', "_"), crate::common::stdout(&out), &name);
    }
}

#[test]
fn committed_completions_and_man_page_are_fresh() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("SSOCTL_UPDATE_GENERATED").is_some();
    let mut stale = Vec::new();
    for target in [
        CompletionTarget::Bash,
        CompletionTarget::Zsh,
        CompletionTarget::Fish,
        CompletionTarget::Elvish,
        CompletionTarget::Powershell,
        CompletionTarget::Man,
    ] {
        let path = root.join(committed_path(target));
        let fresh = generate(target).unwrap();
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &fresh).unwrap();
            continue;
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate with `SSOCTL_UPDATE_GENERATED=1 cargo test --test suite generated`"
    );
}

#[test]
fn the_completions_command_prints_the_same_scripts() {
    let home = tempfile::tempdir().unwrap();
    let out = crate::common::isolated_cmd(home.path())
        .args(["completions", "bash"])
        .output()
        .unwrap();
    crate::common::assert_exit(&out, 0);
    assert_eq!(
        crate::common::stdout(&out),
        generate(CompletionTarget::Bash).unwrap()
    );
    let out = crate::common::isolated_cmd(home.path())
        .args(["completions", "man"])
        .output()
        .unwrap();
    crate::common::assert_exit(&out, 0);
    assert_eq!(
        crate::common::stdout(&out),
        generate(CompletionTarget::Man).unwrap()
    );
}

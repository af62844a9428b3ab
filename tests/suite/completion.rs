//! Dynamic completion (`COMPLETE=fish ssoctl -- ssoctl …`, clap_complete's
//! environment-driven completion): slugs from the service, profile names
//! from the config file.

use crate::common::*;

/// The values the shell would be offered, without their help text.
fn offered(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .filter(|v| !v.starts_with('-'))
        .collect()
}

#[test]
fn slugs_complete_from_the_service() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .env("COMPLETE", "fish")
        .args(["--", "ssoctl", "tenant", "show", "a"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(offered(&stdout(&out)), ["acme-corp"], "{}", stdout(&out));
    assert_eq!(stdout(&out), "acme-corp\tAcme Corporation\n");

    let out = env
        .cmd()
        .env("COMPLETE", "fish")
        .args(["--", "ssoctl", "doctor", "w"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        offered(&stdout(&out)),
        ["wayne", "wonka"],
        "{}",
        stdout(&out)
    );
}

#[test]
fn slug_completion_offers_nothing_and_says_nothing_without_a_token() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .env("COMPLETE", "fish")
        .args(["--", "ssoctl", "tenant", "show", "a"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(offered(&stdout(&out)), Vec::<String>::new());
    assert_eq!(stderr(&out), "");
}

#[test]
fn profile_names_complete_from_the_config_file() {
    let env = TestEnv::new();
    for name in ["staging", "prod"] {
        let out = env
            .bare_cmd()
            .args(["profile", "add", name, "--api-url", "https://api.example"])
            .output()
            .unwrap();
        assert_exit(&out, 0);
    }
    let out = env
        .bare_cmd()
        .env("COMPLETE", "fish")
        .args(["--", "ssoctl", "profile", "use", ""])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        offered(&stdout(&out)),
        ["prod", "staging"],
        "{}",
        stdout(&out)
    );
}

#[test]
fn complete_prints_the_shells_registration_script() {
    let env = TestEnv::new();
    let out = env.bare_cmd().env("COMPLETE", "bash").output().unwrap();
    assert_exit(&out, 0);
    // The script names the binary by its path, which varies.
    let binary = assert_cmd::cargo::cargo_bin("ssoctl").display().to_string();
    let script = stdout(&out).replace(&binary, "[ssoctl]");
    insta::assert_snapshot!("completion_bash_registration", script);
}

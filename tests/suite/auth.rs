//! `ssoctl auth …`: where the token comes from, where it goes, and what a
//! refused token says.

use crate::common::*;

#[test]
fn a_wrong_token_exits_4_naming_auth_login() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["tenant", "list"])
        .env("SSOCTL_TOKEN", "not-the-token-0000000000")
        .output()
        .unwrap();
    assert_exit(&out, 4);
    let err = stderr(&out);
    insta::assert_snapshot!("auth_wrong_token", transcript(&env, &out));
    // A leak check: the refused token must be nowhere in the error.
    assert!(!err.contains("not-the-token-0000000000"), "{err}");
}

#[test]
fn no_token_at_all_exits_4() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 4);
    insta::assert_snapshot!("auth_no_token", transcript(&env, &out));
    assert!(
        env.sandbox.requests().is_empty(),
        "no request without a token"
    );
}

#[test]
fn login_stores_in_the_file_when_no_keyring_status_names_it_logout_removes_it() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["auth", "login", "--with-token", "-vv"])
        .write_stdin(ADMIN_TOKEN)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let err = stderr(&out);
    // -vv's trace lines carry timings: what the person is told is
    // snapshotted without them, and the whole is checked for a leak. Why
    // the keyring is unusable is the keyring crate's wording, not ours.
    let told: String = err
        .lines()
        .filter(|l| !l.starts_with("DEBUG ") && !l.starts_with("TRACE "))
        .map(|l| match l.strip_prefix("! no usable system keyring (") {
            Some(_) => "! no usable system keyring ([the keyring crate's reason])\n".to_string(),
            None => format!("{l}\n"),
        })
        .collect();
    insta::assert_snapshot!(
        "auth_login_file_store",
        steady(&env, &told).replace(&env.config_dir().display().to_string(), "[config]")
    );
    assert!(!err.contains(ADMIN_TOKEN), "token leaked in -vv:\n{err}");

    let file = env.config_dir().join("credentials.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // The config directory holds the token only in the credential store.
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap_or_default();
    // A leak check: the token must be nowhere in the config file.
    assert!(!config.contains(ADMIN_TOKEN));

    let out = env
        .cmd_without_token()
        .args(["auth", "status"])
        .output()
        .unwrap();
    assert_exit(&out, 0);
    let text = stdout(&out);
    insta::assert_snapshot!(
        "auth_status_file",
        transcript(&env, &out).replace(&env.config_dir().display().to_string(), "[config]")
    );
    // A leak check.
    assert!(!text.contains(ADMIN_TOKEN));

    let out = env
        .cmd_without_token()
        .args(["auth", "status", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["token_source"]["kind"], "file");

    env.cmd_without_token()
        .args(["tenant", "show", "acme-corp"])
        .assert()
        .success();

    env.cmd_without_token()
        .args(["auth", "logout"])
        .assert()
        .success();
    let out = env
        .cmd_without_token()
        .args(["auth", "status"])
        .output()
        .unwrap();
    assert_exit(&out, 4);
}

#[test]
fn a_refused_token_is_not_stored() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["auth", "login", "--with-token"])
        .write_stdin("wrong-token-0000000000")
        .output()
        .unwrap();
    assert_exit(&out, 4);
    insta::assert_snapshot!("auth_refused_token_not_stored", transcript(&env, &out));
    assert!(!env.config_dir().join("credentials.toml").exists());
}

#[test]
fn login_without_a_terminal_or_stdin_flag_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env
        .cmd_without_token()
        .args(["auth", "login"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("auth_login_no_terminal", transcript(&env, &out));
}

#[test]
fn status_names_the_environment_as_the_source() {
    let env = TestEnv::new();
    let out = env.cmd().args(["auth", "status"]).output().unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("auth_status_environment", transcript(&env, &out));
}

/// A Secret Service that accepts the connection and never answers: the
/// keyring call times out after 3 s and the token goes to the file store.
#[cfg(unix)]
#[test]
fn a_hanging_keyring_times_out_and_falls_back_to_the_file_store() {
    let env = TestEnv::new();
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("bus");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            keep.lock().unwrap().push(stream);
        }
    });
    let out = env
        .cmd_without_token()
        .args(["auth", "login", "--with-token"])
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", socket.display()),
        )
        .write_stdin(ADMIN_TOKEN)
        .output()
        .unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!(
        "auth_hanging_keyring",
        transcript(&env, &out).replace(&env.config_dir().display().to_string(), "[config]")
    );
    // The snapshot's "did not answer within 3 s" is the timeout's own
    // message (a keyring that refused would read otherwise), so no clock is
    // read here: performance belongs to benchmarks, not to tests.
    assert!(env.config_dir().join("credentials.toml").exists());
    assert!(
        !held.lock().unwrap().is_empty(),
        "ssoctl did try the keyring"
    );
}

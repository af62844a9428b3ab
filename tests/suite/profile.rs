//! `ssoctl profile …` and the precedence of settings.

use crate::common::*;

#[test]
fn add_use_show_set_remove() {
    let env = TestEnv::new();
    let home = env.home.path();
    isolated_cmd(home)
        .args(["profile", "add", "local", "--api-url"])
        .arg(env.sandbox.url())
        .assert()
        .success();
    let out = isolated_cmd(home)
        .args(["profile", "list"])
        .output()
        .unwrap();
    insta::assert_snapshot!("profile_list_local", transcript(&env, &out));

    isolated_cmd(home)
        .args(["profile", "use", "local"])
        .assert()
        .success();
    let out = isolated_cmd(home)
        .args(["profile", "show"])
        .output()
        .unwrap();
    insta::assert_snapshot!(
        "profile_show_local",
        transcript(&env, &out).replace(&env.config_dir().display().to_string(), "[config]")
    );

    // The active profile is used: tenant list reaches the sandbox.
    isolated_cmd(home)
        .args(["tenant", "list"])
        .env("SSOCTL_TOKEN", ADMIN_TOKEN)
        .assert()
        .success();

    // env beats profile
    let out = isolated_cmd(home)
        .args(["profile", "show", "-o", "json"])
        .env("SSOCTL_API_URL", "https://env.example")
        .output()
        .unwrap();
    let settings = json(&out);
    assert_eq!(settings["api_url"]["value"], "https://env.example/");
    assert_eq!(settings["api_url"]["source"]["kind"], "env");

    isolated_cmd(home)
        .args([
            "profile",
            "set",
            "console_url",
            "https://console.local.example",
        ])
        .assert()
        .success();
    let out = isolated_cmd(home)
        .args(["profile", "set", "api-url", "https://x.example"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("profile_set_misspelt_key", transcript(&env, &out));
    let out = isolated_cmd(home)
        .args(["profile", "set", "api_url", "http://example.com"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("profile_set_plain_http", transcript(&env, &out));

    isolated_cmd(home)
        .args(["profile", "remove", "local"])
        .assert()
        .success();
    let out = isolated_cmd(home)
        .args(["profile", "show", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json(&out)["profile"], "default");
}

#[test]
fn an_unknown_profile_is_a_usage_error_with_a_suggestion() {
    let env = TestEnv::new();
    let home = env.home.path();
    isolated_cmd(home)
        .args([
            "profile",
            "add",
            "staging",
            "--api-url",
            "https://staging.example",
        ])
        .assert()
        .success();
    let out = isolated_cmd(home)
        .args(["--profile", "stagin", "tenant", "list"])
        .output()
        .unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!("profile_unknown_suggestion", transcript(&env, &out));
    let out = isolated_cmd(home)
        .args(["profile", "use", "nosuch"])
        .output()
        .unwrap();
    assert_exit(&out, 5);
}

#[test]
fn a_broken_config_file_is_named() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.toml"), "profiles = 3\n").unwrap();
    let out = env.bare_cmd().args(["profile", "list"]).output().unwrap();
    assert_exit(&out, 2);
    insta::assert_snapshot!(
        "profile_broken_config",
        transcript(&env, &out).replace(&env.config_dir().display().to_string(), "[config]")
    );
}

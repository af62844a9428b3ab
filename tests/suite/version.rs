//! `ssoctl version` and `--version`: this build and the service's version.

use crate::common::ctx::seen;
use crate::common::*;

#[test]
fn version_names_the_build_and_asks_only_a_chosen_service() {
    let env = TestEnv::new();
    let out = env.cmd_without_token().arg("--version").output().unwrap();
    assert_exit(&out, 0);
    let line = stdout(&out);
    let commit = env!("SSOCTL_COMMIT");
    assert_eq!(
        line,
        format!(
            "ssoctl {} (commit {commit}, built {})\n",
            env!("CARGO_PKG_VERSION"),
            env!("SSOCTL_BUILD_DATE")
        )
    );

    // Pointed at the sandbox: the service's own version comes too.
    let asked = seen(&env, false, &[], &["version", "-o", "json"]);
    assert_eq!(asked.exit, 0, "{asked}");
    let versions: serde_json::Value = serde_json::from_str(&asked.stdout).unwrap();
    assert_eq!(versions["commit"], commit);
    assert_eq!(versions["service"]["url"], env.sandbox.url());
    assert_eq!(versions["service"]["version"], "0.1.0-sandbox");

    // --client, or no service chosen (the default is production): nobody is asked.
    let client = seen(&env, false, &[], &["version", "--client", "-o", "json"]);
    let versions: serde_json::Value = serde_json::from_str(&client.stdout).unwrap();
    assert!(versions.get("service").is_none(), "{client}");
    // This build's version, commit and date vary: placeholders.
    let build = |text: String| {
        text.replace(env!("SSOCTL_COMMIT"), "[commit]")
            .replace(env!("SSOCTL_BUILD_DATE"), "[date]")
            .replace(env!("CARGO_PKG_VERSION"), "[version]")
    };
    let out = env.bare_cmd().args(["version"]).output().unwrap();
    assert_exit(&out, 0);
    // No service line.
    insta::assert_snapshot!("version_no_service", build(transcript(&env, &out)));
    // A chosen service that cannot be asked is named, and the build still shown.
    let out = env.cmd_without_token().args(["version"]).output().unwrap();
    assert_exit(&out, 0);
    insta::assert_snapshot!("version_service_unknown", build(transcript(&env, &out)));
}

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
    let out = env.bare_cmd().args(["version"]).output().unwrap();
    assert_exit(&out, 0);
    assert!(!stdout(&out).contains("service"), "{}", stdout(&out));
    // A chosen service that cannot be asked is named, and the build still shown.
    let out = env.cmd_without_token().args(["version"]).output().unwrap();
    assert_exit(&out, 0);
    assert!(
        stdout(&out).contains("service version:\t-\n"),
        "{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains(&format!(
            "the service at {} did not say its version",
            env.sandbox.url()
        )),
        "{}",
        stderr(&out)
    );
}

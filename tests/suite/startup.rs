//! `--help` and `--version` touch nothing: not the config file, not the
//! keyring, not the network.

#[cfg(unix)]
#[test]
fn help_and_version_read_no_config_and_call_no_keyring() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    // A config file that would fail every command that reads it.
    std::fs::write(config.join("config.toml"), "this is = = not toml").unwrap();
    let socket = home.path().join("bus");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    listener.set_nonblocking(true).unwrap();

    for args in [&["--version"][..], &["--help"], &["tenant", "--help"]] {
        let out = crate::common::isolated_cmd(home.path())
            .args(args)
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}", socket.display()),
            )
            .env("SSOCTL_API_URL", "http://127.0.0.1:9")
            .output()
            .unwrap();
        crate::common::assert_exit(&out, 0);
    }
    assert!(
        listener.accept().is_err(),
        "nothing connected to the keyring's bus"
    );

    // The same broken file does fail a command that needs it: the test can fail.
    let out = crate::common::isolated_cmd(home.path())
        .args(["profile", "list"])
        .output()
        .unwrap();
    crate::common::assert_exit(&out, 2);
}

//! Every file ssoctl and its sandbox write goes through [`write_atomic`]:
//! created 0600 under an unpredictable temporary name opened exclusively,
//! then renamed into place, and never written through a symlink or into a
//! special file that another user planted.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `path` through a temporary file and a rename, so a crash leaves
/// either the old or the new file, never half of one.
///
/// - The file is created 0600 (a config file, a trace or a state file
///   describes the user's requests, their tenants or their secrets), in a
///   temporary file whose name nobody can guess, opened with `O_EXCL`
///   (`create_new`): a file or symlink planted under that name is never
///   opened, let alone followed.
/// - A symlink stays a symlink (its target is replaced) when it is the
///   user's own or root's; one owned by another user (planted in a shared
///   directory) is refused.
/// - What is not a regular file (`--trace /dev/null`, a pipe) is written
///   to, never replaced (renaming over `/dev/null` as root would turn it into
///   a file), when the user or root owns it; it is opened with
///   `O_NOFOLLOW`.
/// - A directory is an error.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut path = path.to_path_buf();
    if let Ok(meta) = std::fs::symlink_metadata(&path)
        && meta.file_type().is_symlink()
    {
        trusted_owner(&path, &meta, "a symlink")?;
        path = std::fs::canonicalize(&path)?;
    }
    if let Ok(meta) = std::fs::metadata(&path) {
        if meta.is_dir() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                format!("{} is a directory", path.display()),
            ));
        }
        if !meta.is_file() {
            trusted_owner(&path, &meta, "a special file")?;
            let mut options = std::fs::OpenOptions::new();
            options.write(true);
            no_follow(&mut options);
            return options.open(&path)?.write_all(bytes);
        }
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let (tmp, mut file) = create_temp(&dir, name)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&tmp, &path)
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    // Make the rename itself durable; not every platform can open a folder.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A new 0600 file `.{name}.{random}.tmp` in `dir`, opened exclusively:
/// it fails rather than open anything already there (a file, or a symlink,
/// which `O_EXCL` never follows).
pub fn create_temp(dir: &Path, name: &str) -> std::io::Result<(PathBuf, std::fs::File)> {
    let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    no_follow(&mut options);
    let file = options.open(&tmp)?;
    Ok((tmp, file))
}

fn no_follow(options: &mut std::fs::OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// The effective user id of this process.
#[cfg(unix)]
pub fn current_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Refuses `what` at `path` unless this user or root owns it.
fn trusted_owner(path: &Path, meta: &std::fs::Metadata, what: &str) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let owner = meta.uid();
        if owner != current_uid() && owner != 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "{} is {what} owned by another user (uid {owner}); ssoctl does not write through it (remove it, or choose a file in a directory of your own)",
                    path.display()
                ),
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = (path, meta, what);
    Ok(())
}

/// Creates `dir` (and its parents) 0700 when it does not exist.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// A directory of this user's own under the temporary directory
/// (`ssoctl-{uid}`, 0700), for files with a default place there: another
/// user can neither pre-create a file in it nor read one. Refused when
/// someone else made it, or made it readable to others.
pub fn private_temp_dir() -> std::io::Result<PathBuf> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, MetadataExt};
        let uid = current_uid();
        let dir = std::env::temp_dir().join(format!("ssoctl-{uid}"));
        match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        let meta = std::fs::symlink_metadata(&dir)?;
        if !meta.is_dir() || meta.uid() != uid || meta.mode() & 0o077 != 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "{} is not a private directory of this user (owner uid {}, mode {:o}); remove it",
                    dir.display(),
                    meta.uid(),
                    meta.mode() & 0o7777
                ),
            ));
        }
        Ok(dir)
    }
    #[cfg(not(unix))]
    {
        Ok(std::env::temp_dir())
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn files_are_created_0600_and_replaced_files_become_0600() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("sub/new.json");
        write_atomic(&new, b"{}").unwrap();
        assert_eq!(mode(&new), 0o600);
        assert_eq!(mode(new.parent().unwrap()), 0o700);
        let old = dir.path().join("old.toml");
        std::fs::write(&old, "old").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_atomic(&old, b"new").unwrap();
        assert_eq!(
            (mode(&old), std::fs::read_to_string(&old).unwrap().as_str()),
            (0o600, "new")
        );
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 2, "no temporary file left behind: {left:?}");
    }

    #[test]
    fn the_temporary_file_is_opened_exclusively_and_never_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "untouched").unwrap();
        let (tmp, _) = create_temp(dir.path(), "trace.har").unwrap();
        let name = tmp.file_name().unwrap().to_str().unwrap().to_string();
        assert!(
            name.starts_with(".trace.har.") && name.len() > ".trace.har..tmp".len() + 20,
            "{name}"
        );
        // The same name again, planted as a file and as a symlink: refused.
        let planted = dir.path().join(".planted.tmp");
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        no_follow(&mut options);
        assert!(options.open(&planted).is_err());
        assert!(options.open(&tmp).is_err());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        let (second, _) = create_temp(dir.path(), "trace.har").unwrap();
        assert_ne!(second, tmp, "two temporary names are never the same");
    }

    #[test]
    fn a_symlink_of_another_user_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "untouched").unwrap();
        let link = dir.path().join("trace.har");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        // As root (CI), the link can be given to another user; otherwise
        // it stays ours, which is the deliberate case and is followed.
        let planted = std::os::unix::fs::lchown(&link, Some(65534), Some(65534)).is_ok();
        let outcome = write_atomic(&link, b"stolen");
        if planted {
            let e = outcome.unwrap_err();
            assert_eq!(e.kind(), std::io::ErrorKind::PermissionDenied);
            assert!(
                e.to_string()
                    .contains("a symlink owned by another user (uid 65534)"),
                "{e}"
            );
            assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
            assert_eq!(std::fs::symlink_metadata(&link).unwrap().uid(), 65534);
        } else {
            outcome.unwrap();
            assert_eq!(std::fs::read_to_string(&victim).unwrap(), "stolen");
        }
    }

    #[test]
    fn the_private_temp_dir_is_ours_and_closed() {
        let dir = private_temp_dir().unwrap();
        let meta = std::fs::metadata(&dir).unwrap();
        assert_eq!(meta.uid(), current_uid());
        assert_eq!(meta.mode() & 0o077, 0);
    }
}

//! Questions for the person at the terminal: dialoguer in real use; tests
//! inject their own [`Prompter`] (tests/suite/prompts.rs).

use crate::error::{CliError, Result};
use crate::secret::Secret;

pub type Validator<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

pub trait Prompter: Send {
    /// A line of text, asked again until `validate` accepts it.
    fn input(&mut self, prompt: &str, validate: Validator<'_>) -> Result<String> {
        self.input_default(prompt, None, validate)
    }
    /// The same, offering `default` (a correction of a value that was
    /// refused): an empty answer takes it.
    fn input_default(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        validate: Validator<'_>,
    ) -> Result<String>;
    /// A hidden line (secrets).
    fn secret(&mut self, prompt: &str) -> Result<Secret>;
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
}

pub struct TerminalPrompter;

fn prompt_error(e: dialoguer::Error) -> anyhow::Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            CliError::cancelled().into()
        }
        dialoguer::Error::IO(io) => CliError::general(format!("cannot prompt: {io}")).into(),
    }
}

impl Prompter for TerminalPrompter {
    fn input_default(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        validate: Validator<'_>,
    ) -> Result<String> {
        let mut input = dialoguer::Input::<String>::new().with_prompt(prompt);
        if let Some(default) = default {
            input = input.default(default.to_string()).show_default(true);
        }
        input
            .validate_with(|value: &String| validate(value.trim()))
            .interact_text()
            .map(|v| v.trim().to_string())
            .map_err(prompt_error)
    }

    fn secret(&mut self, prompt: &str) -> Result<Secret> {
        let value = dialoguer::Password::new()
            .with_prompt(prompt)
            .validate_with(|v: &String| {
                if v.trim().is_empty() {
                    Err("empty")
                } else {
                    Ok(())
                }
            })
            .interact()
            .map_err(prompt_error)?;
        Ok(Secret::new(value.trim()))
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(prompt_error)
    }
}

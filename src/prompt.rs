//! Questions for the person at the terminal: dialoguer in real use, a
//! scripted list of answers in tests.

use std::collections::VecDeque;

use crate::error::{CliError, Result};
use crate::secret::Secret;

pub type Validator<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

pub trait Prompter: Send {
    /// A line of text, asked again until `validate` accepts it.
    fn input(&mut self, prompt: &str, validate: Validator<'_>) -> Result<String>;
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
    fn input(&mut self, prompt: &str, validate: Validator<'_>) -> Result<String> {
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
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

/// Answers given in advance, in order; records the questions asked.
#[derive(Default)]
pub struct ScriptedPrompter {
    pub answers: VecDeque<String>,
    pub asked: Vec<String>,
}

impl ScriptedPrompter {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(answers: I) -> Self {
        ScriptedPrompter {
            answers: answers.into_iter().map(Into::into).collect(),
            asked: Vec::new(),
        }
    }

    fn next(&mut self, prompt: &str) -> Result<String> {
        self.asked.push(prompt.to_string());
        self.answers
            .pop_front()
            .ok_or_else(|| CliError::general(format!("no scripted answer for `{prompt}`")).into())
    }
}

impl Prompter for ScriptedPrompter {
    fn input(&mut self, prompt: &str, validate: Validator<'_>) -> Result<String> {
        loop {
            let answer = self.next(prompt)?;
            if validate(answer.trim()).is_ok() {
                return Ok(answer.trim().to_string());
            }
        }
    }

    fn secret(&mut self, prompt: &str) -> Result<Secret> {
        Ok(Secret::new(self.next(prompt)?))
    }

    fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool> {
        Ok(matches!(self.next(prompt)?.as_str(), "y" | "yes" | "true"))
    }
}

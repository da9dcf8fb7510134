//! Renderers: each turns the validated model into files, with minijinja templates from
//! `codegen/templates/`. None of them reads anything but the model.

use std::borrow::Cow;

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use crate::model::{Package, Register, Struct};
use crate::Error;

pub mod hwif;
pub mod markdown;
pub mod rust;
pub mod sv;
pub mod svd;

/// First line of every generated file, in the comment syntax of its language.
pub fn header(comment_open: &str, source: &str, comment_close: &str) -> String {
    format!(
        "{comment_open}Generated from {source} by codegen (`cargo xtask codegen`); do not edit.{comment_close}"
    )
}

/// The template environment every renderer uses: blocks trimmed, trailing newline kept,
/// undefined values are errors, and no auto-escaping (each renderer escapes for its own
/// language in Rust, before the template sees a string).
pub(crate) fn environment(
    templates: &[(&'static str, &'static str)],
) -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    for (name, source) in templates {
        env.add_template(name, source).map_err(|e| template_error(name, e))?;
    }
    Ok(env)
}

/// Render template `name` with `ctx`.
pub(crate) fn render_template(
    env: &Environment<'_>,
    name: &str,
    ctx: &impl Serialize,
) -> Result<String, Error> {
    env.get_template(name).and_then(|t| t.render(ctx)).map_err(|e| template_error(name, e))
}

pub(crate) fn template_error(name: &str, e: minijinja::Error) -> Error {
    Error::Render { template: name.to_string(), message: format!("{e:#}") }
}

/// The layout of a register as software sees it (validation guarantees the struct exists; a
/// model built by hand in a test may not): its struct, with the access tag of the register's
/// alias line on every non-reserved member (`Package::register_layout`).
pub(crate) fn register_struct<'a>(
    pkg: &'a Package,
    reg: &Register,
    template: &str,
) -> Result<Cow<'a, Struct>, Error> {
    pkg.register_layout(reg).ok_or_else(|| Error::Render {
        template: template.to_string(),
        message: format!("{}: register {} has no struct type {}_t", reg.loc, reg.name, reg.ty),
    })
}

//! Renderers: each turns the validated model into files, with minijinja templates from
//! `codegen/templates/`. None of them reads anything but the model.

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

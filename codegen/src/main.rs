//! `codegen [--regmaps DIR] [--root DIR] [--check]`: regenerate every file derived from the
//! register maps (the same as `cargo xtask codegen`, which runs from the workspace root).
//!
//! Exit status: 0 = done / up to date, 1 = `--check` found files out of date,
//! 2 = the register maps are invalid (one `file:line: error[rule]: message` per line) or a
//! file could not be read or written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use codegen::sync::{self, Mode};

#[derive(Parser)]
#[command(version, about = "Generate Rust, RTL, SVD and docs from regmaps/*.sv")]
struct Args {
    /// Folder with the register-map packages [default: <root>/regmaps].
    #[arg(long, value_name = "DIR")]
    regmaps: Option<PathBuf>,
    /// Workspace root; generated paths are relative to it.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Write nothing; exit 1 and list the files that are out of date.
    #[arg(long)]
    check: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    // `regmaps`, not `./regmaps`, so that diagnostics read `regmaps/x.sv:12: ...`.
    let regmaps = args.regmaps.unwrap_or_else(|| {
        if args.root == Path::new(".") {
            PathBuf::from("regmaps")
        } else {
            args.root.join("regmaps")
        }
    });
    let mode = if args.check { Mode::Check } else { Mode::Write };
    match sync::sync(&regmaps, &args.root, mode) {
        Ok(summary) => {
            println!("{summary}");
            for line in summary.change_lines() {
                println!("{line}");
            }
            if mode == Mode::Check && !summary.up_to_date() {
                println!("{}", sync::OUT_OF_DATE);
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

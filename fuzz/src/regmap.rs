//! The codegen front end on arbitrary register-map text: parse (`codegen::parse::parse_str`),
//! validate, render. Either every stage succeeds and the outputs are deterministic, or the
//! map is refused with diagnostics, each naming the file given, a line of the text (1 to
//! the number of lines + 1) and a rule, and printed as `file:line: error[rule]: message`.
//! Never a panic (the fuzz harness aborts on any panic, even one caught later).

use std::path::Path;

use codegen::{parse, validate, Error, Regmaps};

/// The file name the text is parsed as.
pub const FILE: &str = "regmaps/fuzz_pkg.sv";

/// Check one text. Panics on a violation.
pub fn check(text: &str) {
    let file = Path::new(FILE);
    let lines = text.lines().count() + 1;
    let diags = match parse::parse_str(file, text) {
        Ok(pkg) => {
            let maps = Regmaps { packages: vec![pkg] };
            match validate::validate(&maps) {
                Ok(()) => {
                    let out = match codegen::generate(&maps) {
                        Ok(out) => out,
                        Err(e) => panic!("a validated map does not render: {e}"),
                    };
                    assert!(!out.is_empty(), "a validated map renders to nothing");
                    let again = codegen::generate(&maps).map_err(|e| e.to_string());
                    assert_eq!(again.as_ref(), Ok(&out), "rendering is not deterministic");
                    return;
                }
                Err(d) => d,
            }
        }
        Err(Error::Regmap(d)) => d,
        Err(e) => panic!("parsing text gave an error that is not a diagnostic: {e}"),
    };
    assert!(!diags.0.is_empty(), "a refusal without a diagnostic");
    for d in &diags.0 {
        assert_eq!(d.loc.file, file, "diagnostic names another file: {d}");
        assert!((1..=lines).contains(&d.loc.line), "line {} outside 1..={lines}: {d}", d.loc.line);
        let shown = d.to_string();
        let head = format!("{FILE}:{}: error[{}]: ", d.loc.line, d.rule.name());
        assert!(shown.starts_with(&head), "diagnostic not in file:line: error[rule] form: {shown}");
        assert!(!d.message.trim().is_empty(), "diagnostic without a message: {shown}");
    }
}

/// Whether a panic raised at `file` (a source path) is sv-parser's own.
pub fn in_sv_parser(file: &str) -> bool {
    file.contains("/sv-parser")
}

/// Replace the panic hook: a panic raised inside sv-parser prints one line and unwinds to
/// our boundary (`codegen::parse` runs each file on its own thread and turns a thread that
/// panicked into a `syntax` diagnostic naming the file); any other panic prints and aborts,
/// as libFuzzer's hook does, so that it is reported as a crash.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let file = info.location().map(|l| l.file()).unwrap_or("");
        if in_sv_parser(file) {
            eprintln!("sv-parser panicked (caught by codegen): {info}");
            return;
        }
        eprintln!("{info}");
        eprintln!("{}", std::backtrace::Backtrace::force_capture());
        std::process::abort();
    }));
}

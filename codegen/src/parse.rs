//! SystemVerilog -> model.
//!
//! sv-parser checks the syntax and gives the tree; this module walks the package items the
//! conventions of `regmaps/README.md` allow (`typedef struct packed`, `typedef enum`,
//! `localparam`) and reads the *tokens* of their types and constant expressions. Expressions
//! are evaluated here with SystemVerilog operator precedence (sv-parser's tree for binary
//! expressions does not encode precedence). `//` comments are attached by line: a trailing
//! comment belongs to the declaration on its line, a block of whole-line comments directly
//! above a `package`, `typedef` or `localparam` is its description (for `package`, also the
//! file's opening block above the `` `resetall `` / `` `timescale `` / `` `default_nettype ``
//! preamble; those directives are blanked out before parsing, see `blank_preamble`).
//!
//! Problems the model cannot represent (syntax errors, unsupported constructs, unknown access
//! tags, type names without `_t`, ...) are reported here; everything else is left to
//! [`crate::validate`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use sv_parser::{
    DataDeclaration, DataType, DataTypeEnum, DataTypeStructUnion, Description, Iter,
    LocalParameterDeclaration, Locate, NodeEvent, PackageDeclaration, PackageItem,
    PackageOrGenerateItemDeclaration, RefNode, RefNodes, StructUnion, SyntaxTree, TypeDeclaration,
    VariableDeclAssignment, WhiteSpace,
};

use crate::diag::{Diagnostic, Diagnostics, Rule};
use crate::model::{
    Access, Alias, Block, ByteOrder, Const, Enum, Field, FieldKind, Loc, Package, RegArray,
    Register, Regmaps, Struct, Variant,
};
use crate::Error;

/// sv-parser is deeply recursive (especially in debug builds); parse on threads with a large
/// stack instead of the 2 MiB of test-harness and default spawned threads.
const STACK_SIZE: usize = 64 << 20;

/// Parse every `*.sv` file in `dir` (sorted by file name). Packages are sorted by name.
/// All problems of all files are reported together.
pub fn parse_dir(dir: &Path) -> Result<Regmaps, Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name();
        if Path::new(&name).extension().is_some_and(|e| e == "sv") {
            let path = dir.join(&name);
            if path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut jobs = Vec::with_capacity(files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(io(&path))?;
        jobs.push((path, text));
    }

    let mut packages = Vec::new();
    let mut diags = Vec::new();
    for ((path, _), result) in jobs.iter().zip(parse_all(&jobs)) {
        match result {
            Ok(pkg) => {
                let stem =
                    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                if stem != pkg.name {
                    diags.push(Diagnostic::new(
                        pkg.loc.clone(),
                        Rule::Naming,
                        format!("package `{}` must be in a file named `{}.sv`", pkg.name, pkg.name),
                    ));
                }
                packages.push(pkg);
            }
            Err(d) => diags.extend(d),
        }
    }
    packages.sort_by(|a, b| a.name.cmp(&b.name));
    let maps = Regmaps { packages };
    if !diags.is_empty() {
        // Report the rule violations of the files that did parse too, not just the first
        // problem: `load` validates only when parsing succeeded.
        if let Err(more) = crate::validate::validate(&maps) {
            diags.extend(more.0);
        }
        return Err(Error::Regmap(Diagnostics(sorted(diags))));
    }
    Ok(maps)
}

/// Parse one file's text (the one package it holds). `file` is only used for locations;
/// the file-name convention (`<name>.sv` for package `<name>`) is checked by [`parse_dir`].
pub fn parse_str(file: &Path, text: &str) -> Result<Package, Error> {
    let jobs = [(file.to_path_buf(), text.to_string())];
    match parse_all(&jobs).pop() {
        Some(Ok(pkg)) => Ok(pkg),
        Some(Err(d)) => Err(Error::Regmap(Diagnostics(sorted(d)))),
        None => Err(Error::Regmap(Diagnostics(vec![internal(file)]))),
    }
}

fn sorted(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort_by(|a, b| (&a.loc.file, a.loc.line).cmp(&(&b.loc.file, b.loc.line)));
    diags.dedup();
    diags
}

fn internal(file: &Path) -> Diagnostic {
    let loc = Loc { file: file.to_path_buf(), line: 1 };
    Diagnostic::new(loc, Rule::Syntax, "internal error: the parser thread failed")
}

type FileResult = Result<Package, Vec<Diagnostic>>;

/// Parse files on up to `available_parallelism` big-stack threads; results in job order.
fn parse_all(jobs: &[(PathBuf, String)]) -> Vec<FileResult> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, jobs.len().max(1));
    // Longest files first: parse time grows with the length, so this balances the workers.
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].1.len()));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let (path, text) = &jobs[i];
            done.push((i, parse_file(path, text)));
        }
        done
    };
    let mut results: Vec<Option<FileResult>> = jobs.iter().map(|_| None).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .filter_map(|_| {
                std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(s, work).ok()
            })
            .collect();
        if handles.is_empty() {
            // No thread could be spawned: parse here (the caller's stack may be smaller).
            for (i, r) in work() {
                results[i] = Some(r);
            }
        }
        for h in handles {
            if let Ok(done) = h.join() {
                for (i, r) in done {
                    results[i] = Some(r);
                }
            }
        }
    });
    results
        .into_iter()
        .zip(jobs)
        .map(|(r, (path, _))| r.unwrap_or_else(|| Err(vec![internal(path)])))
        .collect()
}

fn parse_file(file: &Path, text: &str) -> FileResult {
    let defines = HashMap::new();
    let includes: [PathBuf; 0] = [];
    let (clean, layout) = blank_preamble(text);
    let tree = match sv_parser::parse_sv_str(&clean, file, &defines, &includes, true, false) {
        Ok((tree, _)) => tree,
        Err(e) => return Err(vec![syntax_error(file, &clean, &e)]),
    };
    let comments = Comments::collect(&tree, layout);

    let mut diags = Vec::new();
    let mut packages = Vec::new();
    let source = tree.into_iter().find_map(|n| match n {
        RefNode::SourceText(s) => Some(s),
        _ => None,
    });
    if let Some(source) = source {
        for d in &source.nodes.2 {
            match d {
                Description::PackageDeclaration(p) => packages.push(p.as_ref()),
                Description::ResetallCompilerDirective(_) => {}
                other => {
                    let t = toks(&tree, other);
                    let line = t.first().map_or(1, |t| t.line);
                    diags.push(Diagnostic::new(
                        Loc { file: file.to_path_buf(), line },
                        Rule::Unsupported,
                        format!(
                            "only a package may appear at the top level (found `{}`)",
                            snippet(&t)
                        ),
                    ));
                }
            }
        }
    }
    let mut result = None;
    for (i, p) in packages.iter().enumerate() {
        let line = p.nodes.1.nodes.0.line as usize;
        if i > 0 {
            diags.push(Diagnostic::new(
                Loc { file: file.to_path_buf(), line },
                Rule::Unsupported,
                "one package per file: a second package is not supported",
            ));
            continue;
        }
        let mut b = Builder::new(&tree, file, &comments);
        b.package(p);
        let (pkg, d) = b.finish();
        diags.extend(d);
        result = Some(pkg);
    }
    match result {
        None if diags.is_empty() => Err(vec![Diagnostic::new(
            Loc { file: file.to_path_buf(), line: 1 },
            Rule::Unsupported,
            "the file declares no package",
        )]),
        Some(pkg) if diags.is_empty() => Ok(pkg),
        _ => Err(diags),
    }
}

fn syntax_error(file: &Path, text: &str, e: &sv_parser::Error) -> Diagnostic {
    let pos = match e {
        sv_parser::Error::Parse(Some((_, pos))) | sv_parser::Error::Preprocess(Some((_, pos))) => {
            Some(*pos)
        }
        _ => None,
    };
    let (line, message) = match pos {
        Some(pos) => {
            let pos = pos.min(text.len());
            let before = text.get(..pos).unwrap_or(text);
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let rest = text.get(pos..).unwrap_or("");
            let end = pos + rest.find('\n').unwrap_or(rest.len());
            let near = text.get(start..end).unwrap_or("").trim();
            (line, format!("not valid SystemVerilog (sv-parser stops here: `{near}`)"))
        }
        None => (1, format!("not valid SystemVerilog ({e})")),
    };
    Diagnostic::new(Loc { file: file.to_path_buf(), line }, Rule::Syntax, message)
}

// ----------------------------------------------------------------------------------------
// Tokens and comments

/// A non-whitespace token of the source.
#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    text: &'a str,
    line: usize,
}

/// The tokens of a node, comments and whitespace left out.
fn toks<'a, T: Into<RefNodes<'a>>>(tree: &'a dyn Source, node: T) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    let mut ws = 0usize;
    for ev in Iter::new(node.into()).event() {
        match ev {
            NodeEvent::Enter(RefNode::WhiteSpace(_)) => ws += 1,
            NodeEvent::Leave(RefNode::WhiteSpace(_)) => ws = ws.saturating_sub(1),
            NodeEvent::Enter(RefNode::Locate(l)) if ws == 0 => out.push(tok(tree, l)),
            _ => {}
        }
    }
    out
}

fn tok<'a>(tree: &'a dyn Source, l: &'a Locate) -> Tok<'a> {
    Tok { text: tree.text_of(l), line: l.line as usize }
}

/// The text behind a syntax tree. Structs here hold a `&dyn Source` rather than a
/// `&SyntaxTree`: rustdoc overflows its recursion limit deciding whether a struct holding
/// sv-parser's enormous tree type is `Send`.
trait Source {
    fn text_of<'a>(&'a self, l: &'a Locate) -> &'a str;
}

impl Source for SyntaxTree {
    fn text_of<'a>(&'a self, l: &'a Locate) -> &'a str {
        self.get_str(l).unwrap_or("")
    }
}

/// First token of a node (identifiers, keywords).
fn first<'a, T: Into<RefNodes<'a>>>(tree: &'a dyn Source, node: T) -> Tok<'a> {
    toks(tree, node).first().copied().unwrap_or(Tok { text: "", line: 1 })
}

/// A short quote of some tokens for messages.
fn snippet(t: &[Tok<'_>]) -> String {
    let mut s = t.iter().take(6).map(|t| t.text).collect::<Vec<_>>().join(" ");
    if t.len() > 6 {
        s.push_str(" ...");
    }
    s
}

struct LineComment {
    /// Text without `//` and one following space, trailing whitespace removed.
    text: String,
    /// Code precedes the comment on its line.
    trailing: bool,
}

/// The `//` comments of a file by line.
struct Comments {
    by_line: HashMap<usize, LineComment>,
    layout: Layout,
}

/// Lines (1-based) that hold nothing for the model.
#[derive(Default)]
struct Layout {
    /// Preamble directives (`` `resetall `` ...), see [`blank_preamble`].
    directives: HashSet<usize>,
    /// Empty or whitespace-only lines.
    blank: HashSet<usize>,
}

impl Comments {
    fn collect(tree: &SyntaxTree, layout: Layout) -> Comments {
        let mut by_line = HashMap::new();
        let mut last_code_line = 0usize;
        let mut ws = 0usize;
        for ev in tree.into_iter().event() {
            match ev {
                NodeEvent::Enter(RefNode::WhiteSpace(w)) => {
                    ws += 1;
                    if let WhiteSpace::Comment(c) = w {
                        let l = &c.nodes.0;
                        let raw = tree.get_str(l).unwrap_or("");
                        if let Some(body) = raw.strip_prefix("//") {
                            let body = body.strip_prefix(' ').unwrap_or(body).trim_end();
                            let line = l.line as usize;
                            by_line.entry(line).or_insert(LineComment {
                                text: body.to_string(),
                                trailing: last_code_line == line,
                            });
                        }
                    }
                }
                NodeEvent::Leave(RefNode::WhiteSpace(_)) => ws = ws.saturating_sub(1),
                NodeEvent::Enter(RefNode::Locate(l)) if ws == 0 => last_code_line = l.line as usize,
                _ => {}
            }
        }
        Comments { by_line, layout }
    }

    /// The block of whole-line `//` comments directly above `line`.
    fn above(&self, line: usize) -> String {
        let mut lines = Vec::new();
        let mut l = line;
        while l > 1 {
            l -= 1;
            match self.by_line.get(&l) {
                Some(c) if !c.trailing => lines.push(c.text.as_str()),
                _ => break,
            }
        }
        lines.reverse();
        let lines: Vec<&str> = lines.into_iter().filter(|l| !is_pragma(l)).collect();
        let start = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
        let end = lines.iter().rposition(|l| !l.trim().is_empty()).map_or(start, |i| i + 1);
        lines[start..end.max(start)].join("\n")
    }

    /// The package description: the comment block directly above `package`, or the one
    /// above the preamble directives (and blank lines around them) before `package`.
    fn above_package(&self, line: usize) -> String {
        let (mut l, mut directive) = (line, false);
        while l > 1 {
            let prev = l - 1;
            if self.layout.directives.contains(&prev) {
                directive = true;
            } else if !self.layout.blank.contains(&prev) {
                break;
            }
            l = prev;
        }
        self.above(if directive { l } else { line })
    }

    /// The first trailing comment on lines `from..=to`.
    fn trailing(&self, from: usize, to: usize) -> Option<&str> {
        (from..=to.max(from))
            .find_map(|l| self.by_line.get(&l).filter(|c| c.trailing).map(|c| c.text.as_str()))
    }
}

/// The preamble every RTL file carries (README: `` `resetall ``, `` `timescale ``,
/// `` `default_nettype ``), blanked out before sv-parser sees the text: they mean nothing to
/// the model, and sv-parser 0.13.5 mis-parses a package after `` `resetall `` (a member
/// named `line` is then rejected, as if it were the `` `line `` directive). Blanking keeps
/// every byte offset and line number. Returns the text and where the blanked and the blank
/// lines are.
fn blank_preamble(text: &str) -> (String, Layout) {
    const PREAMBLE: [&str; 5] =
        ["`resetall", "`timescale", "`default_nettype", "`celldefine", "`endcelldefine"];
    let mut out = String::with_capacity(text.len());
    let mut layout = Layout::default();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let t = line.trim_start();
        if t.is_empty() {
            layout.blank.insert(i + 1);
        }
        let directive = PREAMBLE.iter().any(|d| {
            t.strip_prefix(d).is_some_and(|rest| {
                !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            })
        });
        if directive {
            layout.directives.insert(i + 1);
            out.extend(line.chars().map(|c| if c == '\n' || c == '\r' { c } else { ' ' }));
        } else {
            out.push_str(line);
        }
    }
    (out, layout)
}

/// Tool directives in comments are not documentation.
fn is_pragma(text: &str) -> bool {
    let t = text.trim_start();
    ["verilator ", "lint_", "synopsys ", "pragma ", "spyglass ", "coverage "]
        .iter()
        .any(|p| t.starts_with(p))
}

// ----------------------------------------------------------------------------------------
// Package builder

#[derive(Clone, Copy, PartialEq, Eq)]
enum TypeKind {
    Enum,
    Struct,
}

/// A typedef seen so far.
#[derive(Clone)]
struct TypeDef {
    /// Model name (without `_t`).
    name: String,
    width: u32,
    kind: TypeKind,
}

/// A type as written in a member, localparam or enum base.
enum Ty {
    /// No type (`localparam X = 1;`).
    None,
    /// `logic`/`bit`/`reg`/implicit `[N:0]`, `int`, `byte`, ...: a plain number of this width.
    Bits(u32),
    /// A typedef of the package.
    Named(TypeDef),
}

type Problem = (usize, Rule, String);

struct Builder<'a> {
    tree: &'a dyn Source,
    file: &'a Path,
    comments: &'a Comments,
    diags: Vec<Diagnostic>,
    pkg: Package,
    /// Values of the localparams and enum members declared so far (one SV namespace).
    values: HashMap<String, u64>,
    /// Typedefs declared so far, by SystemVerilog name (`mode_t`).
    types: HashMap<String, TypeDef>,
}

impl<'a> Builder<'a> {
    fn new(tree: &'a dyn Source, file: &'a Path, comments: &'a Comments) -> Self {
        Builder {
            tree,
            file,
            comments,
            diags: Vec::new(),
            pkg: Package::default(),
            values: HashMap::new(),
            types: HashMap::new(),
        }
    }

    fn loc(&self, line: usize) -> Loc {
        Loc { file: self.file.to_path_buf(), line }
    }

    fn err(&mut self, line: usize, rule: Rule, message: impl Into<String>) {
        let loc = self.loc(line);
        self.diags.push(Diagnostic::new(loc, rule, message));
    }

    fn report(&mut self, (line, rule, message): Problem) {
        self.err(line, rule, message);
    }

    fn package(&mut self, p: &'a PackageDeclaration) {
        let (attrs, kw, lifetime, ident, _, timeunits, items, _, _) = &p.nodes;
        let line = kw.nodes.0.line as usize;
        let name = first(self.tree, ident).text.to_string();
        self.pkg.stem = match name.strip_suffix("_pkg") {
            Some(stem) if !stem.is_empty() => stem.to_string(),
            _ => {
                self.err(
                    line,
                    Rule::Naming,
                    format!("package `{name}` must be named `<stem>_pkg`"),
                );
                name.clone()
            }
        };
        self.pkg.name = name;
        self.pkg.doc = self.comments.above_package(line);
        self.pkg.loc = self.loc(line);
        if !attrs.is_empty() || lifetime.is_some() || timeunits.is_some() {
            self.err(
                line,
                Rule::Unsupported,
                "attributes, lifetimes and time units are not supported on a package",
            );
        }
        for (attrs, item) in items {
            let t = toks(self.tree, item);
            let line = t.first().map_or(line, |t| t.line);
            if !attrs.is_empty() {
                self.err(line, Rule::Unsupported, "attributes are not supported");
                continue;
            }
            let what = match item {
                PackageItem::PackageOrGenerateItemDeclaration(d) => match d.as_ref() {
                    PackageOrGenerateItemDeclaration::DataDeclaration(dd) => match dd.as_ref() {
                        DataDeclaration::TypeDeclaration(td) => {
                            self.typedef(td);
                            continue;
                        }
                        DataDeclaration::PackageImportDeclaration(_) => {
                            "`import` (older Yosys front ends reject it; refer to other packages' items \
                             by value)"
                        }
                        _ => "a variable or net declaration",
                    },
                    PackageOrGenerateItemDeclaration::LocalParameterDeclaration(lp) => {
                        self.localparam(&lp.0);
                        continue;
                    }
                    PackageOrGenerateItemDeclaration::Empty(_) => continue,
                    PackageOrGenerateItemDeclaration::FunctionDeclaration(_)
                    | PackageOrGenerateItemDeclaration::TaskDeclaration(_) => "a function or task",
                    PackageOrGenerateItemDeclaration::ParameterDeclaration(_) => {
                        "`parameter` in a package (write `localparam`)"
                    }
                    _ => "this declaration",
                },
                _ => "this declaration",
            };
            self.err(
                line,
                Rule::Unsupported,
                format!(
                    "{what} is not supported: a regmap package holds only `typedef struct packed`, \
                     `typedef enum` and `localparam` (found `{}`)",
                    snippet(&t)
                ),
            );
        }
    }

    fn typedef(&mut self, td: &'a TypeDeclaration) {
        let TypeDeclaration::DataType(t) = td else {
            let t = toks(self.tree, td);
            let line = t.first().map_or(1, |t| t.line);
            self.err(
                line,
                Rule::Unsupported,
                format!("`{}`: only struct and enum typedefs are supported", snippet(&t)),
            );
            return;
        };
        let (kw, data_type, ident, dims, _) = &t.nodes;
        let line = kw.nodes.0.line as usize;
        let id = first(self.tree, ident);
        let sv_name = id.text.to_string();
        let name = match sv_name.strip_suffix("_t") {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => {
                self.err(line, Rule::Naming, format!("type `{sv_name}` must be named `<name>_t`"));
                sv_name.clone()
            }
        };
        if !dims.is_empty() {
            self.err(
                line,
                Rule::Unsupported,
                format!("type `{sv_name}`: unpacked dimensions are not supported"),
            );
            return;
        }
        let doc = self.comments.above(line);
        match data_type {
            DataType::StructUnion(su) => self.structure(su, sv_name, name, doc, line),
            DataType::Enum(e) => self.enumeration(e, sv_name, name, doc, line),
            DataType::TypeReference(_) | DataType::ClassType(_) | DataType::Atom(_)
                if self.alias_target(data_type).is_some() =>
            {
                if let Some(target) = self.alias_target(data_type) {
                    self.alias(sv_name, name, target, doc, line);
                }
            }
            other => {
                let t = toks(self.tree, other);
                self.err(
                    line,
                    Rule::Unsupported,
                    format!(
                        "type `{sv_name}` = `{}`: only `typedef struct packed` and `typedef enum` are supported",
                        snippet(&t)
                    ),
                );
            }
        }
    }

    /// The struct typedef that a `typedef <x>_t <name>_t;` names, if `data_type` is one
    /// identifier naming a struct of this package.
    fn alias_target(&self, data_type: &'a DataType) -> Option<TypeDef> {
        let t = toks(self.tree, data_type);
        match t.as_slice() {
            [one] => self.types.get(one.text).filter(|td| td.kind == TypeKind::Struct).cloned(),
            _ => None,
        }
    }

    /// `typedef <target>_t <name>_t;  // <tag>: ...`: a register sharing `target`'s layout.
    fn alias(&mut self, sv_name: String, name: String, target: TypeDef, doc: String, line: usize) {
        let access = match self.comments.trailing(line, line).map(split_tag) {
            None | Some(Ok((None, _))) => None,
            Some(Ok((Some(a), _))) => Some(a),
            Some(Err(word)) => {
                self.err(line, Rule::AccessTag, format!("unknown access tag `{word}`"));
                None
            }
        };
        // Members and localparams of the alias type resolve to the shared struct.
        self.types.insert(sv_name, target.clone());
        self.pkg.aliases.push(Alias {
            name,
            target: target.name,
            access,
            doc,
            loc: self.loc(line),
        });
    }

    fn structure(
        &mut self,
        su: &'a DataTypeStructUnion,
        sv_name: String,
        name: String,
        doc: String,
        line: usize,
    ) {
        let (kind, packed, body, dims) = &su.nodes;
        if !matches!(kind, StructUnion::Struct(_)) {
            self.err(line, Rule::Unsupported, format!("`{sv_name}`: unions are not supported"));
            return;
        }
        match packed {
            None => {
                self.err(
                    line,
                    Rule::Unsupported,
                    format!("struct `{sv_name}` must be `struct packed`"),
                );
                return;
            }
            Some((_, Some(_))) => {
                self.err(
                    line,
                    Rule::Unsupported,
                    format!("struct `{sv_name}`: signed structs are not supported"),
                );
                return;
            }
            Some((_, None)) => {}
        }
        if !dims.is_empty() {
            self.err(
                line,
                Rule::Unsupported,
                format!("struct `{sv_name}`: packed dimensions are not supported"),
            );
            return;
        }
        let (first_member, rest) = &body.nodes.1;
        let mut declared: Vec<Field> = Vec::new();
        let mut ok = true;
        for m in std::iter::once(first_member).chain(rest) {
            let (attrs, random, dt, decls, semi) = &m.nodes;
            let ty_toks = toks(self.tree, dt);
            let m_line = ty_toks.first().map_or(line, |t| t.line);
            let end_line = semi.nodes.0.line as usize;
            if !attrs.is_empty() || random.is_some() {
                self.err(
                    m_line,
                    Rule::Unsupported,
                    "attributes and `rand` are not supported on members",
                );
                ok = false;
                continue;
            }
            let (width, kind) = match self.member_type(&ty_toks, m_line) {
                Ok(t) => t,
                Err(p) => {
                    self.report(p);
                    ok = false;
                    continue;
                }
            };
            let comment = self.comments.trailing(m_line, end_line).map(str::to_string);
            for decl in decls.nodes.0.contents() {
                let VariableDeclAssignment::Variable(v) = decl else {
                    let t = toks(self.tree, decl);
                    self.err(
                        m_line,
                        Rule::Unsupported,
                        format!("member `{}` is not supported", snippet(&t)),
                    );
                    ok = false;
                    continue;
                };
                let (vid, vdims, init) = &v.nodes;
                let id = first(self.tree, vid);
                if !vdims.is_empty() || init.is_some() {
                    self.err(
                        id.line,
                        Rule::Unsupported,
                        format!(
                            "member `{}`: unpacked dimensions and initializers are not supported",
                            id.text
                        ),
                    );
                    ok = false;
                    continue;
                }
                let (access, fdoc) = match comment.as_deref().map(split_tag) {
                    None => (None, String::new()),
                    Some(Ok((access, doc))) => (access, doc),
                    Some(Err(tag)) => {
                        self.err(
                            id.line,
                            Rule::AccessTag,
                            format!(
                                "member `{}`: unknown access tag `{tag}` (known: {})",
                                id.text,
                                Access::ALL.iter().map(|(t, _)| *t).collect::<Vec<_>>().join(", ")
                            ),
                        );
                        (None, String::new())
                    }
                };
                let name = id.text.to_string();
                declared.push(Field {
                    reserved: name == "rsvd" || name.starts_with("rsvd_"),
                    name,
                    lsb: 0,
                    width,
                    kind: kind.clone(),
                    access,
                    doc: fdoc,
                    loc: self.loc(id.line),
                });
            }
        }
        // The last member holds bit 0.
        let mut lsb: u64 = 0;
        let mut fields = Vec::with_capacity(declared.len());
        for mut f in declared.into_iter().rev() {
            match u32::try_from(lsb) {
                Ok(l) => f.lsb = l,
                Err(_) => ok = false,
            }
            lsb += u64::from(f.width);
            fields.push(f);
        }
        let width = match u32::try_from(lsb) {
            Ok(w) if ok => w,
            Ok(_) => 0,
            Err(_) => {
                self.err(line, Rule::Unsupported, format!("struct `{sv_name}` is too wide"));
                0
            }
        };
        // Registered even when a member failed (already reported) to avoid follow-up errors.
        self.types.insert(sv_name, TypeDef { name: name.clone(), width, kind: TypeKind::Struct });
        self.pkg.structs.push(Struct {
            name,
            width,
            bytes: None,
            doc,
            fields,
            loc: self.loc(line),
        });
    }

    /// Width and kind of a struct member's type.
    fn member_type(&mut self, t: &[Tok<'_>], line: usize) -> Result<(u32, FieldKind), Problem> {
        let ty = self.parse_type(t, line)?;
        match ty {
            Ty::Bits(w) if matches!(t.first().map(|t| t.text), Some("logic" | "bit" | "reg")) => {
                Ok((w, FieldKind::Bits))
            }
            Ty::Named(td) => Ok((
                td.width,
                match td.kind {
                    TypeKind::Enum => FieldKind::Enum(td.name),
                    TypeKind::Struct => FieldKind::Struct(td.name),
                },
            )),
            _ => Err((
                line,
                Rule::Unsupported,
                format!(
                    "member type `{}`: use `logic`, `logic [N-1:0]` or an enum/struct typedef of this package",
                    snippet(t)
                ),
            )),
        }
    }

    /// Parse a type from its tokens.
    fn parse_type(&self, t: &[Tok<'_>], line: usize) -> Result<Ty, Problem> {
        let unsupported =
            |msg: String| (t.first().map_or(line, |t| t.line), Rule::Unsupported, msg);
        let Some(head) = t.first() else { return Ok(Ty::None) };
        let mut i = 1;
        let skip_signing = |i: &mut usize| {
            if matches!(t.get(*i).map(|t| t.text), Some("signed" | "unsigned")) {
                *i += 1;
            }
        };
        let base = match head.text {
            "logic" | "bit" | "reg" => {
                skip_signing(&mut i);
                1
            }
            "int" | "integer" => {
                skip_signing(&mut i);
                32
            }
            "byte" => {
                skip_signing(&mut i);
                8
            }
            "shortint" => {
                skip_signing(&mut i);
                16
            }
            "longint" => {
                skip_signing(&mut i);
                64
            }
            "signed" | "unsigned" => 1,
            "[" => {
                i = 0;
                1
            }
            name if is_ident(name) => {
                if t.get(1).is_some_and(|t| t.text == "::") {
                    return Err(unsupported(format!(
                        "`{}`: types of other packages are not supported",
                        snippet(t)
                    )));
                }
                let Some(td) = self.types.get(name) else {
                    return Err(unsupported(format!(
                        "unknown type `{name}` (not an enum or struct typedef declared earlier in this package)"
                    )));
                };
                if t.len() > 1 {
                    return Err(unsupported(format!(
                        "`{}`: packed arrays of typedefs are not supported",
                        snippet(t)
                    )));
                }
                return Ok(Ty::Named(td.clone()));
            }
            _ => return Err(unsupported(format!("type `{}` is not supported", snippet(t)))),
        };
        if i < t.len() && base != 1 {
            return Err(unsupported(format!("type `{}` is not supported", snippet(t))));
        }
        let mut width: u64 = base;
        while i < t.len() {
            let mut ev = Eval { toks: t, pos: i, values: &self.values, ctx_width: None };
            let (msb, lsb) = ev.range().map_err(|(l, m)| (l, Rule::Unsupported, m))?;
            i = ev.pos;
            width = width.saturating_mul(msb.abs_diff(lsb) + 1);
        }
        match u32::try_from(width) {
            Ok(w) if w <= 1 << 20 => Ok(Ty::Bits(w)),
            _ => Err(unsupported(format!("type `{}` is too wide", snippet(t)))),
        }
    }

    fn enumeration(
        &mut self,
        e: &'a DataTypeEnum,
        sv_name: String,
        name: String,
        doc: String,
        line: usize,
    ) {
        let (_, base, body, dims) = &e.nodes;
        if !dims.is_empty() {
            self.err(
                line,
                Rule::Unsupported,
                format!("enum `{sv_name}`: packed dimensions are not supported"),
            );
            return;
        }
        let width = match base {
            None => 32,
            Some(b) => {
                let t = toks(self.tree, b);
                match self.parse_type(&t, line) {
                    Ok(Ty::Bits(w)) => w,
                    Ok(_) => {
                        self.err(
                            line,
                            Rule::Unsupported,
                            format!("enum `{sv_name}`: base type must be `logic [N-1:0]`"),
                        );
                        return;
                    }
                    Err(p) => {
                        self.report(p);
                        return;
                    }
                }
            }
        };
        let mut variants = Vec::new();
        let mut next: u64 = 0;
        for d in body.nodes.1.contents() {
            let (id, range, value) = &d.nodes;
            let all = toks(self.tree, d);
            let id = first(self.tree, id);
            let last_line = all.last().map_or(id.line, |t| t.line);
            if range.is_some() {
                self.err(
                    id.line,
                    Rule::Unsupported,
                    format!("enum member `{}`: ranges are not supported", id.text),
                );
                continue;
            }
            let value = match value {
                Some((_, expr)) => {
                    let t = toks(self.tree, expr);
                    match eval(&t, &self.values, Some(width), id.line) {
                        Ok(v) => v,
                        Err(p) => {
                            self.report(p);
                            continue;
                        }
                    }
                }
                None => {
                    self.err(
                        id.line,
                        Rule::EnumFit,
                        format!(
                            "enum member `{}` needs an explicit value (`= {width}'d{next}`)",
                            id.text
                        ),
                    );
                    next
                }
            };
            next = value.wrapping_add(1);
            self.values.insert(id.text.to_string(), value);
            variants.push(Variant {
                name: id.text.to_string(),
                short: String::new(),
                value,
                doc: self.comments.trailing(id.line, last_line).unwrap_or("").to_string(),
                loc: self.loc(id.line),
            });
        }
        let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
        let shorts = short_names(&names);
        for (v, s) in variants.iter_mut().zip(shorts) {
            v.short = s;
        }
        self.types.insert(sv_name, TypeDef { name: name.clone(), width, kind: TypeKind::Enum });
        self.pkg.enums.push(Enum { name, width, doc, variants, loc: self.loc(line) });
    }

    fn localparam(&mut self, lp: &'a LocalParameterDeclaration) {
        let LocalParameterDeclaration::Param(p) = lp else {
            let t = toks(self.tree, lp);
            let line = t.first().map_or(1, |t| t.line);
            self.err(line, Rule::Unsupported, "`localparam type` is not supported");
            return;
        };
        let (kw, dt, list) = &p.nodes;
        let kw_line = kw.nodes.0.line as usize;
        let ty_toks = toks(self.tree, dt);
        let width = match self.parse_type(&ty_toks, kw_line) {
            Ok(Ty::None) => None,
            Ok(Ty::Bits(w)) => Some(w),
            Ok(Ty::Named(td)) => Some(td.width),
            Err(p) => {
                self.report(p);
                return;
            }
        };
        for (i, pa) in list.nodes.0.contents().into_iter().enumerate() {
            let (id, udims, value) = &pa.nodes;
            let id = first(self.tree, id);
            if !udims.is_empty() {
                self.err(
                    id.line,
                    Rule::Unsupported,
                    format!("localparam `{}`: arrays are not supported", id.text),
                );
                continue;
            }
            let Some((_, expr)) = value else {
                self.err(
                    id.line,
                    Rule::Unsupported,
                    format!("localparam `{}` has no value", id.text),
                );
                continue;
            };
            let t = toks(self.tree, expr);
            let last_line = t.last().map_or(id.line, |t| t.line);
            let value = match eval(&t, &self.values, width, id.line) {
                Ok(v) => v,
                Err((line, rule, msg)) => {
                    self.err(line, rule, format!("localparam `{}`: {msg}", id.text));
                    continue;
                }
            };
            let doc = match self.comments.trailing(id.line, last_line) {
                Some(c) => c.to_string(),
                None if i == 0 => self.comments.above(kw_line),
                None => String::new(),
            };
            self.values.insert(id.text.to_string(), value);
            self.pkg.consts.push(Const {
                name: id.text.to_string(),
                value,
                width,
                doc,
                loc: self.loc(id.line),
            });
        }
    }

    /// Derive byte order, struct sizes and the register block from the localparams.
    fn finish(mut self) -> (Package, Vec<Diagnostic>) {
        let find = |pkg: &Package, n: &str| pkg.consts.iter().find(|c| c.name == n).cloned();
        if find(&self.pkg, "BIG_ENDIAN").is_some_and(|c| c.value == 1) {
            self.pkg.byte_order = ByteOrder::Big;
        }
        for i in 0..self.pkg.structs.len() {
            let upper = self.pkg.structs[i].name.to_ascii_uppercase();
            if let Some(c) = find(&self.pkg, &format!("{upper}_BYTES")) {
                match u32::try_from(c.value) {
                    Ok(b) => self.pkg.structs[i].bytes = Some(b),
                    Err(_) => self.err(
                        c.loc.line,
                        Rule::Unsupported,
                        format!("`{}` is too large", c.name),
                    ),
                }
            }
        }
        if let Some(rb) = find(&self.pkg, "REGBLOCK_BYTES") {
            let bus_bytes = match find(&self.pkg, "REGBLOCK_BUS_BYTES") {
                None => 4,
                Some(c) => u32::try_from(c.value).unwrap_or(u32::MAX),
            };
            let mut registers = Vec::new();
            // Register structs, then aliases (registers sharing a struct's layout).
            let width = |pkg: &Package, ty: &str| pkg.find_struct(ty).map_or(0, |s| s.width);
            let candidates: Vec<(String, String, Option<Access>, u32, String, Loc)> = self
                .pkg
                .structs
                .iter()
                .map(|s| {
                    (s.name.clone(), s.name.clone(), None, s.width, s.doc.clone(), s.loc.clone())
                })
                .chain(self.pkg.aliases.iter().map(|a| {
                    let w = width(&self.pkg, &a.target);
                    (a.name.clone(), a.target.clone(), a.access, w, a.doc.clone(), a.loc.clone())
                }))
                .collect();
            for (name, ty, access, width, doc, loc) in candidates {
                let upper = name.to_ascii_uppercase();
                let Some(offset) = find(&self.pkg, &format!("{upper}_OFFSET")) else { continue };
                let count = find(&self.pkg, &format!("{upper}_COUNT"));
                let stride = find(&self.pkg, &format!("{upper}_STRIDE"));
                let array = match (count, stride) {
                    (Some(c), Some(s)) => match u32::try_from(c.value) {
                        Ok(count) => Some(RegArray { count, stride: s.value }),
                        Err(_) => {
                            self.diags.push(Diagnostic::new(
                                c.loc.clone(),
                                Rule::Unsupported,
                                format!("`{}` is too large", c.name),
                            ));
                            None
                        }
                    },
                    _ => None,
                };
                registers.push(Register {
                    name,
                    ty,
                    access,
                    offset: offset.value,
                    bytes: width / 8,
                    array,
                    reset: find(&self.pkg, &format!("{upper}_RESET")).map_or(0, |c| c.value),
                    // The value and the other rules are checked by `validate` (naming).
                    hw_ext: find(&self.pkg, &format!("{upper}_HWEXT")).is_some(),
                    doc: doc.lines().next().unwrap_or("").trim().to_string(),
                    loc,
                });
            }
            registers.sort_by_key(|r| r.offset);
            self.pkg.block = Some(Block {
                name: self.pkg.stem.clone(),
                bytes: rb.value,
                bus_bytes,
                registers,
                loc: rb.loc.clone(),
            });
        }
        (self.pkg, self.diags)
    }
}

/// Split a member comment into access tag and description. `Err(word)` for a tag-shaped
/// word (`rwx:`) that is not a known tag.
fn split_tag(comment: &str) -> Result<(Option<Access>, String), String> {
    if let Some((head, rest)) = comment.split_once(':') {
        let word = head.trim();
        let tag_shaped = word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        // `https://...` is not a tag.
        if tag_shaped && !rest.starts_with("//") {
            return match Access::from_tag(word) {
                Some(a) => Ok((Some(a), rest.trim().to_string())),
                None => Err(word.to_string()),
            };
        }
    }
    Ok((None, comment.trim().to_string()))
}

fn is_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Enum member names with their common upper-case prefix (up to an `_`) removed. A name
/// whose remainder would not be an identifier (`1LVL`) keeps one more leading word
/// (`MODE_1LVL`).
pub(crate) fn short_names(names: &[&str]) -> Vec<String> {
    let Some(first) = names.first() else { return Vec::new() };
    let mut lcp = first.len();
    for n in &names[1..] {
        lcp = lcp.min(first.bytes().zip(n.bytes()).take_while(|(a, b)| a == b).count());
    }
    let prefix = first.get(..lcp).and_then(|p| p.rfind('_')).map_or(0, |i| i + 1);
    let valid = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    names
        .iter()
        .map(|n| {
            let mut cut = prefix;
            loop {
                let rest = n.get(cut..).unwrap_or(n);
                if cut == 0 || valid(rest) {
                    break rest.to_string();
                }
                cut = n.get(..cut - 1).and_then(|p| p.rfind('_')).map_or(0, |i| i + 1);
            }
        })
        .collect()
}

// ----------------------------------------------------------------------------------------
// Constant expressions

/// Evaluate a whole constant expression.
fn eval(
    t: &[Tok<'_>],
    values: &HashMap<String, u64>,
    ctx_width: Option<u32>,
    line: usize,
) -> Result<u64, Problem> {
    let fail = |(l, m): (usize, String)| (l, Rule::Unsupported, m);
    if t.is_empty() {
        return Err((line, Rule::Unsupported, "missing value".into()));
    }
    let mut ev = Eval { toks: t, pos: 0, values, ctx_width };
    let v = ev.expr(0).map_err(fail)?;
    if let Some(extra) = t.get(ev.pos) {
        return Err((
            extra.line,
            Rule::Unsupported,
            format!("unexpected `{}` in a constant expression", extra.text),
        ));
    }
    u64::try_from(v)
        .map_err(|_| (line, Rule::Unsupported, "value does not fit in 64 bits".to_string()))
}

struct Eval<'t, 'v> {
    toks: &'t [Tok<'t>],
    pos: usize,
    values: &'v HashMap<String, u64>,
    /// Width of the destination, for `'1`.
    ctx_width: Option<u32>,
}

type EvalResult<T> = Result<T, (usize, String)>;

fn binop_prec(op: &str) -> Option<u8> {
    Some(match op {
        "*" | "/" | "%" => 5,
        "+" | "-" => 4,
        "<<" | ">>" | "<<<" | ">>>" => 3,
        "&" => 2,
        "^" => 1,
        "|" => 0,
        _ => return None,
    })
}

fn apply(op: &str, a: u128, b: u128) -> Option<u128> {
    match op {
        "*" => a.checked_mul(b),
        "/" => a.checked_div(b),
        "%" => a.checked_rem(b),
        "+" => a.checked_add(b),
        "-" => a.checked_sub(b),
        "<<" | "<<<" => {
            if a == 0 {
                Some(0)
            } else {
                let s = u32::try_from(b).ok().filter(|s| *s < 128)?;
                let r = a << s;
                (r >> s == a).then_some(r)
            }
        }
        ">>" | ">>>" => Some(u32::try_from(b).ok().filter(|s| *s < 128).map_or(0, |s| a >> s)),
        "&" => Some(a & b),
        "^" => Some(a ^ b),
        "|" => Some(a | b),
        _ => None,
    }
}

/// `'h`, `'sd`, `'B`, ...
fn base_radix(t: &str) -> Option<u32> {
    let rest = t.strip_prefix('\'')?;
    let rest = rest.strip_prefix(['s', 'S']).unwrap_or(rest);
    match rest {
        "h" | "H" => Some(16),
        "d" | "D" => Some(10),
        "o" | "O" => Some(8),
        "b" | "B" => Some(2),
        _ => None,
    }
}

fn digits(s: &str, radix: u32) -> Option<u128> {
    let mut v: u128 = 0;
    let mut any = false;
    for c in s.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(radix)?;
        v = v.checked_mul(u128::from(radix))?.checked_add(u128::from(d))?;
        any = true;
    }
    any.then_some(v)
}

impl<'t> Eval<'t, '_> {
    fn line(&self) -> usize {
        self.toks.get(self.pos).or(self.toks.last()).map_or(1, |t| t.line)
    }

    fn next(&mut self) -> EvalResult<Tok<'t>> {
        let t = self
            .toks
            .get(self.pos)
            .copied()
            .ok_or_else(|| (self.line(), "incomplete expression".to_string()))?;
        self.pos += 1;
        Ok(t)
    }

    fn expect(&mut self, s: &str) -> EvalResult<()> {
        let line = self.line();
        match self.next() {
            Ok(t) if t.text == s => Ok(()),
            Ok(t) => Err((t.line, format!("expected `{s}`, found `{}`", t.text))),
            Err(_) => Err((line, format!("expected `{s}`"))),
        }
    }

    /// `[msb:lsb]`
    fn range(&mut self) -> EvalResult<(u64, u64)> {
        self.expect("[")?;
        let msb = self.expr(0)?;
        self.expect(":")?;
        let lsb = self.expr(0)?;
        self.expect("]")?;
        let line = self.line();
        let fit =
            |v: u128| u64::try_from(v).map_err(|_| (line, "range bound too large".to_string()));
        Ok((fit(msb)?, fit(lsb)?))
    }

    fn expr(&mut self, min_prec: u8) -> EvalResult<u128> {
        let mut lhs = self.primary()?;
        while let Some(t) = self.toks.get(self.pos).copied() {
            let Some(prec) = binop_prec(t.text) else { break };
            if prec < min_prec {
                break;
            }
            self.pos += 1;
            let rhs = self.expr(prec + 1)?;
            lhs = apply(t.text, lhs, rhs).ok_or_else(|| {
                (t.line, format!("`{}` overflows, goes negative or divides by zero", t.text))
            })?;
        }
        Ok(lhs)
    }

    fn primary(&mut self) -> EvalResult<u128> {
        let t = self.next()?;
        let (line, text) = (t.line, t.text);
        if text == "(" {
            let v = self.expr(0)?;
            self.expect(")")?;
            return Ok(v);
        }
        if text == "{" {
            return self.concatenation(line);
        }
        if text.starts_with(|c: char| c.is_ascii_digit()) {
            let n = digits(text, 10)
                .ok_or_else(|| (line, format!("number `{text}` is not supported")))?;
            // Size cast `N'(expr)`: unlike SystemVerilog, a value that does not fit is an
            // error, not silently truncated.
            if self.toks.get(self.pos).is_some_and(|t| t.text == "'")
                && self.toks.get(self.pos + 1).is_some_and(|t| t.text == "(")
            {
                self.pos += 2;
                let v = self.expr(0)?;
                self.expect(")")?;
                let fits = n >= 128 || v >> n == 0;
                return if fits && n > 0 {
                    Ok(v)
                } else {
                    Err((line, format!("{v:#x} does not fit the {n}-bit cast `{n}'(...)`")))
                };
            }
            if let Some(radix) = self.toks.get(self.pos).and_then(|b| base_radix(b.text)) {
                self.pos += 1;
                if n == 0 {
                    return Err((line, "a literal cannot be zero bits wide".into()));
                }
                return self.based(radix);
            }
            return Ok(n);
        }
        if let Some(radix) = base_radix(text) {
            return self.based(radix);
        }
        match text {
            "'0" => return Ok(0),
            "'1" => {
                return match self.ctx_width {
                    Some(w) if w <= 64 => {
                        Ok(if w == 64 { u128::from(u64::MAX) } else { (1u128 << w) - 1 })
                    }
                    _ => Err((line, "`'1` needs a declared width of at most 64 bits".into())),
                }
            }
            _ => {}
        }
        if is_ident(text) {
            if self.toks.get(self.pos).is_some_and(|t| t.text == "::") {
                return Err((
                    line,
                    format!("`{text}::`: items of other packages are not supported"),
                ));
            }
            if self.toks.get(self.pos).is_some_and(|t| t.text == "(") {
                return Err((line, format!("`{text}(...)`: function calls are not supported")));
            }
            return self.values.get(text).map(|v| u128::from(*v)).ok_or_else(|| {
                (line, format!("`{text}` is not a localparam or enum member declared earlier in this package"))
            });
        }
        Err((line, format!("`{text}` is not supported in a constant expression (use literals, localparams, + - * << >> | & and parentheses)")))
    }

    /// `{a, b, ...}` where every item has a width: `N'(expr)` or a sized literal `N'hX`.
    /// The first item is the most significant, as in a packed struct.
    fn concatenation(&mut self, line: usize) -> EvalResult<u128> {
        let mut acc: u128 = 0;
        let mut total: u32 = 0;
        loop {
            let item = self.next()?;
            let width =
                digits(item.text, 10).filter(|w| (1..=64).contains(w)).ok_or_else(|| {
                    (
                        item.line,
                        format!(
                            "`{}`: concatenation items need a width (`N'(x)` or `N'h..`)",
                            item.text
                        ),
                    )
                })?;
            self.pos -= 1;
            let v = self.primary()?;
            let width = width as u32;
            if v >> width != 0 {
                return Err((item.line, format!("{v:#x} does not fit {width} bits")));
            }
            total += width;
            if total > 128 {
                return Err((line, "concatenation wider than 128 bits".into()));
            }
            acc = (acc << width) | v;
            let sep = self.next()?;
            match sep.text {
                "," => continue,
                "}" => return Ok(acc),
                other => {
                    return Err((
                        sep.line,
                        format!("expected `,` or `}}` in a concatenation, found `{other}`"),
                    ))
                }
            }
        }
    }

    /// The value token after a base (`'h` `dead_beef`).
    fn based(&mut self, radix: u32) -> EvalResult<u128> {
        let t = self.next()?;
        digits(t.text, radix).ok_or_else(|| {
            (t.line, format!("`{}` is not a constant number in base {radix}", t.text))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_strip_the_common_prefix() {
        assert_eq!(short_names(&["IOMMU_MODE_OFF", "IOMMU_MODE_LVL1"]), ["OFF", "LVL1"]);
        assert_eq!(short_names(&["MODE_OFF", "MODE_1LVL"]), ["OFF", "MODE_1LVL"]);
        assert_eq!(short_names(&["DDTP_MODE_1LVL", "DDTP_MODE_2LVL"]), ["MODE_1LVL", "MODE_2LVL"]);
        assert_eq!(short_names(&["A_1", "A_2"]), ["A_1", "A_2"]);
        assert_eq!(short_names(&["ALPHA", "BETA"]), ["ALPHA", "BETA"]);
        assert_eq!(short_names(&["FMT_TYPE_MRD", "FMT_TYPE_MWR"]), ["MRD", "MWR"]);
        assert_eq!(short_names(&["IOFENCE_FUNC3_C"]), ["C"]);
        assert!(short_names(&[]).is_empty());
    }

    #[test]
    fn member_comment_tags() {
        assert_eq!(split_tag("rw: enable"), Ok((Some(Access::Rw), "enable".into())));
        assert_eq!(split_tag("rw1c : sticky"), Ok((Some(Access::Rw1c), "sticky".into())));
        assert_eq!(split_tag("plain description"), Ok((None, "plain description".into())));
        assert_eq!(split_tag("see spec: 3.1"), Ok((None, "see spec: 3.1".into())));
        assert_eq!(split_tag("https://example.com"), Ok((None, "https://example.com".into())));
        assert_eq!(split_tag("rwx: what"), Err("rwx".into()));
    }

    fn tokens(s: &str) -> Vec<Tok<'_>> {
        s.split_whitespace().map(|text| Tok { text, line: 1 }).collect()
    }

    #[test]
    fn expressions_follow_sv_precedence() {
        let mut values = HashMap::new();
        values.insert("BASE".to_string(), 0x40);
        let ev =
            |s: &str, w: Option<u32>| eval(&tokens(s), &values, w, 1).map_err(|(_, r, m)| (r, m));
        assert_eq!(ev("1 + 2 * 3", None), Ok(7));
        assert_eq!(ev("8 ' ( BASE )", None), Ok(0x40));
        assert_eq!(ev("32 ' ( ( BASE << 20 ) | 1 )", None), Ok(0x0400_0001));
        assert!(ev("4 ' ( BASE )", None).is_err());
        assert_eq!(ev("{ 12 ' ( BASE ) , 4 'd 2 , 16 'h 0001 }", None), Ok(0x0402_0001));
        assert!(ev("{ BASE , 4 'd 2 }", None).is_err(), "unsized items have no width");
        assert!(ev("{ 4 'd 17 }", None).is_err(), "17 does not fit 4 bits");
        assert_eq!(ev("( 1 + 2 ) * 3", None), Ok(9));
        assert_eq!(ev("1 << 4 - 1", None), Ok(8));
        assert_eq!(ev("BASE + 'h 10 | 1", None), Ok(0x51));
        assert_eq!(ev("12 'h 0_1_0 & 8 'b 1111_0000", None), Ok(0x10));
        assert_eq!(ev("64 'h FFFF_FFFF_FFFF_FFFF", None), Ok(u64::MAX));
        assert_eq!(ev("'1", Some(12)), Ok(0xfff));
        assert_eq!(ev("'0", None), Ok(0));
        assert_eq!(ev("'d 5 % 3 ^ 3", None), Ok(1));
        assert!(ev("1 - 2", None).is_err());
        assert!(ev("'1", None).is_err());
        assert!(ev("4 'h x", None).is_err());
        assert!(ev("OTHER", None).is_err());
        assert!(ev("1 2", None).is_err());
        assert!(ev("1 <<", None).is_err());
        assert!(ev("1 << 64", None).is_err());
    }
}

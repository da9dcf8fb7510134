//! Build script of the co-simulation: verilates every simulation top of `hw/rtl_files.f`
//! (`// sim-top: <module>`), generates the pin tables and the `extern "C"` shim from the
//! ports Verilator reports, and compiles models, shims and the Verilator runtime with `cc`.
//!
//! * Verilator: `$VERILATOR` (with `$VERILATOR_ROOT`) as `cargo xtask` sets them, else the
//!   pinned copy that `cargo xtask tools` installs under `.tools/venv`, else `verilator` on
//!   `PATH`.
//! * Pins: Verilator's model header declares every top-level port as
//!   `VL_IN8(&name,msb,lsb);` ... `VL_OUTW(&name,msb,lsb,words);`. That list is the only
//!   description of the pins: the Rust pin tables (`templates/tops.rs.j2`) and the C++ shim
//!   (`templates/shim.cpp.j2`) are both rendered from it, so they cannot disagree. Pins cross
//!   the FFI as arrays of 32-bit words (a pin takes `ceil(width / 32)` words at the offset its
//!   table entry gives), so the Rust side binds pins to models by name once and then reads and
//!   writes words. The clock `clk_i` is not a pin: the shim toggles it.
//! * Pins typed `<stem>_reg2hw_t` / `<stem>_hw2reg_t` in the top's source are the hardware
//!   interface of a generated register block; the tables name the layout
//!   (`crate::gen::<stem>_hwif::HWIF`).
//! * One FFI call per clock cycle (`step`): apply the inputs, evaluate with the clock low,
//!   copy the outputs (the values the rising edge will see), raise the clock, evaluate; the
//!   returned status says whether the design printed, failed an assertion ($error, $stop,
//!   $fatal) or finished.
//! * Verilator options: assertions compiled in (`--assert`); initial values and X assignments
//!   `unique`, so that one build runs with zero initial values (the default) or random ones
//!   chosen at run time from a seed (`Config::random_init`).
//! * Everything Verilator prints goes through `csrc/cosim_print.cpp` (`VL_PRINTF`), captured
//!   per thread, so that an assertion message reaches the Rust error instead of stdout.
//! * Unchanged RTL is not re-verilated: Cargo reruns this script only when a listed source,
//!   the list, this script, a template or the Verilator location changes, and even then a
//!   stamp (a hash of the sources, the Verilator version, the flags and the templates) skips
//!   both Verilator and the C++ compiler when nothing that matters changed.
//! * `COSIM_MODEL_BUILD` (compile-time environment of the crate) reports how long verilating
//!   and compiling took.
//! * Parameter variants, for benchmarks only: `COSIM_TOP_VARIANTS="top:PARAM=VALUE ..."`
//!   (whitespace-separated) adds one more model per entry, the simulation top `top` verilated
//!   with `-GPARAM=VALUE`, named `<top>_<param>_<value>` (lower case; e.g.
//!   `iommu_sim_top_iotlb_entries_16`). Unset (the normal build), nothing more is built.

use std::collections::hash_map::DefaultHasher;
use std::env;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde::Serialize;

/// The clock input every simulation top must have; the shim drives it.
const CLOCK: &str = "clk_i";

/// Verilator options of every model (besides `--cc`, the top and the output folder).
const VERILATOR_FLAGS: &[&str] =
    &["--trace-fst", "-O3", "--assert", "--x-assign", "unique", "--x-initial", "unique"];

/// C++ files of the Verilator runtime that the models need (relative to `include/`).
const RUNTIME: &[&str] = &[
    "verilated.cpp",
    "verilated_threads.cpp",
    "verilated_fst_c.cpp",
    "fstcpp/fstcpp_writer.cpp",
    "fstcpp/fstcpp_variable_info.cpp",
];

const SHIM_TEMPLATE: &str = include_str!("templates/shim.cpp.j2");
const TOPS_TEMPLATE: &str = include_str!("templates/tops.rs.j2");
const PRINT_H: &str = include_str!("csrc/cosim_print.h");
const PRINT_CPP: &str = include_str!("csrc/cosim_print.cpp");

/// What the build script can fail on.
#[derive(Debug, thiserror::Error)]
enum BuildError {
    #[error("environment variable {0} is not set (run the build through cargo)")]
    Env(&'static str),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    FileList(#[from] rtl_filelist::Error),
    #[error("{} names no `// sim-top:` module", rtl_filelist::FILE_LIST)]
    NoSimTop,
    #[error(
        "cannot run Verilator ({program}: {source}); run `cargo xtask tools` (installs the \
         pinned Verilator) or set VERILATOR and VERILATOR_ROOT"
    )]
    NoVerilator { program: String, source: std::io::Error },
    #[error("`{program} {args}` failed:\n{output}")]
    Tool { program: String, args: String, output: String },
    #[error("{}: no include/verilated.h (VERILATOR_ROOT)", .0.display())]
    VerilatorRoot(PathBuf),
    #[error("{}:{line}: {what}", header.display())]
    Header { header: PathBuf, line: usize, what: String },
    #[error("{}: the top has no 1-bit input `{CLOCK}`", .0.display())]
    NoClock(PathBuf),
    #[error("no file of {list} declares `module {top}`", list = rtl_filelist::FILE_LIST)]
    NoModule { top: String },
    #[error("rendering {template}: {source}")]
    Template { template: &'static str, source: minijinja::Error },
    #[error("{VARIANTS_ENV}: `{0}`: {1}")]
    Variant(String, &'static str),
    #[error("compiling {what}: {source}")]
    Compile { what: String, source: cc::Error },
}

type Result<T, E = BuildError> = std::result::Result<T, E>;

fn io<T>(path: &Path, r: std::io::Result<T>) -> Result<T> {
    r.map_err(|source| BuildError::Io { path: path.to_path_buf(), source })
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: cosim build script: {e}");
        std::process::exit(1);
    }
}

struct Verilator {
    program: PathBuf,
    root: PathBuf,
    version: String,
}

/// One port of a top, as Verilator declares it.
#[derive(Clone, Debug, Serialize)]
struct Port {
    name: String,
    #[serde(skip)]
    input: bool,
    /// Bits (msb - lsb + 1).
    width: u32,
    /// 32-bit words the pin takes in the FFI arrays.
    words: u32,
    /// First word in the FFI array of its direction.
    word: u32,
    /// Verilator stores it as `VlWide` (wider than 64 bits).
    wide: bool,
    /// Mask of the used bits of the last word (of the whole value for 33..64 bits), as C
    /// hex digits.
    mask: String,
}

/// A pin typed as a register block's hardware interface.
#[derive(Clone, Debug, Serialize)]
struct HwifPin {
    pin: String,
    stem: String,
    reg2hw: bool,
}

#[derive(Serialize)]
struct TopCtx {
    name: String,
    inputs: Vec<Port>,
    outputs: Vec<Port>,
    input_words: u32,
    output_words: u32,
    hwif: Vec<HwifPin>,
}

fn run() -> Result<()> {
    let manifest = PathBuf::from(
        env::var("CARGO_MANIFEST_DIR").map_err(|_| BuildError::Env("CARGO_MANIFEST_DIR"))?,
    );
    let root = manifest.parent().ok_or(BuildError::Env("CARGO_MANIFEST_DIR"))?.to_path_buf();
    let out = PathBuf::from(env::var("OUT_DIR").map_err(|_| BuildError::Env("OUT_DIR"))?);

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=csrc");
    println!("cargo:rerun-if-changed={}", root.join(rtl_filelist::FILE_LIST).display());
    println!("cargo:rerun-if-env-changed=VERILATOR");
    println!("cargo:rerun-if-env-changed=VERILATOR_ROOT");
    println!("cargo:rerun-if-env-changed={VARIANTS_ENV}");

    let list = rtl_filelist::FileList::load(&root)?;
    for f in &list.files {
        println!("cargo:rerun-if-changed={}", root.join(f).display());
    }
    if list.sim_tops.is_empty() {
        return Err(BuildError::NoSimTop);
    }
    let verilator = find_verilator(&root)?;
    let print_h = manifest.join("csrc/cosim_print.h");

    // What changes the C++ of the runtime: the Verilator version, the flags of every C++
    // compile, the print capture.
    let mut runtime_hasher = DefaultHasher::new();
    verilator.version.hash(&mut runtime_hasher);
    PRINT_H.hash(&mut runtime_hasher);
    PRINT_CPP.hash(&mut runtime_hasher);
    // This script sets the C++ flags (base_build).
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/build.rs")).hash(&mut runtime_hasher);

    // What changes a model: the above, the Verilator flags, the templates, the sources.
    let mut hasher = runtime_hasher.clone();
    VERILATOR_FLAGS.hash(&mut hasher);
    SHIM_TEMPLATE.hash(&mut hasher);
    TOPS_TEMPLATE.hash(&mut hasher);
    for f in &list.files {
        f.hash(&mut hasher);
        io(&root.join(f), fs::read(root.join(f)))?.hash(&mut hasher);
    }

    let mut models: Vec<Variant> = list
        .sim_tops
        .iter()
        .map(|t| Variant { name: t.clone(), module: t.clone(), params: Vec::new() })
        .collect();
    models.extend(variants(&list.sim_tops, env::var(VARIANTS_ENV).ok().as_deref())?);
    let mut tops = Vec::new();
    let mut report = Vec::new();
    for Variant { name: top, module, params } in &models {
        let mut h = hasher.clone();
        top.hash(&mut h);
        module.hash(&mut h);
        params.hash(&mut h);
        let key = format!("{:016x}", h.finish());
        let dir = out.join(top);
        let stamp = dir.join("stamp");
        let lib = format!("cosim_{top}");
        let header = dir.join("obj").join(format!("V{top}.h"));
        let cached = fs::read_to_string(&stamp).ok();
        let (ctx, times) = match cached.as_deref().and_then(|s| s.split_once('\n')) {
            Some((k, times)) if k == key && out.join(format!("lib{lib}.a")).is_file() => (
                top_context(&root, &list, top, module, &header)?,
                format!("{} (cached)", times.trim()),
            ),
            _ => {
                let _ = fs::remove_dir_all(&dir);
                io(&dir, fs::create_dir_all(&dir))?;
                let t0 = Instant::now();
                verilate(&verilator, &root, top, module, params, &dir.join("obj"))?;
                let verilate_s = t0.elapsed().as_secs_f64();
                let ctx = top_context(&root, &list, top, module, &header)?;
                let shim = dir.join(format!("{top}_shim.cpp"));
                io(&shim, fs::write(&shim, render_shim(&ctx)?))?;
                let t1 = Instant::now();
                compile_model(&verilator, &print_h, top, &dir.join("obj"), &shim, &lib)?;
                let times = format!(
                    "{top}: verilate {verilate_s:.1} s, C++ {:.1} s",
                    t1.elapsed().as_secs_f64()
                );
                io(&stamp, fs::write(&stamp, format!("{key}\n{times}\n")))?;
                (ctx, times)
            }
        };
        tops.push(ctx);
        println!("cargo:rustc-link-search=native={}", out.display());
        println!("cargo:rustc-link-lib=static={lib}");
        report.push(times);
    }

    // The runtime (with the print capture) is shared by all models.
    let runtime_key = format!("{:016x}", runtime_hasher.finish());
    let runtime_stamp = out.join("runtime.stamp");
    let t0 = Instant::now();
    if fs::read_to_string(&runtime_stamp).ok().as_deref() != Some(runtime_key.as_str())
        || !out.join("libcosim_verilated_runtime.a").is_file()
    {
        compile_runtime(&verilator, &print_h, &manifest.join("csrc/cosim_print.cpp"))?;
        io(&runtime_stamp, fs::write(&runtime_stamp, &runtime_key))?;
        report.push(format!("runtime: C++ {:.1} s", t0.elapsed().as_secs_f64()));
    } else {
        report.push("runtime: cached".to_string());
    }
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=cosim_verilated_runtime");
    println!("cargo:rustc-link-lib=dylib=stdc++");
    println!("cargo:rustc-env=COSIM_MODEL_BUILD={}", report.join("; "));
    println!("cargo:rustc-env=COSIM_VERILATOR_VERSION={}", verilator.version);

    let rust = render_tops(&tops)?;
    let path = out.join("verilated_tops.rs");
    io(&path, fs::write(&path, rust))?;
    Ok(())
}

fn find_verilator(root: &Path) -> Result<Verilator> {
    let (program, root_dir) = if let Some(p) = env::var_os("VERILATOR") {
        let vroot = env::var_os("VERILATOR_ROOT").map(PathBuf::from);
        (PathBuf::from(p), vroot)
    } else if let Some(p) = venv_verilator(root) {
        let vroot = p.parent().and_then(Path::parent).map(Path::to_path_buf);
        (p, vroot)
    } else {
        (PathBuf::from("verilator"), None)
    };
    let mut cmd = Command::new(&program);
    if let Some(r) = &root_dir {
        cmd.env("VERILATOR_ROOT", r);
    }
    let version = cmd.arg("--version").output().map_err(|source| BuildError::NoVerilator {
        program: program.display().to_string(),
        source,
    })?;
    if !version.status.success() {
        return Err(tool_failed(&program, "--version", &version));
    }
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    let root_dir = match root_dir {
        Some(r) => r,
        None => {
            let o =
                io(&program, Command::new(&program).args(["--getenv", "VERILATOR_ROOT"]).output())?;
            PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())
        }
    };
    if !root_dir.join("include/verilated.h").is_file() {
        return Err(BuildError::VerilatorRoot(root_dir));
    }
    Ok(Verilator { program, root: root_dir, version })
}

fn tool_failed(program: &Path, args: &str, o: &std::process::Output) -> BuildError {
    BuildError::Tool {
        program: program.display().to_string(),
        args: args.to_string(),
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    }
}

/// `<root>/.tools/venv/lib/python3.*/site-packages/verilator/bin/verilator`, if installed.
fn venv_verilator(root: &Path) -> Option<PathBuf> {
    let lib = root.join(".tools/venv/lib");
    fs::read_dir(lib).ok()?.flatten().find_map(|e| {
        let p = e.path().join("site-packages/verilator/bin/verilator");
        p.is_file().then_some(p)
    })
}

/// The environment variable naming parameter variants of the simulation tops.
const VARIANTS_ENV: &str = "COSIM_TOP_VARIANTS";

/// One model to build: `module` (a `// sim-top:`) with `params`, named `name`.
struct Variant {
    name: String,
    module: String,
    params: Vec<(String, String)>,
}

/// The variants `spec` asks for (`top:PARAM=VALUE`, whitespace-separated).
fn variants(sim_tops: &[String], spec: Option<&str>) -> Result<Vec<Variant>> {
    let mut out: Vec<Variant> = Vec::new();
    for item in spec.unwrap_or("").split_whitespace() {
        let parsed = item.split_once(':').and_then(|(top, p)| {
            let (param, value) = p.split_once('=')?;
            let ident =
                |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            (ident(param) && ident(value)).then_some((top, param, value))
        });
        let Some((top, param, value)) = parsed else {
            return Err(BuildError::Variant(item.to_string(), "expected top:PARAM=VALUE"));
        };
        if !sim_tops.iter().any(|t| t == top) {
            return Err(BuildError::Variant(item.to_string(), "no such sim-top"));
        }
        let name = format!("{top}_{}_{}", param.to_lowercase(), value.to_lowercase());
        if !out.iter().any(|v| v.name == name) {
            let params = vec![(param.to_string(), value.to_string())];
            out.push(Variant { name, module: top.to_string(), params });
        }
    }
    Ok(out)
}

fn verilate(
    v: &Verilator,
    root: &Path,
    name: &str,
    module: &str,
    params: &[(String, String)],
    obj: &Path,
) -> Result<()> {
    let mut cmd = Command::new(&v.program);
    cmd.current_dir(root)
        .env("VERILATOR_ROOT", &v.root)
        .arg("--cc")
        .args(VERILATOR_FLAGS)
        .args(["--top-module", module, "--prefix", &format!("V{name}")])
        .args(params.iter().map(|(p, val)| format!("-G{p}={val}")))
        .args(["-f", rtl_filelist::FILE_LIST, "-Mdir"])
        .arg(obj);
    let o = io(&v.program, cmd.output())?;
    if !o.status.success() {
        return Err(tool_failed(&v.program, &format!("--cc ... --top-module {module}"), &o));
    }
    Ok(())
}

fn base_build(v: &Verilator, print_h: &Path) -> cc::Build {
    let inc = v.root.join("include");
    let mut b = cc::Build::new();
    b.cpp(true)
        .std("c++17")
        // Verilated code is slow at -O0; the debug profile still wants a usable model.
        .opt_level(2)
        .debug(false)
        .warnings(false)
        .cargo_metadata(false)
        .include(&inc)
        .include(inc.join("vltstd"))
        .define("VERILATOR", "1")
        .define("VM_COVERAGE", "0")
        .define("VM_SC", "0")
        .define("VM_TIMING", "0")
        .define("VM_TRACE", "1")
        .define("VM_TRACE_FST", "1")
        .define("VM_TRACE_VCD", "0")
        .define("VM_TRACE_SAIF", "0")
        // Verilator's printing goes to the capture of csrc/cosim_print.cpp.
        .define("VL_PRINTF", "cosim_vl_printf")
        .define("VL_VPRINTF", "cosim_vl_vprintf")
        .flag("-include")
        .flag(print_h.to_string_lossy().as_ref())
        .flag_if_supported("-Wno-unused-parameter")
        .flag_if_supported("-fno-strict-aliasing");
    b
}

fn compile_model(
    v: &Verilator,
    print_h: &Path,
    top: &str,
    obj: &Path,
    shim: &Path,
    lib: &str,
) -> Result<()> {
    let mk = obj.join(format!("V{top}_classes.mk"));
    let text = io(&mk, fs::read_to_string(&mk))?;
    let mut b = base_build(v, print_h);
    b.include(obj);
    for var in ["VM_CLASSES_FAST", "VM_CLASSES_SLOW", "VM_SUPPORT_FAST", "VM_SUPPORT_SLOW"] {
        for class in make_list(&text, var) {
            b.file(obj.join(format!("{class}.cpp")));
        }
    }
    b.file(shim);
    b.try_compile(lib)
        .map_err(|source| BuildError::Compile { what: format!("the {top} model"), source })
}

fn compile_runtime(v: &Verilator, print_h: &Path, print_cpp: &Path) -> Result<()> {
    let inc = v.root.join("include");
    let mut b = base_build(v, print_h);
    for f in RUNTIME {
        b.file(inc.join(f));
    }
    b.file(print_cpp);
    for dep in ["DEP_LZ4_INCLUDE", "DEP_Z_INCLUDE"] {
        if let Some(dir) = env::var_os(dep) {
            b.include(dir);
        }
    }
    b.try_compile("cosim_verilated_runtime")
        .map_err(|source| BuildError::Compile { what: "the Verilator runtime".into(), source })
}

/// The words of `VAR += \` continuation lists in a Verilator `_classes.mk`.
fn make_list(text: &str, var: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        let t = line.trim();
        if !inside {
            inside = t.starts_with(var) && t[var.len()..].trim_start().starts_with("+=");
            if inside {
                let rest = t[var.len()..].trim_start().trim_start_matches("+=");
                found.extend(rest.split_whitespace().filter(|w| *w != "\\").map(String::from));
                inside = t.ends_with('\\');
            }
            continue;
        }
        found.extend(t.split_whitespace().filter(|w| *w != "\\").map(String::from));
        inside = t.ends_with('\\');
    }
    found
}

/// Pins, word offsets and hardware-interface pins of the model `top` of SystemVerilog
/// module `module`.
fn top_context(
    root: &Path,
    list: &rtl_filelist::FileList,
    top: &str,
    module: &str,
    header: &Path,
) -> Result<TopCtx> {
    let ports = parse_ports(header)?;
    let mut inputs = Vec::new();
    let mut outputs = Vec::new();
    let (mut input_words, mut output_words) = (0, 0);
    for mut p in ports.into_iter().filter(|p| p.name != CLOCK) {
        let next = if p.input { &mut input_words } else { &mut output_words };
        p.word = *next;
        *next += p.words;
        if p.input {
            inputs.push(p);
        } else {
            outputs.push(p);
        }
    }
    let names: Vec<&str> = inputs.iter().chain(&outputs).map(|p| p.name.as_str()).collect();
    let hwif = hwif_pins(root, list, module, &names)?;
    Ok(TopCtx { name: top.to_string(), inputs, outputs, input_words, output_words, hwif })
}

/// Ports from `VL_IN8(&name,msb,lsb);` ... `VL_OUTW(&name,msb,lsb,words);` lines.
fn parse_ports(header: &Path) -> Result<Vec<Port>> {
    let text = io(header, fs::read_to_string(header))?;
    let bad =
        |line: usize, what: String| BuildError::Header { header: header.to_path_buf(), line, what };
    let mut ports = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        let Some(open) = t.find("(&") else { continue };
        let kind = &t[..open];
        let input = match kind {
            "VL_IN8" | "VL_IN16" | "VL_IN" | "VL_IN64" | "VL_INW" => true,
            "VL_OUT8" | "VL_OUT16" | "VL_OUT" | "VL_OUT64" | "VL_OUTW" => false,
            k if k.starts_with("VL_INOUT") => {
                return Err(bad(n + 1, "inout ports are not supported".into()))
            }
            _ => continue,
        };
        let args: Vec<&str> = t[open + 2..].trim_end_matches(");").split(',').collect();
        let num = |i: usize| -> Result<u32> {
            args.get(i)
                .and_then(|a| a.trim().parse().ok())
                .ok_or_else(|| bad(n + 1, format!("cannot read port declaration {t:?}")))
        };
        let (msb, lsb) = (num(1)?, num(2)?);
        if lsb != 0 {
            return Err(bad(n + 1, "port ranges must end at bit 0".into()));
        }
        let width = msb + 1;
        let wide = kind.ends_with('W');
        let words = if wide { num(3)? } else { width.div_ceil(32) };
        if words != width.div_ceil(32) {
            return Err(bad(n + 1, format!("{words} words for {width} bits")));
        }
        let last_bits = width - 32 * (words - 1);
        let mask = if !wide && words == 2 {
            format!("{:#x}", if width == 64 { u64::MAX } else { (1u64 << width) - 1 })
        } else {
            format!("{:#x}", if last_bits == 32 { u32::MAX } else { (1u32 << last_bits) - 1 })
        };
        ports.push(Port {
            name: args[0].trim().to_string(),
            input,
            width,
            words,
            word: 0,
            wide,
            mask,
        });
    }
    if !ports.iter().any(|p| p.input && p.name == CLOCK && p.width == 1) {
        return Err(BuildError::NoClock(header.to_path_buf()));
    }
    Ok(ports)
}

/// Ports of `top` whose type is a generated register block's `<stem>_reg2hw_t` or
/// `<stem>_hw2reg_t`: scanned from the module's source text (comments removed), keeping the
/// identifiers that follow such a type name and are ports.
fn hwif_pins(
    root: &Path,
    list: &rtl_filelist::FileList,
    top: &str,
    ports: &[&str],
) -> Result<Vec<HwifPin>> {
    for f in &list.files {
        let text = strip_comments(&io(&root.join(f), fs::read_to_string(root.join(f)))?);
        let tokens = tokens(&text);
        let Some(start) = tokens.windows(2).position(|w| w[0] == "module" && w[1] == top) else {
            continue;
        };
        let end = tokens[start..]
            .iter()
            .position(|t| *t == "endmodule")
            .map_or(tokens.len(), |e| start + e);
        let body = &tokens[start..end];
        let mut found: Vec<HwifPin> = Vec::new();
        for (i, t) in body.iter().enumerate() {
            let ty = t.rsplit("::").next().unwrap_or(t);
            let (stem, reg2hw) = if let Some(s) = ty.strip_suffix("_reg2hw_t") {
                (s, true)
            } else if let Some(s) = ty.strip_suffix("_hw2reg_t") {
                (s, false)
            } else {
                continue;
            };
            if let Some(pin) = body.get(i + 1).filter(|p| ports.contains(p)) {
                if !found.iter().any(|h| h.pin == *pin) {
                    found.push(HwifPin { pin: pin.to_string(), stem: stem.to_string(), reg2hw });
                }
            }
        }
        return Ok(found);
    }
    Err(BuildError::NoModule { top: top.to_string() })
}

/// SystemVerilog text without `//` and `/* */` comments (strings are not special: the
/// declarations scanned here hold none).
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let line = rest.find("//");
        let block = rest.find("/*");
        match (line, block) {
            (Some(l), b) if b.is_none_or(|b| l < b) => {
                out.push_str(&rest[..l]);
                rest = rest[l..].find('\n').map_or("", |e| &rest[l + e..]);
            }
            (_, Some(b)) => {
                out.push_str(&rest[..b]);
                rest = rest[b + 2..].find("*/").map_or("", |e| &rest[b + 2 + e + 2..]);
                out.push(' ');
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// Identifiers (with `pkg::` qualifiers kept together) of SystemVerilog text.
fn tokens(text: &str) -> Vec<&str> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == ':';
    text.split(|c: char| !ident(c)).filter(|t| !t.is_empty() && !t.starts_with(':')).collect()
}

fn render(template: &'static str, source: &str, ctx: minijinja::Value) -> Result<String> {
    let mut env = minijinja::Environment::new();
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.add_template(template, source)
        .map_err(|source| BuildError::Template { template, source })?;
    env.get_template(template)
        .and_then(|t| t.render(ctx))
        .map_err(|source| BuildError::Template { template, source })
}

fn render_shim(top: &TopCtx) -> Result<String> {
    render(
        "shim.cpp.j2",
        SHIM_TEMPLATE,
        minijinja::context! {
            top => top.name,
            clock => CLOCK,
            inputs => top.inputs,
            outputs => top.outputs,
            input_words => top.input_words,
            output_words => top.output_words,
        },
    )
}

fn render_tops(tops: &[TopCtx]) -> Result<String> {
    render("tops.rs.j2", TOPS_TEMPLATE, minijinja::context! { tops => tops, clock => CLOCK })
}

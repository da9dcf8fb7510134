//! The "register map changed" workflow on a temporary copy of the real maps: rename a field
//! and move a register in `regmaps/`, regenerate, and check that the Rust, SystemVerilog,
//! SVD and co-simulation layout outputs all follow, and that nothing else changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use codegen::Output;

fn regmaps_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../regmaps")
}

fn copy_maps(to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(regmaps_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "sv") {
            fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

fn generate(dir: &Path) -> BTreeMap<PathBuf, String> {
    let maps = codegen::load(dir).unwrap_or_else(|e| panic!("{e}"));
    codegen::generate(&maps)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|Output { path, contents }| (path, contents))
        .collect()
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once in {}", file.display());
    fs::write(file, text.replace(from, to)).unwrap();
}

fn svd_register<'a>(dev: &'a svd_parser::svd::Device, name: &str) -> &'a svd_parser::svd::Register {
    dev.peripherals[0]
        .registers()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("SVD has no register {name}"))
}

#[test]
fn renaming_a_field_and_moving_a_register_reaches_every_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (before_dir, after_dir) = (tmp.path().join("before"), tmp.path().join("after"));
    copy_maps(&before_dir);
    copy_maps(&after_dir);
    let pkg = after_dir.join("iommu_regs_pkg.sv");
    edit(&pkg, "cqen;", "cq_enable;"); // a field of a register held by the core
    edit(&pkg, "civ;", "cmd_iv;"); // a field of a register the block holds
    edit(&pkg, "ICVEC_OFFSET = 'h2F8", "ICVEC_OFFSET = 'h2F0");

    let before = generate(&before_dir);
    let after = generate(&after_dir);
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());

    // Rust: the accessor is renamed and the offset moved.
    let rs = |m: &BTreeMap<PathBuf, String>| m[Path::new("driver/src/regs/iommu_regs.rs")].clone();
    let (rs_before, rs_after) = (rs(&before), rs(&after));
    // One line of `crate::bits::fields!` per field: getter, setter and builder.
    assert!(rs_before.contains("cqen set_cqen with_cqen: flag(0);"));
    assert!(!rs_after.contains("cqen set_cqen"));
    assert!(rs_after.contains("cq_enable set_cq_enable with_cq_enable: flag(0);"));
    assert!(rs_before.contains("pub const ICVEC_OFFSET: usize = 0x2f8;"));
    assert!(rs_after.contains("pub const ICVEC_OFFSET: usize = 0x2f0;"));

    // SystemVerilog: the reg2hw member is renamed; the decoder answers at the new offset.
    let sv_pkg = &after[Path::new("hw/gen/iommu_regs_reg_pkg.sv")];
    assert!(sv_pkg.contains("cq_enable") && !sv_pkg.contains("cqen"));
    assert!(sv_pkg.contains("cmd_iv") && !sv_pkg.contains("civ"));
    let top = |m: &BTreeMap<PathBuf, String>| m[Path::new("hw/gen/iommu_regs_reg_top.sv")].clone();
    let (top_before, top_after) = (top(&before), top(&after));
    assert!(top_after.contains("cq_enable") && !top_after.contains("cqen"));
    assert!(
        top_before.to_lowercase().contains("2f8") && !top_before.to_lowercase().contains("2f0")
    );
    assert!(top_after.to_lowercase().contains("2f0") && !top_after.to_lowercase().contains("2f8"));

    // Co-simulation layout: the hwif leaves follow the renamed reg2hw member (cqcsr, held by
    // the core, has register-level leaves only).
    let hwif =
        |m: &BTreeMap<PathBuf, String>| m[Path::new("cosim/src/gen/iommu_regs_hwif.rs")].clone();
    let (hwif_before, hwif_after) = (hwif(&before), hwif(&after));
    assert!(
        hwif_before.contains(r#"reg: "icvec", instance: None, field: "civ", signal: Signal::Q,"#)
    );
    assert!(
        hwif_after.contains(r#"reg: "icvec", instance: None, field: "cmd_iv", signal: Signal::Q,"#)
    );
    assert!(!hwif_after.contains(r#""civ""#));
    assert!(hwif_after.contains(r#"reg: "cqcsr", instance: None, field: "", signal: Signal::Q,"#));

    // SVD, read back by a real SVD parser.
    let svd = |m: &BTreeMap<PathBuf, String>| {
        svd_parser::parse(&m[Path::new("hw/gen/iommu_regs.svd")])
            .unwrap_or_else(|e| panic!("{e:?}"))
    };
    let (svd_before, svd_after) = (svd(&before), svd(&after));
    assert_eq!(svd_register(&svd_before, "icvec").address_offset, 0x2F8);
    assert_eq!(svd_register(&svd_after, "icvec").address_offset, 0x2F0);
    let field_names = |d: &svd_parser::svd::Device| {
        svd_register(d, "cqcsr").fields().map(|f| f.name.clone()).collect::<Vec<_>>()
    };
    assert!(field_names(&svd_before).contains(&"cqen".to_string()));
    assert!(field_names(&svd_after).contains(&"cq_enable".to_string()));
    assert!(!field_names(&svd_after).contains(&"cqen".to_string()));

    // Nothing outside the edited package's outputs changed.
    for (path, text) in &before {
        let stem_outputs = path.to_string_lossy().contains("iommu_regs");
        if !stem_outputs {
            assert_eq!(
                text,
                &after[path],
                "{} changed although its source did not",
                path.display()
            );
        }
    }
}

#[test]
fn generation_is_deterministic() {
    let a = generate(&regmaps_dir());
    let b = generate(&regmaps_dir());
    assert_eq!(a, b);
    for (path, text) in &a {
        let first = text.lines().next().unwrap_or("");
        assert!(
            first.contains("Generated from regmaps/") && first.contains("do not edit"),
            "{} does not start with the generated-file header: {first}",
            path.display()
        );
    }
}

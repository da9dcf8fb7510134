//! Co-simulation layout (`cosim/src/gen/`): for every register-block package
//! `<stem>_hwif.rs`, the bit position of every leaf of the packed structs
//! `<stem>_reg2hw_t` and `<stem>_hw2reg_t` of `hw/gen/<stem>_reg_pkg.sv`, and a `mod.rs`.
//!
//! Verilator hands the co-simulation these structs as flat vectors; the positions let it
//! read `.q`/`.qe`/`.be` and drive `.d`/`.de`/`.set`/`.clr` by name. The leaves of a
//! register held by the core (`reg2hw.<reg>.q/.qe/.be`, `hw2reg.<reg>.d`) have the field
//! name `""`. They are computed by
//! [`super::sv::Interface`], the very member list the SystemVerilog package is rendered
//! from, so the two cannot disagree. The types (`Hwif`, `HwifMember`, `Signal`) live in the
//! hand-written `cosim/src/hwif.rs`.

use serde::Serialize;

use super::sv::{Interface, Side};
use crate::model::Regmaps;
use crate::{source_name, Error, Output};

const HWIF_TEMPLATE: (&str, &str) =
    ("cosim_hwif.rs.j2", include_str!("../../templates/cosim_hwif.rs.j2"));
const MOD_TEMPLATE: (&str, &str) =
    ("cosim_mod.rs.j2", include_str!("../../templates/cosim_mod.rs.j2"));

/// Where the co-simulation outputs go, relative to the workspace root.
pub const OUT_DIR: &str = "cosim/src/gen";

#[derive(Serialize)]
struct HwifCtx {
    header: String,
    block: String,
    reg_pkg: String,
    reg2hw: SideCtx,
    hw2reg: SideCtx,
}

#[derive(Serialize)]
struct SideCtx {
    /// `reg2hw` or `hw2reg`.
    name: &'static str,
    type_name: String,
    bits: u32,
    members: Vec<MemberCtx>,
}

#[derive(Serialize)]
struct MemberCtx {
    reg: String,
    /// `None` or `Some(3)`.
    instance: String,
    field: String,
    /// `Signal` variant, e.g. `Qe`.
    signal: &'static str,
    lsb: u32,
    width: u32,
}

#[derive(Serialize)]
struct ModCtx {
    name: String,
    block: String,
}

/// Render `cosim/src/gen/<stem>_hwif.rs` for every register block, in package order, and
/// `cosim/src/gen/mod.rs`.
pub fn render(maps: &Regmaps) -> Result<Vec<Output>, Error> {
    let env = super::environment(&[HWIF_TEMPLATE, MOD_TEMPLATE])?;
    let mut out = Vec::new();
    let mut modules = Vec::new();
    for pkg in &maps.packages {
        let Some(block) = &pkg.block else { continue };
        let seam = Interface::build(pkg, block)?;
        let ctx = HwifCtx {
            header: super::header("// ", &source_name(pkg), ""),
            block: pkg.stem.clone(),
            reg_pkg: format!("{}_reg_pkg", pkg.stem),
            reg2hw: side_ctx(&seam.reg2hw)?,
            hw2reg: side_ctx(&seam.hw2reg)?,
        };
        let name = format!("{}_hwif", pkg.stem);
        out.push(Output {
            path: format!("{OUT_DIR}/{name}.rs").into(),
            contents: super::render_template(&env, HWIF_TEMPLATE.0, &ctx)?,
        });
        modules.push(ModCtx { name, block: pkg.stem.clone() });
    }
    let header = super::header("// ", "regmaps/*.sv", "");
    let ctx = minijinja::context! { header, modules };
    out.push(Output {
        path: format!("{OUT_DIR}/mod.rs").into(),
        contents: super::render_template(&env, MOD_TEMPLATE.0, &ctx)?,
    });
    Ok(out)
}

fn side_ctx(side: &Side) -> Result<SideCtx, Error> {
    let members = side
        .placed()
        .into_iter()
        .map(|p| {
            Ok(MemberCtx {
                reg: p.reg.name.clone(),
                instance: p.index.map_or_else(|| "None".to_string(), |n| format!("Some({n})")),
                // A register held by the core has register-level leaves: no field name.
                field: p.field.map(|f| f.name.clone()).unwrap_or_default(),
                signal: signal_variant(p.leaf.name)?,
                lsb: p.lsb,
                width: p.leaf.width,
            })
        })
        .collect::<Result<_, Error>>()?;
    Ok(SideCtx { name: side.name, type_name: side.type_name.clone(), bits: side.bits(), members })
}

/// The `cosim::hwif::Signal` variant of a leaf.
fn signal_variant(leaf: &str) -> Result<&'static str, Error> {
    Ok(match leaf {
        "q" => "Q",
        "qe" => "Qe",
        "d" => "D",
        "de" => "De",
        "set" => "Set",
        "clr" => "Clr",
        "be" => "Be",
        other => {
            return Err(Error::Render {
                template: HWIF_TEMPLATE.0.to_string(),
                message: format!("leaf `{other}` has no Signal variant"),
            })
        }
    })
}

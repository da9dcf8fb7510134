//! Binding a top's pins to the harness's models by interface prefix, once, when a harness
//! starts: afterwards every model reads and writes pin words at fixed offsets ([`Pin`]), so a
//! clock cycle costs no name lookup.
//!
//! | pins | bound to |
//! |---|---|
//! | `clk_i`, `rst_ni` | the clock (the shim toggles it) and the harness's reset (required) |
//! | `<port>_s_axil_*` | an AXI4-Lite master model named `<port>` ([`crate::axil`]); data 32 or 64 bits (from `wdata`), window `2^width(awaddr)` bytes |
//! | `m_axi_*`, `<name>_m_axi_*` | one AXI4 host-memory slave model each ([`crate::axi_mem`]), all over the one host memory; data up to 64 bits |
//! | `rx_tlp_*` / `tx_tlp_*` | the link's TLP source / sink ([`crate::tlp_link`]) |
//! | `<port>_reg2hw` / `<port>_hw2reg` typed as a register block's struct | that block's generated leaf layout ([`crate::hwif`]), addressed as port `<port>` |
//! | `irq_o`, `*_irq_o` (outputs, up to 64 bits) | watched: every change is an `irq` observation, per bit for a vector (`<pin>[<bit>]`) |
//!
//! Every other pin is free: `poke`/`peek` by name. An interface is all or nothing: a top with
//! `iommu_s_axil_awvalid` but no `iommu_s_axil_wdata` is refused, naming the missing pin.
//! Optional pins are `*_awprot`/`*_arprot` (AXI4-Lite, driven 0) and the AXI4 IDs (read as 0,
//! driven 0 when absent); other inputs under a bound prefix (AXI4 `*user`, ...) are driven 0.

use crate::axi_mem::{AxiReq, AxiResp};
use crate::axil::{AxilReq, AxilResp};
use crate::hwif::Hwif;
use crate::tlp_link::TlpBeat;
use crate::verilated::{HwifPin, PinInfo, Top};

/// Where a pin's words are: in the input or the output word array of the top, from `word`.
///
/// Bus models use [`Pin::get`] / [`Pin::set`] (pins up to 64 bits). A pin an interface may
/// lack (an AXI4 ID) is bound to the spare word after the real ones: it reads 0 and what is
/// written there reaches no pin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pin {
    /// An output of the top (else an input).
    pub output: bool,
    /// First word.
    pub word: u32,
    /// Words (`ceil(width / 32)`).
    pub words: u32,
    /// Bits.
    pub width: u32,
}

impl Pin {
    fn of(info: &PinInfo, output: bool) -> Pin {
        Pin { output, word: info.word, words: info.words(), width: info.width }
    }

    /// The low 64 bits of the pin's value in `buf` (its direction's word array).
    #[inline]
    pub fn get(self, buf: &[u32]) -> u64 {
        let w = self.word as usize;
        let lo = u64::from(buf[w]);
        if self.words > 1 {
            lo | u64::from(buf[w + 1]) << 32
        } else {
            lo
        }
    }

    /// Set the low 64 bits of the pin in `buf` (bits above its width are dropped by the shim).
    #[inline]
    pub fn set(self, buf: &mut [u32], value: u64) {
        let w = self.word as usize;
        buf[w] = value as u32;
        if self.words > 1 {
            buf[w + 1] = (value >> 32) as u32;
        }
    }

    /// All words of the pin in `buf`.
    pub fn words_in(self, buf: &[u32]) -> &[u32] {
        &buf[self.word as usize..(self.word + self.words) as usize]
    }

    /// All words of the pin in `buf`, to change.
    pub fn words_in_mut(self, buf: &mut [u32]) -> &mut [u32] {
        &mut buf[self.word as usize..(self.word + self.words) as usize]
    }
}

/// Why a top's pins cannot be bound.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BindError {
    /// A required pin of an interface is missing (or has the wrong direction).
    #[error("top {top}: {interface} has no {direction} `{pin}`")]
    MissingPin { top: &'static str, interface: String, pin: String, direction: &'static str },
    /// A pin's width does not fit its model.
    #[error("top {top}: pin `{pin}` is {width} bits; {expected}")]
    Width { top: &'static str, pin: String, width: u32, expected: String },
    /// A `reg2hw`/`hw2reg` pin does not match its block's generated layout.
    #[error("top {top}: pin `{pin}` is {width} bits but the generated layout of {block} says {expected} (run `cargo xtask codegen`)")]
    HwifWidth { top: &'static str, pin: String, width: u32, block: &'static str, expected: u32 },
}

/// Pins of an AXI4-Lite slave port (`<port>_s_axil_*`).
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct AxilPins {
    pub awaddr: Pin,
    pub awvalid: Pin,
    pub awready: Pin,
    pub wdata: Pin,
    pub wstrb: Pin,
    pub wvalid: Pin,
    pub wready: Pin,
    pub bresp: Pin,
    pub bvalid: Pin,
    pub bready: Pin,
    pub araddr: Pin,
    pub arvalid: Pin,
    pub arready: Pin,
    pub rdata: Pin,
    pub rresp: Pin,
    pub rvalid: Pin,
    pub rready: Pin,
}

impl AxilPins {
    /// Drive the master's request.
    #[inline]
    pub fn drive(&self, i: &mut [u32], a: &AxilReq) {
        self.awaddr.set(i, a.awaddr);
        self.awvalid.set(i, a.awvalid.into());
        self.wdata.set(i, a.wdata);
        self.wstrb.set(i, a.wstrb.into());
        self.wvalid.set(i, a.wvalid.into());
        self.bready.set(i, a.bready.into());
        self.araddr.set(i, a.araddr);
        self.arvalid.set(i, a.arvalid.into());
        self.rready.set(i, a.rready.into());
    }

    /// What the slave drove.
    #[inline]
    pub fn sample(&self, o: &[u32]) -> AxilResp {
        AxilResp {
            awready: self.awready.get(o) != 0,
            wready: self.wready.get(o) != 0,
            bresp: self.bresp.get(o) as u8,
            bvalid: self.bvalid.get(o) != 0,
            arready: self.arready.get(o) != 0,
            rdata: self.rdata.get(o),
            rresp: self.rresp.get(o) as u8,
            rvalid: self.rvalid.get(o) != 0,
        }
    }
}

/// An AXI4-Lite port: name, pins, data width and address window.
#[derive(Clone, Debug)]
pub struct AxilPort {
    /// Port name (the prefix before `_s_axil_`), as replay files address it.
    pub name: String,
    /// Its pins.
    pub pins: AxilPins,
    /// Data bus width in bytes (4 or 8).
    pub bus_bytes: usize,
    /// Bytes the address pins reach (`2^width(awaddr)`).
    pub window: u64,
}

/// Pins of an AXI4 master port of the design (`m_axi_*` / `<name>_m_axi_*`).
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct AxiPins {
    pub awid: Pin,
    pub awaddr: Pin,
    pub awlen: Pin,
    pub awsize: Pin,
    pub awburst: Pin,
    pub awvalid: Pin,
    pub awready: Pin,
    pub wdata: Pin,
    pub wstrb: Pin,
    pub wlast: Pin,
    pub wvalid: Pin,
    pub wready: Pin,
    pub bid: Pin,
    pub bresp: Pin,
    pub bvalid: Pin,
    pub bready: Pin,
    pub arid: Pin,
    pub araddr: Pin,
    pub arlen: Pin,
    pub arsize: Pin,
    pub arburst: Pin,
    pub arvalid: Pin,
    pub arready: Pin,
    pub rid: Pin,
    pub rdata: Pin,
    pub rresp: Pin,
    pub rlast: Pin,
    pub rvalid: Pin,
    pub rready: Pin,
}

impl AxiPins {
    /// Drive the memory slave's response.
    #[inline]
    pub fn drive(&self, i: &mut [u32], m: &AxiResp) {
        self.awready.set(i, m.awready.into());
        self.wready.set(i, m.wready.into());
        self.bid.set(i, m.bid.into());
        self.bresp.set(i, m.bresp.into());
        self.bvalid.set(i, m.bvalid.into());
        self.arready.set(i, m.arready.into());
        self.rid.set(i, m.rid.into());
        self.rdata.set(i, m.rdata);
        self.rresp.set(i, m.rresp.into());
        self.rlast.set(i, m.rlast.into());
        self.rvalid.set(i, m.rvalid.into());
    }

    /// What the design's master drove. A channel's payload is read only while its VALID is
    /// high (0 otherwise): the slave looks at nothing else, and an idle channel costs one
    /// read.
    #[inline]
    pub fn sample(&self, o: &[u32]) -> AxiReq {
        let mut r = AxiReq {
            awvalid: self.awvalid.get(o) != 0,
            wvalid: self.wvalid.get(o) != 0,
            bready: self.bready.get(o) != 0,
            arvalid: self.arvalid.get(o) != 0,
            rready: self.rready.get(o) != 0,
            ..AxiReq::default()
        };
        if r.awvalid {
            r.awid = self.awid.get(o) as u32;
            r.awaddr = self.awaddr.get(o);
            r.awlen = self.awlen.get(o) as u8;
            r.awsize = self.awsize.get(o) as u8;
            r.awburst = self.awburst.get(o) as u8;
        }
        if r.wvalid {
            r.wdata = self.wdata.get(o);
            r.wstrb = self.wstrb.get(o) as u8;
            r.wlast = self.wlast.get(o) != 0;
        }
        if r.arvalid {
            r.arid = self.arid.get(o) as u32;
            r.araddr = self.araddr.get(o);
            r.arlen = self.arlen.get(o) as u8;
            r.arsize = self.arsize.get(o) as u8;
            r.arburst = self.arburst.get(o) as u8;
        }
        r
    }
}

/// An AXI4 master port of the design and its data width.
#[derive(Clone, Debug)]
pub struct AxiPort {
    /// The pin prefix without its last `_` (`m_axi`, `dma_m_axi`).
    pub name: String,
    /// Its pins.
    pub pins: AxiPins,
    /// Data bus width in bytes (1 to 8).
    pub bus_bytes: u64,
}

/// The link's receive side (`rx_tlp_*`: TLPs towards the design).
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct RxPins {
    pub data: Pin,
    pub keep: Pin,
    pub sop: Pin,
    pub eop: Pin,
    pub valid: Pin,
    pub ready: Pin,
}

impl RxPins {
    /// Drive the source's beat.
    #[inline]
    pub fn drive(&self, i: &mut [u32], t: &TlpBeat) {
        self.data.set(i, t.data);
        self.keep.set(i, t.keep.into());
        self.sop.set(i, t.sop.into());
        self.eop.set(i, t.eop.into());
        self.valid.set(i, t.valid.into());
    }
}

/// The link's transmit side (`tx_tlp_*`: TLPs from the design).
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct TxPins {
    pub data: Pin,
    pub keep: Pin,
    pub sop: Pin,
    pub eop: Pin,
    pub valid: Pin,
    pub ready: Pin,
}

impl TxPins {
    /// The beat the design drove (all 0 but `valid` while `valid` is low).
    #[inline]
    pub fn sample(&self, o: &[u32]) -> TlpBeat {
        if self.valid.get(o) == 0 {
            return TlpBeat::default();
        }
        TlpBeat {
            data: self.data.get(o),
            keep: self.keep.get(o) as u8,
            sop: self.sop.get(o) != 0,
            eop: self.eop.get(o) != 0,
            valid: true,
        }
    }
}

/// A watched interrupt output.
#[derive(Clone, Debug)]
pub struct IrqPin {
    /// Pin name (observations name bit `b` of a vector `<name>[<b>]`).
    pub name: &'static str,
    /// Its words.
    pub pin: Pin,
}

/// The hardware interface of a register block behind a port.
#[derive(Clone, Debug)]
pub struct HwifPort {
    /// Port name (the pin name without `_reg2hw` / `_hw2reg`).
    pub port: String,
    /// Bit positions of its leaves.
    pub hwif: &'static Hwif,
    /// The `reg2hw` output, if the top brings it out.
    pub reg2hw: Option<Pin>,
    /// The `hw2reg` input, if the top brings it out.
    pub hw2reg: Option<Pin>,
}

/// Every interface of a top, bound.
#[derive(Clone, Debug)]
pub struct Binding {
    /// Top name.
    pub top: &'static str,
    /// `rst_ni`.
    pub reset: Pin,
    /// AXI4-Lite ports, in the order of their `awvalid` pins.
    pub axil: Vec<AxilPort>,
    /// AXI4 master ports of the design, in the order of their `awvalid` pins.
    pub axi: Vec<AxiPort>,
    /// The link's receive side.
    pub rx: Option<RxPins>,
    /// The link's transmit side.
    pub tx: Option<TxPins>,
    /// Interrupt outputs.
    pub irqs: Vec<IrqPin>,
    /// Register-block hardware interfaces.
    pub hwif: Vec<HwifPort>,
    /// For each input pin (in table order): the model that drives it, if any.
    pub owner: Vec<Option<String>>,
}

/// Pin tables being bound (names looked up here only).
struct Tables<'a> {
    top: &'static str,
    inputs: &'static [PinInfo],
    outputs: &'static [PinInfo],
    /// The spare input / output word (absent optional pins).
    spare_in: Pin,
    spare_out: Pin,
    owner: &'a mut Vec<Option<String>>,
}

impl Tables<'_> {
    fn find(&self, name: &str, output: bool) -> Option<Pin> {
        let table = if output { self.outputs } else { self.inputs };
        table.iter().find(|p| p.name == name).map(|p| Pin::of(p, output))
    }

    /// A required pin of `interface`; inputs become owned by it.
    fn need(&mut self, interface: &str, name: &str, output: bool) -> Result<Pin, BindError> {
        let pin = self.find(name, output).ok_or_else(|| BindError::MissingPin {
            top: self.top,
            interface: interface.to_string(),
            pin: name.to_string(),
            direction: if output { "output" } else { "input" },
        })?;
        self.own(name, interface);
        Ok(pin)
    }

    /// An optional pin: the spare word when absent.
    fn may(&mut self, interface: &str, name: &str, output: bool) -> Pin {
        match self.find(name, output) {
            Some(p) => {
                self.own(name, interface);
                p
            }
            None if output => self.spare_out,
            None => self.spare_in,
        }
    }

    fn own(&mut self, name: &str, interface: &str) {
        if let Some(i) = self.inputs.iter().position(|p| p.name == name) {
            self.owner[i] = Some(interface.to_string());
        }
    }

    /// Every remaining input under `prefix` is driven 0 by `interface`.
    fn own_prefix(&mut self, prefix: &str, interface: &str) {
        for (i, p) in self.inputs.iter().enumerate() {
            if p.name.starts_with(prefix) && self.owner[i].is_none() {
                self.owner[i] = Some(interface.to_string());
            }
        }
    }

    fn width(&self, pin: Pin, name: &str, ok: bool, expected: &str) -> Result<(), BindError> {
        if ok {
            Ok(())
        } else {
            Err(BindError::Width {
                top: self.top,
                pin: name.to_string(),
                width: pin.width,
                expected: expected.to_string(),
            })
        }
    }
}

impl Binding {
    /// Bind the pins of `top`.
    pub fn new(top: &'static Top) -> Result<Binding, BindError> {
        Self::from_tables(
            top.name,
            top.inputs,
            top.outputs,
            top.input_words as u32,
            top.output_words as u32,
            top.hwif,
        )
    }

    /// Bind pin tables (`input_words`/`output_words`: the arrays' lengths; the spare word of
    /// each is the one after them).
    pub fn from_tables(
        top: &'static str,
        inputs: &'static [PinInfo],
        outputs: &'static [PinInfo],
        input_words: u32,
        output_words: u32,
        hwif: &'static [HwifPin],
    ) -> Result<Binding, BindError> {
        let mut owner = vec![None; inputs.len()];
        let spare = |output, word| Pin { output, word, words: 1, width: 32 };
        let mut t = Tables {
            top,
            inputs,
            outputs,
            spare_in: spare(false, input_words),
            spare_out: spare(true, output_words),
            owner: &mut owner,
        };
        let reset = t.need("the harness reset", "rst_ni", false)?;

        // AXI4-Lite ports: named by the prefix of every `<port>_s_axil_awvalid` input.
        let mut axil = Vec::new();
        for p in inputs {
            let Some(port) = p.name.strip_suffix("_s_axil_awvalid") else { continue };
            axil.push(bind_axil(&mut t, port)?);
        }

        // AXI4 masters of the design: every `m_axi_awvalid` / `<name>_m_axi_awvalid` output.
        let mut axi = Vec::new();
        for p in outputs {
            let Some(prefix) = p.name.strip_suffix("awvalid") else { continue };
            if prefix == "m_axi_" || prefix.ends_with("_m_axi_") {
                axi.push(bind_axi(&mut t, prefix)?);
            }
        }

        let rx = match t.find("rx_tlp_valid", false) {
            None => None,
            Some(_) => Some(bind_rx(&mut t)?),
        };
        let tx = match t.find("tx_tlp_valid", true) {
            None => None,
            Some(_) => Some(bind_tx(&mut t)?),
        };

        let mut irqs = Vec::new();
        for p in outputs.iter().filter(|p| p.name == "irq_o" || p.name.ends_with("_irq_o")) {
            let pin = Pin::of(p, true);
            t.width(pin, p.name, p.width <= 64, "interrupt outputs are up to 64 bits")?;
            irqs.push(IrqPin { name: p.name, pin });
        }

        let mut ports: Vec<HwifPort> = Vec::new();
        for h in hwif {
            let suffix = if h.reg2hw { "_reg2hw" } else { "_hw2reg" };
            let port = h.pin.strip_suffix(suffix).unwrap_or(h.pin);
            let pin = t.find(h.pin, h.reg2hw).ok_or_else(|| BindError::MissingPin {
                top,
                interface: format!("the {} interface of port {port}", h.hwif.block),
                pin: h.pin.to_string(),
                direction: if h.reg2hw { "output" } else { "input" },
            })?;
            let expected = if h.reg2hw { h.hwif.reg2hw_bits } else { h.hwif.hw2reg_bits };
            if pin.width != expected {
                return Err(BindError::HwifWidth {
                    top,
                    pin: h.pin.to_string(),
                    width: pin.width,
                    block: h.hwif.block,
                    expected,
                });
            }
            if !h.reg2hw {
                t.own(h.pin, &format!("the hw2reg interface of port {port} (use hw2reg)"));
            }
            let entry = match ports.iter().position(|e| e.port == port) {
                Some(i) => &mut ports[i],
                None => {
                    ports.push(HwifPort {
                        port: port.to_string(),
                        hwif: h.hwif,
                        reg2hw: None,
                        hw2reg: None,
                    });
                    let last = ports.len() - 1;
                    &mut ports[last]
                }
            };
            if h.reg2hw {
                entry.reg2hw = Some(pin);
            } else {
                entry.hw2reg = Some(pin);
            }
        }

        Ok(Binding { top, reset, axil, axi, rx, tx, irqs, hwif: ports, owner })
    }

    /// The AXI4-Lite port `name`.
    pub fn axil_port(&self, name: &str) -> Option<usize> {
        self.axil.iter().position(|p| p.name == name)
    }

    /// Names of the AXI4-Lite ports (for messages).
    pub fn axil_names(&self) -> String {
        names(self.axil.iter().map(|p| p.name.as_str()))
    }

    /// Names of the ports with a register-block hardware interface (for messages).
    pub fn hwif_names(&self) -> String {
        names(self.hwif.iter().map(|p| p.port.as_str()))
    }
}

fn names<'a>(it: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = it.collect();
    if v.is_empty() {
        "none".to_string()
    } else {
        v.join(", ")
    }
}

fn bind_axil(t: &mut Tables<'_>, port: &str) -> Result<AxilPort, BindError> {
    let interface = format!("the AXI4-Lite master of port {port}");
    let pre = format!("{port}_s_axil_");
    let mut pin = |name: &str, output: bool| t.need(&interface, &format!("{pre}{name}"), output);
    let pins = AxilPins {
        awaddr: pin("awaddr", false)?,
        awvalid: pin("awvalid", false)?,
        awready: pin("awready", true)?,
        wdata: pin("wdata", false)?,
        wstrb: pin("wstrb", false)?,
        wvalid: pin("wvalid", false)?,
        wready: pin("wready", true)?,
        bresp: pin("bresp", true)?,
        bvalid: pin("bvalid", true)?,
        bready: pin("bready", false)?,
        araddr: pin("araddr", false)?,
        arvalid: pin("arvalid", false)?,
        arready: pin("arready", true)?,
        rdata: pin("rdata", true)?,
        rresp: pin("rresp", true)?,
        rvalid: pin("rvalid", true)?,
        rready: pin("rready", false)?,
    };
    t.own_prefix(&pre, &interface);
    let w = pins.wdata.width;
    t.width(
        pins.wdata,
        &format!("{pre}wdata"),
        w == 32 || w == 64,
        "AXI4-Lite data is 32 or 64 bits",
    )?;
    t.width(pins.rdata, &format!("{pre}rdata"), pins.rdata.width == w, "as wide as wdata")?;
    t.width(
        pins.wstrb,
        &format!("{pre}wstrb"),
        pins.wstrb.width == w / 8,
        "one strobe per data byte",
    )?;
    let a = pins.awaddr.width;
    t.width(pins.awaddr, &format!("{pre}awaddr"), (1..=63).contains(&a), "1 to 63 address bits")?;
    t.width(pins.araddr, &format!("{pre}araddr"), pins.araddr.width == a, "as wide as awaddr")?;
    Ok(AxilPort { name: port.to_string(), pins, bus_bytes: w as usize / 8, window: 1 << a })
}

fn bind_axi(t: &mut Tables<'_>, pre: &str) -> Result<AxiPort, BindError> {
    let name = pre.trim_end_matches('_').to_string();
    let interface = format!("the AXI4 memory slave of {name}");
    let awid = t.may(&interface, &format!("{pre}awid"), true);
    let bid = t.may(&interface, &format!("{pre}bid"), false);
    let arid = t.may(&interface, &format!("{pre}arid"), true);
    let rid = t.may(&interface, &format!("{pre}rid"), false);
    let mut need = |n: &str, output: bool| t.need(&interface, &format!("{pre}{n}"), output);
    let pins = AxiPins {
        awid,
        awaddr: need("awaddr", true)?,
        awlen: need("awlen", true)?,
        awsize: need("awsize", true)?,
        awburst: need("awburst", true)?,
        awvalid: need("awvalid", true)?,
        awready: need("awready", false)?,
        wdata: need("wdata", true)?,
        wstrb: need("wstrb", true)?,
        wlast: need("wlast", true)?,
        wvalid: need("wvalid", true)?,
        wready: need("wready", false)?,
        bid,
        bresp: need("bresp", false)?,
        bvalid: need("bvalid", false)?,
        bready: need("bready", true)?,
        arid,
        araddr: need("araddr", true)?,
        arlen: need("arlen", true)?,
        arsize: need("arsize", true)?,
        arburst: need("arburst", true)?,
        arvalid: need("arvalid", true)?,
        arready: need("arready", false)?,
        rid,
        rdata: need("rdata", false)?,
        rresp: need("rresp", false)?,
        rlast: need("rlast", false)?,
        rvalid: need("rvalid", false)?,
        rready: need("rready", true)?,
    };
    t.own_prefix(pre, &interface);
    let w = pins.wdata.width;
    t.width(
        pins.wdata,
        &format!("{pre}wdata"),
        [8, 16, 32, 64].contains(&w),
        "AXI4 data of 8 to 64 bits",
    )?;
    t.width(pins.rdata, &format!("{pre}rdata"), pins.rdata.width == w, "as wide as wdata")?;
    t.width(
        pins.wstrb,
        &format!("{pre}wstrb"),
        pins.wstrb.width == w / 8,
        "one strobe per data byte",
    )?;
    for (p, n) in [(pins.awaddr, "awaddr"), (pins.araddr, "araddr")] {
        t.width(p, &format!("{pre}{n}"), p.width <= 64, "up to 64 address bits")?;
    }
    for (p, n) in [(pins.awid, "awid"), (pins.bid, "bid"), (pins.arid, "arid"), (pins.rid, "rid")] {
        t.width(p, &format!("{pre}{n}"), p.width <= 32, "IDs of up to 32 bits")?;
    }
    for (p, n) in [(pins.awlen, "awlen"), (pins.arlen, "arlen")] {
        t.width(p, &format!("{pre}{n}"), p.width == 8, "AXI4 lengths are 8 bits")?;
    }
    Ok(AxiPort { name, pins, bus_bytes: u64::from(w / 8) })
}

fn bind_rx(t: &mut Tables<'_>) -> Result<RxPins, BindError> {
    let interface = "the link's TLP source (rx_tlp_*)";
    let mut need = |n: &str, output: bool| t.need(interface, &format!("rx_tlp_{n}"), output);
    let pins = RxPins {
        data: need("data", false)?,
        keep: need("keep", false)?,
        sop: need("sop", false)?,
        eop: need("eop", false)?,
        valid: need("valid", false)?,
        ready: need("ready", true)?,
    };
    t.own_prefix("rx_tlp_", interface);
    t.width(pins.data, "rx_tlp_data", pins.data.width == 64, "TLP streams are 64 bits (two DWs)")?;
    t.width(pins.keep, "rx_tlp_keep", pins.keep.width == 2, "one keep bit per DW")?;
    Ok(pins)
}

fn bind_tx(t: &mut Tables<'_>) -> Result<TxPins, BindError> {
    let interface = "the link's TLP sink (tx_tlp_*)";
    let mut need = |n: &str, output: bool| t.need(interface, &format!("tx_tlp_{n}"), output);
    let pins = TxPins {
        data: need("data", true)?,
        keep: need("keep", true)?,
        sop: need("sop", true)?,
        eop: need("eop", true)?,
        valid: need("valid", true)?,
        ready: need("ready", false)?,
    };
    t.own_prefix("tx_tlp_", interface);
    t.width(pins.data, "tx_tlp_data", pins.data.width == 64, "TLP streams are 64 bits (two DWs)")?;
    t.width(pins.keep, "tx_tlp_keep", pins.keep.width == 2, "one keep bit per DW")?;
    Ok(pins)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pin tables laid out as the build script lays them out (consecutive words).
    fn tables(pins: &[(&'static str, u32)]) -> (&'static [PinInfo], u32) {
        let mut word = 0;
        let v: Vec<PinInfo> = pins
            .iter()
            .map(|&(name, width)| {
                let p = PinInfo { name, width, word };
                word += p.words();
                p
            })
            .collect();
        (Box::leak(v.into_boxed_slice()), word)
    }

    /// Pin names and widths.
    type Pins = Vec<(String, u32)>;

    fn axil(port: &str, data: u32, addr: u32) -> (Pins, Pins) {
        let p = |n: &str, w| (format!("{port}_s_axil_{n}"), w);
        let ins = vec![
            p("awaddr", addr),
            p("awprot", 3),
            p("awvalid", 1),
            p("wdata", data),
            p("wstrb", data / 8),
            p("wvalid", 1),
            p("bready", 1),
            p("araddr", addr),
            p("arvalid", 1),
            p("rready", 1),
        ];
        let outs = vec![
            p("awready", 1),
            p("wready", 1),
            p("bresp", 2),
            p("bvalid", 1),
            p("arready", 1),
            p("rdata", data),
            p("rresp", 2),
            p("rvalid", 1),
        ];
        (ins, outs)
    }

    fn axi(pre: &str, ids: bool) -> (Pins, Pins) {
        let p = |n: &str, w| (format!("{pre}{n}"), w);
        let mut outs = vec![
            p("awaddr", 64),
            p("awlen", 8),
            p("awsize", 3),
            p("awburst", 2),
            p("awvalid", 1),
            p("wdata", 64),
            p("wstrb", 8),
            p("wlast", 1),
            p("wvalid", 1),
            p("bready", 1),
            p("araddr", 64),
            p("arlen", 8),
            p("arsize", 3),
            p("arburst", 2),
            p("arvalid", 1),
            p("rready", 1),
            p("arcache", 4),
        ];
        let mut ins = vec![
            p("awready", 1),
            p("wready", 1),
            p("bresp", 2),
            p("bvalid", 1),
            p("arready", 1),
            p("rdata", 64),
            p("rresp", 2),
            p("rlast", 1),
            p("rvalid", 1),
            p("ruser", 3),
        ];
        if ids {
            outs.extend([p("awid", 4), p("arid", 4)]);
            ins.extend([p("bid", 4), p("rid", 4)]);
        }
        (ins, outs)
    }

    fn bind(ins: Pins, outs: Pins) -> Result<Binding, BindError> {
        let leak = |v: Pins| -> Vec<(&'static str, u32)> {
            v.into_iter().map(|(n, w)| (&*Box::leak(n.into_boxed_str()), w)).collect()
        };
        let (inputs, iw) = tables(&leak(ins));
        let (outputs, ow) = tables(&leak(outs));
        Binding::from_tables("t_top", inputs, outputs, iw, ow, &[])
    }

    fn s(v: &[(&str, u32)]) -> Pins {
        v.iter().map(|&(n, w)| (n.to_string(), w)).collect()
    }

    /// A top with a 32-bit register port `ctl`, a named AXI4 master without IDs, an
    /// interrupt vector and free pins: each bound to its model, the rest free.
    #[test]
    fn interfaces_are_found_by_prefix() {
        let (mut ins, mut outs) = axil("ctl", 32, 10);
        let (mi, mo) = axi("dma_m_axi_", false);
        ins.extend(mi);
        outs.extend(mo);
        ins.extend(s(&[("rst_ni", 1), ("go", 1), ("ctl_extra", 7)]));
        outs.extend(s(&[("dev_irq_o", 16), ("irq_o_not", 1), ("done", 1)]));
        let names: Vec<String> = ins.iter().map(|(n, _)| n.clone()).collect();
        let words = |v: &[(String, u32)]| v.iter().map(|(_, w)| w.div_ceil(32)).sum::<u32>();
        let (iw, ow) = (words(&ins), words(&outs));
        let b = bind(ins, outs).unwrap();
        assert_eq!(b.axil.len(), 1);
        let a = &b.axil[0];
        assert_eq!((a.name.as_str(), a.bus_bytes, a.window), ("ctl", 4, 1024));
        assert_eq!(b.axi.len(), 1);
        assert_eq!((b.axi[0].name.as_str(), b.axi[0].bus_bytes), ("dma_m_axi", 8));
        assert!(b.rx.is_none() && b.tx.is_none(), "no link pins, no link");
        assert_eq!(b.irqs.iter().map(|i| i.name).collect::<Vec<_>>(), ["dev_irq_o"]);
        let free: Vec<&str> = names
            .iter()
            .zip(&b.owner)
            .filter(|(_, o)| o.is_none())
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(
            free,
            ["go", "ctl_extra"],
            "bus inputs (prot, user too) and the reset are owned"
        );
        let owner = |pin: &str| b.owner[names.iter().position(|n| n == pin).unwrap()].clone();
        assert_eq!(owner("ctl_s_axil_awprot").unwrap(), "the AXI4-Lite master of port ctl");
        assert_eq!(owner("dma_m_axi_ruser").unwrap(), "the AXI4 memory slave of dma_m_axi");
        // Absent IDs are the spare words, after the real ones: read 0, written nowhere.
        let p = b.axi[0].pins;
        assert_eq!((p.awid.output, p.awid.word, p.arid.word), (true, ow, ow));
        assert_eq!((p.bid.output, p.bid.word, p.rid.word), (false, iw, iw));
    }

    #[test]
    fn an_incomplete_interface_names_the_missing_pin() {
        let (mut ins, outs) = axil("iommu", 64, 12);
        ins.retain(|(n, _)| n != "iommu_s_axil_wstrb");
        ins.push(("rst_ni".into(), 1));
        let e = bind(ins, outs).unwrap_err();
        assert_eq!(
            e.to_string(),
            "top t_top: the AXI4-Lite master of port iommu has no input `iommu_s_axil_wstrb`"
        );
        let e = bind(s(&[("go", 1)]), s(&[])).unwrap_err();
        assert!(e.to_string().contains("`rst_ni`"), "{e}");
        let e = bind(s(&[("rst_ni", 1), ("rx_tlp_valid", 1)]), s(&[])).unwrap_err();
        assert!(e.to_string().contains("rx_tlp_data"), "{e}");
    }

    #[test]
    fn widths_the_models_cannot_carry_are_refused() {
        let (mut ins, outs) = axil("p", 16, 12);
        ins.push(("rst_ni".into(), 1));
        let e = bind(ins, outs).unwrap_err();
        assert!(matches!(&e, BindError::Width { pin, .. } if pin == "p_s_axil_wdata"), "{e}");
        let (mut ins, mut outs) = axi("m_axi_", true);
        ins.push(("rst_ni".into(), 1));
        outs.retain(|(n, _)| n != "m_axi_awlen");
        outs.push(("m_axi_awlen".into(), 4));
        let e = bind(ins, outs).unwrap_err();
        assert!(matches!(&e, BindError::Width { pin, .. } if pin == "m_axi_awlen"), "{e}");
        let e = bind(s(&[("rst_ni", 1)]), s(&[("irq_o", 65)])).unwrap_err();
        assert!(e.to_string().contains("up to 64 bits"), "{e}");
    }

    #[test]
    fn pins_read_and_write_their_words() {
        let mut buf = [0u32; 4];
        let wide = Pin { output: false, word: 1, words: 2, width: 40 };
        wide.set(&mut buf, 0x12_3456_789a);
        assert_eq!(buf, [0, 0x3456_789a, 0x12, 0]);
        assert_eq!(wide.get(&buf), 0x12_3456_789a);
        let narrow = Pin { output: false, word: 3, words: 1, width: 3 };
        narrow.set(&mut buf, 5);
        assert_eq!(narrow.get(&buf), 5);
        assert_eq!(wide.words_in(&buf), [0x3456_789a, 0x12]);
    }
}

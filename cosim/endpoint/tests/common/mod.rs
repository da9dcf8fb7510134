//! A tiny in-test root complex: a byte memory that applies the device's writes and answers its
//! reads (completions split at the RCB), and configuration accesses from the "host".
#![allow(dead_code)]

use std::collections::HashMap;

use driver::regs::pcie_ep_caps::{PasidCtrl, PasidExtCap, RoutingId, RCB_SIZE_UNIT};
use driver::regs::pcie_rp_cfg::{Command, Devctl, Mps};
use driver::regs::tlp::{At, CplStatus, TlpCpl};
use pcie_endpoint::config::payload_code;
use pcie_endpoint::dma::{dw_span, enabled_bytes, split_completions};
use pcie_endpoint::tlp::{Attrs, Completion, ConfigRequest, Message, Tlp, TlpBody, DW_BYTES};
use pcie_endpoint::Device;

/// Bus below the root port.
pub const BUS: u8 = 1;

pub struct RootComplex {
    pub mem: HashMap<u64, u8>,
    pub rid: RoutingId,
    pub tag: u8,
    /// Completion payload limit of the root complex.
    pub max_payload: usize,
    pub rcb: usize,
    /// Every TLP the device sent, decoded.
    pub seen: Vec<Tlp>,
    /// Messages received.
    pub messages: Vec<(Option<pcie_endpoint::PasidPrefix>, Message)>,
    /// Completions for configuration requests.
    pub cfg_cpls: Vec<Completion>,
    /// Read requests held back instead of answered (for tests that forge completions).
    pub hold_reads: bool,
    pub held: Vec<Tlp>,
    /// ATS translation requests (wire DWs), for a test's translation agent to answer.
    pub translation_requests: Vec<Vec<u32>>,
}

impl Default for RootComplex {
    fn default() -> Self {
        RootComplex {
            mem: HashMap::new(),
            rid: RoutingId::default(),
            tag: 0,
            max_payload: 256,
            rcb: RCB_SIZE_UNIT as usize,
            seen: Vec::new(),
            messages: Vec::new(),
            cfg_cpls: Vec::new(),
            hold_reads: false,
            held: Vec::new(),
            translation_requests: Vec::new(),
        }
    }
}

impl RootComplex {
    pub fn target(func: u8) -> RoutingId {
        RoutingId::default().with_bus(BUS).with_device(0).with_func(func)
    }

    /// Move TLPs from the device until it has nothing to send.
    pub fn pump(&mut self, dev: &mut Device) {
        while let Some(dws) = dev.transmit() {
            let tlp = Tlp::decode(&dws).expect("device sends well-formed TLPs");
            self.seen.push(tlp.clone());
            match tlp.body.clone() {
                TlpBody::Mem(m) if m.write => {
                    for o in enabled_bytes(m.length_dw, m.first_be, m.last_be) {
                        self.mem.insert(m.address + o as u64, m.data[o]);
                    }
                }
                TlpBody::Mem(m) if m.at == At::TRANSLATION_REQUEST => {
                    self.translation_requests.push(dws)
                }
                TlpBody::Mem(_) if self.hold_reads => self.held.push(tlp),
                TlpBody::Mem(m) => {
                    for c in self.answer_read(&m) {
                        dev.receive(&c).expect("device takes the completion");
                    }
                }
                TlpBody::Completion(c) => self.cfg_cpls.push(c),
                TlpBody::Message(msg) => self.messages.push((tlp.prefix, msg)),
                TlpBody::Config(_) => panic!("an endpoint sends no configuration request"),
            }
        }
    }

    /// Completions for a read, split at the RCB and the root complex's max payload.
    pub fn answer_read(&self, m: &pcie_endpoint::tlp::MemRequest) -> Vec<Vec<u32>> {
        let offs = enabled_bytes(m.length_dw, m.first_be, m.last_be);
        let first = offs[0];
        let len = offs[offs.len() - 1] - first + 1;
        let start = m.address + first as u64;
        let la_max = TlpCpl([u32::MAX; 3]).lower_address();
        split_completions(start, len, self.max_payload, self.rcb)
            .into_iter()
            .map(|c| {
                let span = dw_span(c.addr, c.len);
                let data = (0..span.length_dw * DW_BYTES)
                    .map(|k| *self.mem.get(&(span.dw_addr + k as u64)).unwrap_or(&0))
                    .collect();
                Tlp::new(TlpBody::Completion(Completion {
                    completer_id: self.rid,
                    status: CplStatus::SC,
                    bcm: false,
                    byte_count: len - c.offset,
                    requester_id: m.requester_id,
                    tag: m.tag,
                    lower_address: (c.addr as u8) & la_max,
                    attrs: Attrs::default(),
                    data,
                }))
                .encode()
                .unwrap()
            })
            .collect()
    }

    fn cfg(
        &mut self,
        dev: &mut Device,
        func: u8,
        write: bool,
        reg: u16,
        data: [u8; 4],
        be: u8,
    ) -> Completion {
        self.tag = self.tag.wrapping_add(1);
        let req = Tlp::new(TlpBody::Config(ConfigRequest {
            write,
            type1: false,
            requester_id: self.rid,
            tag: self.tag,
            first_be: be,
            target: Self::target(func),
            register: reg,
            data,
        }));
        dev.receive(&req.encode().unwrap()).unwrap();
        self.pump(dev);
        let c = self.cfg_cpls.pop().expect("a completion for the configuration request");
        assert_eq!(c.tag, self.tag);
        c
    }

    /// Configuration read of the DW holding `offset`; panics on a status other than SC.
    pub fn read32(&mut self, dev: &mut Device, func: u8, offset: usize) -> u32 {
        let c = self.cfg(dev, func, false, (offset / 4) as u16, [0; 4], 0xf);
        assert_eq!(c.status, CplStatus::SC, "config read at {offset:#x}");
        u32::from_le_bytes(c.data[..4].try_into().unwrap())
    }

    /// Read `bytes` (1, 2, 4) at `offset`.
    pub fn read(&mut self, dev: &mut Device, func: u8, offset: usize, bytes: usize) -> u32 {
        let dw = self.read32(dev, func, offset & !3);
        let v = dw >> (8 * (offset % 4));
        if bytes == 4 {
            v
        } else {
            v & ((1u32 << (8 * bytes)) - 1)
        }
    }

    /// Write `bytes` (1, 2, 4) of `value` at `offset`, with byte enables for exactly those.
    pub fn write(
        &mut self,
        dev: &mut Device,
        func: u8,
        offset: usize,
        bytes: usize,
        value: u32,
    ) -> CplStatus {
        let shift = offset % 4;
        let data = (value << (8 * shift)).to_le_bytes();
        let be = (((1u32 << bytes) - 1) << shift) as u8;
        self.cfg(dev, func, true, (offset / 4) as u16, data, be).status
    }

    /// Raw configuration request; returns the completion.
    pub fn raw_cfg(&mut self, dev: &mut Device, func: u8, write: bool, reg: u16) -> Completion {
        self.cfg(dev, func, write, reg, [0; 4], 0xf)
    }

    /// Bus Master Enable, Memory Space Enable, MPS/MRRS, PASID with exec and priv.
    pub fn bring_up(&mut self, dev: &mut Device, func: u8, mps: usize, mrrs: usize) {
        let cmd = Command::default().with_bus_master_en(true).with_mem_space_en(true);
        assert_eq!(
            self.write(dev, func, Command::OFFSET, Command::BYTES, cmd.0.into()),
            CplStatus::SC
        );
        let devctl = Devctl(self.read(dev, func, Devctl::OFFSET, Devctl::BYTES) as u16)
            .with_max_payload_size(Mps(payload_code("mps", mps).unwrap()))
            .with_max_read_request_size(payload_code("mrrs", mrrs).unwrap());
        self.write(dev, func, Devctl::OFFSET, Devctl::BYTES, devctl.0.into());
        if let Some(at) = dev.config(func).unwrap().caps().pasid {
            let ctrl = PasidCtrl::default().with_enable(true).with_exec_en(true).with_priv_en(true);
            self.write(
                dev,
                func,
                at + PasidExtCap::CTRL_BYTE_OFFSET,
                PasidCtrl::BYTES,
                ctrl.0.into(),
            );
        }
    }
}

/// Run until the device is idle (answers every read), at most `rounds` pumps.
pub fn run(rc: &mut RootComplex, dev: &mut Device) {
    for _ in 0..10_000 {
        rc.pump(dev);
        if dev.idle() {
            return;
        }
    }
    panic!("device not idle");
}

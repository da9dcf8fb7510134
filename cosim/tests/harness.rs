//! The harness and its bus models against the harness RTL (hw/sim): the copy engine through
//! the AXI4 memory model, the TLP loopback through the link models, the driver's traits.

use cosim::axi_mem::AxiMemConfig;
use cosim::replay::{Hex, Observation};
use cosim::{Config, Harness, DEFAULT_TOP};
use driver::dma::{DmaMemory, PhysAddr};
use driver::mmio::Mmio;
use driver::regs::iommu_regs::{Capabilities, IommuRegs};

fn start_copy(h: &Harness, src: u64, dst: u64, len: u32) {
    h.poke("dma_src", &[src as u32, (src >> 32) as u32]).unwrap();
    h.poke("dma_dst", &[dst as u32, (dst >> 32) as u32]).unwrap();
    h.poke("dma_len", &[len]).unwrap();
    h.poke("dma_start", &[1]).unwrap();
    h.run(1).unwrap();
    h.poke("dma_start", &[0]).unwrap();
}

fn stressed(seed: u64) -> Config {
    Config {
        seed,
        mem: AxiMemConfig {
            read_latency: 7,
            write_latency: 3,
            ready_chance: 0.5,
            max_outstanding: 2,
        },
        axil_jitter: 0.3,
        tlp_valid_chance: 0.5,
        tlp_ready_chance: 0.4,
        ..Config::default()
    }
}

#[test]
fn driver_reads_capabilities_through_axi_lite() {
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    let regs = IommuRegs::new(h.mmio("iommu").unwrap());
    assert_eq!(regs.capabilities().read(), Capabilities::RESET);
    // 32-bit halves of the 64-bit register on the 64-bit bus.
    let m = h.mmio("iommu").unwrap();
    assert_eq!(u64::from(m.read32(4)) << 32 | u64::from(m.read32(0)), Capabilities::RESET.0);
}

#[test]
fn copy_engine_moves_memory_under_backpressure() {
    for seed in 1..=3 {
        let h = Harness::new(DEFAULT_TOP, stressed(seed)).unwrap();
        let src = h.alloc(8192, 4096).unwrap();
        let dst = h.alloc(8192, 4096).unwrap();
        let data: Vec<u8> = (0..8192u32).map(|i| (i * 13 + seed as u32) as u8).collect();
        h.write(src, &data).unwrap();
        // Unaligned to 4 KiB on purpose: bursts must split at page boundaries.
        start_copy(&h, src.0 + 0x7f8, dst.0 + 0x3f0, 4096);
        assert!(h.wait_for("irq_o", 1, 50_000).unwrap(), "copy did not finish");
        assert_eq!(h.peek("dma_error").unwrap(), [0]);
        let mut got = vec![0u8; 4096];
        h.read(PhysAddr(dst.0 + 0x3f0), &mut got).unwrap();
        assert_eq!(got, data[0x7f8..0x7f8 + 4096], "seed {seed}");
        let obs = h.take_observations();
        let written: usize = obs
            .iter()
            .map(|o| match o {
                Observation::MemWrite { data, .. } => data.0.len(),
                _ => 0,
            })
            .sum();
        assert_eq!(written, 4096);
        assert!(
            !obs.iter().any(|o| matches!(
                o,
                Observation::AxiProtocol { .. } | Observation::MemRefused { .. }
            )),
            "{obs:?}"
        );
        assert!(obs.iter().any(|o| matches!(o, Observation::Irq { level: true, .. })));
    }
}

#[test]
fn design_cannot_touch_unmapped_memory() {
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    let src = h.alloc(4096, 4096).unwrap();
    h.write(src, &[0xa5; 4096]).unwrap();
    let victim = h.alloc(4096, 4096).unwrap();
    h.free(victim, 4096);
    start_copy(&h, src.0, victim.0, 256);
    assert!(h.wait_for("irq_o", 1, 10_000).unwrap());
    assert_eq!(h.peek("dma_error").unwrap(), [1], "DECERR reaches the design");
    let obs = h.take_observations();
    assert!(
        obs.iter().any(
            |o| matches!(o, Observation::MemRefused { write: true, addr, .. } if addr.0 == victim.0)
        ),
        "{obs:?}"
    );
    assert!(!obs.iter().any(|o| matches!(o, Observation::MemWrite { .. })));
    assert!(h.read(victim, &mut [0u8; 8]).is_err(), "still unmapped");
}

#[test]
fn tlps_loop_back_whole_and_in_order() {
    let h = Harness::new(DEFAULT_TOP, stressed(9)).unwrap();
    let tlps: Vec<Vec<u32>> =
        (1..=9u32).map(|n| (0..n).map(|i| 0x4000_0000 | n << 8 | i).collect()).collect();
    for t in &tlps {
        h.send_tlp(t).unwrap();
    }
    h.run(400).unwrap();
    let got: Vec<Vec<u32>> = h
        .take_observations()
        .into_iter()
        .filter_map(|o| match o {
            Observation::TlpOut { dws, .. } => Some(dws.iter().map(|d| d.0 as u32).collect()),
            Observation::LinkError { what, .. } => panic!("{what}"),
            _ => None,
        })
        .collect();
    assert_eq!(got, tlps);
}

#[test]
fn bad_host_requests_are_errors() {
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    assert!(h.poke("m_axi_rvalid", &[1]).is_err(), "model-owned pin");
    assert!(h.poke("no_such_pin", &[1]).is_err());
    assert!(h.poke("dma_start", &[2]).is_err(), "does not fit 1 bit");
    assert!(h.access("rpcfg", None, 0, 8).is_err(), "64-bit access on the 32-bit bus");
    assert!(h.access("iommu", None, 2, 4).is_err(), "unaligned");
    assert!(h.access("iommu", None, 0x1000, 4).is_err(), "outside the block");
    assert!(
        Harness::new(DEFAULT_TOP, Config { tlp_ready_chance: 0.0, ..Config::default() }).is_err()
    );
    let obs = h.take_observations();
    assert!(obs.is_empty(), "refused requests leave no trace: {obs:?}");
    let _ = Hex(0);
}

/// `Reg::modify` on the generated RTL block: pending write-1-to-clear bits, set by the
/// hardware side, survive a read-modify-write of a neighbouring field.
#[test]
fn modify_keeps_pending_w1c_bits_in_the_rtl_block() {
    use cosim::hwif::Signal;
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    let pulse = |port, reg: &str, field: &str| {
        h.set_hw2reg(port, reg, None, field, Signal::Set, 1).unwrap();
        h.run(1).unwrap();
        h.set_hw2reg(port, reg, None, field, Signal::Set, 0).unwrap();
        h.run(1).unwrap();
    };
    // cqcsr is held by the core (no .set to pulse); ipsr's rw1c bits are the block's own.
    pulse("iommu", "ipsr", "fip");
    pulse("iommu", "ipsr", "cip");
    let regs = IommuRegs::new(h.mmio("iommu").unwrap());
    regs.icvec().modify(|v| v.set_civ(2));
    regs.ipsr().modify(|_| {});
    let ipsr = regs.ipsr().read();
    assert!(ipsr.fip() && ipsr.cip(), "{ipsr:?}");
    assert_eq!(regs.icvec().read().civ(), 2);
    // Clearing on purpose still works, and only the bit asked for.
    regs.ipsr().modify(|v| v.set_fip(true));
    let ipsr = regs.ipsr().read();
    assert!(!ipsr.fip() && ipsr.cip(), "{ipsr:?}");

    pulse("rpcfg", "status", "signaled_system_error");
    let cfg = driver::regs::pcie_rp_cfg::PcieRpCfg::new(h.mmio("rpcfg").unwrap());
    cfg.status().modify(|_| {});
    assert!(cfg.status().read().signaled_system_error());
}

/// An assertion the design fails ends the run with its message: the link's stream rule
/// (hw/sim/tlp_loopback.sv, `rx_keep_legal`) broken on purpose by forcing `rx_tlp_keep` under
/// the TLP source. The failing step, and every later one, is `HarnessError::Stopped`; the
/// error names the top, the cycle and Verilator's assertion line.
#[test]
fn a_failed_assertion_stops_the_run_with_its_message() {
    use cosim::HarnessError;
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    // Forced while idle: the rule only binds valid beats.
    h.force("rx_tlp_keep", &[0b10]).unwrap();
    h.run(5).unwrap();
    h.send_tlp(&[0x4000_0001, 0x0000_00ff, 0x8000_0000]).unwrap();
    let start = h.cycle();
    let e = h.run(10).unwrap_err();
    let HarnessError::Stopped { top, cycle, stop } = &e else { panic!("{e}") };
    assert_eq!(*top, DEFAULT_TOP);
    assert_eq!(*cycle, start, "the first beat is offered at once");
    assert!(stop.error);
    assert!(stop.message.contains("Assertion failed"), "{e}");
    assert!(stop.message.contains("rx_keep_legal"), "{e}");
    assert!(stop.message.contains("rx_tlp_keep is 10 on a valid beat"), "{e}");
    assert!(e.to_string().contains(&format!("cycle {start}")), "{e}");
    // Stopped for good, through every way in.
    assert!(matches!(h.run(1), Err(HarnessError::Stopped { .. })));
    assert!(matches!(h.access("iommu", None, 0, 8), Err(HarnessError::Stopped { .. })));

    // Released in time, the same TLP passes.
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    h.force("rx_tlp_keep", &[0b10]).unwrap();
    h.run(5).unwrap();
    h.release("rx_tlp_keep").unwrap();
    h.send_tlp(&[0x4000_0001, 0x0000_00ff, 0x8000_0000]).unwrap();
    h.run(20).unwrap();
    assert!(h.take_observations().iter().any(|o| matches!(o, Observation::TlpOut { .. })));
}

/// The copy engine's AXI4 checks (hw/sim/axi_copy_engine.sv): a read beat nobody asked for
/// (forced `m_axi_rvalid` while the engine is idle) fails `r_only_for_a_read`, through the
/// replay runner too, which names the line.
#[test]
fn an_unrequested_axi_read_beat_fails_the_copy_engine_assertion() {
    let text = "{\"op\":\"wait\",\"cycles\":3}\n\
                {\"op\":\"force\",\"pin\":\"m_axi_rvalid\",\"value\":\"0x1\"}\n\
                {\"op\":\"wait\",\"cycles\":3}\n";
    let steps = cosim::replay::parse("forced.jsonl", text).unwrap();
    let e = cosim::replay::run("forced.jsonl", &steps, &Default::default()).unwrap_err();
    assert_eq!(e.line, 3, "{e}");
    assert!(e.message.contains("r_only_for_a_read"), "{e}");
    assert!(e.message.contains("m_axi_rvalid with no read burst outstanding"), "{e}");
}

/// A monitor sees every cycle's pins: here it counts the one-cycle `reg2hw.icvec.civ.qe`
/// pulses of the IOMMU block, which no observation (and no peek after an access) can show.
/// Three writes give three pulses of one cycle each; a read gives none; after the monitor
/// is removed it sees nothing.
#[test]
fn a_monitor_counts_one_cycle_qe_pulses() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use cosim::gen::iommu_regs_hwif::HWIF;
    use cosim::hwif::{get_bits, Signal};
    use driver::regs::iommu_regs::Icvec;

    let h = Harness::new(DEFAULT_TOP, Config { axil_jitter: 0.3, seed: 5, ..Config::default() })
        .unwrap();
    let qe = HWIF.reg2hw_member("icvec", None, "civ", Signal::Qe).expect("icvec.civ.qe");
    let reg2hw = h.pin("iommu_reg2hw").unwrap();
    let pulses: Rc<RefCell<Vec<u64>>> = Rc::default();
    let seen = Rc::clone(&pulses);
    let id = h.add_monitor(move |c| {
        if get_bits(c.words(reg2hw), qe.lsb, qe.width) != 0 {
            seen.borrow_mut().push(c.cycle);
        }
    });
    let regs = IommuRegs::new(h.mmio("iommu").unwrap());
    for v in 1..=3u8 {
        regs.icvec().write(Icvec::default().with_civ(v));
        h.run(3).unwrap();
    }
    let _ = regs.icvec().read();
    h.run(3).unwrap();
    let got = pulses.borrow().clone();
    assert_eq!(got.len(), 3, "one pulse per write, none for the read: {got:?}");
    assert!(got.windows(2).all(|w| w[1] > w[0] + 1), "each pulse lasts one cycle: {got:?}");
    assert!(h.remove_monitor(id));
    regs.icvec().write(Icvec::default().with_civ(4));
    assert_eq!(pulses.borrow().len(), 3, "a removed monitor sees nothing");
    assert!(!h.remove_monitor(id));
}

/// A top without some interface simply has no such port: addressing one is an error naming
/// the port and the top (and what it has); unknown tops are named with the verilated ones.
#[test]
fn missing_ports_and_tops_are_named() {
    use cosim::hwif::Signal;
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    assert_eq!(h.ports(), ["iommu", "rpcfg"], "AXI4-Lite ports in pin order");
    let e = h.access("dma", None, 0, 4).unwrap_err().to_string();
    assert_eq!(e, "top cosim_harness_top has no AXI4-Lite port `dma` (its ports: iommu, rpcfg)");
    assert!(h.mmio("dma").is_err());
    let e = h.set_hw2reg("dma", "ipsr", None, "fip", Signal::Set, 1).unwrap_err().to_string();
    assert!(
        e.contains("no reg2hw/hw2reg interface on port `dma`") && e.contains("iommu, rpcfg"),
        "{e}"
    );
    let e = h.poke("m_axi_rvalid", &[1]).unwrap_err().to_string();
    assert!(e.contains("the AXI4 memory slave of m_axi"), "{e}");
    let e = h.poke("iommu_hw2reg", &[1]).unwrap_err().to_string();
    assert!(e.contains("hw2reg interface of port iommu"), "{e}");
    // Inputs peek as they will be applied.
    h.poke("dma_len", &[0x40]).unwrap();
    assert_eq!(h.peek("dma_len").unwrap(), [0x40]);
    assert!(h.peek("no_such_pin").is_err());

    let e = Harness::new("no_such_top", Config::default()).err().unwrap().to_string();
    assert!(e.contains("no_such_top") && e.contains(DEFAULT_TOP), "{e}");
    let config = Config { top: Some("other_top".into()), ..Config::default() };
    assert!(Harness::new(DEFAULT_TOP, config).is_err(), "config and harness disagree");

    // The same through a replay file: the line and the names.
    let text = "{\"op\":\"config\",\"top\":\"cosim_harness_top\"}\n\
                {\"op\":\"mmio_read\",\"port\":\"pcie\",\"offset\":\"0x0\",\"width\":4}\n";
    let steps = cosim::replay::parse("f", text).unwrap();
    let e = cosim::replay::run("f", &steps, &Default::default()).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("no AXI4-Lite port `pcie`"), "{e}");
    let options = cosim::replay::RunOptions { top: Some("no_such_top"), ..Default::default() };
    let e = cosim::replay::run("f", &steps, &options).unwrap_err();
    assert!(e.message.contains("no simulation top `no_such_top`"), "{e}");
}

/// `mmio_poll` on the RTL: reads back to back until the masked value matches, observed
/// once with the last value; one that never matches stops after `timeout` cycles.
#[test]
fn mmio_poll_reads_until_the_value_or_the_timeout() {
    use cosim::hwif::Signal;
    use driver::regs::iommu_regs::TrResponse;
    let h = Harness::new(DEFAULT_TOP, Config::default()).unwrap();
    // tr_response is read-only: the hardware side (hw2reg .d) decides what reads return.
    let fault = TrResponse::default().with_fault(true).0;
    let at = TrResponse::OFFSET as u64;
    let start = h.cycle();
    let (v, hit) = h.poll("iommu", at, 8, fault, fault, 20).unwrap();
    assert!(!hit && v == 0);
    let took = h.cycle() - start;
    assert!((20..30).contains(&took), "gave up after the timeout: {took} cycles");
    h.set_hw2reg("iommu", "tr_response", None, "fault", Signal::D, 1).unwrap();
    let start = h.cycle();
    let (v, hit) = h.poll("iommu", at, 8, fault, fault, 20).unwrap();
    assert!(hit && TrResponse::from_bits(v).fault());
    assert!(h.cycle() - start < 5, "the first read matched");
    let obs: Vec<(bool, u64)> = h
        .take_observations()
        .into_iter()
        .filter_map(|o| match o {
            Observation::MmioPoll { timed_out, value, .. } => Some((timed_out, value.0)),
            Observation::MmioRead { .. } => panic!("a poll's reads are one observation"),
            _ => None,
        })
        .collect();
    assert_eq!(obs, [(true, 0), (false, fault)]);
}

/// The IOMMU's simulation top plugs in unchanged: its one register port, its AXI4 master and
/// its interrupt vector are bound by prefix; what it lacks (the root-port registers, the
/// link) is an error naming it; its other pins (the translation port, `cq_stall_i`) are free.
#[test]
fn the_iommu_top_is_hosted_by_its_interfaces() {
    let h = Harness::new("iommu_sim_top", Config::default()).unwrap();
    assert_eq!(h.ports(), ["iommu"]);
    let regs = IommuRegs::new(h.mmio("iommu").unwrap());
    assert_eq!(regs.capabilities().read(), Capabilities::RESET);
    let e = h.mmio("rpcfg").err().unwrap().to_string();
    assert_eq!(e, "top iommu_sim_top has no AXI4-Lite port `rpcfg` (its ports: iommu)");
    let e = h.send_tlp(&[0x4000_0001]).unwrap_err().to_string();
    assert!(e.contains("iommu_sim_top has no link"), "{e}");
    h.poke("cq_stall_i", &[1]).unwrap();
    assert!(h.poke("m_axi_arready", &[1]).is_err(), "bound to the memory model");
    assert_eq!(h.peek("iommu_irq_o").unwrap(), [0]);
    assert_eq!(h.pin("iommu_irq_o").unwrap().width, 16);
}

//! Configuration space semantics, through configuration requests on the link.

mod common;

use common::{RootComplex, BUS};
use driver::regs::pcie_ep_caps::{
    AtsCtrl, AtsExtCap, BarMemType, ExtCapHdr, ExtCapId, HeaderLayout, MemBar, PasidCap, PasidCtrl,
    PasidExtCap, PriCtrl, PriExtCap, PriReqAlloc, PriStatus, EXT_CAP_LIST_BASE,
};
use driver::regs::pcie_rp_cfg::{
    Bar0, Bar1, CapPtr, Command, Devcap, Devcap2, Devctl, Devctl2, DeviceId, HeaderType, Mps,
    PciCapHdr, PciCapId, PcieCapHdr, PcieCaps, PciePortType, PmCapHdr, Status, VendorId,
};
use driver::regs::tlp::CplStatus;
use pcie_endpoint::tlp::{Tlp, TlpBody};
use pcie_endpoint::{Device, FunctionConfig, Job, JobError, JobState, PasidParams};

fn two_functions() -> Device {
    let f1 = FunctionConfig {
        device_id: 0x7252,
        bar0_size: 1 << 14,
        max_ee_prefixes: Some(4),
        pasid: Some(PasidParams { max_width: 8, exec_supported: false, priv_supported: true }),
        ats: None,
        ..FunctionConfig::default()
    };
    Device::new(vec![FunctionConfig::default(), f1]).unwrap()
}

#[test]
fn identity_and_header_type() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    assert_eq!(
        rc.read(&mut dev, 0, VendorId::OFFSET, 2),
        u32::from(FunctionConfig::default().vendor_id)
    );
    assert_eq!(rc.read(&mut dev, 1, DeviceId::OFFSET, 2), 0x7252);
    let ht = HeaderType(rc.read(&mut dev, 0, HeaderType::OFFSET, 1) as u8);
    assert!(ht.multi_function());
    assert_eq!(ht.layout(), HeaderLayout::TYPE0.0);
    // Read-only: a write to the vendor ID changes nothing.
    rc.write(&mut dev, 0, VendorId::OFFSET, 2, 0xabcd);
    assert_eq!(
        rc.read(&mut dev, 0, VendorId::OFFSET, 2),
        u32::from(FunctionConfig::default().vendor_id)
    );
    // A single-function device clears the multi-function bit.
    let mut single = Device::new(vec![FunctionConfig::default()]).unwrap();
    assert!(!HeaderType(rc.read(&mut single, 0, HeaderType::OFFSET, 1) as u8).multi_function());
}

#[test]
fn bar_sizing() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    for (func, size) in [(0u8, 1u64 << 20), (1, 1 << 14)] {
        let low = MemBar(rc.read32(&mut dev, func, Bar0::OFFSET));
        assert_eq!(low.mem_type(), BarMemType::TYPE_64);
        assert!(!low.io_space());
        rc.write(&mut dev, func, Bar0::OFFSET, 4, u32::MAX);
        rc.write(&mut dev, func, Bar1::OFFSET, 4, u32::MAX);
        let lo = rc.read32(&mut dev, func, Bar0::OFFSET);
        let hi = rc.read32(&mut dev, func, Bar1::OFFSET);
        let type_bits = MemBar(u32::MAX).with_address(0).0;
        let mask = (u64::from(hi) << 32) | u64::from(lo & !type_bits);
        assert_eq!(!mask + 1, size, "function {func}");
        assert_eq!(MemBar(lo).mem_type(), BarMemType::TYPE_64, "type bits survive sizing");
        // Program a base: bits below the size read zero.
        rc.write(&mut dev, func, Bar0::OFFSET, 4, 0x4010_0000 | 0x123);
        rc.write(&mut dev, func, Bar1::OFFSET, 4, 0);
        assert_eq!(dev.config(func).unwrap().bar0_base(), Some(0x4010_0000));
    }
}

#[test]
fn command_and_status() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    let all =
        Command::default().with_bus_master_en(true).with_mem_space_en(true).with_io_space_en(true);
    rc.write(&mut dev, 0, Command::OFFSET, 2, all.0.into());
    let cmd = Command(rc.read(&mut dev, 0, Command::OFFSET, 2) as u16);
    assert!(cmd.bus_master_en() && cmd.mem_space_en());
    assert!(!cmd.io_space_en(), "no I/O BAR: I/O Space Enable hardwired");
    assert!(Status(rc.read(&mut dev, 0, Status::OFFSET, 2) as u16).cap_list());
    // A UR completion to a DMA read sets Received Master Abort (rw1c).
    rc.hold_reads = true;
    let job = dev.submit(0, Job::read(0x1000, 8)).unwrap();
    rc.pump(&mut dev);
    let TlpBody::Mem(m) = rc.held.pop().unwrap().body else { panic!() };
    let ur = Tlp::new(TlpBody::Completion(pcie_endpoint::tlp::Completion {
        completer_id: rc.rid,
        status: CplStatus::UR,
        bcm: false,
        byte_count: 8,
        requester_id: m.requester_id,
        tag: m.tag,
        lower_address: 0,
        attrs: Default::default(),
        data: vec![],
    }));
    dev.receive(&ur.encode().unwrap()).unwrap();
    assert_eq!(dev.job(job), Some(&JobState::Failed(JobError::CompletionStatus(CplStatus::UR))));
    let st = Status(rc.read(&mut dev, 0, Status::OFFSET, 2) as u16);
    assert!(st.received_master_abort());
    // Writing 0 keeps it, writing 1 clears it.
    rc.write(&mut dev, 0, Status::OFFSET, 2, 0);
    assert!(Status(rc.read(&mut dev, 0, Status::OFFSET, 2) as u16).received_master_abort());
    let clear = Status::default().with_received_master_abort(true);
    rc.write(&mut dev, 0, Status::OFFSET, 2, clear.0.into());
    assert!(!Status(rc.read(&mut dev, 0, Status::OFFSET, 2) as u16).received_master_abort());
}

#[test]
fn pcie_capability() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    let caps = PcieCaps(rc.read(&mut dev, 0, PcieCaps::OFFSET, 2) as u16);
    assert_eq!(caps.port_type(), PciePortType::ENDPOINT);
    let devcap = Devcap(rc.read32(&mut dev, 0, Devcap::OFFSET));
    assert_eq!(128 << devcap.max_payload_supported(), 512);
    let d2 = Devcap2(rc.read32(&mut dev, 0, Devcap2::OFFSET));
    assert!(d2.ee_prefix_supported() && d2.ext_fmt_field_supported());
    assert_eq!(d2.max_ee_prefixes(), 1);
    let d2 = Devcap2(rc.read32(&mut dev, 1, Devcap2::OFFSET));
    assert_eq!(d2.max_ee_prefixes(), 0, "four prefixes encode as 00b");
    let none = FunctionConfig { max_ee_prefixes: None, ..FunctionConfig::default() };
    let mut plain = Device::new(vec![none]).unwrap();
    assert!(!Devcap2(rc.read32(&mut plain, 0, Devcap2::OFFSET)).ee_prefix_supported());
    // DEVCTL: MPS and MRRS are rw.
    let v = Devctl(rc.read(&mut dev, 0, Devctl::OFFSET, 2) as u16)
        .with_max_payload_size(Mps::MPS_512B)
        .with_max_read_request_size(5);
    rc.write(&mut dev, 0, Devctl::OFFSET, 2, v.0.into());
    let back = Devctl(rc.read(&mut dev, 0, Devctl::OFFSET, 2) as u16);
    assert_eq!((back.max_payload_size(), back.max_read_request_size()), (Mps::MPS_512B, 5));
    // DEVCTL2: prefix blocking is a port's bit; an endpoint hardwires it.
    let blk =
        Devctl2::default().with_ee_prefix_blocking(true).with_completion_timeout_disable(true);
    rc.write(&mut dev, 0, Devctl2::OFFSET, 2, blk.0.into());
    let back = Devctl2(rc.read(&mut dev, 0, Devctl2::OFFSET, 2) as u16);
    assert!(!back.ee_prefix_blocking() && back.completion_timeout_disable());
}

/// Walk both capability lists from the generated IDs.
#[test]
fn capability_lists() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    let mut ptr = rc.read(&mut dev, 0, CapPtr::OFFSET, 1) as usize;
    let mut ids = Vec::new();
    while ptr != 0 {
        let hdr = PciCapHdr(rc.read(&mut dev, 0, ptr, 2) as u16);
        ids.push(hdr.cap_id());
        ptr = hdr.next_ptr() as usize;
    }
    assert_eq!(ids, [PciCapId::PCIE, PciCapId::PM]);
    assert_eq!(
        PmCapHdr::OFFSET,
        PciCapHdr(rc.read(&mut dev, 0, PcieCapHdr::OFFSET, 2) as u16).next_ptr() as usize
    );
    for (func, want) in [
        (0u8, vec![ExtCapId::PASID, ExtCapId::ATS, ExtCapId::PRI]),
        (1, vec![ExtCapId::PASID, ExtCapId::PRI]),
    ] {
        let mut at = EXT_CAP_LIST_BASE as usize;
        let mut got = Vec::new();
        loop {
            let hdr = ExtCapHdr(rc.read32(&mut dev, func, at));
            got.push(ExtCapId(hdr.id()));
            assert_eq!(hdr.version(), 1);
            if hdr.next() == 0 {
                break;
            }
            assert!(usize::from(hdr.next()) > at, "list moves forward");
            at = hdr.next().into();
        }
        assert_eq!(got, want, "function {func}");
    }
}

#[test]
fn pasid_ats_pri_registers() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    let pasid1 = dev.config(1).unwrap().caps().pasid.unwrap();
    let cap = PasidCap(rc.read(&mut dev, 1, pasid1 + PasidExtCap::CAP_BYTE_OFFSET, 2) as u16);
    assert_eq!(
        (cap.max_pasid_width(), cap.exec_supported(), cap.priv_supported()),
        (8, false, true)
    );
    let all = PasidCtrl::default().with_enable(true).with_exec_en(true).with_priv_en(true);
    rc.write(&mut dev, 1, pasid1 + PasidExtCap::CTRL_BYTE_OFFSET, 2, all.0.into());
    let ctrl = PasidCtrl(rc.read(&mut dev, 1, pasid1 + PasidExtCap::CTRL_BYTE_OFFSET, 2) as u16);
    assert!(ctrl.enable() && ctrl.priv_en() && !ctrl.exec_en(), "exec not supported: hardwired");
    // A PASID wider than the function's width is refused.
    rc.bring_up(&mut dev, 1, 128, 128);
    let p = pcie_endpoint::Pasid::new(0x100).unwrap();
    assert_eq!(
        dev.submit(1, Job::write(0, [1u8]).pasid(p)),
        Err(JobError::PasidWidth { pasid: 0x100, width: 8 })
    );

    let ats = dev.config(0).unwrap().caps().ats.unwrap();
    let v = AtsCtrl::default().with_enable(true).with_stu(3);
    rc.write(&mut dev, 0, ats + AtsExtCap::CTRL_BYTE_OFFSET, 2, v.0.into());
    assert_eq!(AtsCtrl(rc.read(&mut dev, 0, ats + AtsExtCap::CTRL_BYTE_OFFSET, 2) as u16), v);

    let pri = dev.config(0).unwrap().caps().pri.unwrap();
    let st = PriStatus(rc.read(&mut dev, 0, pri + PriExtCap::STATUS_BYTE_OFFSET, 2) as u16);
    assert!(st.stopped() && st.prg_resp_pasid_required());
    rc.write(&mut dev, 0, pri + PriExtCap::REQ_ALLOC_BYTE_OFFSET, 4, 32);
    assert_eq!(
        PriReqAlloc(rc.read32(&mut dev, 0, pri + PriExtCap::REQ_ALLOC_BYTE_OFFSET)).alloc(),
        32
    );
    let en = PriCtrl::default().with_enable(true).with_reset(true);
    rc.write(&mut dev, 0, pri + PriExtCap::CTRL_BYTE_OFFSET, 2, en.0.into());
    let ctrl = PriCtrl(rc.read(&mut dev, 0, pri + PriExtCap::CTRL_BYTE_OFFSET, 2) as u16);
    assert!(ctrl.enable() && !ctrl.reset(), "reset is write-only");
    let st = PriStatus(rc.read(&mut dev, 0, pri + PriExtCap::STATUS_BYTE_OFFSET, 2) as u16);
    assert!(!st.stopped(), "enabled: not stopped");
}

#[test]
fn crs_unsupported_and_bus_capture() {
    let mut dev = two_functions();
    let mut rc = RootComplex::default();
    dev.set_crs(0, 2).unwrap();
    assert_eq!(rc.raw_cfg(&mut dev, 0, false, 0).status, CplStatus::CRS);
    let c = rc.raw_cfg(&mut dev, 0, true, (Command::OFFSET / 4) as u16);
    assert_eq!(c.status, CplStatus::CRS);
    assert_eq!(rc.raw_cfg(&mut dev, 0, false, 0).status, CplStatus::SC);
    // Function 2 does not exist; Type 1 requests are not for an endpoint.
    assert_eq!(rc.raw_cfg(&mut dev, 2, false, 0).status, CplStatus::UR);
    let t1 = Tlp::new(TlpBody::Config(pcie_endpoint::tlp::ConfigRequest {
        write: false,
        type1: true,
        requester_id: rc.rid,
        tag: 9,
        first_be: 0xf,
        target: RootComplex::target(0),
        register: 0,
        data: [0; 4],
    }));
    dev.receive(&t1.encode().unwrap()).unwrap();
    rc.pump(&mut dev);
    assert_eq!(rc.cfg_cpls.pop().unwrap().status, CplStatus::UR);
    // The function learns its bus from a Type 0 write and uses it as requester ID.
    assert_eq!(dev.routing_id(0).unwrap().bus(), 0);
    rc.bring_up(&mut dev, 0, 128, 128);
    assert_eq!(dev.routing_id(0).unwrap().bus(), BUS);
    dev.submit(0, Job::write(0x2000, [7u8; 4])).unwrap();
    rc.pump(&mut dev);
    let Some(TlpBody::Mem(m)) = rc.seen.last().map(|t| t.body.clone()) else { panic!() };
    assert_eq!(m.requester_id, RootComplex::target(0));
}

#[test]
fn bad_function_configs_are_refused() {
    let bad_bar = FunctionConfig { bar0_size: 3000, ..FunctionConfig::default() };
    assert!(Device::new(vec![bad_bar]).is_err());
    let bad_mps = FunctionConfig { max_payload_supported: 100, ..FunctionConfig::default() };
    assert!(Device::new(vec![bad_mps]).is_err());
    let bad_prefixes = FunctionConfig { max_ee_prefixes: Some(5), ..FunctionConfig::default() };
    assert!(Device::new(vec![bad_prefixes]).is_err());
    assert!(Device::new(vec![]).is_err());
}

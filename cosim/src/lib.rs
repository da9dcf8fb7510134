//! Verilator co-simulation of the kit's RTL, driven from Rust.
//!
//! * [`verilated`]: the models `build.rs` builds (one per `// sim-top:` of
//!   `hw/rtl_files.f`), with pin tables (name, width, place in 32-bit word arrays) and one
//!   FFI call per clock cycle.
//! * Bus and link models: [`axil`] (AXI4-Lite master behind the driver's `Mmio`),
//!   [`axi_mem`] over [`memory`] (AXI4 slave in front of sparse host memory, with latency,
//!   backpressure and protection), [`tlp_link`] (TLP stream source and sink).
//! * [`binding`]: a top's pins bound to those models by interface prefix (`<port>_s_axil_*`,
//!   `m_axi_*`, `rx_tlp_*`/`tx_tlp_*`, `<port>_reg2hw`/`_hw2reg`, `*irq_o`), once per run.
//! * [`endpoint_link`]: the PCIe endpoint model (`pcie-endpoint`) as the far side of the link.
//! * [`harness`]: any top with every model attached; the driver's `Mmio` and `DmaMemory`
//!   traits over it, monitors that see every pin in every cycle.
//! * [`replay`]: the JSON-lines stimulus / observation format (`cargo run -p cosim -- replay`).
//! * [`hwif`] and [`gen`]: bit positions of the register blocks' `reg2hw`/`hw2reg`
//!   (generated from `regmaps/`), for tests that play the hardware side.
//! * [`sva`]: the main job (`cargo xtask demo`): shared virtual addressing end to end, the
//!   page-request path included, on the RTL or on the reference model ([`sva::model_rc`]);
//!   [`stress`]: isolation, page-request storms, bind/unbind churn and exit storms on
//!   either backend, every DMA judged against the reference (`cargo xtask stress`);
//!   [`tour`]: the kit's tour (enumeration, PASID path check, AER).
//! * [`kit`]: the whole kit (`kit_sim_top`) with the endpoint on the link and the driver on
//!   the host side, for the root-port tests, the DMA benchmark and the demo.
//! * [`platform`]: the IOMMU top (`iommu_sim_top`) as a scenario platform: the driver's test
//!   suite and the lockstep differential test run on it.
//! * [`bench`](mod@bench): Rust-driven versus pure C++ cycles per second (`cargo xtask bench cosim`).
//! * [`bench_dma`]: device DMA through root port + IOMMU, bytes per cycle (`cargo xtask bench
//!   dma`).
//! * [`bench_iommu`]: IOTLB hit throughput, miss latency, hit under miss and concurrent walks
//!   of the IOMMU RTL (`cargo xtask bench iommu`); [`bench_iotlb`]: IOTLB hit rate against
//!   working-set size and IOTLB entries (`cargo xtask bench iotlb`).

// The FST writer of the Verilator runtime needs LZ4 and zlib: link their -sys crates.
use libz_sys as _;
use lz4_sys as _;

pub mod axi_mem;
pub use cosim_common::memory;
pub mod axil;
pub mod bench;
pub mod bench_cocotb;
pub mod bench_dma;
pub mod bench_iommu;
pub mod bench_iotlb;
pub mod binding;
pub mod endpoint_link;
pub mod gen;
pub mod harness;
pub mod hwif;
pub mod kit;
pub mod platform;
pub mod replay;
pub mod stress;
pub mod sva;
pub mod tlp_link;
pub mod tour;
pub mod verilated;

pub use harness::{Config, CycleView, Harness, HarnessError, HarnessMmio, DEFAULT_TOP};

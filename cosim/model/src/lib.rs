//! The RISC-V IOMMU specification (release 20260222) made executable, for the configuration in
//! `capabilities` (`Capabilities::RESET` of the generated register map).
//!
//! Two jobs: a fast backend that the real driver runs against (the [`Model`] implements the
//! driver's `Mmio`, and reads and writes the host memory the driver uses through [`PhysMem`]),
//! and an oracle that says which answers the specification permits when caches make several
//! correct ([`Model::permitted`]).
//!
//! How the modules fit:
//! - [`mem`]: the memory trait; [`request`]: the translation port's requests and answers;
//! - `regfile` (generic register access rules from the generated `REGISTERS` table) and
//!   `control` (the side effects of particular registers, `busy` timing, interrupts);
//! - `translate` (the process to translate an IOVA) over `ddt` (device directory, DC checks),
//!   `pdt` (process directory, PC checks) and `walk` (the walker and the first-stage Sv39/Sv48
//!   walk); `ioatc` holds the history of cached entries and the warm-path memo;
//! - `commands` (command queue), `faults` (fault records and queue), `debug` (the debug
//!   translation interface); [`model`] ties them together.
//!
//! Every layout comes from the generated `driver::regs` types; comments name the
//! specification section a subtle rule comes from.
//!
//! The driver and the model share host memory; the driver programs the model through its
//! register block, and devices ask the translation port:
//!
//! ```
//! use driver::dma::PhysAddr;
//! use driver::fake::FakeDma;
//! use driver::regs::iommu_regs::{Ddtp, IommuMode, IommuRegs};
//! use iommu_model::{Config, DeviceRequest, Model, RequestKind, Response};
//!
//! let dma = FakeDma::new(PhysAddr(0x8000_0000), 1 << 20);
//! let model = Model::new(&dma, Config::default());
//! let regs = IommuRegs::new(&model);
//! regs.ddtp().write(Ddtp::default().with_iommu_mode(IommuMode::BARE));
//! match model.translate(&DeviceRequest::read(7, 0x1234_5000)) {
//!     Response::Allowed(t) => assert_eq!(t.ppn, 0x1_2345),
//!     other => panic!("{other:?}"),
//! }
//! // Bare mode passes only untranslated requests.
//! let translated = DeviceRequest::read(7, 0x1000).kind(RequestKind::Translated);
//! assert!(model.translate(&translated).fault().is_some());
//! ```

pub mod mem;
pub mod model;
pub mod request;

mod commands;
mod control;
mod ddt;
mod debug;
mod faults;
mod ioatc;
mod pdt;
mod regfile;
mod translate;
mod walk;

pub use commands::AtsMessage;
pub use faults::{fault_record, reported_with_dtf};
pub use mem::{Direction, PhysMem, Refused};
pub use model::{CachePolicy, Config, Model};
pub use request::{
    Access, AtsCompletion, AtsSuccess, DeviceRequest, Fault, RequestKind, Response, Translation,
};
pub use translate::IDENTITY_SIZE_LOG2;

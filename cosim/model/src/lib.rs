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
//! - `commands` (command queue), `faults` (fault records and queue), [`pri`] (page requests
//!   and the page-request queue), `debug` (the debug translation interface); [`model`] ties
//!   them together;
//! - [`replay`]: replay files (the co-simulation's JSON-lines format) on the model, over the
//!   co-simulation's host memory; [`bench`](mod@bench): translation rates. The `iommu-model` binary runs
//!   both (`cargo run -p iommu-model -- replay FILE`, `-- bench`).
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

//!
//! # Choices where the specification leaves one
//!
//! The RTL follows the same choices (section names of the specification in brackets):
//! - Identity translations (Bare stages, Translated requests with T2GPA = 0) report 4 KiB
//!   ([`IDENTITY_SIZE_LOG2`]), so the debug interface answers S = 0 with the exact page; an ATS
//!   Success for a Bare first stage reports 2 MiB ([`IDENTITY_ATS_SIZE_LOG2`]), the large size
//!   ATS_FAULTS recommends.
//! - ATS Success permissions: a permission asked for and denied by the tables is 0, the others
//!   come from the tables (ATS_FAULTS): W = PTE.W and D = 1 even when NW = 1 (write not asked);
//!   X only when asked and R is granted. Write asked (NW = 0) of a writable page with D = 0 is
//!   the write page fault of SADE = 0 (DC `tc`), answered R = W = 0 like every page fault.
//!   Execute Requested travels in the PASID prefix: an ATS request without a PASID never
//!   asks for execute, whatever [`DeviceRequest::execute`] says.
//! - An ATS Success that grants nothing reports the IOVA's page, 4 KiB, Global = 0 (the
//!   address is UNSPECIFIED, ATS_FAULTS); with a Bare first stage R = W = 1 whatever NW says.
//! - ATS access-fault causes follow the access asked: execute, else write (NW = 0), else read.
//! - DTF also suppresses the fault records of ATS UR/CA completions (FAULT_CAUSE column).
//! - Every V = 1 entry is cached, misconfigured ones included (only V = 0 entries may not be,
//!   CACHING); a pointer in a level-0 PTE slot is not (no walk can use it), and a PTE with
//!   W = 1, R = 0 is cached as a leaf (Zicfiss makes it one), so IOTINVAL with AV = 1 covers it.
//! - ddtp mode changes keep cached entries (DDTP: "may retain"); a write to `ddtp`, `cqcsr`,
//!   `fqcsr`, `pqcsr` or `tr_req_*` while its busy bit is 1 is ignored (UNSPECIFIED there);
//!   a new `ddtp` value is used for translation from the write on, while `busy` still reads 1.
//! - IODIR with DV = 1 and a DID wider than a 1LVL/2LVL DDT matches nothing; in Off/Bare there
//!   is no width limit (IDDT).
//! - The ATS.INVAL / ATS.PRGR payload is the message body: its zero fields are not checked as
//!   reserved command bits. ATS.INVAL completes when the device answers
//!   ([`InvalidationPolicy`]: at once by default); the queue goes on fetching meanwhile
//!   ("may advance the cqh"). An IOFENCE.C waits for every earlier one; a timeout is
//!   reported by the first IOFENCE.C that finds nothing outstanding (`cmd_to`, no AV write,
//!   no `fence_w_ip`) and only once: clearing `cmd_to` lets that fence complete normally.
//! - Debug requests with Exe = 1 are translated as an Untranslated read for execute (TTYP 1:
//!   X is checked, not R), with NW = 1 or with NW = 0 (UNSPECIFIED, TRR_CTRL).
//! - IOTINVAL.GVMA is legal (no capability gates it, unlike ATS) and has nothing to
//!   invalidate without a second stage, like IOTINVAL.VMA with GV = 1; PSCV = 1 with GVMA is
//!   illegal.
//! - The custom bits of `DC.tc` (31:24) are treated as reserved: this implementation defines
//!   no custom use, so a DC that sets them is misconfigured (259).
//! - The permitted answers share cached global *leaves* across PSCIDs but not global
//!   non-leaf entries: an implementation whose page-walk cache shares global pointers across
//!   address spaces would be conformant yet rejected by [`Model::is_permitted`]; the kit's RTL
//!   does not share them.
//! - An identity translation (Bare stage) of an IOVA at or above 2^`capabilities.PAS` is an
//!   access fault (cause 1/5/7; ATS: Completer Abort), not a truncated address that would
//!   alias low memory.
//! - Page Request / Stop Marker messages (ATS_PRI) locate the device context with the same
//!   lookup as translations, caches included: a cached context answers until
//!   IODIR.INVAL_DDT, and [`Model::permitted`] of [`DeviceRequest::page_request`] lists the
//!   stale and the fresh answer. Only GET_DC's checks (256..260) and EN_ATS/EN_PRI apply; a
//!   message with a PASID is queued even when the context has PDTV = 0.
//! - A Stop Marker is L = 1 with R = W = 0, with or without a PASID (PQ section). Records
//!   report PID 0 (with PRIV, EXEC) when PV = 0 ("all other fields are set to 0").
//! - Automatic Page Request Group Responses go to RID = `DID[15:0]` with DSV = 0 (no
//!   segment); they are logged with the software ones ([`AtsMessage::PageRequestGroupResponse`]).
//! - GET_PC step 2 indexes non-leaf level `i` with `PDI[i]` (the text says `PDI[2]`).

pub mod bench;
pub mod mem;
pub mod model;
pub mod port;
pub mod pri;
pub mod replay;
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
pub use model::{CachePolicy, Config, InvalidationPolicy, Model};
pub use pri::PageRequestOutcome;
pub use request::{
    Access, AtsCompletion, AtsSuccess, DeviceRequest, Fault, RequestKind, Response, Translation,
};
pub use translate::{IDENTITY_ATS_SIZE_LOG2, IDENTITY_SIZE_LOG2};

// Generated from regmaps/iommu_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//
// iommu_regs register block: the hardware interface of iommu_regs_reg_top.
// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
//
// reg2hw.<reg>.<field>: .q the value software wrote (rw, wo, warl, rw1c, rw1s) and .qe a
//   one-cycle pulse in the first cycle q shows a software write (rw, wo, warl).
// hw2reg.<reg>.<field>: .d the value of an ro field; .d/.de a hardware load of a warl field;
//   .set (rw1c) and .clr (rw1s) bit masks. hwinit and rsvd fields have no members.
// Registers held by the core (<NAME>_HWEXT in iommu_regs_pkg) have no per-field members:
//   reg2hw.<reg>.q (<reg>_t) the data of the last write, .qe its one-cycle pulse and .be its
//   byte enables; hw2reg.<reg>.d (<reg>_t) what reads return (rsvd members read zero).
//   <reg>_t has the members and widths of iommu_regs_pkg::<reg>_t (assign one to the other).
// Register arrays have one member per instance, <reg>_0, <reg>_1, ... (Yosys cannot select a
// member of an element of a packed array of structs). Enum-typed fields are plain vectors
// here (Yosys resolves no other package's type inside a package); the comment names the
// enum type of iommu_regs_pkg, compare them with its constants.

`resetall
`timescale 1ns / 1ps
`default_nettype none

package iommu_regs_reg_pkg;

  // ---------------------------------------------------------------------------------------
  // Layouts of the registers held by the core (Yosys resolves no other package's type here)
  // ---------------------------------------------------------------------------------------

  // ddtp (offset 0x010): layout of iommu_regs_pkg::ddtp_t, held by the core
  typedef struct packed {
    logic [9:0] rsvd_63_54;  // rsvd: reserved for standard use
    logic [43:0] ppn;  // warl: page number of the root device-directory table
    logic [4:0] rsvd_9_5;  // rsvd: reserved for standard use
    logic busy;  // ro: a mode change is still being carried out
    logic [3:0] iommu_mode;  // warl: operating mode (Off, Bare, 1/2/3-level DDT) (iommu_regs_pkg::iommu_mode_t)
  } ddtp_t;

  // cqb (offset 0x018): layout of iommu_regs_pkg::cqb_t, held by the core
  typedef struct packed {
    logic [9:0] rsvd_63_54;  // rsvd: reserved for standard use
    logic [43:0] ppn;  // warl: page number of the queue base
    logic [4:0] rsvd_9_5;  // rsvd: reserved for standard use
    logic [4:0] log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } cqb_t;

  // cqt (offset 0x024): layout of iommu_regs_pkg::cqt_t, held by the core
  typedef struct packed {
    logic [31:0] index;  // warl: entry index; bits LOG2SZ and above read 0
  } cqt_t;

  // fqb (offset 0x028): layout of iommu_regs_pkg::fqb_t, held by the core
  typedef struct packed {
    logic [9:0] rsvd_63_54;  // rsvd: reserved for standard use
    logic [43:0] ppn;  // warl: page number of the queue base
    logic [4:0] rsvd_9_5;  // rsvd: reserved for standard use
    logic [4:0] log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } fqb_t;

  // fqh (offset 0x030): layout of iommu_regs_pkg::fqh_t, held by the core
  typedef struct packed {
    logic [31:0] index;  // warl: entry index; bits LOG2SZ and above read 0
  } fqh_t;

  // pqb (offset 0x038): layout of iommu_regs_pkg::pqb_t, held by the core
  typedef struct packed {
    logic [9:0] rsvd_63_54;  // rsvd: reserved for standard use
    logic [43:0] ppn;  // warl: page number of the queue base
    logic [4:0] rsvd_9_5;  // rsvd: reserved for standard use
    logic [4:0] log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } pqb_t;

  // pqh (offset 0x040): layout of iommu_regs_pkg::pqh_t, held by the core
  typedef struct packed {
    logic [31:0] index;  // warl: entry index; bits LOG2SZ and above read 0
  } pqh_t;

  // cqcsr (offset 0x048): layout of iommu_regs_pkg::cqcsr_t, held by the core
  typedef struct packed {
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [9:0] rsvd_27_18;  // rsvd: reserved for standard use
    logic busy;  // ro: a cqcsr write is still being carried out
    logic cqon;  // ro: the command queue is active
    logic [3:0] rsvd_15_12;  // rsvd: reserved for standard use
    logic fence_w_ip;  // rw1c: an IOFENCE.C with WSI=1 completed
    logic cmd_ill;  // rw1c: illegal or unsupported command fetched; queue stopped
    logic cmd_to;  // rw1c: a command timed out (seen by IOFENCE.C); queue stopped
    logic cqmf;  // rw1c: memory fault on a queue or command access; queue stopped
    logic [5:0] rsvd_7_2;  // rsvd: reserved for standard use
    logic cie;  // rw: command-queue interrupt enable
    logic cqen;  // rw: command-queue enable
  } cqcsr_t;

  // fqcsr (offset 0x04c): layout of iommu_regs_pkg::fqcsr_t, held by the core
  typedef struct packed {
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [9:0] rsvd_27_18;  // rsvd: reserved for standard use
    logic busy;  // ro: an fqcsr write is still being carried out
    logic fqon;  // ro: the fault queue is active
    logic [5:0] rsvd_15_10;  // rsvd: reserved for standard use
    logic fqof;  // rw1c: a record was dropped because the queue was full
    logic fqmf;  // rw1c: memory fault while writing a record; recording stopped
    logic [5:0] rsvd_7_2;  // rsvd: reserved for standard use
    logic fie;  // rw: fault-queue interrupt enable
    logic fqen;  // rw: fault-queue enable
  } fqcsr_t;

  // pqcsr (offset 0x050): layout of iommu_regs_pkg::pqcsr_t, held by the core
  typedef struct packed {
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [9:0] rsvd_27_18;  // rsvd: reserved for standard use
    logic busy;  // ro: a pqcsr write is still being carried out
    logic pqon;  // ro: the page-request queue is active
    logic [5:0] rsvd_15_10;  // rsvd: reserved for standard use
    logic pqof;  // rw1c: a request was dropped because the queue was full
    logic pqmf;  // rw1c: memory fault while writing a record; recording stopped
    logic [5:0] rsvd_7_2;  // rsvd: reserved for standard use
    logic pie;  // rw: page-request-queue interrupt enable
    logic pqen;  // rw: page-request-queue enable
  } pqcsr_t;

  // tr_req_iova (offset 0x258): layout of iommu_regs_pkg::tr_req_iova_t, held by the core
  typedef struct packed {
    logic [51:0] vpn;  // rw: virtual page number of the IOVA to translate
    logic [11:0] rsvd_11_0;  // rsvd: reserved for standard use
  } tr_req_iova_t;

  // tr_req_ctl (offset 0x260): layout of iommu_regs_pkg::tr_req_ctl_t, held by the core
  typedef struct packed {
    logic [23:0] did;  // rw: device_id of the request
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [2:0] rsvd_35_33;  // rsvd: reserved for standard use
    logic pv;  // rw: pid is valid (request carries a process_id)
    logic [19:0] pid;  // rw: process_id of the request when pv is 1
    logic [7:0] rsvd_11_4;  // rsvd: reserved for standard use
    logic nw;  // rw: read-only access requested (0 asks for read and write)
    logic exe;  // rw: execute permission requested
    logic priv;  // rw: privileged (supervisor) access requested
    logic go_busy;  // rw1s: software sets to start, hardware clears when done
  } tr_req_ctl_t;

  // ---------------------------------------------------------------------------------------
  // reg2hw: register block -> core: what software wrote
  // ---------------------------------------------------------------------------------------

  // ddtp (offset 0x010): Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
  typedef struct packed {
    ddtp_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [7:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_ddtp_reg_t;

  // cqb (offset 0x018): Command-queue base: location and size of the command queue (16-byte entries).
  typedef struct packed {
    cqb_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [7:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_cqb_reg_t;

  // cqt (offset 0x024): Command-queue tail: index where software writes the next command.
  typedef struct packed {
    cqt_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_cqt_reg_t;

  // fqb (offset 0x028): Fault-queue base: location and size of the fault queue (32-byte records).
  typedef struct packed {
    fqb_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [7:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_fqb_reg_t;

  // fqh (offset 0x030): Fault-queue head: index of the next record software reads.
  typedef struct packed {
    fqh_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_fqh_reg_t;

  // pqb (offset 0x038): Page-request-queue base: location and size of the page-request queue (16-byte records).
  typedef struct packed {
    pqb_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [7:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_pqb_reg_t;

  // pqh (offset 0x040): Page-request-queue head: index of the next page request software reads.
  typedef struct packed {
    pqh_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_pqh_reg_t;

  // cqcsr (offset 0x048): Command-queue control and status.
  typedef struct packed {
    cqcsr_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_cqcsr_reg_t;

  // fqcsr (offset 0x04c): Fault-queue control and status.
  typedef struct packed {
    fqcsr_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_fqcsr_reg_t;

  // pqcsr (offset 0x050): Page-request-queue control and status.
  typedef struct packed {
    pqcsr_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_pqcsr_reg_t;

  // ipsr (offset 0x054): Interrupt pending status: one bit per interrupt source, write 1 to clear.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } pip;  // rw1c: page-request-queue interrupt pending
    struct packed {
      logic q;  // value
    } fip;  // rw1c: fault-queue interrupt pending
    struct packed {
      logic q;  // value
    } cip;  // rw1c: command-queue interrupt pending
  } iommu_regs_reg2hw_ipsr_reg_t;

  // tr_req_iova (offset 0x258): Translation-request IOVA: page of the address to translate.
  typedef struct packed {
    tr_req_iova_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [7:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_tr_req_iova_reg_t;

  // tr_req_ctl (offset 0x260): Translation-request control: request attributes and the Go/Busy handshake.
  typedef struct packed {
    tr_req_ctl_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [7:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } iommu_regs_reg2hw_tr_req_ctl_reg_t;

  // icvec (offset 0x2f8): Interrupt cause to vector: the wire (WSI) or MSI table entry of each interrupt source.
  typedef struct packed {
    struct packed {
      logic [3:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } piv;  // warl: vector of the page-request-queue interrupt
    struct packed {
      logic [3:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } pmiv;  // warl: vector of the performance-monitor interrupt
    struct packed {
      logic [3:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fiv;  // warl: vector of the fault-queue interrupt
    struct packed {
      logic [3:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } civ;  // warl: vector of the command-queue interrupt
  } iommu_regs_reg2hw_icvec_reg_t;

  typedef struct packed {
    iommu_regs_reg2hw_ddtp_reg_t ddtp;  // offset 0x010
    iommu_regs_reg2hw_cqb_reg_t cqb;  // offset 0x018
    iommu_regs_reg2hw_cqt_reg_t cqt;  // offset 0x024
    iommu_regs_reg2hw_fqb_reg_t fqb;  // offset 0x028
    iommu_regs_reg2hw_fqh_reg_t fqh;  // offset 0x030
    iommu_regs_reg2hw_pqb_reg_t pqb;  // offset 0x038
    iommu_regs_reg2hw_pqh_reg_t pqh;  // offset 0x040
    iommu_regs_reg2hw_cqcsr_reg_t cqcsr;  // offset 0x048
    iommu_regs_reg2hw_fqcsr_reg_t fqcsr;  // offset 0x04c
    iommu_regs_reg2hw_pqcsr_reg_t pqcsr;  // offset 0x050
    iommu_regs_reg2hw_ipsr_reg_t ipsr;  // offset 0x054
    iommu_regs_reg2hw_tr_req_iova_reg_t tr_req_iova;  // offset 0x258
    iommu_regs_reg2hw_tr_req_ctl_reg_t tr_req_ctl;  // offset 0x260
    iommu_regs_reg2hw_icvec_reg_t icvec;  // offset 0x2f8
  } iommu_regs_reg2hw_t;

  // ---------------------------------------------------------------------------------------
  // hw2reg: core -> register block: what hardware drives
  // ---------------------------------------------------------------------------------------

  // ddtp (offset 0x010): Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
  typedef struct packed {
    ddtp_t d;  // what a software read returns (iommu_regs_pkg::ddtp_t); rsvd members read 0
  } iommu_regs_hw2reg_ddtp_reg_t;

  // cqb (offset 0x018): Command-queue base: location and size of the command queue (16-byte entries).
  typedef struct packed {
    cqb_t d;  // what a software read returns (iommu_regs_pkg::cqb_t); rsvd members read 0
  } iommu_regs_hw2reg_cqb_reg_t;

  // cqh (offset 0x020): Command-queue head: index of the next command the IOMMU fetches.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } index;  // ro: entry index; bits LOG2SZ and above read 0
  } iommu_regs_hw2reg_cqh_reg_t;

  // cqt (offset 0x024): Command-queue tail: index where software writes the next command.
  typedef struct packed {
    cqt_t d;  // what a software read returns (iommu_regs_pkg::cqt_t); rsvd members read 0
  } iommu_regs_hw2reg_cqt_reg_t;

  // fqb (offset 0x028): Fault-queue base: location and size of the fault queue (32-byte records).
  typedef struct packed {
    fqb_t d;  // what a software read returns (iommu_regs_pkg::fqb_t); rsvd members read 0
  } iommu_regs_hw2reg_fqb_reg_t;

  // fqh (offset 0x030): Fault-queue head: index of the next record software reads.
  typedef struct packed {
    fqh_t d;  // what a software read returns (iommu_regs_pkg::fqh_t); rsvd members read 0
  } iommu_regs_hw2reg_fqh_reg_t;

  // fqt (offset 0x034): Fault-queue tail: index where the IOMMU writes the next fault record.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } index;  // ro: entry index; bits LOG2SZ and above read 0
  } iommu_regs_hw2reg_fqt_reg_t;

  // pqb (offset 0x038): Page-request-queue base: location and size of the page-request queue (16-byte records).
  typedef struct packed {
    pqb_t d;  // what a software read returns (iommu_regs_pkg::pqb_t); rsvd members read 0
  } iommu_regs_hw2reg_pqb_reg_t;

  // pqh (offset 0x040): Page-request-queue head: index of the next page request software reads.
  typedef struct packed {
    pqh_t d;  // what a software read returns (iommu_regs_pkg::pqh_t); rsvd members read 0
  } iommu_regs_hw2reg_pqh_reg_t;

  // pqt (offset 0x044): Page-request-queue tail: index where the IOMMU writes the next page request.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } index;  // ro: entry index; bits LOG2SZ and above read 0
  } iommu_regs_hw2reg_pqt_reg_t;

  // cqcsr (offset 0x048): Command-queue control and status.
  typedef struct packed {
    cqcsr_t d;  // what a software read returns (iommu_regs_pkg::cqcsr_t); rsvd members read 0
  } iommu_regs_hw2reg_cqcsr_reg_t;

  // fqcsr (offset 0x04c): Fault-queue control and status.
  typedef struct packed {
    fqcsr_t d;  // what a software read returns (iommu_regs_pkg::fqcsr_t); rsvd members read 0
  } iommu_regs_hw2reg_fqcsr_reg_t;

  // pqcsr (offset 0x050): Page-request-queue control and status.
  typedef struct packed {
    pqcsr_t d;  // what a software read returns (iommu_regs_pkg::pqcsr_t); rsvd members read 0
  } iommu_regs_hw2reg_pqcsr_reg_t;

  // ipsr (offset 0x054): Interrupt pending status: one bit per interrupt source, write 1 to clear.
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } pip;  // rw1c: page-request-queue interrupt pending
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fip;  // rw1c: fault-queue interrupt pending
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } cip;  // rw1c: command-queue interrupt pending
  } iommu_regs_hw2reg_ipsr_reg_t;

  // tr_req_iova (offset 0x258): Translation-request IOVA: page of the address to translate.
  typedef struct packed {
    tr_req_iova_t d;  // what a software read returns (iommu_regs_pkg::tr_req_iova_t); rsvd members read 0
  } iommu_regs_hw2reg_tr_req_iova_reg_t;

  // tr_req_ctl (offset 0x260): Translation-request control: request attributes and the Go/Busy handshake.
  typedef struct packed {
    tr_req_ctl_t d;  // what a software read returns (iommu_regs_pkg::tr_req_ctl_t); rsvd members read 0
  } iommu_regs_hw2reg_tr_req_ctl_reg_t;

  // tr_response (offset 0x268): Translation response: result of the last debug translation request.
  typedef struct packed {
    struct packed {
      logic [43:0] d;  // value driven by hardware
    } ppn;  // ro: translated page number (size-encoded when s is 1)
    struct packed {
      logic d;  // value driven by hardware
    } s;  // ro: translation covers more than 4 KiB, size encoded in ppn
    struct packed {
      logic d;  // value driven by hardware
    } fault;  // ro: the translation faulted; other fields are meaningless
  } iommu_regs_hw2reg_tr_response_reg_t;

  // icvec (offset 0x2f8): Interrupt cause to vector: the wire (WSI) or MSI table entry of each interrupt source.
  typedef struct packed {
    struct packed {
      logic [3:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } piv;  // warl: vector of the page-request-queue interrupt
    struct packed {
      logic [3:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } pmiv;  // warl: vector of the performance-monitor interrupt
    struct packed {
      logic [3:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } fiv;  // warl: vector of the fault-queue interrupt
    struct packed {
      logic [3:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } civ;  // warl: vector of the command-queue interrupt
  } iommu_regs_hw2reg_icvec_reg_t;

  typedef struct packed {
    iommu_regs_hw2reg_ddtp_reg_t ddtp;  // offset 0x010
    iommu_regs_hw2reg_cqb_reg_t cqb;  // offset 0x018
    iommu_regs_hw2reg_cqh_reg_t cqh;  // offset 0x020
    iommu_regs_hw2reg_cqt_reg_t cqt;  // offset 0x024
    iommu_regs_hw2reg_fqb_reg_t fqb;  // offset 0x028
    iommu_regs_hw2reg_fqh_reg_t fqh;  // offset 0x030
    iommu_regs_hw2reg_fqt_reg_t fqt;  // offset 0x034
    iommu_regs_hw2reg_pqb_reg_t pqb;  // offset 0x038
    iommu_regs_hw2reg_pqh_reg_t pqh;  // offset 0x040
    iommu_regs_hw2reg_pqt_reg_t pqt;  // offset 0x044
    iommu_regs_hw2reg_cqcsr_reg_t cqcsr;  // offset 0x048
    iommu_regs_hw2reg_fqcsr_reg_t fqcsr;  // offset 0x04c
    iommu_regs_hw2reg_pqcsr_reg_t pqcsr;  // offset 0x050
    iommu_regs_hw2reg_ipsr_reg_t ipsr;  // offset 0x054
    iommu_regs_hw2reg_tr_req_iova_reg_t tr_req_iova;  // offset 0x258
    iommu_regs_hw2reg_tr_req_ctl_reg_t tr_req_ctl;  // offset 0x260
    iommu_regs_hw2reg_tr_response_reg_t tr_response;  // offset 0x268
    iommu_regs_hw2reg_icvec_reg_t icvec;  // offset 0x2f8
  } iommu_regs_hw2reg_t;

endpackage

`resetall

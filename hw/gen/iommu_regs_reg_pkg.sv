// Generated from regmaps/iommu_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//
// iommu_regs register block: the hardware interface of iommu_regs_reg_top.
// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
//
// reg2hw.<reg>.<field>: .q the value software wrote (rw, wo, warl, rw1c, rw1s) and .qe a
//   one-cycle pulse in the first cycle q shows a software write (rw, wo, warl).
// hw2reg.<reg>.<field>: .d the value of an ro field; .d/.de a hardware load of a warl field;
//   .set (rw1c) and .clr (rw1s) bit masks. hwinit and rsvd fields have no members.
// Register arrays have one member per instance, <reg>_0, <reg>_1, ... (Yosys cannot select a
// member of an element of a packed array of structs). Enum-typed fields are plain vectors
// here (Yosys resolves no other package's type inside a package); the comment names the
// enum type of iommu_regs_pkg, compare them with its constants.

`resetall
`timescale 1ns / 1ps
`default_nettype none

package iommu_regs_reg_pkg;

  // ---------------------------------------------------------------------------------------
  // reg2hw: register block -> core: what software wrote
  // ---------------------------------------------------------------------------------------

  // ddtp (offset 0x010): Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
  typedef struct packed {
    struct packed {
      logic [43:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ppn;  // warl: page number of the root device-directory table
    struct packed {
      logic [3:0] q;  // value (iommu_regs_pkg::iommu_mode_t)
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } iommu_mode;  // warl: operating mode (Off, Bare, 1/2/3-level DDT)
  } iommu_regs_reg2hw_ddtp_reg_t;

  // cqb (offset 0x018): Command-queue base: location and size of the command queue (16-byte entries).
  typedef struct packed {
    struct packed {
      logic [43:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ppn;  // warl: page number of the queue base
    struct packed {
      logic [4:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } iommu_regs_reg2hw_cqb_reg_t;

  // cqt (offset 0x024): Command-queue tail: index where software writes the next command.
  typedef struct packed {
    struct packed {
      logic [31:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } index;  // warl: entry software fills next; bits above the queue size read 0
  } iommu_regs_reg2hw_cqt_reg_t;

  // fqb (offset 0x028): Fault-queue base: location and size of the fault queue (32-byte records).
  typedef struct packed {
    struct packed {
      logic [43:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ppn;  // warl: page number of the queue base
    struct packed {
      logic [4:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } iommu_regs_reg2hw_fqb_reg_t;

  // fqh (offset 0x030): Fault-queue head: index of the next record software reads.
  typedef struct packed {
    struct packed {
      logic [31:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } index;  // warl: record software consumes next; bits above the queue size read 0
  } iommu_regs_reg2hw_fqh_reg_t;

  // pqb (offset 0x038): Page-request-queue base: location and size of the page-request queue (16-byte records).
  typedef struct packed {
    struct packed {
      logic [43:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ppn;  // warl: page number of the queue base
    struct packed {
      logic [4:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } iommu_regs_reg2hw_pqb_reg_t;

  // pqh (offset 0x040): Page-request-queue head: index of the next page request software reads.
  typedef struct packed {
    struct packed {
      logic [31:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } index;  // warl: record software consumes next; bits above the queue size read 0
  } iommu_regs_reg2hw_pqh_reg_t;

  // cqcsr (offset 0x048): Command-queue control and status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } fence_w_ip;  // rw1c: an IOFENCE.C with WSI=1 completed
    struct packed {
      logic q;  // value
    } cmd_ill;  // rw1c: illegal or unsupported command fetched; queue stopped
    struct packed {
      logic q;  // value
    } cmd_to;  // rw1c: a command timed out (seen by IOFENCE.C); queue stopped
    struct packed {
      logic q;  // value
    } cqmf;  // rw1c: memory fault on a queue or command access; queue stopped
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } cie;  // rw: command-queue interrupt enable
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } cqen;  // rw: command-queue enable
  } iommu_regs_reg2hw_cqcsr_reg_t;

  // fqcsr (offset 0x04c): Fault-queue control and status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } fqof;  // rw1c: a record was dropped because the queue was full
    struct packed {
      logic q;  // value
    } fqmf;  // rw1c: memory fault while writing a record; recording stopped
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fie;  // rw: fault-queue interrupt enable
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fqen;  // rw: fault-queue enable
  } iommu_regs_reg2hw_fqcsr_reg_t;

  // pqcsr (offset 0x050): Page-request-queue control and status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } pqof;  // rw1c: a request was dropped because the queue was full
    struct packed {
      logic q;  // value
    } pqmf;  // rw1c: memory fault while writing a record; recording stopped
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } pie;  // rw: page-request-queue interrupt enable
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } pqen;  // rw: page-request-queue enable
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
    struct packed {
      logic [51:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } vpn;  // rw: virtual page number of the IOVA to translate
  } iommu_regs_reg2hw_tr_req_iova_reg_t;

  // tr_req_ctl (offset 0x260): Translation-request control: request attributes and the Go/Busy handshake.
  typedef struct packed {
    struct packed {
      logic [23:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } did;  // rw: device_id of the request
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } pv;  // rw: pid is valid (request carries a process_id)
    struct packed {
      logic [19:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } pid;  // rw: process_id of the request when pv is 1
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } nw;  // rw: read-only access requested (0 asks for read and write)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } exe;  // rw: execute permission requested
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } priv;  // rw: privileged (supervisor) access requested
    struct packed {
      logic q;  // value
    } go_busy;  // rw1s: software sets to start, hardware clears when done
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
    struct packed {
      logic [43:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } ppn;  // warl: page number of the root device-directory table
    struct packed {
      logic d;  // value driven by hardware
    } busy;  // ro: a mode change is still being carried out
    struct packed {
      logic [3:0] d;  // value driven by hardware (iommu_regs_pkg::iommu_mode_t)
      logic de;  // load d into the field (wins over a software write)
    } iommu_mode;  // warl: operating mode (Off, Bare, 1/2/3-level DDT)
  } iommu_regs_hw2reg_ddtp_reg_t;

  // cqb (offset 0x018): Command-queue base: location and size of the command queue (16-byte entries).
  typedef struct packed {
    struct packed {
      logic [43:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } ppn;  // warl: page number of the queue base
    struct packed {
      logic [4:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } iommu_regs_hw2reg_cqb_reg_t;

  // cqh (offset 0x020): Command-queue head: index of the next command the IOMMU fetches.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } index;  // ro: entry the IOMMU reads next
  } iommu_regs_hw2reg_cqh_reg_t;

  // cqt (offset 0x024): Command-queue tail: index where software writes the next command.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } index;  // warl: entry software fills next; bits above the queue size read 0
  } iommu_regs_hw2reg_cqt_reg_t;

  // fqb (offset 0x028): Fault-queue base: location and size of the fault queue (32-byte records).
  typedef struct packed {
    struct packed {
      logic [43:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } ppn;  // warl: page number of the queue base
    struct packed {
      logic [4:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } iommu_regs_hw2reg_fqb_reg_t;

  // fqh (offset 0x030): Fault-queue head: index of the next record software reads.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } index;  // warl: record software consumes next; bits above the queue size read 0
  } iommu_regs_hw2reg_fqh_reg_t;

  // fqt (offset 0x034): Fault-queue tail: index where the IOMMU writes the next fault record.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } index;  // ro: record slot the IOMMU fills next
  } iommu_regs_hw2reg_fqt_reg_t;

  // pqb (offset 0x038): Page-request-queue base: location and size of the page-request queue (16-byte records).
  typedef struct packed {
    struct packed {
      logic [43:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } ppn;  // warl: page number of the queue base
    struct packed {
      logic [4:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } log2szm1;  // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } iommu_regs_hw2reg_pqb_reg_t;

  // pqh (offset 0x040): Page-request-queue head: index of the next page request software reads.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
      logic de;  // load d into the field (wins over a software write)
    } index;  // warl: record software consumes next; bits above the queue size read 0
  } iommu_regs_hw2reg_pqh_reg_t;

  // pqt (offset 0x044): Page-request-queue tail: index where the IOMMU writes the next page request.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } index;  // ro: record slot the IOMMU fills next
  } iommu_regs_hw2reg_pqt_reg_t;

  // cqcsr (offset 0x048): Command-queue control and status.
  typedef struct packed {
    struct packed {
      logic d;  // value driven by hardware
    } busy;  // ro: a cqcsr write is still being carried out
    struct packed {
      logic d;  // value driven by hardware
    } cqon;  // ro: the command queue is active
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fence_w_ip;  // rw1c: an IOFENCE.C with WSI=1 completed
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } cmd_ill;  // rw1c: illegal or unsupported command fetched; queue stopped
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } cmd_to;  // rw1c: a command timed out (seen by IOFENCE.C); queue stopped
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } cqmf;  // rw1c: memory fault on a queue or command access; queue stopped
  } iommu_regs_hw2reg_cqcsr_reg_t;

  // fqcsr (offset 0x04c): Fault-queue control and status.
  typedef struct packed {
    struct packed {
      logic d;  // value driven by hardware
    } busy;  // ro: an fqcsr write is still being carried out
    struct packed {
      logic d;  // value driven by hardware
    } fqon;  // ro: the fault queue is active
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fqof;  // rw1c: a record was dropped because the queue was full
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fqmf;  // rw1c: memory fault while writing a record; recording stopped
  } iommu_regs_hw2reg_fqcsr_reg_t;

  // pqcsr (offset 0x050): Page-request-queue control and status.
  typedef struct packed {
    struct packed {
      logic d;  // value driven by hardware
    } busy;  // ro: a pqcsr write is still being carried out
    struct packed {
      logic d;  // value driven by hardware
    } pqon;  // ro: the page-request queue is active
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } pqof;  // rw1c: a request was dropped because the queue was full
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } pqmf;  // rw1c: memory fault while writing a record; recording stopped
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

  // tr_req_ctl (offset 0x260): Translation-request control: request attributes and the Go/Busy handshake.
  typedef struct packed {
    struct packed {
      logic clr;  // bits to clear (win over software's write-1-to-set)
    } go_busy;  // rw1s: software sets to start, hardware clears when done
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
    iommu_regs_hw2reg_tr_req_ctl_reg_t tr_req_ctl;  // offset 0x260
    iommu_regs_hw2reg_tr_response_reg_t tr_response;  // offset 0x268
    iommu_regs_hw2reg_icvec_reg_t icvec;  // offset 0x2f8
  } iommu_regs_hw2reg_t;

endpackage

`resetall

// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
//
// Layout of every register of the RISC-V IOMMU Architecture Specification release 20260222
// (riscv-non-isa/riscv-iommu, src/iommu_registers.adoc), at its architectural offset.
// Access tags and reset values describe this implementation: version 1.0, single-stage
// Sv39/Sv48 translation, ATS + PRI, PD8/PD17/PD20 process directories, the debug
// translation-request interface, wire-signaled interrupts only, 56-bit physical addresses.
// Optional features that are not implemented (hardware performance monitor, MSI
// configuration table, QoS IDs, big-endian and GXL controls) keep their architectural
// field layout but read as constant zero (`hwinit`, reset 0) and ignore writes.
// Offsets not covered here (custom and reserved ranges) read zero and ignore writes.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package iommu_regs_pkg;  // verilator lint_off UNUSEDPARAM

  // Size of the register window in bytes (one 4 KiB page).
  localparam int unsigned REGBLOCK_BYTES     = 4096;
  // Data width of the register bus in bytes (64-bit AXI4-Lite).
  localparam int unsigned REGBLOCK_BUS_BYTES = 8;

  // ---------------------------------------------------------------------------------------
  // Encodings
  // ---------------------------------------------------------------------------------------

  // Device-directory-table mode selected in ddtp.iommu_mode.
  // Values 5..13 are reserved, 14..15 custom; writes of those are ignored.
  typedef enum logic [3:0] {
    IOMMU_MODE_OFF  = 4'd0,  // every inbound transaction is blocked
    IOMMU_MODE_BARE = 4'd1,  // no translation, untranslated requests pass through
    IOMMU_MODE_LVL1 = 4'd2,  // one-level device directory table
    IOMMU_MODE_LVL2 = 4'd3,  // two-level device directory table
    IOMMU_MODE_LVL3 = 4'd4   // three-level device directory table
  } iommu_mode_t;

  // Interrupt generation methods reported in capabilities.igs (value 3 is reserved).
  typedef enum logic [1:0] {
    IGS_MSI  = 2'd0,  // message-signaled interrupts only
    IGS_WSI  = 2'd1,  // wire-signaled interrupts only
    IGS_BOTH = 2'd2   // both; fctl.wsi selects the method
  } igs_t;

  // ---------------------------------------------------------------------------------------
  // Identification and global control
  // ---------------------------------------------------------------------------------------

  // IOMMU capabilities: the features this implementation supports (read-only constant).
  // A set bit announces the feature; every field is fixed at design time.
  typedef struct packed {
    logic [7:0]  rsvd_custom;  // rsvd: designated for custom use
    logic [11:0] rsvd_55_44;   // rsvd: reserved for standard use
    logic        s;            // hwinit: address-range invalidation extension (IOTINVAL.S) supported
    logic        nl;           // hwinit: non-leaf PTE invalidation extension (IOTINVAL.NL) supported
    logic        qosid;        // hwinit: QoS ID tagging supported (optional, not implemented)
    logic        pd20;         // hwinit: three-level PDT with 20-bit process_id supported
    logic        pd17;         // hwinit: two-level PDT with 17-bit process_id supported
    logic        pd8;          // hwinit: one-level PDT with 8-bit process_id supported
    logic [5:0]  pas;          // hwinit: number of physical address bits the IOMMU can address
    logic        dbg;          // hwinit: debug translation-request interface (tr_req_*) present
    logic        hpm;          // hwinit: hardware performance monitor present
    igs_t        igs;          // hwinit: interrupt generation methods supported
    logic        endian;       // hwinit: spec END (an SV keyword): both endiannesses supported
    logic        t2gpa;        // hwinit: ATS completions may return guest physical addresses
    logic        ats;          // hwinit: PCIe ATS and page-request interface supported
    logic        amo_hwad;     // hwinit: atomic hardware update of PTE A/D bits supported
    logic        msi_mrif;     // hwinit: MSI translation to memory-resident interrupt files
    logic        msi_flat;     // hwinit: MSI translation with flat MSI page tables supported
    logic        amo_mrif;     // hwinit: atomic updates of memory-resident interrupt files
    logic        rsvd_20;      // rsvd: reserved for standard use
    logic        sv57x4;       // hwinit: second-stage Sv57x4 supported
    logic        sv48x4;       // hwinit: second-stage Sv48x4 supported
    logic        sv39x4;       // hwinit: second-stage Sv39x4 supported
    logic        sv32x4;       // hwinit: second-stage Sv32x4 supported
    logic        svpbmt;       // hwinit: page-based memory types (Svpbmt) supported
    logic        svrsw60t59b;  // hwinit: PTE bits 60:59 reserved for software (Svrsw60t59b)
    logic [1:0]  rsvd_13_12;   // rsvd: reserved for standard use
    logic        sv57;         // hwinit: first-stage Sv57 supported
    logic        sv48;         // hwinit: first-stage Sv48 supported
    logic        sv39;         // hwinit: first-stage Sv39 supported
    logic        sv32;         // hwinit: first-stage Sv32 supported
    logic [7:0]  version;      // hwinit: implemented spec version, major.minor in two nibbles
  } capabilities_t;
  localparam int unsigned CAPABILITIES_OFFSET = 'h000;
  // Set bits: version = 0x10 (v1.0) [7:0], sv39 [9], sv48 [10], ats [25], igs = WSI (1)
  // [29:28], dbg [31], pas = 56 (0x38) [37:32], pd8 [38], pd17 [39], pd20 [40].
  // Clear: sv32, sv57, svrsw60t59b, svpbmt, sv32x4..sv57x4, amo_mrif, msi_flat, msi_mrif,
  // amo_hwad, t2gpa, endian (little-endian only), hpm, qosid, nl, s. Release 20260222 of the
  // specification names svrsw60t59b (bit 14), nl (42) and s (43).
  localparam capabilities_t CAPABILITIES_RESET = 64'h0000_01F8_9200_0610;

  // Feature control: endianness, interrupt method and guest address width.
  // Only the fixed setting of this implementation is reported; writes are ignored.
  typedef struct packed {
    logic [15:0] rsvd_custom;  // rsvd: designated for custom use
    logic [12:0] rsvd_15_3;    // rsvd: reserved for standard use
    logic        gxl;          // hwinit: 32-bit family of guest address schemes (no G-stage)
    logic        wsi;          // hwinit: interrupts are wire-signaled (fixed to 1: WSI only)
    logic        be;           // hwinit: big-endian in-memory structures and queues (fixed to 0)
  } fctl_t;
  localparam int unsigned FCTL_OFFSET = 'h008;
  localparam fctl_t       FCTL_RESET  = 32'h0000_0002;

  // Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
  typedef struct packed {
    logic [9:0]  rsvd_63_54;  // rsvd: reserved for standard use
    logic [43:0] ppn;         // warl: page number of the root device-directory table
    logic [4:0]  rsvd_9_5;    // rsvd: reserved for standard use
    logic        busy;        // ro: a mode change is still being carried out
    iommu_mode_t iommu_mode;  // warl: operating mode (Off, Bare, 1/2/3-level DDT)
  } ddtp_t;
  localparam int unsigned DDTP_OFFSET = 'h010;
  // Core-held: a write while busy is ignored, a mode change sets busy (spec ddtp.busy)
  localparam bit          DDTP_HWEXT  = 1'b1;

  // ---------------------------------------------------------------------------------------
  // Layouts shared by the three queues' registers
  // ---------------------------------------------------------------------------------------

  // Queue base: location and size of an in-memory queue (cqb, fqb, pqb).
  typedef struct packed {
    logic [9:0]  rsvd_63_54;  // rsvd: reserved for standard use
    logic [43:0] ppn;         // warl: page number of the queue base
    logic [4:0]  rsvd_9_5;    // rsvd: reserved for standard use
    logic [4:0]  log2szm1;    // warl: log2(number of entries) - 1 (spec LOG2SZ-1)
  } queue_base_t;

  // Queue index: a head or tail index of an in-memory queue (cqh/cqt, fqh/fqt, pqh/pqt).
  // Only bits LOG2SZ-1:0 hold the index; the bits above it read 0. Which side writes it is
  // the register's: the tag on each register's typedef line.
  typedef struct packed {
    logic [31:0] index;  // ro: entry index; bits LOG2SZ and above read 0
  } queue_index_t;

  // ---------------------------------------------------------------------------------------
  // Command queue
  // ---------------------------------------------------------------------------------------

  // Command-queue base: location and size of the command queue (16-byte entries).
  typedef queue_base_t cqb_t;
  localparam int unsigned CQB_OFFSET = 'h018;
  // Core-held: written only while cqon and busy are 0; PPN masked to PAS (spec cqb)
  localparam bit          CQB_HWEXT  = 1'b1;

  // Command-queue head: index of the next command the IOMMU fetches.
  typedef queue_index_t cqh_t;  // ro: the IOMMU advances it
  localparam int unsigned CQH_OFFSET = 'h020;

  // Command-queue tail: index where software writes the next command.
  typedef queue_index_t cqt_t;  // warl: software advances it
  localparam int unsigned CQT_OFFSET = 'h024;
  // Core-held: only index bits LOG2SZ-1:0 are writable, LOG2SZ from cqb (spec cqt)
  localparam bit          CQT_HWEXT  = 1'b1;

  // ---------------------------------------------------------------------------------------
  // Fault queue
  // ---------------------------------------------------------------------------------------

  // Fault-queue base: location and size of the fault queue (32-byte records).
  typedef queue_base_t fqb_t;
  localparam int unsigned FQB_OFFSET = 'h028;
  // Core-held: written only while fqon and busy are 0; PPN masked to PAS (spec fqb)
  localparam bit          FQB_HWEXT  = 1'b1;

  // Fault-queue head: index of the next record software reads.
  typedef queue_index_t fqh_t;  // warl: software advances it
  localparam int unsigned FQH_OFFSET = 'h030;
  // Core-held: only index bits LOG2SZ-1:0 are writable, LOG2SZ from fqb (spec fqh)
  localparam bit          FQH_HWEXT  = 1'b1;

  // Fault-queue tail: index where the IOMMU writes the next fault record.
  typedef queue_index_t fqt_t;  // ro: the IOMMU advances it
  localparam int unsigned FQT_OFFSET = 'h034;

  // ---------------------------------------------------------------------------------------
  // Page-request queue
  // ---------------------------------------------------------------------------------------

  // Page-request-queue base: location and size of the page-request queue (16-byte records).
  typedef queue_base_t pqb_t;
  localparam int unsigned PQB_OFFSET = 'h038;
  // Core-held: written only while pqon and busy are 0; PPN masked to PAS (spec pqb)
  localparam bit          PQB_HWEXT  = 1'b1;

  // Page-request-queue head: index of the next page request software reads.
  typedef queue_index_t pqh_t;  // warl: software advances it
  localparam int unsigned PQH_OFFSET = 'h040;
  // Core-held: only index bits LOG2SZ-1:0 are writable, LOG2SZ from pqb (spec pqh)
  localparam bit          PQH_HWEXT  = 1'b1;

  // Page-request-queue tail: index where the IOMMU writes the next page request.
  typedef queue_index_t pqt_t;  // ro: the IOMMU advances it
  localparam int unsigned PQT_OFFSET = 'h044;

  // ---------------------------------------------------------------------------------------
  // Queue control and status, interrupts
  // ---------------------------------------------------------------------------------------

  // Command-queue control and status.
  typedef struct packed {
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [9:0] rsvd_27_18;   // rsvd: reserved for standard use
    logic       busy;         // ro: a cqcsr write is still being carried out
    logic       cqon;         // ro: the command queue is active
    logic [3:0] rsvd_15_12;   // rsvd: reserved for standard use
    logic       fence_w_ip;   // rw1c: an IOFENCE.C with WSI=1 completed
    logic       cmd_ill;      // rw1c: illegal or unsupported command fetched; queue stopped
    logic       cmd_to;       // rw1c: a command timed out (seen by IOFENCE.C); queue stopped
    logic       cqmf;         // rw1c: memory fault on a queue or command access; queue stopped
    logic [5:0] rsvd_7_2;     // rsvd: reserved for standard use
    logic       cie;          // rw: command-queue interrupt enable
    logic       cqen;         // rw: command-queue enable
  } cqcsr_t;
  localparam int unsigned CQCSR_OFFSET = 'h048;
  // Core-held: cqen 0->1 resets cqh and the error bits; busy/cqon follow the queue
  localparam bit          CQCSR_HWEXT  = 1'b1;

  // Fault-queue control and status.
  typedef struct packed {
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [9:0] rsvd_27_18;   // rsvd: reserved for standard use
    logic       busy;         // ro: an fqcsr write is still being carried out
    logic       fqon;         // ro: the fault queue is active
    logic [5:0] rsvd_15_10;   // rsvd: reserved for standard use
    logic       fqof;         // rw1c: a record was dropped because the queue was full
    logic       fqmf;         // rw1c: memory fault while writing a record; recording stopped
    logic [5:0] rsvd_7_2;     // rsvd: reserved for standard use
    logic       fie;          // rw: fault-queue interrupt enable
    logic       fqen;         // rw: fault-queue enable
  } fqcsr_t;
  localparam int unsigned FQCSR_OFFSET = 'h04C;
  // Core-held: fqen 0->1 resets fqh and the error bits; busy/fqon follow the queue
  localparam bit          FQCSR_HWEXT  = 1'b1;

  // Page-request-queue control and status.
  typedef struct packed {
    logic [3:0] rsvd_custom;  // rsvd: designated for custom use
    logic [9:0] rsvd_27_18;   // rsvd: reserved for standard use
    logic       busy;         // ro: a pqcsr write is still being carried out
    logic       pqon;         // ro: the page-request queue is active
    logic [5:0] rsvd_15_10;   // rsvd: reserved for standard use
    logic       pqof;         // rw1c: a request was dropped because the queue was full
    logic       pqmf;         // rw1c: memory fault while writing a record; recording stopped
    logic [5:0] rsvd_7_2;     // rsvd: reserved for standard use
    logic       pie;          // rw: page-request-queue interrupt enable
    logic       pqen;         // rw: page-request-queue enable
  } pqcsr_t;
  localparam int unsigned PQCSR_OFFSET = 'h050;
  // Core-held: pqen 0->1 resets pqh and the error bits; busy/pqon follow the queue
  localparam bit          PQCSR_HWEXT  = 1'b1;

  // Interrupt pending status: one bit per interrupt source, write 1 to clear.
  typedef struct packed {
    logic [15:0] rsvd_31_16;   // rsvd: reserved for standard use
    logic [7:0]  rsvd_custom;  // rsvd: designated for custom use
    logic [3:0]  rsvd_7_4;     // rsvd: reserved for standard use
    logic        pip;          // rw1c: page-request-queue interrupt pending
    logic        pmip;         // hwinit: performance-monitor interrupt pending (no HPM: always 0)
    logic        fip;          // rw1c: fault-queue interrupt pending
    logic        cip;          // rw1c: command-queue interrupt pending
  } ipsr_t;
  localparam int unsigned IPSR_OFFSET = 'h054;

  // ---------------------------------------------------------------------------------------
  // Hardware performance monitor (not implemented: capabilities.hpm = 0, all read zero)
  // ---------------------------------------------------------------------------------------

  // One bit per counter of the performance monitor (iocountovf, iocountinh).
  typedef struct packed {
    logic [30:0] hpm;  // hwinit: iohpmctr1..31 (bit n-1 for counter n)
    logic        cy;   // hwinit: iohpmcycles
  } hpm_counters_t;

  // Counter overflow summary: copies of the OF bits of the cycle and event counters.
  typedef hpm_counters_t iocountovf_t;
  localparam int unsigned IOCOUNTOVF_OFFSET = 'h058;

  // Counter inhibits: a set bit stops the corresponding counter.
  typedef hpm_counters_t iocountinh_t;
  localparam int unsigned IOCOUNTINH_OFFSET = 'h05C;

  // Cycle counter with its sticky overflow flag.
  typedef struct packed {
    logic        of;       // hwinit: counter wrapped (also masks the overflow interrupt)
    logic [62:0] counter;  // hwinit: elapsed clock cycles
  } iohpmcycles_t;
  localparam int unsigned IOHPMCYCLES_OFFSET = 'h060;

  // Event counters iohpmctr1..iohpmctr31 (array index 0 is iohpmctr1).
  typedef struct packed {
    logic [63:0] counter;  // hwinit: number of selected events counted
  } iohpmctr_t;
  localparam int unsigned IOHPMCTR_OFFSET = 'h068;
  localparam int unsigned IOHPMCTR_COUNT  = 31;
  localparam int unsigned IOHPMCTR_STRIDE = 8;

  // Event selectors iohpmevt1..iohpmevt31 (array index 0 is iohpmevt1).
  typedef struct packed {
    logic        of;         // hwinit: counter wrapped (also masks the overflow interrupt)
    logic        idt;        // hwinit: filter IDs are GSCID/PSCID (1) or device_id/process_id (0)
    logic        dv_gscv;    // hwinit: count only when device_id/GSCID matches
    logic        pv_pscv;    // hwinit: count only when process_id/PSCID matches
    logic [23:0] did_gscid;  // hwinit: device_id or GSCID to match
    logic [19:0] pid_pscid;  // hwinit: process_id or PSCID to match
    logic        dmask;      // hwinit: partial match, low bits up to the first 0 ignored
    logic [14:0] event_id;   // hwinit: event to count (spec eventID), 0 counts nothing
  } iohpmevt_t;
  localparam int unsigned IOHPMEVT_OFFSET = 'h160;
  localparam int unsigned IOHPMEVT_COUNT  = 31;
  localparam int unsigned IOHPMEVT_STRIDE = 8;

  // ---------------------------------------------------------------------------------------
  // Debug translation-request interface (capabilities.dbg = 1)
  // ---------------------------------------------------------------------------------------

  // Translation-request IOVA: page of the address to translate.
  typedef struct packed {
    logic [51:0] vpn;         // rw: virtual page number of the IOVA to translate
    logic [11:0] rsvd_11_0;   // rsvd: reserved for standard use
  } tr_req_iova_t;
  localparam int unsigned TR_REQ_IOVA_OFFSET = 'h258;
  // Core-held: must not change while tr_req_ctl.go_busy is 1 (iommu_registers.adoc, tr_req_ctl Go/Busy)
  localparam bit          TR_REQ_IOVA_HWEXT  = 1'b1;

  // Translation-request control: request attributes and the Go/Busy handshake.
  typedef struct packed {
    logic [23:0] did;          // rw: device_id of the request
    logic [3:0]  rsvd_custom;  // rsvd: designated for custom use
    logic [2:0]  rsvd_35_33;   // rsvd: reserved for standard use
    logic        pv;           // rw: pid is valid (request carries a process_id)
    logic [19:0] pid;          // rw: process_id of the request when pv is 1
    logic [7:0]  rsvd_11_4;    // rsvd: reserved for standard use
    logic        nw;           // rw: read-only access requested (0 asks for read and write)
    logic        exe;          // rw: execute permission requested
    logic        priv;         // rw: privileged (supervisor) access requested
    logic        go_busy;      // rw1s: software sets to start, hardware clears when done
  } tr_req_ctl_t;
  localparam int unsigned TR_REQ_CTL_OFFSET = 'h260;
  // Core-held: a write setting go_busy starts a request; ignored while go_busy is 1
  localparam bit          TR_REQ_CTL_HWEXT  = 1'b1;

  // Translation response: result of the last debug translation request.
  typedef struct packed {
    logic [3:0]  rsvd_custom;  // rsvd: designated for custom use
    logic [5:0]  rsvd_59_54;   // rsvd: reserved for standard use
    logic [43:0] ppn;          // ro: translated page number (size-encoded when s is 1)
    logic        s;            // ro: translation covers more than 4 KiB, size encoded in ppn
    logic [1:0]  pbmt;         // hwinit: memory type of the translation (zero: Svpbmt is not supported)
    logic [5:0]  rsvd_6_1;     // rsvd: reserved for standard use
    logic        fault;        // ro: the translation faulted; other fields are meaningless
  } tr_response_t;
  localparam int unsigned TR_RESPONSE_OFFSET = 'h268;

  // ---------------------------------------------------------------------------------------
  // QoS IDs (optional, not implemented: capabilities.qosid = 0, all read zero)
  // ---------------------------------------------------------------------------------------

  // QoS IDs for IOMMU-initiated memory requests.
  typedef struct packed {
    logic [3:0]  rsvd_31_28;  // rsvd: reserved for standard use
    logic [11:0] mcid;        // hwinit: monitoring counter ID for IOMMU requests
    logic [3:0]  rsvd_15_12;  // rsvd: reserved for standard use
    logic [11:0] rcid;        // hwinit: resource control ID for IOMMU requests
  } iommu_qosid_t;
  localparam int unsigned IOMMU_QOSID_OFFSET = 'h270;

  // ---------------------------------------------------------------------------------------
  // Interrupt vectors and MSI configuration
  // ---------------------------------------------------------------------------------------

  // Interrupt cause to vector: the wire (WSI) or MSI table entry of each interrupt source.
  typedef struct packed {
    logic [31:0] rsvd_custom;  // rsvd: designated for custom use
    logic [15:0] rsvd_31_16;   // rsvd: reserved for standard use
    logic [3:0]  piv;          // warl: vector of the page-request-queue interrupt
    logic [3:0]  pmiv;         // warl: vector of the performance-monitor interrupt
    logic [3:0]  fiv;          // warl: vector of the fault-queue interrupt
    logic [3:0]  civ;          // warl: vector of the command-queue interrupt
  } icvec_t;
  localparam int unsigned ICVEC_OFFSET = 'h2F8;

  // MSI table entry address (entries 0..15; hardwired to 0 since interrupts are WSI only).
  typedef struct packed {
    logic [7:0]  rsvd_63_56;  // rsvd: reserved for standard use
    logic [53:0] addr;        // hwinit: bits 55:2 of the 4-byte aligned MSI address
    logic [1:0]  rsvd_1_0;    // rsvd: always 0 (address is 4-byte aligned)
  } msi_addr_t;
  localparam int unsigned MSI_ADDR_OFFSET = 'h300;
  localparam int unsigned MSI_ADDR_COUNT  = 16;
  localparam int unsigned MSI_ADDR_STRIDE = 16;

  // MSI table entry data (entries 0..15; hardwired to 0 since interrupts are WSI only).
  typedef struct packed {
    logic [31:0] data;  // hwinit: data value written by the MSI
  } msi_data_t;
  localparam int unsigned MSI_DATA_OFFSET = 'h308;
  localparam int unsigned MSI_DATA_COUNT  = 16;
  localparam int unsigned MSI_DATA_STRIDE = 16;

  // MSI table entry vector control (entries 0..15; hardwired to 0 since interrupts are WSI only).
  typedef struct packed {
    logic [30:0] rsvd_31_1;  // rsvd: reserved for standard use
    logic        m;          // hwinit: vector masked, its message is held back
  } msi_vec_ctl_t;
  localparam int unsigned MSI_VEC_CTL_OFFSET = 'h30C;
  localparam int unsigned MSI_VEC_CTL_COUNT  = 16;
  localparam int unsigned MSI_VEC_CTL_STRIDE = 16;

  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

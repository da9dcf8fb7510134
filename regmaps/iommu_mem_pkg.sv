// RISC-V IOMMU in-memory formats (little-endian, doublewords as 64-bit values).
//
// Everything the IOMMU and its driver exchange through memory, per the RISC-V IOMMU
// Architecture Specification release 20260222 (riscv-non-isa/riscv-iommu,
// src/iommu_data_structures.adoc and src/iommu_in_memory_queues.adoc) and, for page-table
// entries, the RISC-V privileged specification: base-format device context and DDT entries,
// process context and PDT entries, Sv39/Sv48 PTEs, command-queue commands, fault records and page-request records,
// with the mode, opcode, fault-cause and transaction-type encodings. Byte 0 of every
// structure holds bits [7:0] (fctl.be = 0); multi-doubleword structures list their last
// doubleword first. This implementation uses the base-format (32-byte) device context
// (capabilities.msi_flat = 0) and single-stage translation only.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package iommu_mem_pkg;  // verilator lint_off UNUSEDPARAM

  // ---------------------------------------------------------------------------------------
  // Index splits of device_id and process_id
  // ---------------------------------------------------------------------------------------

  // Width of a device_id (PCIe segment, bus, device, function).
  localparam int unsigned DEVICE_ID_BITS  = 24;
  // Width of a process_id (PCIe PASID).
  localparam int unsigned PROCESS_ID_BITS = 20;

  // Base-format DDT: bits of device_id that index the leaf level (DDI[0], device_id[6:0]).
  localparam int unsigned DDI0_BITS  = 7;
  // Base-format DDT: bits of device_id that index the middle level (DDI[1], device_id[15:7]).
  localparam int unsigned DDI1_BITS  = 9;
  // Base-format DDT: bits of device_id that index the top level (DDI[2], device_id[23:16]).
  localparam int unsigned DDI2_BITS  = 8;
  // Position of DDI[1] in device_id.
  localparam int unsigned DDI1_SHIFT = DDI0_BITS;
  // Position of DDI[2] in device_id.
  localparam int unsigned DDI2_SHIFT = DDI0_BITS + DDI1_BITS;

  // PDT: bits of process_id that index the leaf level (PDI[0], process_id[7:0]).
  localparam int unsigned PDI0_BITS  = 8;
  // PDT: bits of process_id that index the middle level (PDI[1], process_id[16:8]).
  localparam int unsigned PDI1_BITS  = 9;
  // PDT: bits of process_id that index the top level (PDI[2], process_id[19:17]).
  localparam int unsigned PDI2_BITS  = 3;
  // Position of PDI[1] in process_id.
  localparam int unsigned PDI1_SHIFT = PDI0_BITS;
  // Position of PDI[2] in process_id.
  localparam int unsigned PDI2_SHIFT = PDI0_BITS + PDI1_BITS;

  // log2 of the page size: every PPN field holds an address shifted right by this.
  localparam int unsigned PAGE_SHIFT  = 12;
  // Bits of virtual page number resolved by each page-table level (Sv39/Sv48).
  localparam int unsigned PT_VPN_BITS = 9;
  // Page-table levels walked for Sv39.
  localparam int unsigned SV39_LEVELS = 3;
  // Page-table levels walked for Sv48.
  localparam int unsigned SV48_LEVELS = 4;
  // Page-table levels walked for Sv57 (not supported here: capabilities.sv57 = 0).
  localparam int unsigned SV57_LEVELS = 5;
  // A second-stage (SvNx4) root table spans 2^G_ROOT_EXTRA_BITS pages (16 KiB) and must be
  // aligned to its size: the low G_ROOT_EXTRA_BITS bits of iohgatp.PPN are zero.
  localparam int unsigned G_ROOT_EXTRA_BITS = 2;
  // Svnapot (mandatory for IOMMUs): a level-0 leaf with pte.n = 1 maps a naturally aligned
  // 64 KiB range. Bits of PPN (and of VPN[0]) the 64 KiB NAPOT range covers.
  localparam int unsigned NAPOT_64K_BITS = 4;
  // pte.ppn[3:0] of a 64 KiB NAPOT leaf (1000b); other values with pte.n = 1 are reserved.
  localparam int unsigned NAPOT_64K_CODE = 8;

  // ---------------------------------------------------------------------------------------
  // Mode encodings
  // ---------------------------------------------------------------------------------------

  // First-stage translation scheme (iosatp.MODE in DC.fsc, PC.fsc.MODE) with DC.tc.sxl = 0.
  // With sxl = 1 the value 8 means Sv32 instead (not supported here); 14..15 are custom.
  typedef enum logic [3:0] {
    IOSATP_MODE_BARE = 4'd0,   // no first-stage translation
    IOSATP_MODE_SV39 = 4'd8,   // 39-bit virtual addresses, three-level page table
    IOSATP_MODE_SV48 = 4'd9,   // 48-bit virtual addresses, four-level page table
    IOSATP_MODE_SV57 = 4'd10   // 57-bit virtual addresses, five-level page table
  } iosatp_mode_t;

  // Process-directory-table depth (pdtp.MODE in DC.fsc when DC.tc.pdtv = 1).
  typedef enum logic [3:0] {
    PDTP_MODE_BARE = 4'd0,  // no process directory; first stage is Bare
    PDTP_MODE_PD8  = 4'd1,  // one level, process_id up to 8 bits
    PDTP_MODE_PD17 = 4'd2,  // two levels, process_id up to 17 bits
    PDTP_MODE_PD20 = 4'd3   // three levels, process_id up to 20 bits
  } pdtp_mode_t;

  // Second-stage translation scheme (iohgatp.MODE) with fctl.gxl = 0.
  // With gxl = 1 the value 8 means Sv32x4 instead. Only Bare is supported here.
  typedef enum logic [3:0] {
    IOHGATP_MODE_BARE   = 4'd0,   // no second-stage translation
    IOHGATP_MODE_SV39X4 = 4'd8,   // 41-bit guest physical addresses
    IOHGATP_MODE_SV48X4 = 4'd9,   // 50-bit guest physical addresses
    IOHGATP_MODE_SV57X4 = 4'd10   // 59-bit guest physical addresses
  } iohgatp_mode_t;

  // ---------------------------------------------------------------------------------------
  // Device directory table
  // ---------------------------------------------------------------------------------------

  // Non-leaf device-directory-table entry: points to the next DDT level.
  typedef struct packed {
    logic [9:0]  rsvd_63_54;  // rsvd: reserved, must be zero
    logic [43:0] ppn;         // page number of the next-level table
    logic [8:0]  rsvd_9_1;    // rsvd: reserved, must be zero
    logic        v;           // entry is valid
  } ddte_t;
  localparam int unsigned DDTE_BYTES = 8;

  // Device context translation control (DC doubleword 0).
  typedef struct packed {
    logic [31:0] rsvd_63_32;   // rsvd: reserved, must be zero
    logic [7:0]  rsvd_custom;  // rsvd: designated for custom use, must be zero here
    logic [11:0] rsvd_23_12;   // rsvd: reserved, must be zero
    logic        sxl;          // first stage uses the 32-bit scheme family (must be 0 here)
    logic        sbe;          // PDT and first-stage PTEs are big-endian (must be 0 here)
    logic        dpe;          // requests without process_id use process_id 0 (needs pdtv)
    logic        sade;         // hardware sets first-stage A/D bits (needs capabilities.amo_hwad)
    logic        gade;         // hardware sets second-stage A/D bits (needs capabilities.amo_hwad)
    logic        prpr;         // IOMMU-generated PRG responses carry the PASID of the request
    logic        pdtv;         // fsc holds a pdtp (process directory) instead of an iosatp
    logic        dtf;          // do not report translation faults of this device
    logic        t2gpa;        // ATS returns guest physical addresses (needs capabilities.t2gpa)
    logic        en_pri;       // page requests (PRI) allowed
    logic        en_ats;       // ATS translation requests and translated requests allowed
    logic        v;            // device context is valid
  } dc_tc_t;
  localparam int unsigned DC_TC_BYTES = 8;

  // Device context second-stage control (DC doubleword 1).
  typedef struct packed {
    iohgatp_mode_t mode;   // second-stage scheme
    logic [15:0]   gscid;  // guest soft-context ID tagging cached second-stage translations
    logic [43:0]   ppn;    // page number of the root second-stage table (16 KiB aligned)
  } dc_iohgatp_t;
  localparam int unsigned DC_IOHGATP_BYTES = 8;

  // Device context translation attributes (DC doubleword 2).
  typedef struct packed {
    logic [11:0] rsvd_mcid;   // rsvd: MCID of the QoS ID extension; zero (capabilities.qosid = 0)
    logic [11:0] rsvd_rcid;   // rsvd: RCID of the QoS ID extension; zero (capabilities.qosid = 0)
    logic [7:0]  rsvd_39_32;  // rsvd: reserved, must be zero
    logic [19:0] pscid;       // process soft-context ID of the address space when pdtv is 0
    logic [11:0] rsvd_11_0;   // rsvd: reserved, must be zero
  } dc_ta_t;
  localparam int unsigned DC_TA_BYTES = 8;

  // Device context first-stage context (DC doubleword 3): iosatp if tc.pdtv is 0, else pdtp.
  typedef struct packed {
    logic [3:0]  mode;        // iosatp_mode_t when tc.pdtv is 0, pdtp_mode_t when it is 1
    logic [15:0] rsvd_59_44;  // rsvd: reserved, must be zero
    logic [43:0] ppn;         // page number of the root page table or root PDT
  } dc_fsc_t;
  localparam int unsigned DC_FSC_BYTES = 8;

  // Base-format device context: leaf DDT entry, indexed by DDI[0].
  // Doublewords in memory order: tc, iohgatp, ta, fsc.
  typedef struct packed {
    dc_fsc_t     fsc;      // first-stage context (doubleword 3, bytes 24..31)
    dc_ta_t      ta;       // translation attributes (doubleword 2, bytes 16..23)
    dc_iohgatp_t iohgatp;  // second-stage context (doubleword 1, bytes 8..15)
    dc_tc_t      tc;       // translation control (doubleword 0, bytes 0..7)
  } device_context_t;
  localparam int unsigned DEVICE_CONTEXT_BYTES = 32;

  // ---------------------------------------------------------------------------------------
  // Process directory table
  // ---------------------------------------------------------------------------------------

  // Non-leaf process-directory-table entry: points to the next PDT level.
  typedef struct packed {
    logic [9:0]  rsvd_63_54;  // rsvd: reserved, must be zero
    logic [43:0] ppn;         // page number of the next-level table
    logic [8:0]  rsvd_9_1;    // rsvd: reserved, must be zero
    logic        v;           // entry is valid
  } pdte_t;
  localparam int unsigned PDTE_BYTES = 8;

  // Process context translation attributes (PC doubleword 0).
  typedef struct packed {
    logic [31:0] rsvd_63_32;  // rsvd: reserved, must be zero
    logic [19:0] pscid;       // process soft-context ID of the address space
    logic [8:0]  rsvd_11_3;   // rsvd: reserved, must be zero
    logic        sum;         // supervisor requests may access user (U=1) pages
    logic        ens;         // supervisor-privilege requests are allowed
    logic        v;           // process context is valid
  } pc_ta_t;
  localparam int unsigned PC_TA_BYTES = 8;

  // Process context first-stage context (PC doubleword 1).
  typedef struct packed {
    iosatp_mode_t mode;        // first-stage scheme
    logic [15:0]  rsvd_59_44;  // rsvd: reserved, must be zero
    logic [43:0]  ppn;         // page number of the root first-stage page table
  } pc_fsc_t;
  localparam int unsigned PC_FSC_BYTES = 8;

  // Process context: leaf PDT entry, indexed by PDI[0].
  // Doublewords in memory order: ta, fsc.
  typedef struct packed {
    pc_fsc_t fsc;  // first-stage context (doubleword 1, bytes 8..15)
    pc_ta_t  ta;   // translation attributes (doubleword 0, bytes 0..7)
  } process_context_t;
  localparam int unsigned PROCESS_CONTEXT_BYTES = 16;

  // ---------------------------------------------------------------------------------------
  // Page tables
  // ---------------------------------------------------------------------------------------

  // Sv39/Sv48 page-table entry (RISC-V privileged specification).
  // Leaf when any of r/w/x is set; x/w/r = 0/1/0 is reserved. Svnapot (n) is mandatory
  // for IOMMUs; pbmt must be zero here (no Svpbmt). Bits 60:59 are reserved for software
  // only with the Svrsw60t59b extension (capabilities.Svrsw60t59b, not implemented here).
  typedef struct packed {
    logic        n;           // NAPOT contiguous range (Svnapot, 64 KiB)
    logic [1:0]  pbmt;        // page-based memory type (Svpbmt)
    logic [6:0]  rsvd_60_54;  // rsvd: reserved, must be zero
    logic [43:0] ppn;         // physical page number of the page or next-level table
    logic [1:0]  rsw;         // reserved for supervisor software, ignored by hardware
    logic        d;           // the page has been written (dirty)
    logic        a;           // the page has been accessed
    logic        g;           // global mapping (all address spaces)
    logic        u;           // accessible to user mode
    logic        x;           // executable
    logic        w;           // writable
    logic        r;           // readable
    logic        v;           // entry is valid
  } pte_t;
  localparam int unsigned PTE_BYTES = 8;

  // ---------------------------------------------------------------------------------------
  // Command queue
  // ---------------------------------------------------------------------------------------

  // Command opcodes (7 bits; 5..63 reserved, 64..127 custom).
  typedef enum logic [6:0] {
    CMD_OPCODE_IOTINVAL = 7'd1,  // address-translation cache invalidation
    CMD_OPCODE_IOFENCE  = 7'd2,  // command-queue fence
    CMD_OPCODE_IODIR    = 7'd3,  // directory cache invalidation
    CMD_OPCODE_ATS      = 7'd4   // PCIe ATS invalidation and page-request group response
  } cmd_opcode_t;

  // Functions of the IOTINVAL opcode.
  typedef enum logic [2:0] {
    IOTINVAL_FUNC3_VMA  = 3'd0,  // invalidate first-stage (and single-stage) translations
    IOTINVAL_FUNC3_GVMA = 3'd1   // invalidate second-stage translations
  } iotinval_func3_t;

  // Functions of the IOFENCE opcode.
  typedef enum logic [2:0] {
    IOFENCE_FUNC3_C = 3'd0  // wait for all earlier commands, then optionally signal
  } iofence_func3_t;

  // Functions of the IODIR opcode.
  typedef enum logic [2:0] {
    IODIR_FUNC3_INVAL_DDT = 3'd0,  // invalidate cached device contexts (and their PDT entries)
    IODIR_FUNC3_INVAL_PDT = 3'd1   // invalidate a cached process context
  } iodir_func3_t;

  // Functions of the ATS opcode.
  typedef enum logic [2:0] {
    ATS_FUNC3_INVAL = 3'd0,  // send an ATS Invalidation Request to a device
    ATS_FUNC3_PRGR  = 3'd1   // send a Page Request Group Response to a device
  } ats_func3_t;

  // Page Request Group Response codes (PCIe), used in ATS.PRGR payloads.
  typedef enum logic [3:0] {
    PRG_RESP_SUCCESS = 4'd0,   // pages are resident, the device retries
    PRG_RESP_INVALID = 4'd1,   // request cannot be satisfied (Invalid Request)
    PRG_RESP_FAILURE = 4'd15   // catastrophic failure; the device disables its PRI
  } prg_resp_t;

  // Any command: the common opcode/func3 header and the opcode-specific operands.
  typedef struct packed {
    logic [63:0] dw1;       // second doubleword: opcode-specific operands
    logic [53:0] operands;  // opcode-specific operands of the first doubleword
    logic [2:0]  func3;     // function within the opcode
    cmd_opcode_t opcode;    // command group
  } cmd_t;
  localparam int unsigned CMD_BYTES = 16;

  // IOTINVAL.VMA / IOTINVAL.GVMA: invalidate cached address translations.
  // Bits 34 (NL) and 73 (S) belong to the non-leaf PTE and address range invalidation
  // extensions (iommu_extensions.adoc); they stay reserved because this IOMMU reports
  // capabilities.NL = capabilities.S = 0, so a command that sets them is illegal.
  typedef struct packed {
    logic [1:0]      rsvd_127_126;  // rsvd: reserved, must be zero
    logic [51:0]     addr;          // bits 63:12 of the IOVA (VMA) or GPA (GVMA) when av is 1
    logic            rsvd_s;        // rsvd: S of the address range invalidation extension; reserved (capabilities.S = 0)
    logic [8:0]      rsvd_72_64;    // rsvd: reserved, must be zero
    logic [3:0]      rsvd_63_60;    // rsvd: reserved, must be zero
    logic [15:0]     gscid;         // guest soft-context ID when gv is 1
    logic [8:0]      rsvd_43_35;    // rsvd: reserved, must be zero
    logic            rsvd_nl;       // rsvd: NL of the non-leaf PTE invalidation extension; reserved (capabilities.NL = 0)
    logic            gv;            // gscid is valid (else host address spaces)
    logic            pscv;          // pscid is valid (VMA only)
    logic [19:0]     pscid;         // process soft-context ID when pscv is 1
    logic            rsvd_11;       // rsvd: reserved, must be zero
    logic            av;            // addr is valid (else the whole address space)
    iotinval_func3_t func3;         // VMA or GVMA
    cmd_opcode_t     opcode;        // IOTINVAL
  } cmd_iotinval_t;
  localparam int unsigned CMD_IOTINVAL_BYTES = 16;

  // IOFENCE.C: complete all earlier commands, then optionally write data and/or interrupt.
  typedef struct packed {
    logic [1:0]     rsvd_127_126;  // rsvd: reserved, must be zero
    logic [61:0]    addr;          // bits 63:2 of the address data is written to when av is 1
    logic [31:0]    data;          // 32-bit value stored at addr on completion when av is 1
    logic [17:0]    rsvd_31_14;    // rsvd: reserved, must be zero
    logic           pw;            // order earlier device writes globally before completing
    logic           pr;            // order earlier device reads globally before completing
    logic           wsi;           // set cqcsr.fence_w_ip on completion (wired interrupts)
    logic           av;            // write data to addr on completion
    iofence_func3_t func3;         // C
    cmd_opcode_t    opcode;        // IOFENCE
  } cmd_iofence_t;
  localparam int unsigned CMD_IOFENCE_BYTES = 16;

  // IODIR.INVAL_DDT / IODIR.INVAL_PDT: invalidate cached directory entries.
  typedef struct packed {
    logic [63:0]  rsvd_127_64;  // rsvd: reserved, must be zero
    logic [23:0]  did;          // device_id when dv is 1
    logic [5:0]   rsvd_39_34;   // rsvd: reserved, must be zero
    logic         dv;           // did is valid (else all devices; must be 1 for INVAL_PDT)
    logic         rsvd_32;      // rsvd: reserved, must be zero
    logic [19:0]  pid;          // process_id whose PDT entry is invalidated (INVAL_PDT only)
    logic [1:0]   rsvd_11_10;   // rsvd: reserved, must be zero
    iodir_func3_t func3;        // INVAL_DDT or INVAL_PDT
    cmd_opcode_t  opcode;       // IODIR
  } cmd_iodir_t;
  localparam int unsigned CMD_IODIR_BYTES = 16;

  // ATS.INVAL / ATS.PRGR: send a PCIe ATS message to a device function.
  // The payload is an ats_inval_payload_t or an ats_prgr_payload_t.
  typedef struct packed {
    logic [63:0] payload;     // message body (doubleword 1)
    logic [7:0]  dseg;        // destination segment number when dsv is 1
    logic [15:0] rid;         // requester ID (bus/device/function) of the target function
    logic [5:0]  rsvd_39_34;  // rsvd: reserved, must be zero
    logic        dsv;         // dseg is valid
    logic        pv;          // the message carries a PASID prefix with pid
    logic [19:0] pid;         // PASID of the message when pv is 1
    logic [1:0]  rsvd_11_10;  // rsvd: reserved, must be zero
    ats_func3_t  func3;       // INVAL or PRGR
    cmd_opcode_t opcode;      // ATS
  } cmd_ats_t;
  localparam int unsigned CMD_ATS_BYTES = 16;

  // Payload of ATS.INVAL: the range to invalidate in the device's translation cache.
  typedef struct packed {
    logic [51:0] addr;       // untranslated address bits 63:12 (range-encoded when s is 1)
    logic        s;          // size bit: range larger than 4 KiB, encoded in addr
    logic [9:0]  rsvd_10_1;  // rsvd: must be zero
    logic        g;          // invalidate global mappings of all PASIDs
  } ats_inval_payload_t;
  localparam int unsigned ATS_INVAL_PAYLOAD_BYTES = 8;

  // Payload of ATS.PRGR: the page request group being answered and the answer.
  // RISC-V IOMMU release 20260222, iommu_in_memory_queues.adoc, "PAYLOAD of an ATS.PRGR
  // command": bits 63:48 are '0'. Version 1.0 put the destination ID there; the IOMMU takes
  // the destination from the command's RID (and DSEG), so the field was removed.
  typedef struct packed {
    logic [15:0] rsvd_63_48;  // rsvd: must be zero (destination ID in v1.0, removed)
    prg_resp_t   resp_code;   // response code
    logic [2:0]  rsvd_43_41;  // rsvd: must be zero
    logic [8:0]  prgi;        // page request group index being answered
    logic [31:0] rsvd_31_0;   // rsvd: must be zero
  } ats_prgr_payload_t;
  localparam int unsigned ATS_PRGR_PAYLOAD_BYTES = 8;

  // ---------------------------------------------------------------------------------------
  // Fault queue
  // ---------------------------------------------------------------------------------------

  // Fault and event causes reported in fault records (12 bits; 275..2047 reserved,
  // 2048..4095 custom). Codes below 256 follow the RISC-V exception codes.
  typedef enum logic [11:0] {
    FAULT_CAUSE_INST_ACCESS_FAULT      = 12'd1,    // instruction access fault
    FAULT_CAUSE_RD_ADDR_MISALIGNED     = 12'd4,    // read address misaligned
    FAULT_CAUSE_RD_ACCESS_FAULT        = 12'd5,    // read access fault
    FAULT_CAUSE_WR_ADDR_MISALIGNED     = 12'd6,    // write/AMO address misaligned
    FAULT_CAUSE_WR_ACCESS_FAULT        = 12'd7,    // write/AMO access fault
    FAULT_CAUSE_INST_PAGE_FAULT        = 12'd12,   // instruction page fault
    FAULT_CAUSE_RD_PAGE_FAULT          = 12'd13,   // read page fault
    FAULT_CAUSE_WR_PAGE_FAULT          = 12'd15,   // write/AMO page fault
    FAULT_CAUSE_INST_GUEST_PAGE_FAULT  = 12'd20,   // instruction guest-page fault
    FAULT_CAUSE_RD_GUEST_PAGE_FAULT    = 12'd21,   // read guest-page fault
    FAULT_CAUSE_WR_GUEST_PAGE_FAULT    = 12'd23,   // write/AMO guest-page fault
    FAULT_CAUSE_ALL_INBOUND_DISALLOWED = 12'd256,  // ddtp.iommu_mode is Off
    FAULT_CAUSE_DDT_LOAD_FAULT         = 12'd257,  // access fault reading a DDT entry
    FAULT_CAUSE_DDT_INVALID            = 12'd258,  // DDT entry or device context not valid
    FAULT_CAUSE_DDT_MISCONFIGURED      = 12'd259,  // DDT entry or device context misconfigured
    FAULT_CAUSE_TTYP_DISALLOWED        = 12'd260,  // transaction type not allowed
    FAULT_CAUSE_MSI_PTE_LOAD_FAULT     = 12'd261,  // access fault reading an MSI PTE
    FAULT_CAUSE_MSI_PTE_INVALID        = 12'd262,  // MSI PTE not valid
    FAULT_CAUSE_MSI_PTE_MISCONFIGURED  = 12'd263,  // MSI PTE misconfigured
    FAULT_CAUSE_MRIF_ACCESS_FAULT      = 12'd264,  // access fault on a memory-resident intr. file
    FAULT_CAUSE_PDT_LOAD_FAULT         = 12'd265,  // access fault reading a PDT entry
    FAULT_CAUSE_PDT_INVALID            = 12'd266,  // PDT entry or process context not valid
    FAULT_CAUSE_PDT_MISCONFIGURED      = 12'd267,  // PDT entry or process context misconfigured
    FAULT_CAUSE_DDT_CORRUPTED          = 12'd268,  // poisoned data read from the DDT
    FAULT_CAUSE_PDT_CORRUPTED          = 12'd269,  // poisoned data read from the PDT
    FAULT_CAUSE_MSI_PT_CORRUPTED       = 12'd270,  // poisoned data read from an MSI page table
    FAULT_CAUSE_MSI_MRIF_CORRUPTED     = 12'd271,  // poisoned data read from an MRIF
    FAULT_CAUSE_INTERNAL_DP_ERROR      = 12'd272,  // internal data-path error in the IOMMU
    FAULT_CAUSE_MSI_WR_FAULT           = 12'd273,  // access fault on an IOMMU-generated MSI write
    FAULT_CAUSE_PT_CORRUPTED           = 12'd274   // poisoned data read from a page table
  } fault_cause_t;

  // Inbound transaction types reported in fault records (6 bits; 4 and 10..31 reserved,
  // 32..63 custom).
  typedef enum logic [5:0] {
    TTYP_NONE              = 6'd0,  // fault not caused by an inbound transaction
    TTYP_UADDR_INST_FETCH  = 6'd1,  // untranslated read for execute
    TTYP_UADDR_RD          = 6'd2,  // untranslated read
    TTYP_UADDR_WR          = 6'd3,  // untranslated write/AMO
    TTYP_TADDR_INST_FETCH  = 6'd5,  // translated read for execute
    TTYP_TADDR_RD          = 6'd6,  // translated read
    TTYP_TADDR_WR          = 6'd7,  // translated write/AMO
    TTYP_ATS_TRANSLATION   = 6'd8,  // PCIe ATS translation request
    TTYP_PCIE_MSG          = 6'd9   // PCIe message request (iotval holds the message code)
  } ttyp_t;

  // Fault record written by the IOMMU to the fault queue.
  // Doublewords in memory order: header, reserved/custom, iotval, iotval2.
  typedef struct packed {
    logic [63:0]  iotval2;      // second fault value (GPA bits 63:2 and flags of guest-page faults)
    logic [63:0]  iotval;       // first fault value (IOVA of the request, or a message code)
    logic [31:0]  rsvd_127_96;  // rsvd: reserved, zero
    logic [31:0]  rsvd_custom;  // rsvd: designated for custom use, zero here
    logic [23:0]  did;          // device_id of the transaction
    ttyp_t        ttyp;         // type of the faulting transaction
    logic         priv;         // the transaction requested supervisor privilege
    logic         pv;           // pid is valid
    logic [19:0]  pid;          // process_id of the transaction when pv is 1
    fault_cause_t cause;        // what went wrong
  } fault_record_t;
  localparam int unsigned FAULT_RECORD_BYTES = 32;

  // ---------------------------------------------------------------------------------------
  // Page-request queue
  // ---------------------------------------------------------------------------------------

  // Payload of a PCIe Page Request message (bytes 8..15 of the message).
  // A request with l = 1 and r = w = 0 is a Stop Marker.
  typedef struct packed {
    logic [51:0] page_addr;  // bits 63:12 of the faulting page address
    logic [8:0]  prgi;       // page request group index
    logic        l;          // last request of the group (a response is expected)
    logic        w;          // write access requested
    logic        r;          // read access requested
  } pr_payload_t;
  localparam int unsigned PR_PAYLOAD_BYTES = 8;

  // Page-request record written by the IOMMU to the page-request queue.
  typedef struct packed {
    pr_payload_t payload;     // message payload (doubleword 1)
    logic [23:0] did;         // requester ID (device_id) of the message
    logic [4:0]  rsvd_39_35;  // rsvd: reserved, zero
    logic        exec;        // Execute Requested bit of the PASID prefix (0 without PASID)
    logic        priv;        // Privileged Mode Requested bit of the PASID prefix (0 without PASID)
    logic        pv;          // the message had a PASID; pid is valid
    logic [19:0] pid;         // PASID of the message when pv is 1
    logic [11:0] rsvd_11_0;   // rsvd: reserved, zero
  } page_request_t;
  localparam int unsigned PAGE_REQUEST_BYTES = 16;

  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

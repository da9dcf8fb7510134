// PCIe Transaction Layer Packet formats, as they travel on the TLP streams.
//
// Wire order: byte 0 of a TLP is the most significant byte of its structure, so DW0 is the
// first member declared; inside a DWORD the bits follow the PCIe figures (bit 7 of byte 0 is
// bit 31 of the DWORD). The byte image of a structure is therefore big-endian. A TLP is the
// optional End-End prefix (the PASID prefix, at most one) followed by the header and data.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package tlp_pkg;  // verilator lint_off UNUSEDPARAM
  localparam bit BIG_ENDIAN = 1'b1;

  // ---------------------------------------------------------------------------------------
  // Encodings
  // ---------------------------------------------------------------------------------------

  // Fmt field: header size, data present, or a TLP prefix.
  typedef enum logic [2:0] {
    TLP_FMT_NO_DATA_3DW = 3'b000,  // 3 DW header, no data
    TLP_FMT_NO_DATA_4DW = 3'b001,  // 4 DW header, no data
    TLP_FMT_DATA_3DW    = 3'b010,  // 3 DW header, with data
    TLP_FMT_DATA_4DW    = 3'b011,  // 4 DW header, with data
    TLP_FMT_PREFIX      = 3'b100   // TLP prefix
  } tlp_fmt_t;

  // First byte of a TLP header or prefix: Fmt[2:0] in bits [7:5], Type[4:0] in bits [4:0].
  // Messages name their routing: RC = to the root complex, ADDR = by address, ID = by ID,
  // BCAST = broadcast from the root complex, LOCAL = terminate at receiver, GATHER = gathered
  // and routed to the root complex.
  typedef enum logic [7:0] {
    TLP_FMT_TYPE_MRD32         = 8'h00,  // memory read, 32-bit address
    TLP_FMT_TYPE_MRD64         = 8'h20,  // memory read, 64-bit address
    TLP_FMT_TYPE_MRDLK32       = 8'h01,  // locked memory read, 32-bit address
    TLP_FMT_TYPE_MRDLK64       = 8'h21,  // locked memory read, 64-bit address
    TLP_FMT_TYPE_MWR32         = 8'h40,  // memory write, 32-bit address
    TLP_FMT_TYPE_MWR64         = 8'h60,  // memory write, 64-bit address
    TLP_FMT_TYPE_IORD          = 8'h02,  // I/O read
    TLP_FMT_TYPE_IOWR          = 8'h42,  // I/O write
    TLP_FMT_TYPE_CFGRD0        = 8'h04,  // Type 0 configuration read
    TLP_FMT_TYPE_CFGWR0        = 8'h44,  // Type 0 configuration write
    TLP_FMT_TYPE_CFGRD1        = 8'h05,  // Type 1 configuration read
    TLP_FMT_TYPE_CFGWR1        = 8'h45,  // Type 1 configuration write
    TLP_FMT_TYPE_CPL           = 8'h0A,  // completion without data
    TLP_FMT_TYPE_CPLD          = 8'h4A,  // completion with data
    TLP_FMT_TYPE_CPLLK         = 8'h0B,  // completion for a locked read, without data
    TLP_FMT_TYPE_CPLDLK        = 8'h4B,  // completion for a locked read, with data
    TLP_FMT_TYPE_FETCHADD32    = 8'h4C,  // AtomicOp FetchAdd, 32-bit address
    TLP_FMT_TYPE_FETCHADD64    = 8'h6C,  // AtomicOp FetchAdd, 64-bit address
    TLP_FMT_TYPE_SWAP32        = 8'h4D,  // AtomicOp Swap, 32-bit address
    TLP_FMT_TYPE_SWAP64        = 8'h6D,  // AtomicOp Swap, 64-bit address
    TLP_FMT_TYPE_CAS32         = 8'h4E,  // AtomicOp CompareAndSwap, 32-bit address
    TLP_FMT_TYPE_CAS64         = 8'h6E,  // AtomicOp CompareAndSwap, 64-bit address
    TLP_FMT_TYPE_MSG_RC        = 8'h30,  // message without data, routed to the root complex
    TLP_FMT_TYPE_MSG_ADDR      = 8'h31,  // message without data, routed by address
    TLP_FMT_TYPE_MSG_ID        = 8'h32,  // message without data, routed by ID
    TLP_FMT_TYPE_MSG_BCAST     = 8'h33,  // message without data, broadcast from the root complex
    TLP_FMT_TYPE_MSG_LOCAL     = 8'h34,  // message without data, terminated at the receiver
    TLP_FMT_TYPE_MSG_GATHER    = 8'h35,  // message without data, gathered and routed to the root complex
    TLP_FMT_TYPE_MSGD_RC       = 8'h70,  // message with data, routed to the root complex
    TLP_FMT_TYPE_MSGD_ADDR     = 8'h71,  // message with data, routed by address
    TLP_FMT_TYPE_MSGD_ID       = 8'h72,  // message with data, routed by ID
    TLP_FMT_TYPE_MSGD_BCAST    = 8'h73,  // message with data, broadcast from the root complex
    TLP_FMT_TYPE_MSGD_LOCAL    = 8'h74,  // message with data, terminated at the receiver
    TLP_FMT_TYPE_MSGD_GATHER   = 8'h75,  // message with data, gathered and routed to the root complex
    TLP_FMT_TYPE_PREFIX_MRIOV  = 8'h80,  // Local TLP prefix, MR-IOV
    TLP_FMT_TYPE_PREFIX_VENDOR_L0 = 8'h8E,  // Local TLP prefix, vendor defined 0
    TLP_FMT_TYPE_PREFIX_VENDOR_L1 = 8'h8F,  // Local TLP prefix, vendor defined 1
    TLP_FMT_TYPE_PREFIX_EXT_TPH   = 8'h90,  // End-End TLP prefix, extended TPH
    TLP_FMT_TYPE_PREFIX_PASID  = 8'h91,  // End-End TLP prefix, PASID (tlp_pasid_prefix_t)
    TLP_FMT_TYPE_PREFIX_IDE    = 8'h92,  // End-End TLP prefix, IDE TLP (integrity and data encryption)
    TLP_FMT_TYPE_PREFIX_VENDOR_E0 = 8'h9E,  // End-End TLP prefix, vendor defined 0
    TLP_FMT_TYPE_PREFIX_VENDOR_E1 = 8'h9F   // End-End TLP prefix, vendor defined 1
  } tlp_fmt_type_t;

  // Address Type (AT) of memory requests.
  typedef enum logic [1:0] {
    AT_UNTRANSLATED        = 2'b00,  // untranslated address, the IOMMU translates it
    AT_TRANSLATION_REQUEST = 2'b01,  // ATS translation request (a memory read)
    AT_TRANSLATED          = 2'b10   // address already translated through ATS
  } at_t;

  // Completion Status.
  typedef enum logic [2:0] {
    CPL_STATUS_SC  = 3'b000,  // successful completion
    CPL_STATUS_UR  = 3'b001,  // unsupported request
    CPL_STATUS_CRS = 3'b010,  // configuration request retry status
    CPL_STATUS_CA  = 3'b100   // completer abort
  } cpl_status_t;

  // Message Code (byte 7 of a message header).
  typedef enum logic [7:0] {
    MSG_CODE_UNLOCK                    = 8'h00,  // unlock (routed broadcast)
    MSG_CODE_ATS_INVALIDATE_REQUEST    = 8'h01,  // ATS invalidate request (message with data, by ID)
    MSG_CODE_ATS_INVALIDATE_COMPLETION = 8'h02,  // ATS invalidate completion (by ID)
    MSG_CODE_PAGE_REQUEST              = 8'h04,  // PRI page request (to the root complex)
    MSG_CODE_PRG_RESPONSE              = 8'h05,  // PRI page request group response (by ID)
    MSG_CODE_LTR                       = 8'h10,  // latency tolerance reporting
    MSG_CODE_OBFF                      = 8'h12,  // optimized buffer flush/fill
    MSG_CODE_PM_ACTIVE_STATE_NAK       = 8'h14,  // PM active state NAK
    MSG_CODE_PM_PME                    = 8'h18,  // power management event
    MSG_CODE_PME_TURN_OFF              = 8'h19,  // PME turn off (broadcast)
    MSG_CODE_PME_TO_ACK                = 8'h1B,  // PME turn off acknowledge (gathered)
    MSG_CODE_ASSERT_INTA               = 8'h20,  // assert INTA
    MSG_CODE_ASSERT_INTB               = 8'h21,  // assert INTB
    MSG_CODE_ASSERT_INTC               = 8'h22,  // assert INTC
    MSG_CODE_ASSERT_INTD               = 8'h23,  // assert INTD
    MSG_CODE_DEASSERT_INTA             = 8'h24,  // deassert INTA
    MSG_CODE_DEASSERT_INTB             = 8'h25,  // deassert INTB
    MSG_CODE_DEASSERT_INTC             = 8'h26,  // deassert INTC
    MSG_CODE_DEASSERT_INTD             = 8'h27,  // deassert INTD
    MSG_CODE_ERR_COR                   = 8'h30,  // correctable error
    MSG_CODE_ERR_NONFATAL              = 8'h31,  // uncorrectable non-fatal error
    MSG_CODE_ERR_FATAL                 = 8'h33,  // uncorrectable fatal error
    MSG_CODE_SET_SLOT_POWER_LIMIT      = 8'h50,  // set slot power limit (message with data)
    MSG_CODE_PTM_REQUEST               = 8'h52,  // precision time measurement request
    MSG_CODE_PTM_RESPONSE              = 8'h53,  // precision time measurement response
    MSG_CODE_VENDOR_TYPE0              = 8'h7E,  // vendor defined, type 0 (UR if unsupported)
    MSG_CODE_VENDOR_TYPE1              = 8'h7F   // vendor defined, type 1 (silently dropped if unsupported)
  } msg_code_t;

  // Response Code of a PRG response message.
  typedef enum logic [3:0] {
    PRG_RESP_CODE_SUCCESS          = 4'h0,  // all pages of the group are available, retry the accesses
    PRG_RESP_CODE_INVALID_REQUEST  = 4'h1,  // at least one page could not be made available
    PRG_RESP_CODE_RESPONSE_FAILURE = 4'hF   // unrecoverable failure, the function stops issuing page requests
  } prg_resp_code_t;

  // ---------------------------------------------------------------------------------------
  // Header DW0 and prefix
  // ---------------------------------------------------------------------------------------

  // First DWORD of every TLP header.
  // PCIe Base 6.x Section 2.2.1.1 / Figure 2-5 (Non-Flit Mode): byte 1 bit 1 is Reserved; it
  // was the Lightweight Notification (LN) bit, now deprecated.
  typedef struct packed {
    tlp_fmt_type_t fmt_type;  // format and type
    logic          t9;        // tag bit 9 (10-bit tags)
    logic [2:0]    tc;        // traffic class
    logic          t8;        // tag bit 8 (10-bit tags)
    logic          attr2;     // attribute bit 2, ID-based ordering
    logic          rsvd_ln;   // rsvd: reserved (byte 1 bit 1, formerly Lightweight Notification)
    logic          th;        // TLP processing hints present
    logic          td;        // TLP digest (ECRC) present
    logic          ep;        // poisoned data
    logic [1:0]    attr;      // attribute bits [1:0], relaxed ordering (1) and no snoop (0)
    at_t           at;        // address type (memory requests, else reserved)
    logic [9:0]    length;    // payload length in DWORDs, 0 = 1024
  } tlp_dw0_t;
  localparam int unsigned TLP_DW0_BYTES = 4;

  // PASID End-End TLP prefix.
  // Precedes the header of a request made in a process address space; at most one per TLP.
  // PCIe Base 6.x Table 6-15 / Figure 6-20: byte 1 bit 7 Privileged Mode Requested, byte 1
  // bit 6 Execute Requested, byte 1 bits 5:4 Reserved, byte 1 bits 3:0 and bytes 2-3 PASID.
  typedef struct packed {
    tlp_fmt_type_t fmt_type;  // prefix format and type, TLP_FMT_TYPE_PREFIX_PASID
    logic          pmr;       // privileged mode requested (byte 1 bit 7)
    logic          er;        // execute requested (byte 1 bit 6)
    logic [1:0]    rsvd;      // rsvd: reserved (byte 1 bits 5:4)
    logic [19:0]   pasid;     // process address space ID
  } tlp_pasid_prefix_t;
  localparam int unsigned TLP_PASID_PREFIX_BYTES = 4;

  // ---------------------------------------------------------------------------------------
  // Requests and completions
  // ---------------------------------------------------------------------------------------

  // Memory request header, 32-bit address (3 DW).
  typedef struct packed {
    tlp_dw0_t    dw0;           // format, type, attributes, length
    logic [15:0] requester_id;  // bus, device and function of the requester
    logic [7:0]  tag;           // tag bits [7:0]
    logic [3:0]  last_be;       // byte enables of the last DWORD
    logic [3:0]  first_be;      // byte enables of the first DWORD
    logic [29:0] address;       // address bits [31:2]
    logic [1:0]  ph;            // processing hint (when th is set)
  } tlp_mem_req_3dw_t;
  localparam int unsigned TLP_MEM_REQ_3DW_BYTES = 12;

  // Memory request header, 64-bit address (4 DW).
  typedef struct packed {
    tlp_dw0_t    dw0;           // format, type, attributes, length
    logic [15:0] requester_id;  // bus, device and function of the requester
    logic [7:0]  tag;           // tag bits [7:0]
    logic [3:0]  last_be;       // byte enables of the last DWORD
    logic [3:0]  first_be;      // byte enables of the first DWORD
    logic [61:0] address;       // address bits [63:2]
    logic [1:0]  ph;            // processing hint (when th is set)
  } tlp_mem_req_4dw_t;
  localparam int unsigned TLP_MEM_REQ_4DW_BYTES = 16;

  // ATS translation request header, 32-bit address (3 DW).
  // A memory read with at = AT_TRANSLATION_REQUEST; the completion data is ats_cpl_entry_t.
  // PCIe Base 6.x Figure 10-11: the last DW holds untranslated address [31:12], reserved
  // bits 11:4, CXL Src (bit 3), reserved bits 2:1 and No Write (bit 0).
  typedef struct packed {
    tlp_dw0_t    dw0;                // memory read, AT = translation request
    logic [15:0] requester_id;       // bus, device and function of the requester
    logic [7:0]  tag;                // tag bits [7:0]
    logic [3:0]  last_be;            // byte enables of the last DWORD
    logic [3:0]  first_be;           // byte enables of the first DWORD
    logic [19:0] untranslated_addr;  // untranslated address bits [31:12]
    logic [7:0]  rsvd_11_4;          // rsvd: reserved
    logic        cxl_src;            // CXL Src, the request comes from a CXL function; zero here (no CXL)
    logic [1:0]  rsvd_2_1;           // rsvd: reserved
    logic        nw;                 // no write, read-only access is enough
  } tlp_ats_trans_req_3dw_t;
  localparam int unsigned TLP_ATS_TRANS_REQ_3DW_BYTES = 12;

  // ATS translation request header, 64-bit address (4 DW).
  // A memory read with at = AT_TRANSLATION_REQUEST; the completion data is ats_cpl_entry_t.
  // PCIe Base 6.x Figure 10-10: as the 3 DW form with the address [63:32] in DW2.
  typedef struct packed {
    tlp_dw0_t    dw0;                // memory read, AT = translation request
    logic [15:0] requester_id;       // bus, device and function of the requester
    logic [7:0]  tag;                // tag bits [7:0]
    logic [3:0]  last_be;            // byte enables of the last DWORD
    logic [3:0]  first_be;           // byte enables of the first DWORD
    logic [51:0] untranslated_addr;  // untranslated address bits [63:12]
    logic [7:0]  rsvd_11_4;          // rsvd: reserved
    logic        cxl_src;            // CXL Src, the request comes from a CXL function; zero here (no CXL)
    logic [1:0]  rsvd_2_1;           // rsvd: reserved
    logic        nw;                 // no write, read-only access is enough
  } tlp_ats_trans_req_4dw_t;
  localparam int unsigned TLP_ATS_TRANS_REQ_4DW_BYTES = 16;

  // ATS translation completion data entry (8 bytes per translation).
  // PCIe Base 6.x Section 10.2.3 (Translation Completion Data Entry): bytes 0-3 translated
  // address [63:32], bytes 4-7 translated address [31:12], S (bit 11), N (10), CXL.io (9),
  // AMA (8:6), Global (5), Priv (4), Exe (3), U (2), W (1), R (0).
  typedef struct packed {
    logic [51:0] translated_addr;    // translated address bits [63:12]
    logic        size;               // S, the translation covers more than 4 KiB (size coded in the address)
    logic        no_snoop;           // N, accesses through this translation must use no snoop
    logic        cxl_io;             // CXL.io, requests to the page are limited to CXL.io; zero here (no CXL)
    logic [2:0]  ama;                // AMA, ATS memory attributes (implementation defined); zero here (no AMA)
    logic        global_map;         // Global, the translation holds for every PASID
    logic        privileged;         // Priv, the permissions are for privileged mode
    logic        execute;            // Exe, execution is permitted
    logic        untranslated_only;  // U, use untranslated requests only for this range
    logic        write_perm;         // W, writes are permitted
    logic        read_perm;          // R, reads are permitted
  } ats_cpl_entry_t;
  localparam int unsigned ATS_CPL_ENTRY_BYTES = 8;

  // Completion header (3 DW).
  typedef struct packed {
    tlp_dw0_t    dw0;            // format, type, attributes, length
    logic [15:0] completer_id;   // bus, device and function of the completer
    cpl_status_t status;         // completion status
    logic        bcm;            // byte count modified (PCI-X completers only)
    logic [11:0] byte_count;     // bytes left to transfer including this completion, 0 = 4096
    logic [15:0] requester_id;   // requester ID of the request
    logic [7:0]  tag;            // tag bits [7:0] of the request
    logic        rsvd;           // rsvd: reserved
    logic [6:0]  lower_address;  // address bits [6:0] of the first byte returned
  } tlp_cpl_t;
  localparam int unsigned TLP_CPL_BYTES = 12;

  // Configuration request header (3 DW).
  typedef struct packed {
    tlp_dw0_t    dw0;           // format, type (CfgRd0/1, CfgWr0/1), length 1
    logic [15:0] requester_id;  // bus, device and function of the requester
    logic [7:0]  tag;           // tag bits [7:0]
    logic [3:0]  last_be;       // last DWORD byte enables, zero
    logic [3:0]  first_be;      // byte enables
    logic [7:0]  bus;           // target bus number
    logic [4:0]  device;        // target device number
    logic [2:0]  func;          // target function number
    logic [3:0]  rsvd_hi;       // rsvd: reserved
    logic [3:0]  ext_reg_num;   // extended register number, register address bits [11:8]
    logic [5:0]  reg_num;       // register number, register address bits [7:2]
    logic [1:0]  rsvd_lo;       // rsvd: reserved
  } tlp_cfg_req_t;
  localparam int unsigned TLP_CFG_REQ_BYTES = 12;

  // ---------------------------------------------------------------------------------------
  // Messages (4 DW headers)
  // ---------------------------------------------------------------------------------------

  // Generic message header.
  // Bytes 8 to 15 depend on the message code.
  typedef struct packed {
    tlp_dw0_t    dw0;           // message format and type (routing)
    logic [15:0] requester_id;  // bus, device and function of the sender
    logic [7:0]  tag;           // tag (reserved for most messages)
    msg_code_t   msg_code;      // message code
    logic [31:0] dw2;           // header bytes 8 to 11, message specific
    logic [31:0] dw3;           // header bytes 12 to 15, message specific
  } tlp_msg_t;
  localparam int unsigned TLP_MSG_BYTES = 16;

  // Page request message (PRI).
  // Message without data routed to the root complex, code MSG_CODE_PAGE_REQUEST; optionally
  // preceded by a PASID prefix. PCIe Base 6.x Figure 10-23: bytes 8-11 page address [63:32],
  // bytes 12-15 page address [31:12], PRG index (11:3), L (2), W (1), R (0).
  typedef struct packed {
    tlp_dw0_t    dw0;           // TLP_FMT_TYPE_MSG_RC
    logic [15:0] requester_id;  // function asking for the page
    logic [7:0]  tag;           // tag
    msg_code_t   msg_code;      // MSG_CODE_PAGE_REQUEST
    logic [51:0] page_addr;     // page address bits [63:12]
    logic [8:0]  prg_index;     // page request group index
    logic        last;          // last request of the group
    logic        write_access;  // write access requested
    logic        read_access;   // read access requested
  } tlp_page_req_t;
  localparam int unsigned TLP_PAGE_REQ_BYTES = 16;

  // PRG response message (PRI).
  // Message without data routed by ID, code MSG_CODE_PRG_RESPONSE; carries a PASID prefix
  // when the function requires one. PCIe Base 6.x Figure 10-27: bytes 8-9 destination device
  // ID, byte 10 bits 7:4 response code, bits 11:9 of DW2 reserved, PRG index in DW2 bits 8:0,
  // bytes 12-15 reserved.
  typedef struct packed {
    tlp_dw0_t       dw0;             // TLP_FMT_TYPE_MSG_ID
    logic [15:0]    requester_id;    // ID of the root complex sending the response
    logic [7:0]     tag;             // tag
    msg_code_t      msg_code;        // MSG_CODE_PRG_RESPONSE
    logic [15:0]    destination_id;  // function that sent the page requests
    prg_resp_code_t resp_code;       // outcome of the page request group
    logic [2:0]     rsvd_dw2;        // rsvd: reserved
    logic [8:0]     prg_index;       // page request group index being answered
    logic [31:0]    rsvd_dw3;        // rsvd: reserved
  } tlp_prg_resp_t;
  localparam int unsigned TLP_PRG_RESP_BYTES = 16;

  // ATS invalidate request message header.
  // Message with data (2 DW, ats_inval_payload_t) routed by ID, code
  // MSG_CODE_ATS_INVALIDATE_REQUEST; a PASID prefix limits it to one address space.
  // PCIe Base 6.x Figure 10-18: byte 6 carries the ITag in bits 4:0 (bits 7:5 reserved),
  // bytes 8-9 the Device ID, bytes 10-15 are reserved.
  typedef struct packed {
    tlp_dw0_t    dw0;           // TLP_FMT_TYPE_MSGD_ID, length 2
    logic [15:0] requester_id;  // ID of the root complex sending the request
    logic [2:0]  rsvd_byte6;    // rsvd: reserved (byte 6 bits 7:5)
    logic [4:0]  itag;          // invalidate tag (byte 6 bits 4:0), echoed in the completion's ITag vector
    msg_code_t   msg_code;      // MSG_CODE_ATS_INVALIDATE_REQUEST
    logic [15:0] device_id;     // function whose translation cache is invalidated
    logic [15:0] rsvd_dw2;      // rsvd: reserved (bytes 10-11)
    logic [31:0] rsvd_dw3;      // rsvd: reserved (bytes 12-15)
  } tlp_ats_inval_req_t;
  localparam int unsigned TLP_ATS_INVAL_REQ_BYTES = 16;

  // ATS invalidate request payload (8 bytes).
  // PCIe Base 6.x Figure 10-20: untranslated address [63:12], S (bit 11), Global Invalidate
  // (bit 0).
  typedef struct packed {
    logic [51:0] untranslated_addr;  // untranslated address bits [63:12] of the range
    logic        size;               // S, the range is larger than 4 KiB (size coded in the address)
    logic [9:0]  rsvd;               // rsvd: reserved
    logic        global_inval;       // invalidate the range for every PASID
  } ats_inval_payload_t;
  localparam int unsigned ATS_INVAL_PAYLOAD_BYTES = 8;

  // ATS invalidate completion message.
  // Message without data routed by ID, code MSG_CODE_ATS_INVALIDATE_COMPLETION. PCIe Base 6.x
  // Figure 10-21: bytes 8-9 device ID, byte 11 bits 2:0 completion count, bytes 12-15 ITag
  // vector (bit n for ITag n).
  typedef struct packed {
    tlp_dw0_t    dw0;           // TLP_FMT_TYPE_MSG_ID
    logic [15:0] requester_id;  // function that completed the invalidations
    logic [7:0]  tag;           // tag (reserved)
    msg_code_t   msg_code;      // MSG_CODE_ATS_INVALIDATE_COMPLETION
    logic [15:0] device_id;     // root complex the completion is routed to
    logic [12:0] rsvd;          // rsvd: reserved
    logic [2:0]  cc;            // completion count, completions sent for these requests, 0 = 8
    logic [31:0] itag_vector;   // one bit per completed invalidate tag
  } tlp_ats_inval_cpl_t;
  localparam int unsigned TLP_ATS_INVAL_CPL_BYTES = 16;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

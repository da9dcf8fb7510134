// PCIe endpoint extended capabilities for shared virtual addressing: PASID, ATS and PRI.
//
// These are not a register block: each capability sits wherever the endpoint's extended
// capability list puts it (found by walking the list from offset 0x100 and matching the
// header ID). Each capability is a little-endian structure whose byte 0 is the first byte of
// the capability in configuration space; the driver reads and writes its registers at their
// byte positions inside that structure, and the endpoint model implements the access tags.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package pcie_ep_caps_pkg;  // verilator lint_off UNUSEDPARAM

  // Extended capability IDs of the endpoint capabilities (the root port's own AER and ACS
  // IDs are in pcie_rp_cfg_pkg).
  typedef enum logic [15:0] {
    EXT_CAP_ID_ATS   = 16'h000F,  // Address Translation Services
    EXT_CAP_ID_PRI   = 16'h0013,  // Page Request Interface
    EXT_CAP_ID_PASID = 16'h001B   // Process Address Space ID
  } ext_cap_id_t;

  // Capability version of the PASID capability described here.
  localparam int unsigned PASID_CAP_VERSION = 1;
  // Capability version of the ATS capability described here.
  localparam int unsigned ATS_CAP_VERSION   = 1;
  // Capability version of the PRI capability described here.
  localparam int unsigned PRI_CAP_VERSION   = 1;

  // PCIe extended capability header.
  // The first DWORD of every extended capability; next = 0 ends the list.
  typedef struct packed {
    logic [11:0] next;     // hwinit: offset of the next extended capability, 0 = end of list
    logic [3:0]  version;  // hwinit: capability version
    logic [15:0] id;       // hwinit: extended capability ID (see ext_cap_id_t)
  } ext_cap_hdr_t;
  localparam int unsigned EXT_CAP_HDR_BYTES = 4;

  // ---------------------------------------------------------------------------------------
  // PASID
  // ---------------------------------------------------------------------------------------

  // PASID Capability register (capability byte 4).
  // PCIe Base 6.x Section 7.8.9.2: Execute Permission Supported (bit 1), Privileged Mode
  // Supported (2), Translated Requests with PASID Supported (3), Max PASID Width (12:8).
  typedef struct packed {
    logic [2:0] rsvd_15_13;       // rsvd: reserved
    logic [4:0] max_pasid_width;  // hwinit: PASID width supported, PASIDs are below 1 << n
    logic [3:0] rsvd_7_4;         // rsvd: reserved
    logic       translated_pasid_supported;  // hwinit: translated requests may carry a PASID (not supported here)
    logic       priv_supported;   // hwinit: Privileged Mode Requested may be set in PASID prefixes
    logic       exec_supported;   // hwinit: Execute Requested may be set in PASID prefixes
    logic       rsvd_0;           // rsvd: reserved
  } pasid_cap_t;
  localparam int unsigned PASID_CAP_BYTES = 2;

  // PASID Control register (capability byte 6).
  // PCIe Base 6.x Section 7.8.9.3: PASID Enable (bit 0), Execute Permission Enable (1),
  // Privileged Mode Enable (2), Translated Requests with PASID Enable (3).
  typedef struct packed {
    logic [11:0] rsvd;     // rsvd: reserved
    logic        translated_pasid_en;  // hwinit: translated requests with PASID enable, hardwired 0 (not supported)
    logic        priv_en;  // rw: the function may request privileged mode
    logic        exec_en;  // rw: the function may request execute permission
    logic        enable;   // rw: the function may send PASID prefixes
  } pasid_ctrl_t;
  localparam int unsigned PASID_CTRL_BYTES = 2;

  // PASID extended capability (8 bytes).
  typedef struct packed {
    pasid_ctrl_t  ctrl;  // PASID Control, bytes 6-7
    pasid_cap_t   cap;   // PASID Capability, bytes 4-5
    ext_cap_hdr_t hdr;   // extended capability header, bytes 0-3
  } pasid_ext_cap_t;
  localparam int unsigned PASID_EXT_CAP_BYTES = 8;

  // ---------------------------------------------------------------------------------------
  // ATS
  // ---------------------------------------------------------------------------------------

  // ATS Capability register (capability byte 4).
  // PCIe Base 6.x Section 10.5.1.2: Invalidate Queue Depth (4:0), Page Aligned Request (5),
  // Global Invalidate Supported (6), Relaxed Ordering Supported (7), ATS Memory Attributes
  // Supported (8).
  typedef struct packed {
    logic [6:0] rsvd;                  // rsvd: reserved
    logic       ama_supported;         // hwinit: ATS memory attributes from completions are used (not supported here)
    logic       relaxed_ordering;      // hwinit: the function may set Relaxed Ordering on translation requests
    logic       global_inval;          // hwinit: invalidate requests with the Global Invalidate bit are supported
    logic       page_aligned_request;  // hwinit: untranslated addresses of translation requests are page aligned
    logic [4:0] inval_queue_depth;     // hwinit: invalidate requests the function can hold, 0 = 32
  } ats_cap_t;
  localparam int unsigned ATS_CAP_BYTES = 2;

  // ATS Control register (capability byte 6).
  // PCIe Base 6.x Section 10.5.1.3: STU (4:0), ATS Memory Attributes Default (13:11),
  // ATS Memory Attributes Enable (14), Enable (15). The AMA fields may be hardwired to zero
  // when ATS Memory Attributes Supported is clear, as it is here.
  typedef struct packed {
    logic       enable;  // rw: the function may send translation requests and translated requests
    logic       amae;    // hwinit: ATS memory attributes enable, hardwired 0 (no AMA)
    logic [2:0] amad;    // hwinit: ATS memory attributes default, hardwired 0 (no AMA)
    logic [5:0] rsvd;    // rsvd: reserved
    logic [4:0] stu;     // rw: smallest translation unit, 4096 << n bytes
  } ats_ctrl_t;
  localparam int unsigned ATS_CTRL_BYTES = 2;

  // ATS extended capability (8 bytes).
  typedef struct packed {
    ats_ctrl_t    ctrl;  // ATS Control, bytes 6-7
    ats_cap_t     cap;   // ATS Capability, bytes 4-5
    ext_cap_hdr_t hdr;   // extended capability header, bytes 0-3
  } ats_ext_cap_t;
  localparam int unsigned ATS_EXT_CAP_BYTES = 8;

  // ---------------------------------------------------------------------------------------
  // PRI
  // ---------------------------------------------------------------------------------------

  // Page Request Control register (capability byte 4).
  // PCIe Base 6.x Section 10.5.2.2: Enable (bit 0), Reset (1).
  typedef struct packed {
    logic [13:0] rsvd;    // rsvd: reserved
    logic        reset;   // wo: write 1 (with enable clear) to clear the outstanding requests and status
    logic        enable;  // rw: the function may send page requests
  } pri_ctrl_t;
  localparam int unsigned PRI_CTRL_BYTES = 2;

  // Page Request Status register (capability byte 6).
  // PCIe Base 6.x Section 10.5.2.3: Response Failure (0), Unexpected PRG Index (1), Stopped
  // (8), PRG Response PASID Required (15).
  typedef struct packed {
    logic       prg_resp_pasid_required;  // hwinit: PRG responses must carry the PASID of the request
    logic [5:0] rsvd_14_9;                // rsvd: reserved
    logic       stopped;                  // ro: enable is clear and no page request is outstanding
    logic [5:0] rsvd_7_2;                 // rsvd: reserved
    logic       unexpected_prg_index;     // rw1c: a PRG response named a group with no request outstanding
    logic       response_failure;         // rw1c: a PRG response reported Response Failure
  } pri_status_t;
  localparam int unsigned PRI_STATUS_BYTES = 2;

  // Outstanding Page Request Capacity register (capability byte 8).
  typedef struct packed {
    logic [31:0] capacity;  // hwinit: page requests the function can have outstanding
  } pri_req_capacity_t;
  localparam int unsigned PRI_REQ_CAPACITY_BYTES = 4;

  // Outstanding Page Request Allocation register (capability byte 12).
  typedef struct packed {
    logic [31:0] alloc;  // rw: page requests the function may have outstanding, set by software
  } pri_req_alloc_t;
  localparam int unsigned PRI_REQ_ALLOC_BYTES = 4;

  // PRI extended capability (16 bytes).
  typedef struct packed {
    pri_req_alloc_t    req_alloc;     // Outstanding Page Request Allocation, bytes 12-15
    pri_req_capacity_t req_capacity;  // Outstanding Page Request Capacity, bytes 8-11
    pri_status_t       status;        // Page Request Status, bytes 6-7
    pri_ctrl_t         ctrl;          // Page Request Control, bytes 4-5
    ext_cap_hdr_t      hdr;           // extended capability header, bytes 0-3
  } pri_ext_cap_t;
  localparam int unsigned PRI_EXT_CAP_BYTES = 16;

  // ---------------------------------------------------------------------------------------
  // Endpoint function: Type 0 header and requester rules
  // ---------------------------------------------------------------------------------------
  // An endpoint function shares the header registers every PCI function has (vendor, device,
  // command, status, class, header type, capability pointer) and the PCI Express and Power
  // Management capabilities with the root port (pcie_rp_cfg_pkg gives their layouts and
  // offsets); what only a Type 0 function has is here.

  // Offset of the first extended capability in configuration space (PCIe Base 6.x 7.6.3).
  localparam int unsigned EXT_CAP_LIST_BASE = 'h100;
  // Max_Payload_Size and Max_Read_Request_Size encoding n means PAYLOAD_SIZE_UNIT << n bytes
  // bytes (PCIe Base 6.x 7.5.3.3 and 7.5.3.4).
  localparam int unsigned PAYLOAD_SIZE_UNIT = 128;
  // A memory request may not cross a boundary of this many bytes (PCIe Base 6.x 2.2.7).
  localparam int unsigned REQ_BOUNDARY_SIZE = 4096;
  // Read Completion Boundary encoding n (Link Control bit 3) means RCB_SIZE_UNIT << n bytes
  // (PCIe Base 6.x 7.5.3.7).
  localparam int unsigned RCB_SIZE_UNIT = 64;

  // Header Layout: bits 6:0 of the Header Type register (PCIe Base 6.x 7.5.1.1.9).
  typedef enum logic [6:0] {
    HEADER_LAYOUT_TYPE0 = 7'h00,  // Type 0 header, an endpoint function
    HEADER_LAYOUT_TYPE1 = 7'h01   // Type 1 header, a PCI-to-PCI bridge (ports)
  } header_layout_t;

  // Decoder type of a Memory Space Base Address Register (BAR bits 2:1).
  typedef enum logic [1:0] {
    BAR_MEM_TYPE_32 = 2'b00,  // 32-bit decoder
    BAR_MEM_TYPE_64 = 2'b10   // 64-bit decoder: the next BAR holds address bits [63:32]
  } bar_mem_type_t;

  // Memory Space Base Address Register, lower DWORD (Type 0 header, PCIe Base 6.x 7.5.1.2.1).
  // Address bits below the size of the BAR are hardwired to zero: writing all ones and reading
  // back gives the size mask. A 64-bit BAR's upper DWORD is all address bits [63:32].
  typedef struct packed {
    logic [27:0]   address;       // rw: base address bits [31:4], bits below the BAR size read zero
    logic          prefetchable;  // hwinit: reads have no side effects
    bar_mem_type_t mem_type;      // hwinit: decoder type
    logic          io_space;      // hwinit: I/O space indicator, 0 = memory
  } mem_bar_t;
  localparam int unsigned MEM_BAR_BYTES = 4;
  // Base Address Registers of a Type 0 header: six DWORDs from the first BAR's offset (the
  // root port's BAR0_OFFSET, the same in both header types; PCIe Base 6.x 7.5.1.2.1); a
  // 64-bit memory BAR takes two.
  localparam int unsigned TYPE0_BAR_SLOTS = 6;

  // Routing ID of a function: its Requester ID and Completer ID in TLP headers (PCIe Base 6.x
  // 2.2.6.2). A function captures its bus and device numbers from the Type 0 configuration
  // writes it completes.
  typedef struct packed {
    logic [7:0] bus;     // bus number
    logic [4:0] device;  // device number
    logic [2:0] func;    // function number
  } routing_id_t;
  localparam int unsigned ROUTING_ID_BYTES = 2;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

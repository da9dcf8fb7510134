// rp_pkg: the interfaces between the blocks of the PCIe root port (hw/rootport/).
//
// Internal to the RTL (software never sees them), so they live here and not in regmaps/.
// Every layout software or a device sees (configuration space, TLP formats, the translation
// port) comes from regmaps/ (pcie_rp_cfg_pkg, tlp_pkg, iommu_xlate_pkg).
//
//   link rx_tlp_* -> rp_rx       framing, prefixes, every receive check, store and forward
//                      -> memory requests -> rp_dma   translation port (IOMMU), AXI4 master,
//                                                     completions (split by MPS / RCB)
//                      -> completions     -> rp_host  ECAM window / downstream MMIO requests
//                      -> messages        -> rp_msg   error and PME messages, PRI / ATS
//   rp_host (host register bus: ECAM and the memory window)  -> configuration / memory TLPs
//   rp_ats_msg (IOMMU ATS.INVAL / ATS.PRGR commands)          -> messages, PASID prefix
//   rp_tx  whole-TLP arbiter of every egress source           -> link tx_tlp_*
//   rp_cfg the generated configuration space, AER logging, the control state (rp_ctrl_t)
//
// Yosys refuses another package's type inside a package, so TLP headers are carried as
// bit vectors of the tlp_pkg type's width; modules cast them (tlp_pkg::tlp_cpl_t'(x)) and
// check the widths at elaboration ($bits(tlp_pkg::tlp_cpl_t) == $bits(rp_cpl_in_t.hdr)).
//
// Byte order on every TLP stream and in every DW below is the link's wire order: byte 0 of a
// TLP (or of a payload) is bits [31:24] of its first DW. A 64-bit beat carries two DWs, the
// earlier in bits [31:0]; keep[i] marks DW i valid (only the last beat may be 01); sop marks
// the first beat, eop the last. The DMA engine swaps bytes to AXI's little-endian order.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package rp_pkg;  // verilator lint_off UNUSEDPARAM

  // Most End-End TLP prefixes a TLP may carry on any link (PCIe: more is Malformed).
  localparam int unsigned MAX_EE_PREFIXES_ANY = 4;

  // Widths of tlp_beat_t and rp_err_t, for ports that carry one per source: Yosys drops the
  // outer dimension of a packed array of structs on a port, so such ports are declared as
  // logic [N-1:0][TLP_BEAT_W-1:0] and cast; modules check the widths in simulation.
  localparam int unsigned TLP_BEAT_W = 68;
  localparam int unsigned RP_ERR_W   = 281;

  // ---------------------------------------------------------------------------------------
  // TLP streams (link and internal egress sources)
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic [63:0] data;  // two DWs, the earlier in [31:0], wire byte order inside each DW
    logic [1:0]  keep;  // DW valid: 11, or 01 on a last beat
    logic        sop;   // first beat of a TLP
    logic        eop;   // last beat of a TLP
  } tlp_beat_t;

  // ---------------------------------------------------------------------------------------
  // Control state: what the configuration space hands to the data path (rp_cfg drives it).
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic        bus_master_en;           // command: forward memory requests from the link
    logic        mem_space_en;            // command: forward host memory requests to the link
    logic        parity_err_response;     // command: act on poisoned TLPs (primary side)
    logic        sec_parity_err_response; // bridge control: act on poisoned TLPs from the link
    logic        serr_en;                 // command: report fatal and non-fatal errors
    logic [2:0]  max_payload_size;        // devctl: 128 << n bytes
    logic [2:0]  max_read_request_size;   // devctl: 128 << n bytes (the port's own requests)
    logic        ur_report_en;            // devctl: report Unsupported Requests
    logic [7:0]  primary_bus;             // bus number upstream of the port
    logic [7:0]  secondary_bus;           // bus on the link (Type 0 configuration requests)
    logic [7:0]  subordinate_bus;         // highest bus below the port (Type 1 requests)
    logic [11:0] mem_base;                // non-prefetchable window base, address [31:20]
    logic [11:0] mem_limit;               // non-prefetchable window limit, address [31:20]
    logic [43:0] pref_base;               // prefetchable window base, address [63:20]
    logic [43:0] pref_limit;              // prefetchable window limit, address [63:20]
    logic        ee_prefix_blocking;      // devctl2: do not transmit End-End prefixes
    logic        completion_timeout_disable;  // devctl2: the port's requests never time out
    logic        crs_sw_visibility_en;    // root control: CRS software visibility
    logic        acs_source_validation_en;       // ACS: requester bus must be on the link
    logic        acs_translation_blocking_en;    // ACS: refuse requests with AT != 00b
    logic        acs_p2p_request_redirect_en;    // ACS: peer requests go upstream
    logic        acs_p2p_completion_redirect_en; // ACS: peer completions go upstream
    logic        acs_upstream_forwarding_en;     // ACS: requests for the link go back to it
  } rp_ctrl_t;

  // ---------------------------------------------------------------------------------------
  // Error events: every block that detects an error sends one to rp_cfg, which sets the
  // AER status, the Device Status / Status / Secondary Status bits, and logs the header and
  // End-End prefixes of the first unmasked uncorrectable error (one header log).
  // ---------------------------------------------------------------------------------------
  typedef enum logic [3:0] {
    ERR_MALFORMED         = 4'd0,  // Malformed TLP received (the TLP is dropped, no completion)
    ERR_UR                = 4'd1,  // Unsupported Request received (non-posted: UR completion sent)
    ERR_CA                = 4'd2,  // the port completed a request with Completer Abort
    ERR_UNEXPECTED_CPL    = 4'd3,  // a completion matched no outstanding request
    ERR_POISONED          = 4'd4,  // poisoned TLP received (EP set)
    ERR_ACS_VIOLATION     = 4'd5,  // a request broke an enabled ACS control
    ERR_PREFIX_BLOCKED    = 4'd6,  // a TLP with End-End prefixes was not transmitted
    ERR_CPL_TIMEOUT       = 4'd7,  // a request of the port got no completion in time
    ERR_RX_UR_CPL         = 4'd8,  // a request of the port completed with UR (received master abort)
    ERR_RX_CA_CPL         = 4'd9,  // a request of the port completed with CA (received target abort)
    ERR_MSG_COR           = 4'd10, // ERR_COR message received from the link
    ERR_MSG_NONFATAL      = 4'd11, // ERR_NONFATAL message received from the link
    ERR_MSG_FATAL         = 4'd12  // ERR_FATAL message received from the link
  } rp_err_kind_t;

  typedef struct packed {
    rp_err_kind_t     kind;
    logic             log_valid;     // header / prefix below are the offending TLP's
    logic             posted;        // the TLP was a posted request (UR: advisory rules)
    logic [15:0]      source_id;     // requester ID (error messages: the reporting function)
    logic [3:0][31:0] header;        // header DWs, header[0] = DW0 (zero beyond its length)
    logic [2:0]       prefix_count;  // End-End prefixes logged, 0..4
    logic [3:0][31:0] prefix;        // End-End prefixes, prefix[0] the first (zero if absent)
  } rp_err_t;

  // ---------------------------------------------------------------------------------------
  // Completions received from the link (rp_rx -> rp_host). At most two data DWs: the port's
  // own requests (configuration, downstream memory reads from the 64-bit host bus) read at
  // most 8 bytes; a longer completion matches no request (Unexpected Completion).
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic [95:0]       hdr;       // tlp_pkg::tlp_cpl_t (TLP_CPL_BYTES), the header as received
    logic [1:0]        dw_count;  // payload DWs received, 0..2
    logic [1:0][31:0]  data;      // payload, data[0] the first DW (wire order)
    logic              poisoned;  // EP was set
  } rp_cpl_in_t;

  // ---------------------------------------------------------------------------------------
  // Messages received from the link (rp_rx -> rp_msg). Data payload at most two DWs (longer
  // message payloads are not supported: Unsupported Request).
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic                       pasid_valid;  // a PASID prefix came with the message
    logic [31:0]                pasid;        // tlp_pkg::tlp_pasid_prefix_t (TLP_PASID_PREFIX_BYTES), zero if absent
    logic [127:0]               hdr;          // tlp_pkg::tlp_msg_t (TLP_MSG_BYTES), the header
    logic [1:0]                 dw_count;     // payload DWs, 0..2
    logic [1:0][31:0]           data;         // payload, data[0] the first DW (wire order)
  } rp_msg_in_t;

  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

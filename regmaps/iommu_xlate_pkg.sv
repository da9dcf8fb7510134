// IOMMU translation port: what the root port (or a co-simulation request source) asks the
// IOMMU core for one inbound transaction, and the answer it gets.
//
// The RISC-V IOMMU specification names the inputs of a translation (iommu_intro.adoc,
// "Device translation request interface" and the IO bridge): device_id, process_id with its
// valid bit, Privileged Mode Requested, Execute Requested, read or write, the IOVA, and
// whether the request is untranslated, translated (ATS-translated address) or a PCIe ATS
// Translation Request; and, for page requests, whether the device context accepts them. The
// answer is the physical page and what it allows, or the fault.
// The port is a valid/ready request channel and a valid/ready response channel; every
// request gets exactly one response, carrying the request's tag. Responses may return out
// of request order (a hit overtakes a walk); requests with the same tag may not be
// outstanding at the same time.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package iommu_xlate_pkg;  // verilator lint_off UNUSEDPARAM

  // Kind of inbound transaction.
  typedef enum logic [1:0] {
    XLATE_KIND_UNTRANSLATED = 2'd0,  // memory access with an untranslated address (IOVA)
    XLATE_KIND_TRANSLATED   = 2'd1,  // memory access with an address from an ATS translation
    XLATE_KIND_ATS          = 2'd2,  // PCIe ATS Translation Request
    XLATE_KIND_PAGE_REQUEST = 2'd3   // PCIe Page Request / Stop Marker message: locate the device context only
  } xlate_kind_t;

  // Outcome of a translation.
  typedef enum logic [1:0] {
    XLATE_STATUS_OK     = 2'd0,  // access allowed / ATS Success (possibly granting nothing)
    XLATE_STATUS_FAULT  = 2'd1,  // untranslated/translated access aborted with cause
    XLATE_STATUS_ATS_UR = 2'd2,  // ATS Translation Request answered Unsupported Request
    XLATE_STATUS_ATS_CA = 2'd3   // ATS Translation Request answered Completer Abort
  } xlate_status_t;

  // One translation request (16 bytes; bit 0 is the IOVA's bit 0).
  typedef struct packed {
    logic [7:0]  tag;         // requester's tag, returned in the response
    logic [23:0] device_id;   // requester's device_id
    logic [19:0] process_id;  // process_id (PASID) when pv is 1
    logic        pv;          // the request carries a process_id
    logic        priv;        // Privileged Mode Requested (meaningful only with pv)
    logic        exec;        // read for execute / ATS Execute Requested
    logic        write;       // write access / ATS write permission asked (NW = 0)
    xlate_kind_t kind;        // untranslated, translated or ATS Translation Request
    logic [5:0]  rsvd_69_64;  // rsvd: reserved, zero
    logic [63:0] iova;        // the address (IOVA, or the translated address)
  } xlate_req_t;
  localparam int unsigned XLATE_REQ_BYTES = 16;

  // The answer to one request (16 bytes).
  // status OK: ppn is the 4 KiB page holding the address, size_log2 the bytes the mapping
  // covers (12, 16, 21, 30 or 39), r/w/x what it allows the requester, u the leaf's U bit,
  // g whether the mapping is global, priv the Priv field of an ATS completion. For an ATS
  // Success that grants nothing (r = w = x = 0) ppn, size_log2 and g are UNSPECIFIED.
  // status FAULT / ATS_UR / ATS_CA: cause and ttyp say why; queued is set when a fault
  // record was handed to the fault queue (which still drops it when off, full or faulted).
  // kind PAGE_REQUEST (ATS_PRI: steps 1-5 of the translation process, then EN_ATS and
  // EN_PRI): status OK when the device context allows page requests, prpr its PRPR bit;
  // FAULT with the cause (256..259: the context could not be located, 260: PRI disabled,
  // Bare mode or device_id too wide) and ttyp PCIE_MSG. The other answer fields are zero.
  typedef struct packed {
    logic [7:0]    tag;          // the request's tag
    logic [11:0]   cause;        // fault cause (iommu_mem_pkg::fault_cause_t) when not OK
    logic [5:0]    ttyp;         // transaction type (iommu_mem_pkg::ttyp_t) when not OK
    logic          queued;       // a fault record was handed to the fault queue
    logic          prpr;         // PAGE_REQUEST OK: the device context's PRPR bit
    logic [35:0]   rsvd_99_64;   // rsvd: reserved, zero
    logic [5:0]    rsvd_63_58;   // rsvd: reserved, zero
    xlate_status_t status;       // outcome
    logic [5:0]    size_log2;    // log2 of the bytes the mapping covers
    logic          priv;         // ATS completion Priv field (PMR of the request's PASID)
    logic          g;            // the mapping is global
    logic          u;            // U bit of the leaf
    logic          x;            // execute allowed
    logic          w;            // write allowed
    logic          r;            // read allowed
    logic [43:0]   ppn;          // physical page number (4 KiB) holding the address
  } xlate_rsp_t;
  localparam int unsigned XLATE_RSP_BYTES = 16;

  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

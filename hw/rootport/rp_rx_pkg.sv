// rp_rx_pkg: the descriptor rp_rx hands to rp_dma for every request it forwards to memory or
// refuses with a completion (internal to the root port, like rp_pkg).
//
// Payload of a write stays in rp_rx's slot buffer: slot position p (DW) holds the payload DW
// k = p - addr[2], so slot word w (two DWs, the even position in [31:0]) is the AXI beat w of
// the write (wire byte order inside each DW). rp_dma reads it by (slot, word) and releases
// slots in the order rp_rx committed them.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package rp_rx_pkg;  // verilator lint_off UNUSEDPARAM

  // Widest slot index rp_rx may use (RX_SLOTS <= 1 << SLOT_IDX_W).
  localparam int unsigned SLOT_IDX_W = 3;

  typedef enum logic [1:0] {
    RX_OP_WRITE  = 2'd0,  // memory write: translate, write the slot's payload
    RX_OP_READ   = 2'd1,  // memory read (AT 00/10) or ATS translation request (AT 01)
    RX_OP_REFUSE = 2'd2   // non-posted request refused by rp_rx: completion with cpl_status
  } rx_op_t;

  typedef struct packed {
    rx_op_t           op;
    logic [2:0]       cpl_status;    // RX_OP_REFUSE: tlp_pkg::cpl_status_t of the completion
    logic             cpl_lk;        // the request was a locked read: CplLk
    logic [12:0]      cpl_bc;        // byte count of the first (or only) completion, 1..4096
    logic [6:0]       cpl_la;        // lower address of the first (or only) completion
    logic [63:0]      addr;          // request address, bits [1:0] zero
    logic             nw;            // ATS translation request: No Write
    logic [10:0]      len_dw;        // Length in DWs, 1..1024
    logic [3:0]       first_be;      // first DW byte enables
    logic [3:0]       last_be;       // last DW byte enables
    logic [15:0]      requester_id;  // requester ID
    logic [9:0]       tag;           // 10-bit tag {T9, T8, tag}
    logic [2:0]       tc;            // traffic class
    logic [2:0]       attr;          // {attr2 (IDO), attr[1] (RO), attr[0] (NS)}
    logic [1:0]       at;            // address type (tlp_pkg::at_t)
    logic             pv;            // a PASID prefix came with the request
    logic             pmr;           // Privileged Mode Requested
    logic             er;            // Execute Requested
    logic [19:0]      pasid;         // PASID
    logic [SLOT_IDX_W-1:0] slot;     // RX_OP_WRITE: payload slot
    logic [3:0][31:0] hdr;           // header as received (AER header log), zero beyond it
    logic [31:0]      pfx;           // the End-End (PASID) prefix as received, zero if none
  } rx_desc_t;

  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

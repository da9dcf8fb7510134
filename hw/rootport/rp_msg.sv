// rp_msg: messages received from the link (rp_rx -> rp_msg), by message code:
//   ERR_COR / ERR_NONFATAL / ERR_FATAL -> error events ERR_MSG_COR / _NONFATAL / _FATAL with
//       the sender's requester ID (rp_cfg sets Root Error Status and Error Source ID);
//   PM_PME -> pme_valid_o (one cycle) with the sender's requester ID (Root Status);
//   Page Request (PRI, Stop Markers included) -> pr_o, one iommu_mem_pkg::page_request_t per
//       message, when PRI_SUPPORTED; else Unsupported Request (a port without PRI does not
//       know the message: PCIe Base 6.x 2.2.8 / 6.2.3.2.1);
//   ATS Invalidate Completion -> ats_msg_o (rp_ats_msg tracks the ITags). Always taken:
//       rp_ats_msg always sends Invalidate Requests, so the port must accept their answers;
//   Vendor Defined Type 1 -> silently discarded (PCIe Base 2.2.8.6: a receiver that does not
//       implement it discards it without an error);
//   Vendor Defined Type 0 and every other message code -> Unsupported Request (PCIe Base
//       2.2.8.6 / 6.2.3.2.1: an unsupported Type 0 VDM or message is an Unsupported Request).
//       Messages are posted, so no completion: rp_cfg logs the UR (header and PASID prefix).
//
// The page-request record (iommu_mem_pkg::page_request_t, iommu_data_structures.adoc "Page
// Request Queue" record): did = {8'b0, requester ID}; pv = a PASID prefix came, pid / priv /
// exec = its PASID / Privileged Mode Requested / Execute Requested (zero without a prefix);
// payload = header DW2..DW3 field by field: tlp_page_req_t bytes 8..15 (page address [63:12],
// PRG index, L, W, R; FACTS "Page Request Message") into pr_payload_t (page_addr, prgi, l, w,
// r), which holds them as the same 64-bit value.
//
// Format rules the port enforces on these two messages (choice; PCIe Base 6.x 10.4.1 "Page
// Request Message" and 10.3.2 "Invalidate Completion" define each as a Msg without data with
// one routing: Page Request routed to the Root Complex (Fmt/Type 0x30), Invalidate Completion
// routed by ID (0x32)): any other Fmt/Type with these codes (another routing, or a MsgD) is
// a Malformed TLP (ERR_MALFORMED, header and prefix logged, the message dropped), as rp_rx
// treats other TLPs whose format contradicts their definition (2.2.8, 2.3.1). The Length field
// of a message without data is Reserved (2.2.8): a nonzero value is ignored, as receivers
// ignore Reserved fields (2.2.1); rp_rx already checked the received DWs against the format.
// The routing subfield of other messages is not checked here (rp_rx checks the format).
// Combinational: a message waits (msg_ready_o low) while its destination is not ready, so a
// page request waits (never dropped) while pr_ready_i is low; rp_rx holds msg_i stable.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_msg #(
  parameter bit PRI_SUPPORTED = 1'b0  // page requests go to the IOMMU (else Unsupported Request)
) (
  input  wire logic               clk_i,
  input  wire logic               rst_ni,  // asynchronous reset, active low
  input  wire rp_pkg::rp_ctrl_t   ctrl_i,

  input  wire logic               msg_valid_i,
  output logic                    msg_ready_o,
  input  wire rp_pkg::rp_msg_in_t msg_i,

  output logic                    err_valid_o,
  input  wire logic               err_ready_i,
  output rp_pkg::rp_err_t         err_o,

  output logic                    pme_valid_o,
  output logic [15:0]             pme_requester_id_o,

  // Page Request / Stop Marker messages, as page-request records (to the IOMMU)
  output logic                    pr_valid_o,
  input  wire logic               pr_ready_i,
  output iommu_mem_pkg::page_request_t pr_o,

  // ATS Invalidate Completions (to rp_ats_msg)
  output logic                    ats_msg_valid_o,
  input  wire logic               ats_msg_ready_i,
  output rp_pkg::rp_msg_in_t      ats_msg_o
);
`ifndef SYNTHESIS  // Yosys takes no $bits of a package type
  initial begin
    if ($bits(tlp_pkg::tlp_msg_t) != 128) $error("rp_msg: header width");
    if ($bits(tlp_pkg::tlp_page_req_t) != 128) $error("rp_msg: page request header width");
    if ($bits(iommu_mem_pkg::pr_payload_t) != 64) $error("rp_msg: page request payload width");
  end
`endif

  tlp_pkg::tlp_msg_t          hdr;
  tlp_pkg::tlp_page_req_t     prq;
  tlp_pkg::tlp_pasid_prefix_t pfx;
  assign hdr = tlp_pkg::tlp_msg_t'(msg_i.hdr);
  assign prq = tlp_pkg::tlp_page_req_t'(msg_i.hdr);
  assign pfx = tlp_pkg::tlp_pasid_prefix_t'(msg_i.pasid);

  logic is_err, is_pme, is_pr, is_icpl, is_drop, is_mal, is_ur;
  rp_pkg::rp_err_kind_t err_kind;
  always_comb begin
    is_err   = 1'b0;
    is_pme   = 1'b0;
    is_pr    = 1'b0;
    is_icpl  = 1'b0;
    is_drop  = 1'b0;
    is_mal   = 1'b0;
    err_kind = rp_pkg::ERR_UR;
    unique case (hdr.msg_code)
      tlp_pkg::MSG_CODE_ERR_COR:      begin is_err = 1'b1; err_kind = rp_pkg::ERR_MSG_COR; end
      tlp_pkg::MSG_CODE_ERR_NONFATAL: begin is_err = 1'b1; err_kind = rp_pkg::ERR_MSG_NONFATAL; end
      tlp_pkg::MSG_CODE_ERR_FATAL:    begin is_err = 1'b1; err_kind = rp_pkg::ERR_MSG_FATAL; end
      tlp_pkg::MSG_CODE_PM_PME:       is_pme = 1'b1;
      tlp_pkg::MSG_CODE_PAGE_REQUEST:
        if (PRI_SUPPORTED) begin
          if (hdr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_MSG_RC) is_pr = 1'b1;
          else is_mal = 1'b1;
        end
      tlp_pkg::MSG_CODE_ATS_INVALIDATE_COMPLETION:
        if (hdr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_MSG_ID) is_icpl = 1'b1;
        else is_mal = 1'b1;
      tlp_pkg::MSG_CODE_VENDOR_TYPE1: is_drop = 1'b1;
      default: ;
    endcase
    if (is_mal) err_kind = rp_pkg::ERR_MALFORMED;
    is_ur = !(is_err || is_pme || is_pr || is_icpl || is_drop || is_mal);
  end

  always_comb begin
    pr_o               = '0;
    pr_o.payload.page_addr = prq.page_addr;
    pr_o.payload.prgi  = prq.prg_index;
    pr_o.payload.l     = prq.last;
    pr_o.payload.w     = prq.write_access;
    pr_o.payload.r     = prq.read_access;
    pr_o.did           = {8'b0, prq.requester_id};
    pr_o.pv            = msg_i.pasid_valid;
    pr_o.pid           = msg_i.pasid_valid ? pfx.pasid : '0;
    pr_o.priv          = msg_i.pasid_valid && pfx.pmr;
    pr_o.exec          = msg_i.pasid_valid && pfx.er;
  end

  assign err_valid_o        = msg_valid_i && (is_err || is_ur || is_mal);
  assign pme_valid_o        = msg_valid_i && is_pme;
  assign pme_requester_id_o = hdr.requester_id;
  assign pr_valid_o         = msg_valid_i && is_pr;
  assign ats_msg_valid_o    = msg_valid_i && is_icpl;
  assign ats_msg_o          = msg_i;
  always_comb begin
    if (is_err || is_ur || is_mal) msg_ready_o = err_ready_i;
    else if (is_pr)                msg_ready_o = pr_ready_i;
    else if (is_icpl)              msg_ready_o = ats_msg_ready_i;
    else                           msg_ready_o = 1'b1;
  end

  always_comb begin
    err_o           = '0;
    err_o.kind      = is_ur ? rp_pkg::ERR_UR : err_kind;
    err_o.source_id = hdr.requester_id;
    err_o.posted    = 1'b1;
    if (is_ur || is_mal) begin
      err_o.log_valid = 1'b1;
      err_o.header[0] = msg_i.hdr[127:96];
      err_o.header[1] = msg_i.hdr[95:64];
      err_o.header[2] = msg_i.hdr[63:32];
      err_o.header[3] = msg_i.hdr[31:0];
      if (msg_i.pasid_valid) begin
        err_o.prefix_count = 3'd1;
        err_o.prefix[0]    = msg_i.pasid;
      end
    end
  end

  // verilator lint_off UNUSEDSIGNAL
  logic unused;
  assign unused = ^{clk_i, rst_ni, ctrl_i, msg_i.dw_count, msg_i.data, hdr.dw0, hdr.tag,
                    hdr.dw2, hdr.dw3, prq.dw0, prq.tag, prq.msg_code, pfx.fmt_type, pfx.rsvd};
  // verilator lint_on UNUSEDSIGNAL

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  // Exactly one destination per message.
  a_one_dest: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    msg_valid_i |-> $onehot({is_err, is_pme, is_pr, is_icpl, is_drop, is_mal, is_ur}));
  a_pr_only_pri: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pr_valid_o |-> PRI_SUPPORTED);
  // A page request offered to the IOMMU stays, unchanged, until taken.
  a_pr_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pr_valid_o && !pr_ready_i |=> pr_valid_o && $stable(pr_o));
  a_icpl_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    ats_msg_valid_o && !ats_msg_ready_i |=> ats_msg_valid_o && $stable(ats_msg_o));
`endif
endmodule

`resetall

// rp_msg: messages received from the link (rp_rx -> rp_msg), by message code:
//   ERR_COR / ERR_NONFATAL / ERR_FATAL -> error events ERR_MSG_COR / _NONFATAL / _FATAL with
//       the sender's requester ID (rp_cfg sets Root Error Status and Error Source ID);
//   PM_PME -> pme_valid_o (one cycle) with the sender's requester ID (Root Status);
//   Page Request / ATS Invalidate Completion -> ats_msg_o (to the IOMMU) when PRI_SUPPORTED,
//       else Unsupported Request;
//   Vendor Defined Type 1 -> silently discarded (PCIe Base 2.2.8.6: a receiver that does not
//       implement it discards it without an error);
//   Vendor Defined Type 0 and every other message code -> Unsupported Request (PCIe Base
//       2.2.8.6 / 6.2.3.2.1: an unsupported Type 0 VDM or message is an Unsupported Request).
//       Messages are posted, so no completion: rp_cfg logs the UR (header and PASID prefix).
// The routing subfield of a message is not checked here (rp_rx checks the format).
// Combinational: a message waits (msg_ready_o low) while its destination is not ready.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_msg #(
  parameter bit PRI_SUPPORTED = 1'b0  // page requests and invalidate completions go to the IOMMU
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

  output logic                    ats_msg_valid_o,
  input  wire logic               ats_msg_ready_i,
  output rp_pkg::rp_msg_in_t      ats_msg_o
);
`ifndef SYNTHESIS  // Yosys takes no $bits of a package type
  initial begin
    if ($bits(tlp_pkg::tlp_msg_t) != 128) $error("rp_msg: header width");
  end
`endif

  tlp_pkg::tlp_msg_t hdr;
  assign hdr = tlp_pkg::tlp_msg_t'(msg_i.hdr);

  logic is_err, is_pme, is_ats, is_drop, is_ur;
  rp_pkg::rp_err_kind_t err_kind;
  always_comb begin
    is_err   = 1'b0;
    is_pme   = 1'b0;
    is_ats   = 1'b0;
    is_drop  = 1'b0;
    err_kind = rp_pkg::ERR_UR;
    unique case (hdr.msg_code)
      tlp_pkg::MSG_CODE_ERR_COR:      begin is_err = 1'b1; err_kind = rp_pkg::ERR_MSG_COR; end
      tlp_pkg::MSG_CODE_ERR_NONFATAL: begin is_err = 1'b1; err_kind = rp_pkg::ERR_MSG_NONFATAL; end
      tlp_pkg::MSG_CODE_ERR_FATAL:    begin is_err = 1'b1; err_kind = rp_pkg::ERR_MSG_FATAL; end
      tlp_pkg::MSG_CODE_PM_PME:       is_pme = 1'b1;
      tlp_pkg::MSG_CODE_PAGE_REQUEST,
      tlp_pkg::MSG_CODE_ATS_INVALIDATE_COMPLETION: is_ats = PRI_SUPPORTED;
      tlp_pkg::MSG_CODE_VENDOR_TYPE1: is_drop = 1'b1;
      default: ;
    endcase
    is_ur = !(is_err || is_pme || is_ats || is_drop);
  end

  assign err_valid_o        = msg_valid_i && (is_err || is_ur);
  assign pme_valid_o        = msg_valid_i && is_pme;
  assign pme_requester_id_o = hdr.requester_id;
  assign ats_msg_valid_o    = msg_valid_i && is_ats;
  assign ats_msg_o          = msg_i;
  assign msg_ready_o        = (is_err || is_ur) ? err_ready_i : (is_ats ? ats_msg_ready_i : 1'b1);

  always_comb begin
    err_o           = '0;
    err_o.kind      = is_ur ? rp_pkg::ERR_UR : err_kind;
    err_o.source_id = hdr.requester_id;
    err_o.posted    = 1'b1;
    if (is_ur) begin
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
                    hdr.dw2, hdr.dw3};
  // verilator lint_on UNUSEDSIGNAL

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  // Exactly one destination per message.
  a_one_dest: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    msg_valid_i |-> $onehot({is_err, is_pme, is_ats, is_drop, is_ur}));
  a_ats_only_pri: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    ats_msg_valid_o |-> PRI_SUPPORTED);
`endif
endmodule

`resetall

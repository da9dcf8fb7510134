// rp_ats_msg: the IOMMU's ATS commands (iommu_in_memory_queues.adoc, "ATS.INVAL" /
// "ATS.PRGR", from iommu_top ats_cmd_o) as PCIe messages on the link.
//
//   ATS.PRGR  -> PRG Response message (tlp_prg_resp_t, Msg routed by ID, no data) to RID,
//                response code and PRG index from the command's payload (ats_prgr_payload_t);
//   ATS.INVAL -> Invalidate Request (tlp_ats_inval_req_t, MsgD routed by ID, 2 DW) to RID,
//                the payload (ats_inval_payload_t: address, S, G) as the message body, an
//                ITag taken round robin from the 32 ITags (tracking Invalidate Completions
//                is the IOMMU's job, issue F);
// both with a PASID prefix (PASID = PID, Execute and Privileged clear) when PV is set.
// The messages are sent from requester_id_i (the port's ID). DSV / DSEG are ignored: the
// port is one hierarchy (segment).
// End-End TLP Prefix Blocking (Device Control 2, ctrl_i.ee_prefix_blocking): a message that
// would carry a PASID prefix is not sent; an ERR_PREFIX_BLOCKED event carries its header and
// prefix to AER (PCIe Base 6.2.4 / "TLP Prefix Blocked": the port's own egress TLP).
// A command is taken when its message has been handed to the serializer, or its error event
// taken.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_ats_msg (
  input  wire logic                 clk_i,
  input  wire logic                 rst_ni,  // asynchronous reset, active low
  input  wire rp_pkg::rp_ctrl_t     ctrl_i,
  input  wire logic [15:0]          requester_id_i,

  input  wire logic                 cmd_valid_i,
  output logic                      cmd_ready_o,
  input  wire iommu_mem_pkg::cmd_t  cmd_i,

  output logic                      tx_valid_o,
  input  wire logic                 tx_ready_i,
  output rp_pkg::tlp_beat_t         tx_o,

  output logic                      err_valid_o,
  input  wire logic                 err_ready_i,
  output rp_pkg::rp_err_t           err_o
);
  localparam int unsigned MAX_DW = 8;  // prefix + 4 DW header + 2 DW payload, rounded up

`ifndef SYNTHESIS  // Yosys takes no $bits of a package type
  initial begin
    if ($bits(iommu_mem_pkg::cmd_t) != $bits(iommu_mem_pkg::cmd_ats_t))
      $error("rp_ats_msg: cmd_t and cmd_ats_t differ in width");
    if ($bits(tlp_pkg::tlp_prg_resp_t) != 128 || $bits(tlp_pkg::tlp_ats_inval_req_t) != 128)
      $error("rp_ats_msg: message headers must be 4 DWs");
  end
`endif

  iommu_mem_pkg::cmd_ats_t           ats;
  iommu_mem_pkg::ats_prgr_payload_t  prgr;
  iommu_mem_pkg::ats_inval_payload_t inval;
  tlp_pkg::tlp_prg_resp_t            prg_hdr;
  tlp_pkg::tlp_ats_inval_req_t       inv_hdr;
  tlp_pkg::ats_inval_payload_t       inv_body;
  tlp_pkg::tlp_pasid_prefix_t        prefix;
  logic                              is_inval, is_prgr;
  logic [127:0]                      hdr;
  logic [4:0]                        itag_q;

  assign ats      = iommu_mem_pkg::cmd_ats_t'(cmd_i);
  assign prgr     = iommu_mem_pkg::ats_prgr_payload_t'(ats.payload);
  assign inval    = iommu_mem_pkg::ats_inval_payload_t'(ats.payload);
  assign is_inval = ats.opcode == iommu_mem_pkg::CMD_OPCODE_ATS
                    && ats.func3 == iommu_mem_pkg::ATS_FUNC3_INVAL;
  assign is_prgr  = ats.opcode == iommu_mem_pkg::CMD_OPCODE_ATS
                    && ats.func3 == iommu_mem_pkg::ATS_FUNC3_PRGR;

  always_comb begin
    prg_hdr                 = '0;
    prg_hdr.dw0.fmt_type    = tlp_pkg::TLP_FMT_TYPE_MSG_ID;
    prg_hdr.requester_id    = requester_id_i;
    prg_hdr.msg_code        = tlp_pkg::MSG_CODE_PRG_RESPONSE;
    prg_hdr.destination_id  = ats.rid;
    prg_hdr.resp_code       = tlp_pkg::prg_resp_code_t'(prgr.resp_code);
    prg_hdr.prg_index       = prgr.prgi;

    inv_hdr                 = '0;
    inv_hdr.dw0.fmt_type    = tlp_pkg::TLP_FMT_TYPE_MSGD_ID;
    inv_hdr.dw0.length      = 10'(tlp_pkg::ATS_INVAL_PAYLOAD_BYTES / 4);
    inv_hdr.requester_id    = requester_id_i;
    inv_hdr.itag            = itag_q;
    inv_hdr.msg_code        = tlp_pkg::MSG_CODE_ATS_INVALIDATE_REQUEST;
    inv_hdr.device_id       = ats.rid;

    inv_body                   = '0;
    inv_body.untranslated_addr = inval.addr;
    inv_body.size              = inval.s;
    inv_body.global_inval      = inval.g;

    prefix          = '0;
    prefix.fmt_type = tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID;
    prefix.pasid    = ats.pid;

    hdr = is_inval ? 128'(inv_hdr) : 128'(prg_hdr);
  end

  // The TLP as DWs, first on the wire in dw[0].
  logic [MAX_DW-1:0][31:0] dw;
  logic [3:0]              n_dw;
  logic                    blocked;
  logic [5:0][31:0]        body;  // header DW0..3 then payload DW0..1
  always_comb begin
    body[0] = hdr[127:96];
    body[1] = hdr[95:64];
    body[2] = hdr[63:32];
    body[3] = hdr[31:0];
    body[4] = inv_body[63:32];
    body[5] = inv_body[31:0];
    dw = '0;
    if (ats.pv) begin
      dw[0] = 32'(prefix);
      for (int k = 0; k < 6; k++) dw[k+1] = body[k];
    end else begin
      for (int k = 0; k < 6; k++) dw[k] = body[k];
    end
    n_dw = 4'(is_inval ? 6 : 4) + 4'(ats.pv);
  end
  assign blocked = ats.pv && ctrl_i.ee_prefix_blocking;

  // Serializer and handshakes: a command goes either to the serializer or to the error port.
  logic ser_valid, ser_ready;
  assign ser_valid   = cmd_valid_i && (is_inval || is_prgr) && !blocked;
  assign err_valid_o = cmd_valid_i && (is_inval || is_prgr) && blocked;
  assign cmd_ready_o = !(is_inval || is_prgr) ? 1'b1 : (blocked ? err_ready_i : ser_ready);

  rp_tlp_ser #(.MAX_DW(MAX_DW)) u_ser (
    .clk_i, .rst_ni,
    .in_valid_i(ser_valid), .in_ready_o(ser_ready), .in_dw_i(dw), .in_n_dw_i(n_dw),
    .out_valid_o(tx_valid_o), .out_ready_i(tx_ready_i), .out_o(tx_o)
  );

  always_comb begin
    err_o              = '0;
    err_o.kind         = rp_pkg::ERR_PREFIX_BLOCKED;
    err_o.log_valid    = 1'b1;
    err_o.posted       = 1'b1;  // messages are posted
    err_o.source_id    = requester_id_i;
    err_o.header[0]    = hdr[127:96];
    err_o.header[1]    = hdr[95:64];
    err_o.header[2]    = hdr[63:32];
    err_o.header[3]    = hdr[31:0];
    err_o.prefix_count = 3'd1;
    err_o.prefix[0]    = 32'(prefix);
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) itag_q <= '0;
    else if (ser_valid && ser_ready && is_inval) itag_q <= itag_q + 1'b1;
  end

  // verilator lint_off UNUSEDSIGNAL
  logic unused;
  assign unused = ^{ctrl_i, ats.dsv, ats.dseg, ats.rsvd_39_34, ats.rsvd_11_10, prgr.rsvd_63_48,
                    prgr.rsvd_43_41, prgr.rsvd_31_0, inval.rsvd_10_1};
  // verilator lint_on UNUSEDSIGNAL

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  // iommu_cq hands out only ATS commands.
  a_ats_only: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cmd_valid_i |-> is_inval || is_prgr);
  // A blocked message never reaches the link.
  a_blocked_not_sent: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cmd_valid_i && blocked |-> !ser_valid);
  a_err_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    err_valid_o && !err_ready_i |=> err_valid_o && $stable(err_o));
`endif
endmodule

`resetall

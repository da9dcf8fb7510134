// rp_ats_msg: the IOMMU's ATS commands (iommu_in_memory_queues.adoc, "ATS.INVAL" /
// "ATS.PRGR", from iommu_top ats_cmd_o) as PCIe messages on the link, and the tracking of the
// Invalidate Requests it sent until their Invalidate Completions come back.
//
//   ATS.PRGR  -> PRG Response message (tlp_prg_resp_t, Msg routed by ID, no data) to RID,
//                response code and PRG index from the command's payload (ats_prgr_payload_t);
//                the IOMMU's own automatic responses come the same way;
//   ATS.INVAL -> Invalidate Request (tlp_ats_inval_req_t, MsgD routed by ID, 2 DW) to RID,
//                the payload (ats_inval_payload_t: address, S, G) as the message body, with a
//                free ITag;
// both with a PASID prefix (PASID = PID, Execute and Privileged clear) when PV is set.
// The messages are sent from requester_id_i (the port's ID). The port is one hierarchy,
// segment 0: a command with DSV = 1 and DSEG != 0 names a function it cannot reach and is not
// sent (a PRG Response is dropped; an Invalidate Request counts as timed out, below).
// End-End TLP Prefix Blocking (Device Control 2, ctrl_i.ee_prefix_blocking): a message that
// would carry a PASID prefix is not sent; an ERR_PREFIX_BLOCKED event carries its header and
// prefix to AER (PCIe Base 6.2.4 / "TLP Prefix Blocked": the port's own egress TLP). A blocked
// Invalidate Request takes no ITag (nothing will answer it) and sets timeout_o at once: the
// IOMMU's ATS.INVAL completes only on a completion or a time-out
// (iommu_in_memory_queues.adoc, ATS.INVAL), so the next IOFENCE.C reports cmd_to instead of
// letting software trust a device ATC that was never invalidated.
// A command is taken when its message has been handed to the serializer, or its error event
// taken.
//
// ITags (PCIe Base 6.x 10.3.1 "Invalidate Request": ITag 0..31 identifies a request of the
// translation agent, which must not reuse an ITag until the request's completions have all
// arrived or its time-out expired). 32 entries, one per ITag: outstanding, the destination
// RID, the completions counted so far, the age. An Invalidate Request takes the first free
// ITag at or after the one after the last taken (round robin, so a late completion of a
// timed-out request is unlikely to find its ITag reused); with none free the command waits
// (cmd_ready_o low), it never reuses an outstanding ITag.
// Invalidate Completions (10.3.2, tlp_ats_inval_cpl_t, from rp_msg): for every ITag n whose
// bit is set in the ITag Vector, outstanding, and whose request went to the completion's
// Requester ID, one completion is counted; the ITag retires when the count reaches the
// Completion Count CC (a device may split an invalidation into CC completions, each carrying
// the same CC; CC = 0 means 8, the field being 3 bits; should a device change CC between
// completions, the ITag retires as soon as the count reaches the latest CC). Bits for ITags
// not outstanding, or outstanding towards another requester, are discarded: PCIe defines no
// error for them (an Unexpected Completion, 2.3.2, is a Completion TLP matching no
// Transaction ID; this is a message), so choice: no AER event, no state change. The
// completion's Device ID (the routing target) is not checked: this port has one link and the
// message was routed to it.
// (The PCIe Base Specification is not on this machine: the section numbers follow tlp_pkg's
// figures; the ITag reuse rule was confirmed in a PCIe controller vendor guide, Efinix
// "Invalid Request Messages"; the time-out value is the issue's text.)
// Time-out (10.3.1: the agent may give up on a request after 1 minute -0% / +50%): an
// outstanding ITag whose completions have not all arrived INVAL_TIMEOUT_CYCLES after it was
// taken retires and sets timeout_o, sticky until timeout_ack_i (the IOMMU's IOFENCE.C
// consumed it and set cqcsr.cmd_to). The age counts ticks of a shared prescaler of
// ceil(INVAL_TIMEOUT_CYCLES / 2) cycles; the third tick after the hand-off retires it: the
// time-out is between INVAL_TIMEOUT_CYCLES + 1 and 1.5 * INVAL_TIMEOUT_CYCLES (+2) cycles
// (2 bits per ITag instead of a full counter).
// busy_o: an Invalidate Request was taken (handed to the serializer or sent) and its ITag has
// not retired. Registered: no combinational path from any input.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_ats_msg #(
  parameter int unsigned INVAL_TIMEOUT_CYCLES = 1000  // Invalidate Request time-out (cycles, >= 1)
) (
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
  output rp_pkg::rp_err_t           err_o,

  // Invalidate Completions received (rp_msg)
  input  wire logic                 icpl_valid_i,
  output logic                      icpl_ready_o,
  input  wire rp_pkg::rp_msg_in_t   icpl_i,

  // ITag tracking (to the IOMMU)
  output logic                      busy_o,         // an Invalidate Request awaits completions
  output logic                      timeout_o,      // sticky: an Invalidate Request timed out
  input  wire logic                 timeout_ack_i   // clears timeout_o
);
  localparam int unsigned MAX_DW = 8;  // prefix + 4 DW header + 2 DW payload, rounded up
  localparam int unsigned N_ITAG = 32;  // ITags of PCIe ATS
  // Prescaler period: the third tick after the hand-off is at least INVAL_TIMEOUT_CYCLES later.
  localparam int unsigned PRE   = INVAL_TIMEOUT_CYCLES / 2 + INVAL_TIMEOUT_CYCLES % 2;
  localparam int unsigned PRE_W = PRE > 1 ? $clog2(PRE) : 1;
  localparam logic [1:0]  AGE_LAST = 2'd2;  // age at which the next tick retires the ITag

`ifndef SYNTHESIS  // Yosys takes no $bits of a package type
  initial begin
    if ($bits(iommu_mem_pkg::cmd_t) != $bits(iommu_mem_pkg::cmd_ats_t))
      $error("rp_ats_msg: cmd_t and cmd_ats_t differ in width");
    if ($bits(tlp_pkg::tlp_prg_resp_t) != 128 || $bits(tlp_pkg::tlp_ats_inval_req_t) != 128
        || $bits(tlp_pkg::tlp_ats_inval_cpl_t) != 128)
      $error("rp_ats_msg: message headers must be 4 DWs");
  end
`endif
  initial begin
    if (INVAL_TIMEOUT_CYCLES < 1) $error("rp_ats_msg: INVAL_TIMEOUT_CYCLES must be >= 1");
  end

  iommu_mem_pkg::cmd_ats_t           ats;
  iommu_mem_pkg::ats_prgr_payload_t  prgr;
  iommu_mem_pkg::ats_inval_payload_t inval;
  tlp_pkg::tlp_prg_resp_t            prg_hdr;
  tlp_pkg::tlp_ats_inval_req_t       inv_hdr;
  tlp_pkg::ats_inval_payload_t       inv_body;
  tlp_pkg::tlp_pasid_prefix_t        prefix;
  logic                              is_inval, is_prgr;
  logic [127:0]                      hdr;
  logic [4:0]                        itag;      // the free ITag an Invalidate Request takes
  logic                              itag_free; // there is one

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
    inv_hdr.itag            = itag;
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
  // A destination segment other than this hierarchy's (0).
  logic foreign;
  assign foreign = ats.dsv && ats.dseg != '0;

  // Serializer and handshakes: a command goes either to the serializer or to the error port.
  logic ser_valid, ser_ready;
  assign ser_valid   = cmd_valid_i && (is_inval || is_prgr) && !blocked && !foreign
                       && !(is_inval && !itag_free);
  assign err_valid_o = cmd_valid_i && (is_inval || is_prgr) && blocked;
  assign cmd_ready_o = !(is_inval || is_prgr) ? 1'b1
                       : blocked ? err_ready_i
                       : foreign ? 1'b1
                       : ser_ready && (itag_free || !is_inval);
  // An Invalidate Request taken that will never be answered (blocked, or for another
  // segment): a time-out now.
  logic inval_lost;
  assign inval_lost = cmd_valid_i && cmd_ready_o && is_inval && (blocked || foreign);

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

  // ---------------------------------------------------------------------------------------
  // ITag tracking
  // ---------------------------------------------------------------------------------------
  logic [N_ITAG-1:0]        out_q, out_d;      // outstanding
  logic [N_ITAG-1:0][15:0]  rid_q, rid_d;      // destination of the request
  logic [N_ITAG-1:0][2:0]   cnt_q, cnt_d;      // completions counted (retires before 8)
  logic [N_ITAG-1:0][1:0]   age_q, age_d;      // prescaler ticks since the hand-off
  logic [4:0]               next_q, next_d;    // where the search for a free ITag starts
  logic [PRE_W-1:0]         pre_q, pre_d;
  logic                     tmo_q, tmo_d;
  logic                     tick;
  logic                     alloc;
  logic [N_ITAG-1:0]        alloc_mask, hit, tmo_mask;

  tlp_pkg::tlp_ats_inval_cpl_t icpl;
  logic [3:0]                  icpl_need;  // completions that retire an ITag: CC, 0 means 8
  assign icpl         = tlp_pkg::tlp_ats_inval_cpl_t'(icpl_i.hdr);
  assign icpl_need    = icpl.cc == 3'd0 ? 4'd8 : {1'b0, icpl.cc};
  assign icpl_ready_o = 1'b1;  // counted in the cycle it arrives

  // First free ITag at or after next_q.
  always_comb begin
    itag      = next_q;
    itag_free = 1'b0;
    for (int k = N_ITAG - 1; k >= 0; k--) begin
      if (!out_q[5'(32'(next_q) + 32'(k))]) begin
        itag      = 5'(32'(next_q) + 32'(k));
        itag_free = 1'b1;
      end
    end
  end

  assign alloc      = ser_valid && ser_ready && is_inval;
  assign alloc_mask = alloc ? N_ITAG'(1) << itag : '0;
  assign tick       = pre_q == PRE_W'(PRE - 1);

  always_comb begin
    out_d    = out_q;
    rid_d    = rid_q;
    cnt_d    = cnt_q;
    age_d    = age_q;
    next_d   = alloc ? itag + 5'd1 : next_q;
    pre_d    = tick ? '0 : pre_q + 1'b1;
    hit      = '0;
    tmo_mask = '0;
    for (int i = 0; i < N_ITAG; i++) begin
      hit[i] = icpl_valid_i && icpl.itag_vector[i] && out_q[i] && rid_q[i] == icpl.requester_id;
      if (hit[i]) begin
        if ({1'b0, cnt_q[i]} + 4'd1 >= icpl_need) out_d[i] = 1'b0;
        else cnt_d[i] = cnt_q[i] + 3'd1;
      end else if (out_q[i] && tick) begin
        if (age_q[i] == AGE_LAST) begin
          out_d[i]    = 1'b0;
          tmo_mask[i] = 1'b1;
        end else begin
          age_d[i] = age_q[i] + 2'd1;
        end
      end
      if (alloc_mask[i]) begin
        out_d[i] = 1'b1;
        rid_d[i] = ats.rid;
        cnt_d[i] = '0;
        age_d[i] = '0;
      end
    end
    if (|tmo_mask || inval_lost) tmo_d = 1'b1;
    else if (timeout_ack_i) tmo_d = 1'b0;
    else tmo_d = tmo_q;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      out_q  <= '0;
      rid_q  <= '0;
      cnt_q  <= '0;
      age_q  <= '0;
      next_q <= '0;
      pre_q  <= '0;
      tmo_q  <= 1'b0;
    end else begin
      out_q  <= out_d;
      rid_q  <= rid_d;
      cnt_q  <= cnt_d;
      age_q  <= age_d;
      next_q <= next_d;
      pre_q  <= pre_d;
      tmo_q  <= tmo_d;
    end
  end

  assign busy_o    = |out_q;
  assign timeout_o = tmo_q;

  // verilator lint_off UNUSEDSIGNAL
  logic unused;
  assign unused = ^{ctrl_i, ats.rsvd_39_34, ats.rsvd_11_10, prgr.rsvd_63_48,
                    prgr.rsvd_43_41, prgr.rsvd_31_0, inval.rsvd_10_1, icpl.dw0, icpl.tag,
                    icpl.msg_code, icpl.device_id, icpl.rsvd, icpl_i.pasid_valid, icpl_i.pasid,
                    icpl_i.dw_count, icpl_i.data};
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
  // An Invalidate Request that cannot be answered is reported as a time-out.
  a_lost_inval_times_out: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    inval_lost |=> timeout_o);
  // A blocked message never reaches the link.
  a_blocked_not_sent: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cmd_valid_i && blocked |-> !ser_valid);
  a_err_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    err_valid_o && !err_ready_i |=> err_valid_o && $stable(err_o));
  // An ITag is never issued twice while outstanding.
  a_itag_free: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    alloc |-> !out_q[itag]);
  // busy_o falls only when no ITag is outstanding, and never while the serializer holds an
  // Invalidate Request (its ITag was taken with it).
  a_busy_exact: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    busy_o == (out_q != '0));
  a_busy_while_sending: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(alloc) |-> busy_o);
  // Every received Invalidate Completion counts or retires the ITags it hits and changes
  // nothing else: an ITag's state changes only by a hit, a time-out or an allocation.
  for (genvar i = 0; i < N_ITAG; i++) begin : g_acct
    a_no_silent_change: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
      !hit[i] && !tmo_mask[i] && !alloc_mask[i]
      |-> out_d[i] == out_q[i] && cnt_d[i] == cnt_q[i] && rid_d[i] == rid_q[i]);
    a_hit_counts: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
      hit[i] |-> !out_d[i] || cnt_d[i] == cnt_q[i] + 3'd1);
  end
  // The time-out flag holds until acknowledged.
  a_tmo_sticky: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    timeout_o && !timeout_ack_i |=> timeout_o);
`endif
endmodule

`resetall

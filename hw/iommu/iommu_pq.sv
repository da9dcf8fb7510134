// iommu_pq: the page-request path of the IOMMU (RISC-V IOMMU release 20260222,
// iommu_data_structures.adoc ATS_PRI "PCIe ATS Page Request handling" and
// iommu_in_memory_queues.adoc PRQ "Page-Request-Queue (PQ)").
//
// One Page Request / Stop Marker record at a time (pr_*, built by the root port) goes
// through these steps:
//   1. the translation engine locates the device context (kind PAGE_REQUEST on the engine's
//      internal port, tag PQ_TAG; steps 1-5 of the translation process, then EN_ATS and
//      EN_PRI). A fault (cause 256..260) is logged by the engine as for other requests
//      (TTYP PCIE_MSG, iotval = the Page Request message code, DTF honoured).
//   2. the queue: off (pqen or pqon 0) or pqmf -> Response Failure; pqof set or full
//      (pqt == pqh - 1) -> pqof is set, Success; else the 16-byte record is written at
//      pqb.ppn * 4096 + pqt * 16 (PRIV, EXEC and PID 0 without a PASID, reserved bits 0);
//      a completed write advances pqt (iommu_ctrl, with pip when pie), a refused one sets
//      pqmf -> Response Failure.
//   3. a response the IOMMU generates itself: only for a Page Request with L = 1 that is
//      not a Stop Marker (L = 1, R = W = 0); every other message is discarded silently on
//      an error. Status: cause 256..259, queue off, pqmf -> Response Failure; cause 260 ->
//      Invalid Request; queue full or pqof -> Success. PASID: Failure carries the request's
//      PASID if it had one; Invalid and Success only when PRPR is 1 (PRPR taken as 0 when
//      no valid device context was located, i.e. for every fault). The response is a
//      cmd_t ATS.PRGR (RID = DID[15:0], DSV = 0: one PCIe segment; payload PRGI and the
//      response code), handed out on ats_* like a command-queue ATS.PRGR.
// pr_ready_o is high only while the unit is idle: after a record is taken, pr_ready_o
// high again means its outcome is complete (pqt advanced, response taken).
// Page requests are not ordered against translations; the queue keeps message order.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_pq #(
  // Tag of this unit's requests on the engine's internal port (the debug interface uses 0).
  parameter logic [7:0] PQ_TAG = 8'd1
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,  // asynchronous reset, active low

  // Page requests from the link
  input  wire logic                          pr_valid_i,
  output logic                               pr_ready_o,
  input  wire iommu_mem_pkg::page_request_t  pr_i,

  // Device-context lookups (the engine's internal port)
  output logic                               eng_req_valid_o,
  input  wire logic                          eng_req_ready_i,
  output iommu_xlate_pkg::xlate_req_t        eng_req_o,
  input  wire logic                          eng_rsp_valid_i,
  output logic                               eng_rsp_ready_o,
  input  wire iommu_xlate_pkg::xlate_rsp_t   eng_rsp_i,

  // Page-request queue state (iommu_ctrl) and events
  input  wire logic [43:0]                   base_ppn_i,
  input  wire logic [31:0]                   index_mask_i,
  input  wire logic [31:0]                   pqh_i,
  input  wire logic [31:0]                   pqt_i,
  input  wire logic                          on_i,    // pqon and pqen
  input  wire logic                          pqof_i,
  input  wire logic                          pqmf_i,
  output logic                               written_o,   // a record write completed
  output logic                               pqof_set_o,
  output logic                               pqmf_set_o,
  output logic                               wr_idle_o,   // no record write decided or in flight

  // Record writes (iommu_ctrl arbitrates the write port)
  output logic                               wr_valid_o,
  input  wire logic                          wr_ready_i,
  output iommu_core_pkg::mem_wr_req_t        wr_req_o,
  input  wire logic                          wr_rsp_valid_i,
  input  wire logic                          wr_rsp_err_i,

  // Automatic Page Request Group Responses (ATS.PRGR commands)
  output logic                               ats_valid_o,
  input  wire logic                          ats_ready_i,
  output iommu_mem_pkg::cmd_t                ats_o
);
  localparam int unsigned PA_WIDTH   = iommu_core_pkg::PA_WIDTH;
  localparam int unsigned PAGE_SHIFT = iommu_mem_pkg::PAGE_SHIFT;
  localparam int unsigned REC_SHIFT  = $clog2(iommu_mem_pkg::PAGE_REQUEST_BYTES);

  typedef enum logic [2:0] {
    S_IDLE,  // waiting for a page request
    S_ASK,   // device-context lookup offered to the engine
    S_WAIT,  // waiting for the engine's answer
    S_WREQ,  // record write asked for
    S_WRSP,  // record write in flight
    S_RESP   // automatic response offered on ats_*
  } state_e;

  state_e                        state_q, state_d;
  iommu_mem_pkg::page_request_t  pr_q, pr_d;
  iommu_mem_pkg::prg_resp_t      code_q, code_d;    // response code to send
  logic                          rsp_pv_q, rsp_pv_d;  // the response carries the PASID

  // A response is due: Last = 1 and not a Stop Marker (L = 1, R = W = 0).
  logic need_rsp;
  assign need_rsp = pr_q.payload.l && (pr_q.payload.r || pr_q.payload.w);

  logic full;
  assign full = ((pqt_i + 32'd1) & index_mask_i) == pqh_i;

  logic eng_fire, pr_fire;
  assign pr_fire  = pr_valid_i && pr_ready_o;
  assign eng_fire = eng_rsp_valid_i && eng_rsp_ready_o;

  // Outcomes (one per request; for the assertions and the harness's view)
  logic out_queued, out_discarded, out_responded;

  always_comb begin
    state_d       = state_q;
    pr_d          = pr_q;
    code_d        = code_q;
    rsp_pv_d      = rsp_pv_q;
    written_o     = 1'b0;
    pqof_set_o    = 1'b0;
    pqmf_set_o    = 1'b0;
    out_queued    = 1'b0;
    out_discarded = 1'b0;
    out_responded = 1'b0;
    unique case (state_q)
      S_IDLE: if (pr_fire) begin
        // The record as the PQ section defines it: PRIV, EXEC and PID only with a PASID.
        pr_d           = '0;
        pr_d.payload   = pr_i.payload;
        pr_d.did       = pr_i.did;
        pr_d.pv        = pr_i.pv;
        pr_d.pid       = pr_i.pv ? pr_i.pid : '0;
        pr_d.priv      = pr_i.pv && pr_i.priv;
        pr_d.exec      = pr_i.pv && pr_i.exec;
        state_d        = S_ASK;
      end
      S_ASK: if (eng_req_ready_i) state_d = S_WAIT;
      S_WAIT: if (eng_fire) begin
        if (eng_rsp_i.status != iommu_xlate_pkg::XLATE_STATUS_OK) begin
          // No usable device context: PRPR taken as 0, so only Failure carries the PASID.
          if (eng_rsp_i.cause == iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED) begin
            code_d   = iommu_mem_pkg::PRG_RESP_INVALID;
            rsp_pv_d = 1'b0;
          end else begin
            code_d   = iommu_mem_pkg::PRG_RESP_FAILURE;
            rsp_pv_d = pr_q.pv;
          end
          state_d = need_rsp ? S_RESP : S_IDLE;
          out_discarded = !need_rsp;
        end else if (!on_i || pqmf_i) begin
          code_d        = iommu_mem_pkg::PRG_RESP_FAILURE;
          rsp_pv_d      = pr_q.pv;
          state_d       = need_rsp ? S_RESP : S_IDLE;
          out_discarded = !need_rsp;
        end else if (pqof_i || full) begin
          pqof_set_o    = 1'b1;
          code_d        = iommu_mem_pkg::PRG_RESP_SUCCESS;
          rsp_pv_d      = eng_rsp_i.prpr && pr_q.pv;
          state_d       = need_rsp ? S_RESP : S_IDLE;
          out_discarded = !need_rsp;
        end else begin
          state_d = S_WREQ;
        end
      end
      S_WREQ: if (wr_ready_i) state_d = S_WRSP;
      S_WRSP: if (wr_rsp_valid_i) begin
        if (wr_rsp_err_i) begin
          pqmf_set_o    = 1'b1;
          code_d        = iommu_mem_pkg::PRG_RESP_FAILURE;
          rsp_pv_d      = pr_q.pv;
          state_d       = need_rsp ? S_RESP : S_IDLE;
          out_discarded = !need_rsp;
        end else begin
          written_o  = 1'b1;
          out_queued = 1'b1;
          state_d    = S_IDLE;
        end
      end
      S_RESP: if (ats_ready_i) begin
        out_responded = 1'b1;
        state_d       = S_IDLE;
      end
      default: state_d = S_IDLE;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q  <= S_IDLE;
      pr_q     <= '0;
      code_q   <= iommu_mem_pkg::PRG_RESP_SUCCESS;
      rsp_pv_q <= 1'b0;
    end else begin
      state_q  <= state_d;
      pr_q     <= pr_d;
      code_q   <= code_d;
      rsp_pv_q <= rsp_pv_d;
    end
  end

  assign pr_ready_o = state_q == S_IDLE;
  assign wr_idle_o  = state_q != S_WREQ && state_q != S_WRSP;

  // Device-context lookup: the message code as the IOVA (the fault record's iotval).
  always_comb begin
    eng_req_o            = '0;
    eng_req_o.tag        = PQ_TAG;
    eng_req_o.device_id  = pr_q.did;
    eng_req_o.pv         = pr_q.pv;
    eng_req_o.process_id = pr_q.pid;
    eng_req_o.priv       = pr_q.priv;
    eng_req_o.exec       = pr_q.exec;
    eng_req_o.kind       = iommu_xlate_pkg::XLATE_KIND_PAGE_REQUEST;
    eng_req_o.iova       = 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST);
  end
  assign eng_req_valid_o = state_q == S_ASK;
  assign eng_rsp_ready_o = state_q == S_WAIT;

  // The record: two 8-byte beats at pqb.ppn * 4096 + pqt * 16 (fctl.BE = 0: little-endian).
  always_comb begin
    wr_req_o          = '0;
    wr_req_o.addr     = PA_WIDTH'({base_ppn_i, {PAGE_SHIFT{1'b0}}})
                      + PA_WIDTH'({pqt_i, {REC_SHIFT{1'b0}}});
    wr_req_o.beats_m1 = 2'd1;
    wr_req_o.data     = 256'(pr_q);
    wr_req_o.strb     = 8'hff;
  end
  assign wr_valid_o = state_q == S_WREQ;

  // The automatic response: ATS.PRGR to the requester.
  iommu_mem_pkg::cmd_ats_t          rsp_cmd;
  iommu_mem_pkg::ats_prgr_payload_t rsp_payload;
  always_comb begin
    rsp_payload           = '0;
    rsp_payload.prgi      = pr_q.payload.prgi;
    rsp_payload.resp_code = code_q;
    rsp_cmd               = '0;
    rsp_cmd.opcode        = iommu_mem_pkg::CMD_OPCODE_ATS;
    rsp_cmd.func3         = iommu_mem_pkg::ATS_FUNC3_PRGR;
    rsp_cmd.rid           = pr_q.did[15:0];
    rsp_cmd.pv            = rsp_pv_q;
    rsp_cmd.pid           = rsp_pv_q ? pr_q.pid : '0;
    rsp_cmd.payload       = rsp_payload;
  end
  assign ats_valid_o = state_q == S_RESP;
  assign ats_o       = rsp_cmd;

  // The engine's other answer fields are not needed here; reserved record bits are written 0.
  logic unused_rsp, unused_pr;
  assign unused_pr  = ^{pr_i.rsvd_39_35, pr_i.rsvd_11_0};
  assign unused_rsp = ^{eng_rsp_i.tag, eng_rsp_i.ttyp, eng_rsp_i.queued, eng_rsp_i.rsvd_99_64,
                        eng_rsp_i.rsvd_63_58, eng_rsp_i.size_log2, eng_rsp_i.priv, eng_rsp_i.g,
                        eng_rsp_i.u, eng_rsp_i.x, eng_rsp_i.w, eng_rsp_i.r, eng_rsp_i.ppn};

`ifndef SYNTHESIS
  // ---------------------------------------------------------------------------------------
  // Assertions
  // ---------------------------------------------------------------------------------------
  logic past_valid_q;
  logic pending_q;  // a page request was taken and has no outcome yet
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      past_valid_q <= 1'b0;
      pending_q    <= 1'b0;
    end else begin
      past_valid_q <= 1'b1;
      if (pr_fire) pending_q <= 1'b1;
      if (out_queued || out_discarded || out_responded) pending_q <= 1'b0;
    end
  end
  // Every page request taken gets exactly one outcome, and only then is the next taken.
  a_one_outcome: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $onehot0({out_queued, out_discarded, out_responded}));
  a_outcome_pending: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    (out_queued || out_discarded || out_responded) |-> pending_q);
  a_take_idle: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pr_fire |-> !pending_q);
  a_idle_done: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    state_q == S_IDLE |-> !pending_q);
  // An automatic response only for L = 1 that is not a Stop Marker.
  a_rsp_needed: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    ats_valid_o |-> pr_q.payload.l && (pr_q.payload.r || pr_q.payload.w));
  // No record write for a queue that is off, overflowed, faulted or full.
  a_write_ok: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    state_q == S_WAIT && state_d == S_WREQ |-> on_i && !pqof_i && !pqmf_i && !full);
  a_write_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    state_q == S_WREQ || state_q == S_WRSP |-> !pqof_i && !pqmf_i);
  // pqt stays within the queue.
  a_pqt_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    on_i |-> (pqt_i & ~index_mask_i) == '0);  // off: a stale pqt may exceed a shrunk queue
  // Handshakes: offers are held until taken.
  a_ats_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(ats_valid_o && !ats_ready_i) |-> ats_valid_o && $stable(ats_o));
  a_eng_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(eng_req_valid_o && !eng_req_ready_i) |-> eng_req_valid_o && $stable(eng_req_o));
  // The engine answers this unit only while it waits (its tag is its own).
  a_rsp_expected: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    eng_rsp_valid_i |-> state_q == S_WAIT && eng_rsp_i.tag == PQ_TAG);
  a_wr_rsp_expected: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    wr_rsp_valid_i |-> state_q == S_WRSP);
`endif

endmodule

`resetall

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

`ifdef FORMAL
  // ---------------------------------------------------------------------------------------
  // Formal checks (hw/formal/pq_formal.sv, `cargo xtask formal pq`): every page request
  // taken gets exactly one outcome, the one iommu_data_structures.adoc ATS_PRI and
  // iommu_in_memory_queues.adoc PRQ give it; records only into a queue that can take them;
  // handshakes held; one record write in flight. The shadow below restates the spec's
  // outcome table independently of the state machine above.
  // ---------------------------------------------------------------------------------------
  logic                         f_past_q;
  logic                         f_pend_q;       // a page request taken, no outcome yet
  logic                         f_wr_out_q;     // a record write accepted, no answer yet
  logic                         f_wr_wait_q;    // a record write offered and not taken
  iommu_core_pkg::mem_wr_req_t  f_wr_req_q;
  logic                         f_ats_wait_q;
  iommu_mem_pkg::cmd_t          f_ats_q;
  logic                         f_eng_wait_q;
  iommu_xlate_pkg::xlate_req_t  f_eng_req_q;
  logic                         f_prev_ok_q;    // last cycle: on, no pqof / pqmf, not full
  // The spec's outcome, fixed when the device context is known (f_exp_*_q) and the request
  // as taken (f_pr_q).
  logic                         f_exp_q;        // an expectation is held
  logic                         f_exp_write_q;  // the record is to be written
  iommu_mem_pkg::prg_resp_t     f_exp_code_q;   // else the response code
  logic                         f_exp_pv_q;     // and whether the response carries the PASID
  logic                         f_exp_prpr_q;   // the located context's PRPR (0 on a fault)
  iommu_mem_pkg::page_request_t f_pr_q;

  logic                         f_needs_rsp, f_nodc, f_can_queue, f_outcome, f_pqt_full;
  logic                         f_wr_good, f_wr_fail, f_pv;
  iommu_mem_pkg::prg_resp_t     f_code;
  iommu_mem_pkg::page_request_t f_rec;      // the record the PQ section defines
  iommu_mem_pkg::cmd_ats_t      f_cmd;      // the response the ATS_PRI section defines
  iommu_mem_pkg::ats_prgr_payload_t f_cmd_payload;
  // A response is due for a Page Request with L = 1 that is not a Stop Marker (L = 1,
  // R = W = 0).
  assign f_needs_rsp = f_pr_q.payload.l && !(!f_pr_q.payload.r && !f_pr_q.payload.w);
  assign f_outcome   = out_queued || out_discarded || out_responded;
  assign f_wr_good   = f_wr_out_q && wr_rsp_valid_i && !wr_rsp_err_i;
  assign f_wr_fail   = f_wr_out_q && wr_rsp_valid_i && wr_rsp_err_i;
  assign f_pqt_full  = pqt_i == ((pqh_i - 32'd1) & index_mask_i);  // pqt == pqh - 1
  // At the engine's answer: the outcome table (ATS_PRI, in the spec's order of precedence).
  always_comb begin
    f_nodc      = eng_rsp_i.status != iommu_xlate_pkg::XLATE_STATUS_OK;
    f_can_queue = 1'b0;
    if (f_nodc) begin
      // No valid device context: PRPR is taken as 0; cause 260 (Bare, EN_PRI 0, device_id
      // too wide) is Invalid Request, the other causes (256..259) Response Failure.
      f_code = eng_rsp_i.cause == iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED
             ? iommu_mem_pkg::PRG_RESP_INVALID : iommu_mem_pkg::PRG_RESP_FAILURE;
      f_pv   = f_code == iommu_mem_pkg::PRG_RESP_FAILURE && f_pr_q.pv;
    end else if (!on_i || pqmf_i) begin
      f_code = iommu_mem_pkg::PRG_RESP_FAILURE;
      f_pv   = f_pr_q.pv;
    end else if (pqof_i || f_pqt_full) begin
      f_code = iommu_mem_pkg::PRG_RESP_SUCCESS;
      f_pv   = eng_rsp_i.prpr && f_pr_q.pv;
    end else begin
      f_code      = iommu_mem_pkg::PRG_RESP_SUCCESS;  // no response: the record is written
      f_pv        = 1'b0;
      f_can_queue = 1'b1;
    end
  end
  always_comb begin
    f_rec                   = '0;
    f_rec.payload           = f_pr_q.payload;
    f_rec.did               = f_pr_q.did;
    f_rec.pv                = f_pr_q.pv;
    f_rec.pid               = f_pr_q.pv ? f_pr_q.pid : '0;
    f_rec.priv              = f_pr_q.pv && f_pr_q.priv;
    f_rec.exec              = f_pr_q.pv && f_pr_q.exec;
    f_cmd_payload           = '0;
    f_cmd_payload.prgi      = f_pr_q.payload.prgi;
    f_cmd_payload.resp_code = f_exp_code_q;
    f_cmd                   = '0;
    f_cmd.opcode            = iommu_mem_pkg::CMD_OPCODE_ATS;
    f_cmd.func3             = iommu_mem_pkg::ATS_FUNC3_PRGR;
    f_cmd.rid               = f_pr_q.did[15:0];
    f_cmd.pv                = f_exp_pv_q;
    f_cmd.pid               = f_exp_pv_q ? f_pr_q.pid : '0;
    f_cmd.payload           = f_cmd_payload;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_past_q      <= 1'b0;
      f_pend_q      <= 1'b0;
      f_wr_out_q    <= 1'b0;
      f_wr_wait_q   <= 1'b0;
      f_wr_req_q    <= '0;
      f_ats_wait_q  <= 1'b0;
      f_ats_q       <= '0;
      f_eng_wait_q  <= 1'b0;
      f_eng_req_q   <= '0;
      f_prev_ok_q   <= 1'b0;
      f_exp_q       <= 1'b0;
      f_exp_write_q <= 1'b0;
      f_exp_code_q  <= iommu_mem_pkg::PRG_RESP_SUCCESS;
      f_exp_pv_q    <= 1'b0;
      f_exp_prpr_q  <= 1'b0;
      f_pr_q        <= '0;
    end else begin
      f_past_q     <= 1'b1;
      f_wr_wait_q  <= wr_valid_o && !wr_ready_i;
      f_wr_req_q   <= wr_req_o;
      f_ats_wait_q <= ats_valid_o && !ats_ready_i;
      f_ats_q      <= ats_o;
      f_eng_wait_q <= eng_req_valid_o && !eng_req_ready_i;
      f_eng_req_q  <= eng_req_o;
      f_prev_ok_q  <= on_i && !pqof_i && !pqmf_i && !f_pqt_full;
      if (wr_valid_o && wr_ready_i) f_wr_out_q <= 1'b1;
      else if (wr_rsp_valid_i) f_wr_out_q <= 1'b0;
      if (pr_fire) begin
        f_pend_q <= 1'b1;
        f_pr_q   <= pr_i;
        f_exp_q  <= 1'b0;
      end else if (f_outcome) begin
        f_pend_q <= 1'b0;
        f_exp_q  <= 1'b0;
      end
      if (eng_fire) begin
        f_exp_q       <= !f_outcome;  // a silent discard ends the request at once
        f_exp_write_q <= f_can_queue;
        f_exp_code_q  <= f_code;
        f_exp_pv_q    <= f_pv;
        f_exp_prpr_q  <= !f_nodc && eng_rsp_i.prpr;
      end else if (f_wr_fail) begin
        // pqmf: Response Failure, with the PASID if the request had one.
        f_exp_write_q <= 1'b0;
        f_exp_code_q  <= iommu_mem_pkg::PRG_RESP_FAILURE;
        f_exp_pv_q    <= f_pr_q.pv;
      end
    end
  end

  always_comb begin
    if (rst_ni && f_past_q) begin
      // Exactly one outcome per page request taken; the next is taken only after it.
      assert ($countones({out_queued, out_discarded, out_responded}) <= 1);
      if (f_outcome) assert (f_pend_q && !pr_fire);
      if (pr_fire) assert (!f_pend_q);
      assert (f_pend_q == (state_q != S_IDLE));
      // The outcome is the spec's: the record written when the queue can take it; otherwise
      // a response for a Page Request with L = 1 that is not a Stop Marker, else a silent
      // discard.
      if (out_queued) assert (f_exp_q && f_exp_write_q && f_wr_good);
      if (out_discarded)
        assert (!f_needs_rsp && (eng_fire ? !f_can_queue : f_exp_q && f_exp_write_q && f_wr_fail));
      if (out_responded) assert (ats_valid_o && ats_ready_i);
      if (ats_valid_o) assert (f_exp_q && !f_exp_write_q && f_needs_rsp);
      if (f_exp_q && !f_exp_write_q) assert (ats_valid_o);
      if (f_exp_q && f_exp_write_q) assert (wr_valid_o || f_wr_out_q);
      if (wr_valid_o || f_wr_out_q) assert (f_exp_q && f_exp_write_q);
      if (state_q == S_ASK || state_q == S_WAIT) assert (!f_exp_q);
      // The response: ATS.PRGR to the requester with the group index and the spec's code;
      // the PASID with Response Failure, or with PRPR for Invalid Request / Success.
      if (ats_valid_o) begin
        assert (ats_o == iommu_mem_pkg::cmd_t'(f_cmd));
        assert (f_exp_pv_q == (f_pr_q.pv && (f_exp_code_q == iommu_mem_pkg::PRG_RESP_FAILURE
                                             || f_exp_prpr_q)));
      end
      // pqof is set exactly when a message the context allows meets a full or overflowed
      // queue that is on and has no memory fault; pqmf exactly on a failed record write.
      assert (pqof_set_o == (eng_fire && !f_nodc && on_i && !pqmf_i && (pqof_i || f_pqt_full)));
      assert (pqmf_set_o == f_wr_fail);
      assert (written_o == f_wr_good);
      // Records: decided only while the queue is on, not full, without pqof / pqmf, and
      // none of those set until the write is answered; the record is the request as the PQ
      // section lays it out, at pqb.ppn * 4096 + pqt * 16 with pqt within LOG2SZ.
      if (wr_valid_o && !f_wr_wait_q) assert (f_prev_ok_q);
      if (wr_valid_o || f_wr_out_q) begin
        assert (!pqof_i && !pqmf_i);
        assert ((pqt_i & ~index_mask_i) == '0);
      end
      if (wr_valid_o) begin
        assert (wr_req_o.data == 256'(f_rec) && wr_req_o.beats_m1 == 2'd1
                && wr_req_o.strb == 8'hff);
        assert (wr_req_o.addr == PA_WIDTH'({base_ppn_i, {PAGE_SHIFT{1'b0}}})
                                 + PA_WIDTH'({pqt_i, {REC_SHIFT{1'b0}}}));
      end
      if (f_pend_q) assert (pr_q == f_rec);
      // One record write in flight; offers held until taken.
      if (f_wr_out_q) assert (!wr_valid_o && state_q == S_WRSP);
      if (state_q == S_WRSP) assert (f_wr_out_q);
      if (f_wr_wait_q) assert (wr_valid_o && wr_req_o == f_wr_req_q);
      if (f_ats_wait_q) assert (ats_valid_o && ats_o == f_ats_q);
      if (f_eng_wait_q) assert (eng_req_valid_o && eng_req_o == f_eng_req_q);
      // What iommu_ctrl assumes of this unit (hw/formal/ctrl_formal.sv): idle only with no
      // record write offered or in flight; written only with that write's good answer.
      if (wr_idle_o) assert (!wr_valid_o && !f_wr_out_q);
      if (written_o) assert (f_wr_out_q && wr_rsp_valid_i && !wr_rsp_err_i);
    end
  end
`endif

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

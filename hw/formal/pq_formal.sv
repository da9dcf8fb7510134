// pq_formal: the page-request unit (iommu_pq) in an environment the solver drives, for
// `cargo xtask formal` (Yosys -formal; never read by Verilator or synthesis).
//
// Free inputs every cycle: page requests (every field), the engine's ready and its answers
// (status, cause, PRPR), the queue state iommu_ctrl drives (base, LOG2SZ, pqh, pqt, on, pqof,
// pqmf), record-write ready, answers and error bit, the ATS command ready. Assumed, each a
// guarantee of a neighbour:
//   - reset in the first cycle;
//   - the engine answers only a lookup it accepted and has not answered (`xlate`: no
//     response without an outstanding request);
//   - a record-write answer only for the write in flight (iommu_ctrl hands this unit the
//     port's answers only while it owns the port: `queue_ptrs`, the write-port checks);
//   - iommu_ctrl's page-request queue state, asserted in hw/formal/ctrl_formal.sv
//     (`queue_ptrs`): the index mask is 2^(LOG2SZ-1+1) - 1; pqh within it; pqt within it
//     while the queue is on; pqof / pqmf set only after this unit asked; while the queue was
//     on or a record write was offered or in flight, base and LOG2SZ keep their values and
//     pqt moves only by one after a record written.
// Not assumed: page requests are offered and withdrawn at will; the engine, memory and the
// ATS side take or answer at any time or never.
//
// Proves the checks in `ifdef FORMAL` of iommu_pq.sv, and here that the trackers of the
// environment match the unit (the engine's lookup outstanding exactly while it waits).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module pq_formal (
  input wire logic                         clk_i,
  input wire logic                         pr_valid_i,
  input wire iommu_mem_pkg::page_request_t pr_i,
  input wire logic                         eng_req_ready_i,
  input wire logic                         eng_rsp_valid_i,
  input wire iommu_xlate_pkg::xlate_rsp_t  eng_rsp_i,
  input wire logic [43:0]                  base_ppn_i,
  input wire logic [4:0]                   log2szm1_i,
  input wire logic [31:0]                  pqh_i,
  input wire logic [31:0]                  pqt_i,
  input wire logic                         on_i,
  input wire logic                         pqof_i,
  input wire logic                         pqmf_i,
  input wire logic                         wr_ready_i,
  input wire logic                         wr_rsp_valid_i,
  input wire logic                         wr_rsp_err_i,
  input wire logic                         ats_ready_i
);
  logic rst_ni;
  logic f_init_q = 1'b1;
  always_ff @(posedge clk_i) f_init_q <= 1'b0;
  assign rst_ni = !f_init_q;

  localparam logic [7:0] PQ_TAG = 8'd1;

  // The index mask as iommu_ctrl derives it from pqb.LOG2SZ-1.
  logic [31:0] index_mask;
  assign index_mask = 32'((33'd2 << log2szm1_i) - 33'd1);

  logic                        pr_ready_o, eng_req_valid_o, eng_rsp_ready_o;
  iommu_xlate_pkg::xlate_req_t eng_req_o;
  logic                        written_o, pqof_set_o, pqmf_set_o, wr_idle_o, wr_valid_o;
  iommu_core_pkg::mem_wr_req_t wr_req_o;
  logic                        ats_valid_o;
  iommu_mem_pkg::cmd_t         ats_o;

  iommu_pq #(.PQ_TAG(PQ_TAG)) dut (
    .clk_i,
    .rst_ni,
    .pr_valid_i,
    .pr_ready_o,
    .pr_i,
    .eng_req_valid_o,
    .eng_req_ready_i,
    .eng_req_o,
    .eng_rsp_valid_i,
    .eng_rsp_ready_o,
    .eng_rsp_i,
    .base_ppn_i,
    .index_mask_i (index_mask),
    .pqh_i,
    .pqt_i,
    .on_i,
    .pqof_i,
    .pqmf_i,
    .written_o,
    .pqof_set_o,
    .pqmf_set_o,
    .wr_idle_o,
    .wr_valid_o,
    .wr_ready_i,
    .wr_req_o,
    .wr_rsp_valid_i,
    .wr_rsp_err_i,
    .ats_valid_o,
    .ats_ready_i,
    .ats_o
  );

  // ---------------------------------------------------------------------------------------
  // Environment
  // ---------------------------------------------------------------------------------------
  logic        f_eng_out_q;   // a lookup accepted by the engine, not answered
  logic        f_wr_out_q;    // a record write accepted, not answered
  logic        f_keep_q;      // last cycle: queue on, or a record write offered / in flight
  logic        f_written_q, f_pqof_set_q, f_pqmf_set_q, f_pqof_q, f_pqmf_q;
  logic [43:0] f_base_q;
  logic [4:0]  f_log2_q;
  logic [31:0] f_pqt_q;
  always_ff @(posedge clk_i) begin
    if (!rst_ni) begin
      f_eng_out_q  <= 1'b0;
      f_wr_out_q   <= 1'b0;
      f_keep_q     <= 1'b0;
      f_written_q  <= 1'b0;
      f_pqof_set_q <= 1'b0;
      f_pqmf_set_q <= 1'b0;
      f_pqof_q     <= 1'b0;
      f_pqmf_q     <= 1'b0;
      f_base_q     <= '0;
      f_log2_q     <= '0;
      f_pqt_q      <= '0;
    end else begin
      if (eng_req_valid_o && eng_req_ready_i) f_eng_out_q <= 1'b1;
      else if (eng_rsp_valid_i && eng_rsp_ready_o) f_eng_out_q <= 1'b0;
      if (wr_valid_o && wr_ready_i) f_wr_out_q <= 1'b1;
      else if (wr_rsp_valid_i) f_wr_out_q <= 1'b0;
      f_keep_q     <= on_i || wr_valid_o || f_wr_out_q;
      f_written_q  <= written_o;
      f_pqof_set_q <= pqof_set_o;
      f_pqmf_set_q <= pqmf_set_o;
      f_pqof_q     <= pqof_i;
      f_pqmf_q     <= pqmf_i;
      f_base_q     <= base_ppn_i;
      f_log2_q     <= log2szm1_i;
      f_pqt_q      <= pqt_i;
    end
  end

  always_comb begin
    if (rst_ni) begin
      // The engine answers the lookup in flight, with this unit's tag.
      if (eng_rsp_valid_i) assume (f_eng_out_q && eng_rsp_i.tag == PQ_TAG);
      // Memory answers the record write in flight.
      if (wr_rsp_valid_i) assume (f_wr_out_q);
      // iommu_ctrl's queue state.
      assume ((pqh_i & ~index_mask) == '0);
      if (on_i) assume ((pqt_i & ~index_mask) == '0);
      if (pqof_i && !f_pqof_q) assume (f_pqof_set_q);
      if (pqmf_i && !f_pqmf_q) assume (f_pqmf_set_q);
      if (f_keep_q) begin
        assume (base_ppn_i == f_base_q && log2szm1_i == f_log2_q);
        assume (pqt_i == (f_written_q ? (f_pqt_q + 32'd1) & index_mask : f_pqt_q));
      end
      // The environment's view matches the unit: a lookup outstanding exactly while the
      // unit waits for it; a write in flight exactly while it is neither offered nor idle.
      assert (f_eng_out_q == eng_rsp_ready_o);
      assert (f_wr_out_q == (!wr_idle_o && !wr_valid_o));
      assert (pr_ready_o == !(eng_req_valid_o || eng_rsp_ready_o || !wr_idle_o
                              || ats_valid_o));
    end
  end
endmodule

`resetall

// ctrl_formal: the control block (iommu_ctrl with its command queue iommu_cq) with every
// software register write the solver chooses, for `cargo xtask formal` (Yosys -formal; never
// read by Verilator or synthesis).
//
// Free inputs every cycle: the register block's hwif (every core-held register's written value,
// byte enables and write pulse: any value, any time), IPSR / ICVEC, the engine's idle, fault
// records, invalidation and debug handshakes, memory read / write ready, read data and write
// responses, the page-request unit's events (written, pqof / pqmf, busy) and record writes, the
// ATS side. Assumed: reset in the first cycle; read beats only for the command read in flight
// (its id, two beats, `last` on the second); a write response only for a write in flight; a
// debug answer only for a debug request in flight; the page-request unit holds its write
// request until taken and waits for its answer before the next, first offers it only when the
// queue was on without pqof / pqmf in the cycle before (the cycle it decided), reports a
// record written only with that answer and idle only without a write (these are the unit's
// promises, proven by `cargo xtask formal pq` on iommu_pq); one software write per cycle, as
// the AXI4-Lite register block gives them: its write pulses name the registers of one 8-byte
// word (each core-held register has a word of its own, apart from cqcsr / fqcsr at 0x48 /
// 0x4C).
//
// Proves the checks in `ifdef FORMAL` of iommu_ctrl.sv (queue pointers cqh / cqt / fqh / fqt /
// pqh / pqt within LOG2SZ, write-port ownership, busy rules, stable bases) and of iommu_cq.sv,
// and, here, the promises to the page-request unit that hw/formal/pq_formal.sv assumes.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module ctrl_formal (
  input wire logic                         clk_i,
  input wire iommu_regs_pkg::ddtp_t        ddtp_q_i,
  input wire logic                         ddtp_qe_i,
  input wire logic [7:0]                   ddtp_be_i,
  input wire iommu_regs_pkg::cqb_t         cqb_q_i,
  input wire logic                         cqb_qe_i,
  input wire logic [7:0]                   cqb_be_i,
  input wire iommu_regs_pkg::cqt_t         cqt_q_i,
  input wire logic                         cqt_qe_i,
  input wire logic [3:0]                   cqt_be_i,
  input wire iommu_regs_pkg::fqb_t         fqb_q_i,
  input wire logic                         fqb_qe_i,
  input wire logic [7:0]                   fqb_be_i,
  input wire iommu_regs_pkg::fqh_t         fqh_q_i,
  input wire logic                         fqh_qe_i,
  input wire logic [3:0]                   fqh_be_i,
  input wire iommu_regs_pkg::pqb_t         pqb_q_i,
  input wire logic                         pqb_qe_i,
  input wire logic [7:0]                   pqb_be_i,
  input wire iommu_regs_pkg::pqh_t         pqh_q_i,
  input wire logic                         pqh_qe_i,
  input wire logic [3:0]                   pqh_be_i,
  input wire iommu_regs_pkg::cqcsr_t       cqcsr_q_i,
  input wire logic                         cqcsr_qe_i,
  input wire logic [3:0]                   cqcsr_be_i,
  input wire iommu_regs_pkg::fqcsr_t       fqcsr_q_i,
  input wire logic                         fqcsr_qe_i,
  input wire logic [3:0]                   fqcsr_be_i,
  input wire iommu_regs_pkg::pqcsr_t       pqcsr_q_i,
  input wire logic                         pqcsr_qe_i,
  input wire logic [3:0]                   pqcsr_be_i,
  input wire iommu_regs_pkg::tr_req_iova_t tr_req_iova_q_i,
  input wire logic                         tr_req_iova_qe_i,
  input wire logic [7:0]                   tr_req_iova_be_i,
  input wire iommu_regs_pkg::tr_req_ctl_t  tr_req_ctl_q_i,
  input wire logic                         tr_req_ctl_qe_i,
  input wire logic [7:0]                   tr_req_ctl_be_i,
  input wire iommu_regs_pkg::ipsr_t        ipsr_q_i,
  input wire iommu_regs_pkg::icvec_t       icvec_q_i,
  input wire logic                         cq_stall_i,
  input wire logic                         engine_idle_i,
  input wire logic                         inval_ready_i,
  input wire logic                         fault_valid_i,
  input wire iommu_mem_pkg::fault_record_t fault_i,
  input wire logic                         dbg_req_ready_i,
  input wire logic                         dbg_rsp_valid_i,
  input wire iommu_xlate_pkg::xlate_rsp_t  dbg_rsp_i,
  input wire logic                         rd_req_ready_i,
  input wire logic                         rd_rsp_valid_i,
  input wire iommu_core_pkg::mem_rd_rsp_t  rd_rsp_i,
  input wire logic                         wr_req_ready_i,
  input wire logic                         wr_rsp_valid_i,
  input wire logic                         wr_rsp_err_i,
  input wire logic                         ats_cmd_ready_i,
  input wire logic                         ats_inval_busy_i,
  input wire logic                         ats_inval_timeout_i,
  input wire logic                         pq_written_i,
  input wire logic                         pqof_set_i,
  input wire logic                         pqmf_set_i,
  input wire logic                         pq_idle_i,
  input wire logic                         pq_unit_busy_i,
  input wire logic                         pq_wr_valid_i,
  input wire iommu_core_pkg::mem_wr_req_t  pq_wr_req_i
);
  logic rst_ni;
  logic f_init_q = 1'b1;
  always_ff @(posedge clk_i) f_init_q <= 1'b0;
  assign rst_ni = !f_init_q;

  localparam logic [iommu_core_pkg::MEM_ID_WIDTH-1:0] CQ_RD_ID = '1;

  iommu_regs_pkg::ddtp_t        ddtp_d_o;
  iommu_regs_pkg::cqb_t         cqb_d_o;
  iommu_regs_pkg::cqt_t         cqt_d_o;
  iommu_regs_pkg::fqb_t         fqb_d_o;
  iommu_regs_pkg::fqh_t         fqh_d_o;
  iommu_regs_pkg::pqb_t         pqb_d_o;
  iommu_regs_pkg::pqh_t         pqh_d_o;
  iommu_regs_pkg::cqcsr_t       cqcsr_d_o;
  iommu_regs_pkg::fqcsr_t       fqcsr_d_o;
  iommu_regs_pkg::pqcsr_t       pqcsr_d_o;
  iommu_regs_pkg::tr_req_iova_t tr_req_iova_d_o;
  iommu_regs_pkg::tr_req_ctl_t  tr_req_ctl_d_o;
  iommu_regs_pkg::cqh_t         cqh_d_o;
  iommu_regs_pkg::fqt_t         fqt_d_o;
  iommu_regs_pkg::pqt_t         pqt_d_o;
  iommu_regs_pkg::tr_response_t tr_response_d_o;
  logic                         ipsr_cip_set_o;
  logic                         ipsr_fip_set_o;
  logic                         ipsr_pip_set_o;
  logic [15:0]                  irq_o;
  iommu_regs_pkg::iommu_mode_t  ddtp_mode_o;
  logic [43:0]                  ddtp_ppn_o;
  logic                         inval_valid_o;
  iommu_core_pkg::inval_req_t   inval_o;
  logic                         fault_ready_o;
  logic                         dbg_req_valid_o;
  iommu_xlate_pkg::xlate_req_t  dbg_req_o;
  logic                         dbg_rsp_ready_o;
  logic                         rd_req_valid_o;
  iommu_core_pkg::mem_rd_req_t  rd_req_o;
  logic                         rd_rsp_ready_o;
  logic                         wr_req_valid_o;
  iommu_core_pkg::mem_wr_req_t  wr_req_o;
  logic                         ats_cmd_valid_o;
  iommu_mem_pkg::cmd_t          ats_cmd_o;
  logic                         ats_inval_timeout_ack_o;
  logic [43:0]                  pq_base_ppn_o;
  logic [31:0]                  pq_index_mask_o;
  logic [31:0]                  pqh_o;
  logic [31:0]                  pqt_o;
  logic                         pq_on_o;
  logic                         pqof_o;
  logic                         pqmf_o;
  logic                         pq_wr_ready_o;
  logic                         pq_wr_rsp_valid_o;
  logic                         pq_wr_rsp_err_o;

  iommu_ctrl #(.CQ_RD_ID(CQ_RD_ID)) dut (.*);

  // Environment: reads (beats of the read in flight), writes, debug answers, held requests.
  logic [3:0] f_beats_q;
  logic [1:0] f_wr_q;
  logic       f_dbg_q, f_pq_wait_q, f_pq_out_q;
  iommu_core_pkg::mem_wr_req_t f_pq_req_q;
  // Last cycle's page-request queue state (the promises to iommu_pq below).
  logic        f_pq_ok_q, f_pq_keep_q, f_pq_wrt_q, f_pqof_q, f_pqmf_q, f_pqof_set_q, f_pqmf_set_q;
  logic [43:0] f_pq_base_q;
  logic [31:0] f_pq_mask_q, f_pqt_q;
  always_ff @(posedge clk_i) begin
    if (!rst_ni) begin
      f_beats_q   <= '0;
      f_wr_q      <= '0;
      f_dbg_q     <= 1'b0;
      f_pq_wait_q <= 1'b0;
      f_pq_out_q  <= 1'b0;
      f_pq_req_q  <= '0;
      f_pq_ok_q   <= 1'b0;
      f_pq_keep_q <= 1'b0;
      f_pq_wrt_q  <= 1'b0;
      f_pqof_q    <= 1'b0;
      f_pqmf_q    <= 1'b0;
      f_pqof_set_q <= 1'b0;
      f_pqmf_set_q <= 1'b0;
      f_pq_base_q <= '0;
      f_pq_mask_q <= '0;
      f_pqt_q     <= '0;
    end else begin
      if (rd_req_valid_o && rd_req_ready_i) f_beats_q <= 4'(rd_req_o.beats_m1) + 4'd1;
      else if (rd_rsp_valid_i && rd_rsp_ready_o) f_beats_q <= f_beats_q - 4'd1;
      f_wr_q <= f_wr_q + 2'(wr_req_valid_o && wr_req_ready_i) - 2'(wr_rsp_valid_i);
      if (dbg_req_valid_o && dbg_req_ready_i) f_dbg_q <= 1'b1;
      else if (dbg_rsp_valid_i) f_dbg_q <= 1'b0;
      f_pq_wait_q <= pq_wr_valid_i && !pq_wr_ready_o;
      f_pq_ok_q   <= pq_on_o && !pqof_o && !pqmf_o;
      f_pq_keep_q <= pq_on_o || pq_wr_valid_i || f_pq_out_q;
      f_pq_wrt_q  <= pq_written_i;
      f_pqof_q    <= pqof_o;
      f_pqmf_q    <= pqmf_o;
      f_pqof_set_q <= pqof_set_i;
      f_pqmf_set_q <= pqmf_set_i;
      f_pq_base_q <= pq_base_ppn_o;
      f_pq_mask_q <= pq_index_mask_o;
      f_pqt_q     <= pqt_o;
      f_pq_req_q  <= pq_wr_req_i;
      if (pq_wr_valid_i && pq_wr_ready_o) f_pq_out_q <= 1'b1;
      else if (pq_wr_rsp_valid_o) f_pq_out_q <= 1'b0;
    end
  end
  always_comb begin
    if (rst_ni) begin
      if (rd_rsp_valid_i) begin
        assume (f_beats_q != 4'd0 && rd_rsp_i.id == CQ_RD_ID);
        assume (rd_rsp_i.last == (f_beats_q == 4'd1));
      end
      if (wr_rsp_valid_i) assume (f_wr_q != 2'd0 && !wr_req_valid_o);
      if (dbg_rsp_valid_i) assume (f_dbg_q && dbg_rsp_ready_o);
      assume ($countones({ddtp_qe_i, cqb_qe_i, cqt_qe_i, fqb_qe_i, fqh_qe_i, pqb_qe_i, pqh_qe_i,
                          cqcsr_qe_i || fqcsr_qe_i, pqcsr_qe_i, tr_req_iova_qe_i,
                          tr_req_ctl_qe_i}) <= 1);
      if (f_pq_wait_q) assume (pq_wr_valid_i && pq_wr_req_i == f_pq_req_q);
      if (f_pq_out_q) assume (!pq_wr_valid_i);
      // The page-request unit's events follow its writes: a record counts as written with the
      // write's good answer, and the unit is idle only with no write asked for or in flight.
      if (pq_written_i) assume (f_pq_out_q && pq_wr_rsp_valid_o && !pq_wr_rsp_err_o);
      if (pq_idle_i) assume (!f_pq_out_q && !pq_wr_valid_i);
      // A record write is decided only while the queue is on, without pqof / pqmf: in the
      // cycle before it is first offered (software may clear pqen in that cycle).
      if (pq_wr_valid_i && !f_pq_wait_q) assume (f_pq_ok_q);
      // The block's promises: one command read at a time, one write in flight.
      if (rd_req_valid_o) assert (f_beats_q == 4'd0);
      assert (f_wr_q != 2'd2 && f_wr_q != 2'd3);
      if (f_wr_q != 2'd0) assert (!wr_req_valid_o);
      // The promises to the page-request unit, which hw/formal/pq_formal.sv assumes: the
      // index mask is contiguous low ones; pqh within it; pqt within it while the queue is
      // on; pqof / pqmf set only after the unit asked; while the queue was on or a record
      // write was offered or in flight, base and size keep their values and pqt moves only
      // by one after a record written; the port answers only the unit's write in flight.
      assert ((pq_index_mask_o & (pq_index_mask_o + 32'd1)) == '0 && pq_index_mask_o[0]);
      assert ((pqh_o & ~pq_index_mask_o) == '0);
      if (pq_on_o) assert ((pqt_o & ~pq_index_mask_o) == '0);
      if (pqof_o && !f_pqof_q) assert (f_pqof_set_q);
      if (pqmf_o && !f_pqmf_q) assert (f_pqmf_set_q);
      if (f_pq_keep_q) begin
        assert (pq_base_ppn_o == f_pq_base_q && pq_index_mask_o == f_pq_mask_q);
        assert (pqt_o == (f_pq_wrt_q ? (f_pqt_q + 32'd1) & pq_index_mask_o : f_pqt_q));
      end
      if (pq_wr_rsp_valid_o) assert (f_pq_out_q);
      // A record write offered or in flight keeps the queue on (pqon: a disable waits, busy).
      if (pq_wr_valid_i || f_pq_out_q) assert (pqcsr_d_o.pqon);
    end
  end
endmodule

`resetall

// cq_formal: the command-queue processor (iommu_cq) in an environment the solver drives, for
// `cargo xtask formal` (Yosys -formal; never read by Verilator or synthesis).
//
// Free inputs every cycle: run, queue base, head and tail, ddtp mode, the fence's wait
// conditions (record writers idle, ATS.INVAL busy / timed out, page requests busy), read
// and write ready, the data and error bit of every command beat, the write response, the
// engine's inval_ready and the link's ats_cmd_ready. Assumed: reset in the first cycle;
// command beats only for the read in flight (two, `last` on the second, the read's id); a
// write response only for the fence write in flight.
//
// Proves the checks in `ifdef FORMAL` of iommu_cq.sv: an invalidation command completes only
// with the engine's handshake, carrying its operands; nothing is fetched and no IOFENCE.C
// completes while one is owed; the Verilator SVA block (one outcome per command, time-out
// rules, fence waits, handshakes held).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module cq_formal (
  input wire logic                        clk_i,
  input wire logic                        run_i,
  input wire logic [43:0]                 base_ppn_i,
  input wire logic [31:0]                 head_i,
  input wire logic [31:0]                 tail_i,
  input wire iommu_regs_pkg::iommu_mode_t ddtp_mode_i,
  input wire logic                        fq_idle_i,
  input wire logic                        ats_inval_busy_i,
  input wire logic                        pq_busy_i,
  input wire logic                        ats_inval_timeout_i,
  input wire logic                        rd_req_ready_i,
  input wire logic                        rd_rsp_valid_i,
  input wire iommu_core_pkg::mem_rd_rsp_t rd_rsp_i,
  input wire logic                        wr_req_ready_i,
  input wire logic                        wr_rsp_valid_i,
  input wire logic                        wr_rsp_err_i,
  input wire logic                        inval_ready_i,
  input wire logic                        ats_cmd_ready_i
);
  logic rst_ni;
  logic f_init_q = 1'b1;
  always_ff @(posedge clk_i) f_init_q <= 1'b0;
  assign rst_ni = !f_init_q;

  localparam logic [iommu_core_pkg::MEM_ID_WIDTH-1:0] RD_ID = '1;

  logic                        ats_inval_timeout_ack_o, done_o, ill_o, mf_o, fence_wip_o, to_o;
  logic                        idle_o, wr_claim_o, rd_req_valid_o, rd_rsp_ready_o;
  logic                        wr_req_valid_o, inval_valid_o, ats_cmd_valid_o;
  iommu_core_pkg::mem_rd_req_t rd_req_o;
  iommu_core_pkg::mem_wr_req_t wr_req_o;
  iommu_core_pkg::inval_req_t  inval_o;
  iommu_mem_pkg::cmd_t         ats_cmd_o;

  iommu_cq #(.RD_ID(RD_ID)) dut (.*);

  // Environment: one read (two beats) and one fence write outstanding at most.
  logic [1:0] f_beats_q;
  logic       f_wr_q;
  always_ff @(posedge clk_i) begin
    if (!rst_ni) begin
      f_beats_q <= '0;
      f_wr_q    <= 1'b0;
    end else begin
      if (rd_req_valid_o && rd_req_ready_i) f_beats_q <= 2'(rd_req_o.beats_m1) + 2'd1;
      else if (rd_rsp_valid_i && rd_rsp_ready_o) f_beats_q <= f_beats_q - 2'd1;
      if (wr_req_valid_o && wr_req_ready_i) f_wr_q <= 1'b1;
      else if (wr_rsp_valid_i) f_wr_q <= 1'b0;
    end
  end
  always_comb begin
    if (rst_ni) begin
      if (rd_rsp_valid_i) begin
        assume (f_beats_q != 2'd0 && rd_rsp_i.id == RD_ID);
        assume (rd_rsp_i.last == (f_beats_q == 2'd1));
      end
      if (wr_rsp_valid_i) assume (f_wr_q && !wr_req_valid_o);
      // The module's promises to its neighbours.
      if (rd_req_valid_o) assert (f_beats_q == 2'd0 && rd_req_o.id == RD_ID);
      // Invariants (for induction): a read is outstanding exactly while beats are taken.
      assert ((f_beats_q != 2'd0) == rd_rsp_ready_o);
      assert (f_beats_q != 2'd3);
    end
  end
endmodule

`resetall

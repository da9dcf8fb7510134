// walk_formal: one table walker (iommu_xlate_walker) with its decide block cut out, for
// `cargo xtask formal walk_bound` (Yosys -formal; never read by Verilator or synthesis).
//
// Free inputs every cycle: the start with any request, mode, ddtp, cached device / process
// contexts (known or not, any value), memory ready, the data and error bit of every beat,
// take and stale. The decide block's outputs are free too (Yosys `cutpoint`), constrained
// only by the walk's contract, proven on the decide block alone (decide_contract) and
// assumed in iommu_xlate_walker.sv under FORMAL_WALK_BOUND: a table-read fault or a known
// leaf ends the walk; DDT only without a device context, PDT only with one and without a
// process context, first stage only with a device context; DDT / PDT at most three levels.
// Assumed here: reset in the first cycle; a walk starts only while the walker is idle (the
// engine's rule). In the walker: beats only for the read outstanding, `last` on its final
// beat.
//
// Proves (FORMAL_WALK_BOUND block of iommu_xlate_walker.sv): a walk issues at most 10 reads
// and receives at most 14 beats (DDT LVL3 2 + DC 4 beats, PDT PD20 2 + PC 2, Sv48 4), by a
// potential (reads and beats still possible from the current state) that never exceeds
// what is left; and, with the memory taking an offered read within F_R = 2 cycles and each
// beat arriving within F_L = 2 cycles of the read's issue or the beat before (assumed in
// the walker), that a walk is done within 1 + 10 (F_R - 1) + 14 F_L = 39 cycles (START and
// READ cycles; the walker offers each next read in the cycle the one before completes).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module walk_formal (
  input wire logic                            clk_i,
  input wire logic                            start_i,
  input wire iommu_xlate_pkg::xlate_req_t     req_i,
  input wire logic                            dbg_i,
  input wire iommu_regs_pkg::iommu_mode_t     mode_i,
  input wire logic [43:0]                     ddtp_ppn_i,
  input wire logic                            dc_known_i,
  input wire iommu_mem_pkg::device_context_t  dc_i,
  input wire logic                            pc_known_i,
  input wire iommu_mem_pkg::process_context_t pc_i,
  input wire logic [7:0]                      hint_i,
  input wire logic                            rd_ready_i,
  input wire logic                            beat_valid_i,
  input wire iommu_core_pkg::mem_rd_rsp_t     beat_i,
  input wire logic                            take_i,
  input wire logic                            stale_i
);
  logic rst_ni;
  logic f_init_q = 1'b1;
  always_ff @(posedge clk_i) f_init_q <= 1'b0;
  assign rst_ni = !f_init_q;

  logic                            idle_o, rd_valid_o, waiting_o, faulted_o, done_o, dbg_o;
  iommu_core_pkg::mem_rd_req_t     rd_o;
  iommu_xlate_pkg::xlate_req_t     req_o;
  iommu_xlate_pkg::xlate_rsp_t     rsp_o;
  logic                            log_o, fill_dc_o, fill_pc_o, fill_leaf_o, leaf_global_o;
  logic [7:0]                      hint_o;
  iommu_mem_pkg::device_context_t  dc_o;
  iommu_mem_pkg::process_context_t pc_o;
  logic [19:0]                     pid_o, pscid_o;
  iommu_mem_pkg::pte_t             leaf_o;
  logic [1:0]                      leaf_level_o;

  iommu_xlate_walker #(.ID(0), .HINT_W(8)) dut (.*);

  always_comb begin
    if (rst_ni) begin
      if (start_i) assume (idle_o);
      // No read offered or outstanding while idle or done.
      if (done_o || idle_o) assert (!rd_valid_o && !waiting_o);
    end
  end
endmodule

`resetall

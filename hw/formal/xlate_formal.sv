// xlate_formal: the translation engine (iommu_xlate) in an environment the solver drives, for
// `cargo xtask formal` (Yosys -formal; never read by Verilator or synthesis).
//
// Free inputs every cycle: requests on the translation and debug ports (tags, device and
// process IDs, addresses, kinds), response and fault ready, invalidations (the inval_* port
// the command queue drives: any kind, AV / PSCV / DV, address, PSCID, DID, PID, any cycle),
// memory read ready and the data, error bit and timing of every read beat. Assumed: reset in
// the first cycle; ddtp constant (the core changes it only while the engine is idle and
// software then invalidates); a request held with its fields until accepted; read beats only
// for a read the engine issued and has not finished, `last` on its final beat.
//
// Proves the engine's own checks (`ifdef FORMAL` in iommu_xlate.sv: invalidation coverage of
// the caches and of the lookup results the pipeline registers hold where they are used,
// stale walks, walker bookkeeping) and, here, one response per accepted request: a tag the
// solver picks is tracked on each port; no response without an outstanding request, none
// twice. DEBUG_PORT = 0 ties the debug port's request valid low.
`resetall
`timescale 1ns / 1ps
`default_nettype none

// Small domains: every identifier and address the solver picks is narrowed to a few bits
// (the rest tied to zero, so Yosys folds them away before the solver sees the design). The
// caches compare tags for equality and ranges by masks, the same for every bit, so a few
// bits per field exercise every match and mismatch: 4 tags, 4 device_ids, 4 process_ids,
// IOVA bits 12-13, 21-22, 30-31 and 39 (two index bits of each Sv39 / Sv48 level), memory
// data bits 15:0 and 63 (PTE V..D, RSW, N; directory-entry flags).
typedef struct packed {
  logic [1:0] tag;
  logic [1:0] device_id;
  logic [1:0] process_id;
  logic       pv, priv, exec, write;
  logic [1:0] kind;
  logic [6:0] iova;  // bits 39, 31:30, 22:21, 13:12
} small_req_t;

typedef struct packed {
  logic [1:0] kind;
  logic       av;
  logic [6:0] vpn;   // the same IOVA bits
  logic       pscv;
  logic [1:0] pscid;
  logic       dv;
  logic [1:0] did;
  logic [1:0] pid;
} small_inval_t;

module xlate_formal #(
  parameter int unsigned IOTLB_ENTRIES = 4,
  parameter int unsigned DDTC_ENTRIES  = 2,
  parameter int unsigned PDTC_ENTRIES  = 2,
  parameter int unsigned WALKERS       = 2,
  parameter bit          DEBUG_PORT    = 1'b1   // 0: no debug requests (smaller problem)
) (
  input wire logic                        clk_i,
  input wire logic                        req_valid_i,
  input wire small_req_t                  req_s,
  input wire logic                        rsp_ready_i,
  input wire logic                        dbg_req_valid_i,
  input wire small_req_t                  dbg_req_s,
  input wire logic                        dbg_rsp_ready_i,
  input wire logic                        mem_rd_req_ready_i,
  input wire logic                        mem_rd_rsp_valid_i,
  input wire logic [iommu_core_pkg::MEM_ID_WIDTH-1:0] mem_rd_rsp_id,
  input wire logic [15:0]                 mem_rd_rsp_lo,   // beat bits 15:0
  input wire logic                        mem_rd_rsp_hi,   // beat bit 63 (PTE.N)
  input wire logic                        mem_rd_rsp_err,
  input wire logic                        mem_rd_rsp_last,
  input wire logic                        fault_ready_i,
  input wire logic                        inval_valid_i,
  input wire small_inval_t                inval_s
);
  // Reset in the first cycle only.
  logic rst_ni;
  logic f_init_q = 1'b1;
  always_ff @(posedge clk_i) f_init_q <= 1'b0;
  assign rst_ni = !f_init_q;

  // The full-width ports from the small domains.
  function automatic logic [63:0] iova_of(input logic [6:0] b);
    iova_of = '0;
    {iova_of[39], iova_of[31:30], iova_of[22:21], iova_of[13:12]} = b;
  endfunction
  iommu_xlate_pkg::xlate_req_t req_i, dbg_req_i;
  iommu_core_pkg::mem_rd_rsp_t mem_rd_rsp_i;
  iommu_core_pkg::inval_req_t  inval_i;
  logic [63:0]                 inval_iova;
  always_comb begin
    req_i                = '0;
    req_i.tag            = 8'(req_s.tag);
    req_i.device_id      = 24'(req_s.device_id);
    req_i.process_id     = 20'(req_s.process_id);
    req_i.pv             = req_s.pv;
    req_i.priv           = req_s.priv;
    req_i.exec           = req_s.exec;
    req_i.write          = req_s.write;
    req_i.kind           = iommu_xlate_pkg::xlate_kind_t'(req_s.kind);
    req_i.iova           = iova_of(req_s.iova);
    dbg_req_i            = '0;
    dbg_req_i.tag        = 8'(dbg_req_s.tag);
    dbg_req_i.device_id  = 24'(dbg_req_s.device_id);
    dbg_req_i.process_id = 20'(dbg_req_s.process_id);
    dbg_req_i.pv         = dbg_req_s.pv;
    dbg_req_i.priv       = dbg_req_s.priv;
    dbg_req_i.exec       = dbg_req_s.exec;
    dbg_req_i.write      = dbg_req_s.write;
    dbg_req_i.kind       = iommu_xlate_pkg::xlate_kind_t'(dbg_req_s.kind);
    dbg_req_i.iova       = iova_of(dbg_req_s.iova);
    mem_rd_rsp_i      = '0;
    mem_rd_rsp_i.id   = mem_rd_rsp_id;
    mem_rd_rsp_i.data = {mem_rd_rsp_hi, 47'd0, mem_rd_rsp_lo};
    mem_rd_rsp_i.err  = mem_rd_rsp_err;
    mem_rd_rsp_i.last = mem_rd_rsp_last;
    inval_iova        = iova_of(inval_s.vpn);
    inval_i           = '0;
    inval_i.kind      = iommu_core_pkg::inval_kind_t'(inval_s.kind);
    inval_i.av        = inval_s.av;
    inval_i.vpn       = inval_iova[63:12];
    inval_i.pscv      = inval_s.pscv;
    inval_i.pscid     = 20'(inval_s.pscid);
    inval_i.dv        = inval_s.dv;
    inval_i.did       = 24'(inval_s.did);
    inval_i.pid       = 20'(inval_s.pid);
  end

  (* anyconst *) iommu_regs_pkg::iommu_mode_t f_mode;
  (* anyconst *) logic [43:0]                 f_ppn;
  (* anyconst *) logic [7:0]                  f_tag;  // only 0..3 occur

  logic                        req_ready_o, rsp_valid_o, dbg_req_ready_o, dbg_rsp_valid_o;
  iommu_xlate_pkg::xlate_rsp_t rsp_o, dbg_rsp_o;
  logic                        idle_o, mem_rd_req_valid_o, mem_rd_rsp_ready_o;
  iommu_core_pkg::mem_rd_req_t mem_rd_req_o;
  logic                        fault_valid_o, inval_ready_o;
  iommu_mem_pkg::fault_record_t fault_o;

  iommu_xlate #(
    .IOTLB_ENTRIES(IOTLB_ENTRIES),
    .DDTC_ENTRIES (DDTC_ENTRIES),
    .PDTC_ENTRIES (PDTC_ENTRIES),
    .WALKERS      (WALKERS)
  ) dut (
    .clk_i,
    .rst_ni,
    .req_valid_i,
    .req_ready_o,
    .req_i,
    .rsp_valid_o,
    .rsp_ready_i,
    .rsp_o,
    .dbg_req_valid_i,
    .dbg_req_ready_o,
    .dbg_req_i,
    .dbg_rsp_valid_o,
    .dbg_rsp_ready_i,
    .dbg_rsp_o,
    .ddtp_mode_i(f_mode),
    .ddtp_ppn_i (f_ppn),
    .idle_o,
    .mem_rd_req_valid_o,
    .mem_rd_req_ready_i,
    .mem_rd_req_o,
    .mem_rd_rsp_valid_i,
    .mem_rd_rsp_ready_o,
    .mem_rd_rsp_i,
    .fault_valid_o,
    .fault_ready_i,
    .fault_o,
    .inval_valid_i,
    .inval_ready_o,
    .inval_i
  );

  // ---------------------------------------------------------------------------------------
  // Environment: request handshakes, the memory
  // ---------------------------------------------------------------------------------------
  logic                        f_req_wait_q, f_dbg_wait_q;
  iommu_xlate_pkg::xlate_req_t f_req_q, f_dbg_q;
  // Per read id: beats still to come (0: no read outstanding).
  logic [WALKERS*4-1:0]        f_left_q;
  logic [3:0]                  f_left;
  always_ff @(posedge clk_i) begin
    if (!rst_ni) begin
      f_req_wait_q <= 1'b0;
      f_dbg_wait_q <= 1'b0;
      f_req_q      <= '0;
      f_dbg_q      <= '0;
      f_left_q     <= '0;
    end else begin
      f_req_wait_q <= req_valid_i && !req_ready_o;
      f_dbg_wait_q <= dbg_req_valid_i && !dbg_req_ready_o;
      f_req_q      <= req_i;
      f_dbg_q      <= dbg_req_i;
      for (int g = 0; g < WALKERS; g++) begin
        f_left = f_left_q[g*4 +: 4];
        if (mem_rd_rsp_valid_i && 32'(mem_rd_rsp_i.id) == g) f_left = f_left - 4'd1;
        if (mem_rd_req_valid_o && mem_rd_req_ready_i && 32'(mem_rd_req_o.id) == g)
          f_left = 4'(mem_rd_req_o.beats_m1) + 4'd1;
        f_left_q[g*4 +: 4] <= f_left;
      end
    end
  end

  always_comb begin
    if (rst_ni) begin
      if (f_req_wait_q) assume (req_valid_i && req_i == f_req_q);
      if (f_dbg_wait_q) assume (dbg_req_valid_i && dbg_req_i == f_dbg_q);
      if (!DEBUG_PORT) assume (!dbg_req_valid_i);
      if (mem_rd_rsp_valid_i) begin
        assume (32'(mem_rd_rsp_i.id) < WALKERS);
        for (int g = 0; g < WALKERS; g++) begin
          if (32'(mem_rd_rsp_i.id) == g) begin
            assume (f_left_q[g*4 +: 4] != 4'd0);
            assume (mem_rd_rsp_i.last == (f_left_q[g*4 +: 4] == 4'd1));
          end
        end
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // One response per accepted request (translation port and debug port), tracked for f_tag.
  // ---------------------------------------------------------------------------------------
  logic       f_out_q, f_dbg_out_q;
  logic       f_acc, f_rsp, f_dbg_acc, f_dbg_rsp;
  assign f_acc     = req_valid_i && req_ready_o && req_i.tag == f_tag;
  assign f_rsp     = rsp_valid_o && rsp_ready_i && rsp_o.tag == f_tag;
  assign f_dbg_acc = dbg_req_valid_i && dbg_req_ready_o && dbg_req_i.tag == f_tag;
  assign f_dbg_rsp = dbg_rsp_valid_o && dbg_rsp_ready_i && dbg_rsp_o.tag == f_tag;
  always_ff @(posedge clk_i) begin
    if (!rst_ni) begin
      f_out_q     <= 1'b0;
      f_dbg_out_q <= 1'b0;
    end else begin
      if (f_acc) f_out_q <= 1'b1;
      else if (f_rsp) f_out_q <= 1'b0;
      if (f_dbg_acc) f_dbg_out_q <= 1'b1;
      else if (f_dbg_rsp) f_dbg_out_q <= 1'b0;
    end
  end

  always_comb begin
    if (rst_ni) begin
      // The requester does not reuse a tag it is still waiting for (the root port's rule).
      if (f_out_q) assume (!(req_valid_i && req_i.tag == f_tag));
      if (f_dbg_out_q) assume (!(dbg_req_valid_i && dbg_req_i.tag == f_tag));
      // No response without a request, none twice; a response never in the accepting cycle.
      if (f_rsp) assert (f_out_q);
      if (f_dbg_rsp) assert (f_dbg_out_q);
      // The engine asks memory only for reads with ids it owns.
      if (mem_rd_req_valid_o) assert (32'(mem_rd_req_o.id) < WALKERS);
      assert (mem_rd_rsp_ready_o);
    end
  end
endmodule

`resetall

// iommu_xlate: the IOMMU translation engine (translation port and debug port in, walk reads
// and fault records out, invalidations from the command queue).
//
// Pipeline:
//   S0  a request is accepted from the debug port (fixed priority: it cannot starve) or the
//       translation port into S1, or into a skid register when S1 is stalled (the ports'
//       ready is that register's state: nothing combinational from the stages behind).
//   S1  DDTC (device_id) and PDTC (device_id, process_id) lookup; the hits, their slots,
//       the entries and the PSCID they name are registered.
//   S2  IOTLB (PSCID or global, IOVA) lookup; the hit, its slot and its entry are registered.
//   S3  iommu_xlate_decide runs on what hit. An answer that needs no cache (Off, Bare,
//       device_id too wide) or that grants an access from cached entries goes to the output
//       register; anything else (a miss, or a fault or denial met with cached entries:
//       faults are always re-checked against memory) goes to a free walker.
//   OUT one response register; a walker's finished answer has priority over S3. The
//       response and, when due, the fault record leave by their own handshakes.
// With rsp_ready held high, hits complete one per cycle, four cycles after acceptance; a
// miss takes one memory round trip per level read plus 6 cycles. Hits keep flowing while
// WALKERS walks are outstanding; responses leave out of order (tags). A page request (kind
// PAGE_REQUEST) needs the device context only: a DDTC hit that allows page requests is
// answered in S3, anything else walks the DDT and stops there (the context is cached).
//
// Caches hold only valid, well-configured directory entries and leaves that granted an
// access, read since the last invalidation that covers them: an invalidation clears what it
// covers in the cycle it is accepted (inval_ready_o is always 1) and marks every walk in
// flight stale, so that nothing it read before is cached. It also clears the hit flags of
// the lookup results S2 and S3 hold (and of those registered in that cycle): a result read
// before an invalidation is never used after it, the request walks instead.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_xlate #(
  parameter int unsigned IOTLB_ENTRIES = 64,  // fully associative, superpage entries
  parameter int unsigned DDTC_ENTRIES  = 8,   // device-context cache
  parameter int unsigned PDTC_ENTRIES  = 8,   // process-context cache
  parameter int unsigned WALKERS       = 2    // concurrent walks (>= 1)
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,
  // translation port (root port side)
  input  wire logic                          req_valid_i,
  output logic                               req_ready_o,
  input  wire iommu_xlate_pkg::xlate_req_t   req_i,
  output logic                               rsp_valid_o,
  input  wire logic                          rsp_ready_i,
  output iommu_xlate_pkg::xlate_rsp_t        rsp_o,
  // debug port (tr_req_*; iommu_ctrl drives it; same types; faults are reported normally)
  input  wire logic                          dbg_req_valid_i,
  output logic                               dbg_req_ready_o,
  input  wire iommu_xlate_pkg::xlate_req_t   dbg_req_i,
  output logic                               dbg_rsp_valid_o,
  input  wire logic                          dbg_rsp_ready_i,
  output iommu_xlate_pkg::xlate_rsp_t        dbg_rsp_o,
  // ddtp as the core holds it (stable while ddtp.busy is clear)
  input  wire iommu_regs_pkg::iommu_mode_t   ddtp_mode_i,
  input  wire logic [43:0]                   ddtp_ppn_i,
  output logic                               idle_o,  // no request in flight, no walk outstanding
  // walk reads (ids 0..WALKERS-1 are ours)
  output logic                               mem_rd_req_valid_o,
  input  wire logic                          mem_rd_req_ready_i,
  output iommu_core_pkg::mem_rd_req_t        mem_rd_req_o,
  input  wire logic                          mem_rd_rsp_valid_i,
  output logic                               mem_rd_rsp_ready_o,
  input  wire iommu_core_pkg::mem_rd_rsp_t   mem_rd_rsp_i,
  // fault records to the fault queue
  output logic                               fault_valid_o,
  input  wire logic                          fault_ready_i,
  output iommu_mem_pkg::fault_record_t       fault_o,
  // invalidations from the command queue
  input  wire logic                          inval_valid_i,
  output logic                               inval_ready_o,
  input  wire iommu_core_pkg::inval_req_t    inval_i
);
  localparam int unsigned TLB_IW = IOTLB_ENTRIES > 1 ? $clog2(IOTLB_ENTRIES) : 1;
  localparam int unsigned DDTC_IW = DDTC_ENTRIES > 1 ? $clog2(DDTC_ENTRIES) : 1;
  localparam int unsigned PDTC_IW = PDTC_ENTRIES > 1 ? $clog2(PDTC_ENTRIES) : 1;
  localparam int unsigned WIW = WALKERS > 1 ? $clog2(WALKERS) : 1;
  // Hint a walker carries back: the slots its request hit (filled again in place).
  localparam int unsigned HINT_W = 3 + TLB_IW + DDTC_IW + PDTC_IW;
  // IOVA bits 47:12 tag the IOTLB: exact for every Sv39 / Sv48 canonical IOVA.
  localparam int unsigned VPN_W = iommu_mem_pkg::SV48_LEVELS * iommu_mem_pkg::PT_VPN_BITS;
  localparam int unsigned PS = iommu_mem_pkg::PAGE_SHIFT;
  localparam int unsigned VB = iommu_mem_pkg::PT_VPN_BITS;

  initial begin
    if (WALKERS < 1 || WALKERS > (1 << iommu_core_pkg::MEM_ID_WIDTH))
      $error("iommu_xlate: WALKERS must be 1..%0d", 1 << iommu_core_pkg::MEM_ID_WIDTH);
  end

  // ---------------------------------------------------------------------------------------
  // Cache entries (only the fields translation uses)
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic [23:0] did;
    logic        en_ats;
    logic        en_pri;
    logic        prpr;
    logic        dtf;
    logic        pdtv;
    logic        dpe;
    logic [19:0] pscid;
    logic [3:0]  mode;
    logic [43:0] ppn;
  } ddtc_entry_t;

  typedef struct packed {
    logic [23:0] did;
    logic [19:0] pid;
    logic [19:0] pscid;
    logic        sum;
    logic        ens;
    logic [3:0]  mode;
    logic [43:0] ppn;
  } pdtc_entry_t;

  typedef struct packed {
    logic [19:0]      pscid;
    logic             g;
    logic [VPN_W-1:0] vpn;
    logic [1:0]       level;
    logic             n;
    logic             r, w, x, u, a, d;
    logic [43:0]      ppn;
  } tlb_entry_t;

  // Valid bits apart from the entries (Yosys assigns no member of an unpacked array element).
  logic [DDTC_ENTRIES-1:0]  ddtc_v_q;
  logic [PDTC_ENTRIES-1:0]  pdtc_v_q;
  logic [IOTLB_ENTRIES-1:0] tlb_v_q;
  // Entries as flat packed vectors (entry i at [i*W +: W]): Yosys drops the dimension of an
  // unpacked array of structs. The widths are checked against the types (Verilator WIDTH).
  localparam int unsigned DDTC_W = 24 + 6 + 20 + 4 + 44;
  localparam int unsigned PDTC_W = 24 + 20 + 20 + 2 + 4 + 44;
  localparam int unsigned TLB_W  = 20 + 1 + VPN_W + 2 + 1 + 6 + 44;
  logic [DDTC_ENTRIES*DDTC_W-1:0] ddtc_q;
  logic [PDTC_ENTRIES*PDTC_W-1:0] pdtc_q;
  logic [IOTLB_ENTRIES*TLB_W-1:0] tlb_q;

  // The IOVA range of an IOTLB entry (level, NAPOT, tag) covers vpn.
  function automatic logic tlb_covers(input logic n, input logic [1:0] level,
                                      input logic [VPN_W-1:0] tag, input logic [VPN_W-1:0] vpn);
    logic [VPN_W-1:0] mask;
    // Constant shifts per level: a shift by VB * level would synthesize a multiplier in
    // every entry's match.
    if (n) mask = {VPN_W{1'b1}} << iommu_mem_pkg::NAPOT_64K_BITS;
    else begin
      case (level)
        2'd0: mask = {VPN_W{1'b1}};
        2'd1: mask = {VPN_W{1'b1}} << VB;
        2'd2: mask = {VPN_W{1'b1}} << (2 * VB);
        default: mask = {VPN_W{1'b1}} << (3 * VB);
      endcase
    end
    tlb_covers = ((tag ^ vpn) & mask) == '0;
  endfunction

  // ---------------------------------------------------------------------------------------
  // S0: accept (skid register)
  // ---------------------------------------------------------------------------------------
  // The ports' ready signals come from one flip-flop: a request accepted while S1 cannot take
  // it waits in the skid register, and the ports are not ready while it is full. So no path
  // runs from the lookup or the decide step to req_ready_o / dbg_req_ready_o; the price is
  // one idle cycle on the ports after each stall.
  logic                        sk_valid_q, sk_dbg_q;
  iommu_xlate_pkg::xlate_req_t sk_req_q;
  logic                        in_valid, in_dbg;
  iommu_xlate_pkg::xlate_req_t in_req;
  logic                        s1_valid_q, s1_dbg_q;
  iommu_xlate_pkg::xlate_req_t s1_req_q;
  logic                        s1_accept, s2_accept, s3_accept, s3_advance;
  logic                        inval_fire;

  assign dbg_req_ready_o = !sk_valid_q;
  assign req_ready_o     = !sk_valid_q && !dbg_req_valid_i;
  assign in_valid        = sk_valid_q || dbg_req_valid_i || req_valid_i;
  assign in_dbg          = sk_valid_q ? sk_dbg_q : dbg_req_valid_i;
  assign in_req          = sk_valid_q ? sk_req_q : dbg_req_valid_i ? dbg_req_i : req_i;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      sk_valid_q <= 1'b0;
      sk_dbg_q   <= 1'b0;
      sk_req_q   <= '0;
      s1_valid_q <= 1'b0;
      s1_dbg_q   <= 1'b0;
      s1_req_q   <= '0;
    end else begin
      // Full: emptied when S1 takes it. Empty: filled by a request S1 cannot take.
      sk_valid_q <= sk_valid_q ? !s1_accept : (dbg_req_valid_i || req_valid_i) && !s1_accept;
      if (!sk_valid_q) begin
        sk_dbg_q <= dbg_req_valid_i;
        sk_req_q <= dbg_req_valid_i ? dbg_req_i : req_i;
      end
      if (s1_accept) begin
        s1_valid_q <= in_valid;
        s1_dbg_q   <= in_dbg;
        s1_req_q   <= in_req;
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // S1: DDTC and PDTC lookup
  // ---------------------------------------------------------------------------------------
  // Each lookup takes the lowest slot that matches (m & -m: a carry chain, not a chain of
  // priority muxes) and reads it through an AND-OR mux.
  // DDTC.
  logic                    ddtc_hit;
  logic [DDTC_IW-1:0]      ddtc_idx;
  logic [DDTC_ENTRIES-1:0] ddtc_m, ddtc_sel;
  logic [DDTC_W-1:0]       ddtc_rd;
  /* verilator lint_off UNUSEDSIGNAL */
  ddtc_entry_t ddtc_e;
  /* verilator lint_on UNUSEDSIGNAL */
  always_comb begin
    ddtc_e = '0;
    for (int i = 0; i < DDTC_ENTRIES; i++) begin
      ddtc_e    = ddtc_q[i*DDTC_W +: DDTC_W];
      ddtc_m[i] = ddtc_v_q[i] && ddtc_e.did == s1_req_q.device_id;
    end
    ddtc_sel = ddtc_m & (~ddtc_m + DDTC_ENTRIES'(1));
    ddtc_hit = |ddtc_m;
    ddtc_idx = '0;
    ddtc_rd  = '0;
    for (int i = 0; i < DDTC_ENTRIES; i++) begin
      ddtc_idx = ddtc_idx | ({DDTC_IW{ddtc_sel[i]}} & DDTC_IW'(i));
      ddtc_rd  = ddtc_rd | ({DDTC_W{ddtc_sel[i]}} & ddtc_q[i*DDTC_W +: DDTC_W]);
    end
  end
  ddtc_entry_t s1_ddtc;  // the entry hit (did is the tag)
  assign s1_ddtc = ddtc_rd;

  // PDTC, keyed by the process_id used (0 without one: DPE).
  logic [19:0]             s1_pid;
  logic                    pdtc_hit;
  logic [PDTC_IW-1:0]      pdtc_idx;
  logic [PDTC_ENTRIES-1:0] pdtc_m, pdtc_sel;
  logic [PDTC_W-1:0]       pdtc_rd;
  assign s1_pid = s1_req_q.pv ? s1_req_q.process_id : '0;
  /* verilator lint_off UNUSEDSIGNAL */
  pdtc_entry_t pdtc_e;
  /* verilator lint_on UNUSEDSIGNAL */
  always_comb begin
    pdtc_e = '0;
    for (int i = 0; i < PDTC_ENTRIES; i++) begin
      pdtc_e    = pdtc_q[i*PDTC_W +: PDTC_W];
      pdtc_m[i] = pdtc_v_q[i] && pdtc_e.did == s1_req_q.device_id && pdtc_e.pid == s1_pid;
    end
    pdtc_sel = pdtc_m & (~pdtc_m + PDTC_ENTRIES'(1));
    pdtc_hit = |pdtc_m;
    pdtc_idx = '0;
    pdtc_rd  = '0;
    for (int i = 0; i < PDTC_ENTRIES; i++) begin
      pdtc_idx = pdtc_idx | ({PDTC_IW{pdtc_sel[i]}} & PDTC_IW'(i));
      pdtc_rd  = pdtc_rd | ({PDTC_W{pdtc_sel[i]}} & pdtc_q[i*PDTC_W +: PDTC_W]);
    end
  end
  pdtc_entry_t s1_pdtc;  // the entry hit (did and pid are the tag)
  assign s1_pdtc = pdtc_rd;

  // The address space the IOTLB is searched for: the process context's PSCID when the
  // device context has a PDT, else the device context's.
  logic [19:0] s1_pscid;
  assign s1_pscid = s1_ddtc.pdtv ? s1_pdtc.pscid : s1_ddtc.pscid;

  // S1 -> S2: the hit flags, indexes and entries themselves (a copy: a fill may reuse the
  // slot while the request moves on). An invalidation accepted in this cycle clears the
  // flags of the lookup being registered, and of the one S2 holds: a context read before an
  // invalidation that may cover it is never used after it (IOFENCE.C waits for nothing
  // in the pipeline); the request then walks.
  logic                        s2_valid_q, s2_dbg_q, s2_dc_hit_q, s2_pc_hit_q;
  iommu_xlate_pkg::xlate_req_t s2_req_q;
  logic [DDTC_IW-1:0]          s2_dc_idx_q;
  logic [PDTC_IW-1:0]          s2_pc_idx_q;
  /* verilator lint_off UNUSEDSIGNAL */
  ddtc_entry_t                 s2_ddtc_q;  // did and pid only in the formal checks
  pdtc_entry_t                 s2_pdtc_q;
  /* verilator lint_on UNUSEDSIGNAL */
  logic [19:0]                 s2_pscid_q;
  assign s1_accept = !s1_valid_q || s2_accept;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s2_valid_q  <= 1'b0;
      s2_dbg_q    <= 1'b0;
      s2_dc_hit_q <= 1'b0;
      s2_pc_hit_q <= 1'b0;
      s2_req_q    <= '0;
      s2_dc_idx_q <= '0;
      s2_pc_idx_q <= '0;
      s2_ddtc_q   <= '0;
      s2_pdtc_q   <= '0;
      s2_pscid_q  <= '0;
    end else if (s2_accept) begin
      s2_valid_q  <= s1_valid_q;
      s2_dbg_q    <= s1_dbg_q;
      s2_dc_hit_q <= ddtc_hit && !inval_fire;
      s2_pc_hit_q <= pdtc_hit && !inval_fire;
      s2_req_q    <= s1_req_q;
      s2_dc_idx_q <= ddtc_idx;
      s2_pc_idx_q <= pdtc_idx;
      s2_ddtc_q   <= s1_ddtc;
      s2_pdtc_q   <= s1_pdtc;
      s2_pscid_q  <= s1_pscid;
    end else if (inval_fire) begin
      s2_dc_hit_q <= 1'b0;
      s2_pc_hit_q <= 1'b0;
    end
  end

  // ---------------------------------------------------------------------------------------
  // S2: IOTLB lookup, for the address space the contexts name
  // ---------------------------------------------------------------------------------------
  logic [VPN_W-1:0]         s2_vpn;
  logic                     tlb_hit;
  logic [TLB_IW-1:0]        tlb_idx;
  logic [IOTLB_ENTRIES-1:0] tlb_m, tlb_sel;
  logic [TLB_W-1:0]         tlb_rd;
  assign s2_vpn = s2_req_q.iova[PS +: VPN_W];
  /* verilator lint_off UNUSEDSIGNAL */
  tlb_entry_t tlb_e;  // the tag fields
  /* verilator lint_on UNUSEDSIGNAL */
  always_comb begin
    tlb_e = '0;
    for (int i = 0; i < IOTLB_ENTRIES; i++) begin
      tlb_e    = tlb_q[i*TLB_W +: TLB_W];
      tlb_m[i] = tlb_v_q[i] && (tlb_e.g || tlb_e.pscid == s2_pscid_q) &&
                 tlb_covers(tlb_e.n, tlb_e.level, tlb_e.vpn, s2_vpn);
    end
    tlb_sel = tlb_m & (~tlb_m + IOTLB_ENTRIES'(1));
    tlb_hit = |tlb_m;
    tlb_idx = '0;
    tlb_rd  = '0;
    for (int i = 0; i < IOTLB_ENTRIES; i++) begin
      tlb_idx = tlb_idx | ({TLB_IW{tlb_sel[i]}} & TLB_IW'(i));
      tlb_rd  = tlb_rd | ({TLB_W{tlb_sel[i]}} & tlb_q[i*TLB_W +: TLB_W]);
    end
  end
  tlb_entry_t s2_tlb;  // the entry hit (pscid and vpn are the tag)
  assign s2_tlb = tlb_rd;

  // S2 -> S3, with the same rule for invalidations.
  logic                        s3_valid_q, s3_dbg_q;
  logic                        s3_dc_known_q, s3_pc_known_q, s3_leaf_known_q;
  iommu_xlate_pkg::xlate_req_t s3_req_q;
  logic [DDTC_IW-1:0]          s3_dc_idx_q;
  logic [PDTC_IW-1:0]          s3_pc_idx_q;
  logic [TLB_IW-1:0]           s3_tlb_idx_q;
  /* verilator lint_off UNUSEDSIGNAL */
  ddtc_entry_t                 s3_ddtc_q;  // the tags only in the formal checks
  pdtc_entry_t                 s3_pdtc_q;
  tlb_entry_t                  s3_tlb_q;
  /* verilator lint_on UNUSEDSIGNAL */
  assign s2_accept = !s2_valid_q || s3_accept;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      s3_valid_q      <= 1'b0;
      s3_dbg_q        <= 1'b0;
      s3_dc_known_q   <= 1'b0;
      s3_pc_known_q   <= 1'b0;
      s3_leaf_known_q <= 1'b0;
      s3_req_q        <= '0;
      s3_dc_idx_q     <= '0;
      s3_pc_idx_q     <= '0;
      s3_tlb_idx_q    <= '0;
      s3_ddtc_q       <= '0;
      s3_pdtc_q       <= '0;
      s3_tlb_q        <= '0;
    end else if (s3_accept) begin
      s3_valid_q      <= s2_valid_q;
      s3_dbg_q        <= s2_dbg_q;
      s3_dc_known_q   <= s2_dc_hit_q && !inval_fire;
      s3_pc_known_q   <= s2_pc_hit_q && !inval_fire;
      s3_leaf_known_q <= tlb_hit && !inval_fire;
      s3_req_q        <= s2_req_q;
      s3_dc_idx_q     <= s2_dc_idx_q;
      s3_pc_idx_q     <= s2_pc_idx_q;
      s3_tlb_idx_q    <= tlb_idx;
      s3_ddtc_q       <= s2_ddtc_q;
      s3_pdtc_q       <= s2_pdtc_q;
      s3_tlb_q        <= s2_tlb;
    end else if (inval_fire) begin
      s3_dc_known_q   <= 1'b0;
      s3_pc_known_q   <= 1'b0;
      s3_leaf_known_q <= 1'b0;
    end
  end

  // ---------------------------------------------------------------------------------------
  // S3: decide, then the output register or a walker
  // ---------------------------------------------------------------------------------------
  // The device and process context the hits stand for (the fields translation uses; V = 1).
  iommu_mem_pkg::device_context_t  s3_dc;
  iommu_mem_pkg::process_context_t s3_pc;
  iommu_mem_pkg::pte_t             s3_pte;
  always_comb begin
    s3_dc           = '0;
    s3_dc.tc.v      = 1'b1;
    s3_dc.tc.en_ats = s3_ddtc_q.en_ats;
    s3_dc.tc.en_pri = s3_ddtc_q.en_pri;
    s3_dc.tc.prpr   = s3_ddtc_q.prpr;
    s3_dc.tc.dtf    = s3_ddtc_q.dtf;
    s3_dc.tc.pdtv   = s3_ddtc_q.pdtv;
    s3_dc.tc.dpe    = s3_ddtc_q.dpe;
    s3_dc.ta.pscid  = s3_ddtc_q.pscid;
    s3_dc.fsc.mode  = s3_ddtc_q.mode;
    s3_dc.fsc.ppn   = s3_ddtc_q.ppn;
    s3_pc           = '0;
    s3_pc.ta.v      = 1'b1;
    s3_pc.ta.pscid  = s3_pdtc_q.pscid;
    s3_pc.ta.sum    = s3_pdtc_q.sum;
    s3_pc.ta.ens    = s3_pdtc_q.ens;
    s3_pc.fsc.mode  = iommu_mem_pkg::iosatp_mode_t'(s3_pdtc_q.mode);
    s3_pc.fsc.ppn   = s3_pdtc_q.ppn;
    s3_pte          = '0;
    s3_pte.v        = 1'b1;
    s3_pte.n        = s3_tlb_q.n;
    s3_pte.ppn      = s3_tlb_q.ppn;
    s3_pte.r        = s3_tlb_q.r;
    s3_pte.w        = s3_tlb_q.w;
    s3_pte.x        = s3_tlb_q.x;
    s3_pte.u        = s3_tlb_q.u;
    s3_pte.a        = s3_tlb_q.a;
    s3_pte.d        = s3_tlb_q.d;
  end

  logic [1:0]                  s3_action;
  iommu_xlate_pkg::xlate_rsp_t s3_rsp;
  logic                        s3_log, s3_granted;
  /* verilator lint_off PINCONNECTEMPTY */
  iommu_xlate_decide u_decide (
    .req_i         (s3_req_q),
    .mode_i        (ddtp_mode_i),
    .dc_known_i    (s3_dc_known_q),
    .dc_i          (s3_dc),
    .pc_known_i    (s3_pc_known_q),
    .pc_i          (s3_pc),
    .leaf_known_i  (s3_leaf_known_q),
    .leaf_pte_i    (s3_pte),
    .leaf_level_i  (s3_tlb_q.level),
    .leaf_global_i (s3_tlb_q.g),
    .wfault_i      (1'b0),
    .wfault_cause_i(iommu_mem_pkg::FAULT_CAUSE_ALL_INBOUND_DISALLOWED),
    .action_o      (s3_action),
    .levels_m1_o   (),
    .root_ppn_o    (),
    .pid_o         (),
    .pscid_o       (),
    .rsp_o         (s3_rsp),
    .log_o         (s3_log),
    .granted_o     (s3_granted)
  );
  /* verilator lint_on PINCONNECTEMPTY */

  // Answered here: no cache needed (Off, Bare, device_id too wide), or an access granted.
  logic s3_final, s3_fresh;
  assign s3_final  = s3_valid_q && s3_action == 2'd0 && (!s3_dc_known_q || s3_granted);
  // A fault or denial met with cached entries: walk from memory, ignoring the caches.
  assign s3_fresh  = s3_action == 2'd0;
  assign s3_accept = !s3_valid_q || s3_advance;
  // ---------------------------------------------------------------------------------------
  // Walkers
  // ---------------------------------------------------------------------------------------
  logic [WALKERS-1:0] w_idle, w_start, w_rd_valid, w_rd_ready, w_beat, w_waiting, w_faulted;
  logic [WALKERS-1:0] w_done, w_take, w_fill_dc, w_fill_pc, w_fill_leaf, w_dbg, w_log;
  // Per-walker outputs as flat vectors (walker g at [g*W +: W]; Yosys connects no unpacked
  // array elements to instance ports).
  // (Yosys takes no $bits of a package type: the sizes the packages declare.)
  localparam int unsigned RD_W  = iommu_core_pkg::MEM_ID_WIDTH + iommu_core_pkg::PA_WIDTH + 3;
  localparam int unsigned REQ_W = 8 * iommu_xlate_pkg::XLATE_REQ_BYTES;
  localparam int unsigned RSP_W = 8 * iommu_xlate_pkg::XLATE_RSP_BYTES;
  localparam int unsigned DC_W  = 8 * iommu_mem_pkg::DEVICE_CONTEXT_BYTES;
  localparam int unsigned PC_W  = 8 * iommu_mem_pkg::PROCESS_CONTEXT_BYTES;
  localparam int unsigned PTE_W = 8 * iommu_mem_pkg::PTE_BYTES;
  logic [WALKERS*RD_W-1:0]   w_rd;
  logic [WALKERS*REQ_W-1:0]  w_req;
  logic [WALKERS*RSP_W-1:0]  w_rsp;
  logic [WALKERS*HINT_W-1:0] w_hint;
  logic [WALKERS*DC_W-1:0]   w_dc;
  logic [WALKERS*PC_W-1:0]   w_pc;
  logic [WALKERS*20-1:0]     w_pid;
  logic [WALKERS*PTE_W-1:0]  w_leaf;
  logic [WALKERS*2-1:0]      w_level;
  logic [WALKERS-1:0]        w_global;
  logic [WALKERS*20-1:0]     w_pscid;

  // The lowest idle walker takes a miss.
  logic           w_free;
  logic [WIW-1:0] w_free_idx;
  always_comb begin
    w_free     = 1'b0;
    w_free_idx = '0;
    for (int i = 0; i < WALKERS; i++) begin
      if (!w_free && w_idle[i]) begin
        w_free     = 1'b1;
        w_free_idx = WIW'(i);
      end
    end
  end
  logic s3_dispatch;
  assign s3_dispatch = s3_valid_q && !s3_final && w_free;

  // The slots the lookup hit (refilled in place; a slot reused since is merely evicted).
  logic [HINT_W-1:0] s3_hint;
  assign s3_hint = {s3_dc_known_q, s3_dc_idx_q, s3_pc_known_q, s3_pc_idx_q, s3_leaf_known_q,
                    s3_tlb_idx_q};

  // Memory reads: the lowest walker with a read goes first (each has at most one).
  logic           rd_any;
  logic [WIW-1:0] rd_idx;
  always_comb begin
    rd_any = 1'b0;
    rd_idx = '0;
    for (int i = 0; i < WALKERS; i++) begin
      if (!rd_any && w_rd_valid[i]) begin
        rd_any = 1'b1;
        rd_idx = WIW'(i);
      end
    end
  end
  assign mem_rd_req_valid_o = rd_any;
  assign mem_rd_req_o       = w_rd[rd_idx*RD_W +: RD_W];
  assign mem_rd_rsp_ready_o = 1'b1;

  for (genvar g = 0; g < WALKERS; g++) begin : g_walker
    assign w_start[g]    = s3_dispatch && w_free_idx == WIW'(g);
    assign w_rd_ready[g] = rd_any && rd_idx == WIW'(g) && mem_rd_req_ready_i;
    assign w_beat[g]     = mem_rd_rsp_valid_i &&
                           mem_rd_rsp_i.id == iommu_core_pkg::MEM_ID_WIDTH'(g);
    iommu_xlate_walker #(
      .ID    (g),
      .HINT_W(HINT_W)
    ) u_walker (
      .clk_i,
      .rst_ni,
      .start_i      (w_start[g]),
      .req_i        (s3_req_q),
      .dbg_i        (s3_dbg_q),
      .mode_i       (ddtp_mode_i),
      .ddtp_ppn_i   (ddtp_ppn_i),
      .dc_known_i   (s3_dc_known_q && !s3_fresh),
      .dc_i         (s3_dc),
      .pc_known_i   (s3_pc_known_q && !s3_fresh),
      .pc_i         (s3_pc),
      .hint_i       (s3_hint),
      .idle_o       (w_idle[g]),
      .rd_valid_o   (w_rd_valid[g]),
      .rd_ready_i   (w_rd_ready[g]),
      .rd_o         (w_rd[g*RD_W +: RD_W]),
      .beat_valid_i (w_beat[g]),
      .beat_i       (mem_rd_rsp_i),
      .waiting_o    (w_waiting[g]),
      .faulted_o    (w_faulted[g]),
      .done_o       (w_done[g]),
      .take_i       (w_take[g]),
      .req_o        (w_req[g*REQ_W +: REQ_W]),
      .dbg_o        (w_dbg[g]),
      .rsp_o        (w_rsp[g*RSP_W +: RSP_W]),
      .log_o        (w_log[g]),
      .hint_o       (w_hint[g*HINT_W +: HINT_W]),
      .fill_dc_o    (w_fill_dc[g]),
      .dc_o         (w_dc[g*DC_W +: DC_W]),
      .fill_pc_o    (w_fill_pc[g]),
      .pc_o         (w_pc[g*PC_W +: PC_W]),
      .pid_o        (w_pid[g*20 +: 20]),
      .fill_leaf_o  (w_fill_leaf[g]),
      .leaf_o       (w_leaf[g*PTE_W +: PTE_W]),
      .leaf_level_o (w_level[g*2 +: 2]),
      .leaf_global_o(w_global[g]),
      .pscid_o      (w_pscid[g*20 +: 20]),
      .stale_i      (inval_fire)
    );
  end

  // ---------------------------------------------------------------------------------------
  // Output register
  // ---------------------------------------------------------------------------------------
  logic                        out_valid_q, out_dbg_q, out_log_q, out_rsp_done_q, out_flt_done_q;
  iommu_xlate_pkg::xlate_rsp_t out_rsp_q;
  /* verilator lint_off UNUSEDSIGNAL */
  iommu_xlate_pkg::xlate_req_t out_req_q;  // the fault record's fields
  /* verilator lint_on UNUSEDSIGNAL */
  logic                        rsp_fire, flt_fire, out_retire, out_free;

  assign rsp_valid_o     = out_valid_q && !out_dbg_q && !out_rsp_done_q;
  assign dbg_rsp_valid_o = out_valid_q && out_dbg_q && !out_rsp_done_q;
  assign rsp_o           = out_rsp_q;
  assign dbg_rsp_o       = out_rsp_q;
  assign rsp_fire        = (rsp_valid_o && rsp_ready_i) || (dbg_rsp_valid_o && dbg_rsp_ready_i);
  assign fault_valid_o   = out_valid_q && out_log_q && !out_flt_done_q;
  assign flt_fire        = fault_valid_o && fault_ready_i;
  assign out_retire      = out_valid_q && (out_rsp_done_q || rsp_fire) &&
                           (!out_log_q || out_flt_done_q || flt_fire);
  assign out_free        = !out_valid_q || out_retire;

  // The fault record (FAULT_QUEUE): PV/PID/PRIV only with a process_id, iotval the IOVA.
  always_comb begin
    fault_o         = '0;
    fault_o.cause   = iommu_mem_pkg::fault_cause_t'(out_rsp_q.cause);
    fault_o.ttyp    = iommu_mem_pkg::ttyp_t'(out_rsp_q.ttyp);
    fault_o.did     = out_req_q.device_id;
    fault_o.pv      = out_req_q.pv;
    fault_o.pid     = out_req_q.pv ? out_req_q.process_id : '0;
    fault_o.priv    = out_req_q.pv && out_req_q.priv;
    fault_o.iotval  = out_req_q.iova;
    fault_o.iotval2 = '0;
  end

  // A finished walk first (lowest walker), else the S3 answer.
  logic           wd_any;
  logic [WIW-1:0] wd_idx;
  always_comb begin
    wd_any = 1'b0;
    wd_idx = '0;
    for (int i = 0; i < WALKERS; i++) begin
      if (!wd_any && w_done[i]) begin
        wd_any = 1'b1;
        wd_idx = WIW'(i);
      end
    end
  end
  for (genvar g = 0; g < WALKERS; g++) begin : g_take
    assign w_take[g] = out_free && wd_any && wd_idx == WIW'(g);
  end
  logic s3_to_out;
  assign s3_to_out  = s3_final && out_free && !wd_any;
  assign s3_advance = s3_to_out || s3_dispatch;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      out_valid_q    <= 1'b0;
      out_dbg_q      <= 1'b0;
      out_log_q      <= 1'b0;
      out_rsp_done_q <= 1'b0;
      out_flt_done_q <= 1'b0;
      out_rsp_q      <= '0;
      out_req_q      <= '0;
    end else begin
      if (out_valid_q && !out_retire) begin
        if (rsp_fire) out_rsp_done_q <= 1'b1;
        if (flt_fire) out_flt_done_q <= 1'b1;
      end
      if (out_free) begin
        out_valid_q    <= wd_any || s3_to_out;
        out_rsp_done_q <= 1'b0;
        out_flt_done_q <= 1'b0;
        if (wd_any) begin
          out_dbg_q <= w_dbg[wd_idx];
          out_log_q <= w_log[wd_idx];
          out_rsp_q <= w_rsp[wd_idx*RSP_W +: RSP_W];
          out_req_q <= w_req[wd_idx*REQ_W +: REQ_W];
        end else begin
          out_dbg_q <= s3_dbg_q;
          out_log_q <= s3_log;
          out_rsp_q <= s3_rsp;
          out_req_q <= s3_req_q;
        end
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Fills (from the walk whose answer leaves this cycle) and invalidations
  // ---------------------------------------------------------------------------------------
  assign inval_ready_o = 1'b1;
  assign inval_fire    = inval_valid_i;

  logic                        fill_dc, fill_pc, fill_leaf;
  logic [HINT_W-1:0]           fill_hint;
  logic                        hint_ddtc_hit, hint_pdtc_hit, hint_tlb_hit;
  logic [DDTC_IW-1:0]          hint_ddtc_idx;
  logic [PDTC_IW-1:0]          hint_pdtc_idx;
  logic [TLB_IW-1:0]           hint_tlb_idx;
  /* verilator lint_off UNUSEDSIGNAL */
  iommu_xlate_pkg::xlate_req_t fill_req;  // device_id and IOVA tag the new entries
  /* verilator lint_on UNUSEDSIGNAL */
  assign fill_dc   = out_free && wd_any && w_fill_dc[wd_idx];
  assign fill_pc   = out_free && wd_any && w_fill_pc[wd_idx];
  assign fill_leaf = out_free && wd_any && w_fill_leaf[wd_idx];
  assign fill_hint = w_hint[wd_idx*HINT_W +: HINT_W];
  assign fill_req  = w_req[wd_idx*REQ_W +: REQ_W];
  assign {hint_ddtc_hit, hint_ddtc_idx, hint_pdtc_hit, hint_pdtc_idx, hint_tlb_hit,
          hint_tlb_idx} = fill_hint;

  // Victims: the slot the request hit, else a free slot, else round robin.
  logic [DDTC_IW-1:0] ddtc_rr_q, ddtc_victim;
  logic [PDTC_IW-1:0] pdtc_rr_q, pdtc_victim;
  logic [TLB_IW-1:0]  tlb_rr_q, tlb_victim;
  always_comb begin
    ddtc_victim = ddtc_rr_q;
    for (int i = DDTC_ENTRIES - 1; i >= 0; i--) if (!ddtc_v_q[i]) ddtc_victim = DDTC_IW'(i);
    if (hint_ddtc_hit) ddtc_victim = hint_ddtc_idx;
    pdtc_victim = pdtc_rr_q;
    for (int i = PDTC_ENTRIES - 1; i >= 0; i--) if (!pdtc_v_q[i]) pdtc_victim = PDTC_IW'(i);
    if (hint_pdtc_hit) pdtc_victim = hint_pdtc_idx;
    tlb_victim = tlb_rr_q;
    for (int i = IOTLB_ENTRIES - 1; i >= 0; i--) if (!tlb_v_q[i]) tlb_victim = TLB_IW'(i);
    if (hint_tlb_hit) tlb_victim = hint_tlb_idx;
  end

  // What an accepted invalidation removes (IVMA, IDDT, IPDT tables).
  logic [DDTC_ENTRIES-1:0]  ddtc_kill;
  logic [PDTC_ENTRIES-1:0]  pdtc_kill;
  logic [IOTLB_ENTRIES-1:0] tlb_kill;
  /* verilator lint_off UNUSEDSIGNAL */
  ddtc_entry_t              kill_ddtc_e;  // the tag fields
  pdtc_entry_t              kill_pdtc_e;
  tlb_entry_t               kill_tlb_e;
  /* verilator lint_on UNUSEDSIGNAL */
  always_comb begin
    kill_ddtc_e = '0;
    kill_pdtc_e = '0;
    kill_tlb_e  = '0;
    for (int i = 0; i < DDTC_ENTRIES; i++) begin
      kill_ddtc_e  = ddtc_q[i*DDTC_W +: DDTC_W];
      ddtc_kill[i] = inval_fire && inval_i.kind == iommu_core_pkg::INVAL_DDT &&
                     (!inval_i.dv || kill_ddtc_e.did == inval_i.did);
    end
    for (int i = 0; i < PDTC_ENTRIES; i++) begin
      kill_pdtc_e  = pdtc_q[i*PDTC_W +: PDTC_W];
      pdtc_kill[i] = inval_fire &&
                     ((inval_i.kind == iommu_core_pkg::INVAL_DDT &&
                       (!inval_i.dv || kill_pdtc_e.did == inval_i.did)) ||
                      (inval_i.kind == iommu_core_pkg::INVAL_PDT &&
                       kill_pdtc_e.did == inval_i.did && kill_pdtc_e.pid == inval_i.pid));
    end
    for (int i = 0; i < IOTLB_ENTRIES; i++) begin
      kill_tlb_e  = tlb_q[i*TLB_W +: TLB_W];
      tlb_kill[i] = inval_fire && inval_i.kind == iommu_core_pkg::INVAL_VMA &&
                    (!inval_i.av || tlb_covers(kill_tlb_e.n, kill_tlb_e.level, kill_tlb_e.vpn,
                                                inval_i.vpn[VPN_W-1:0])) &&
                    (!inval_i.pscv || (kill_tlb_e.pscid == inval_i.pscid && !kill_tlb_e.g));
    end
  end

  // The new entries.
  ddtc_entry_t                     new_ddtc;
  pdtc_entry_t                     new_pdtc;
  tlb_entry_t                      new_tlb;
  /* verilator lint_off UNUSEDSIGNAL */
  iommu_mem_pkg::device_context_t  fill_dcv;  // the fields translation uses
  iommu_mem_pkg::process_context_t fill_pcv;
  iommu_mem_pkg::pte_t             fill_pte;
  /* verilator lint_on UNUSEDSIGNAL */
  assign fill_dcv = w_dc[wd_idx*DC_W +: DC_W];
  assign fill_pcv = w_pc[wd_idx*PC_W +: PC_W];
  assign fill_pte = w_leaf[wd_idx*PTE_W +: PTE_W];
  always_comb begin
    new_ddtc        = '0;
    new_ddtc.did    = fill_req.device_id;
    new_ddtc.en_ats = fill_dcv.tc.en_ats;
    new_ddtc.en_pri = fill_dcv.tc.en_pri;
    new_ddtc.prpr   = fill_dcv.tc.prpr;
    new_ddtc.dtf    = fill_dcv.tc.dtf;
    new_ddtc.pdtv   = fill_dcv.tc.pdtv;
    new_ddtc.dpe    = fill_dcv.tc.dpe;
    new_ddtc.pscid  = fill_dcv.ta.pscid;
    new_ddtc.mode   = fill_dcv.fsc.mode;
    new_ddtc.ppn    = fill_dcv.fsc.ppn;
    new_pdtc        = '0;
    new_pdtc.did    = fill_req.device_id;
    new_pdtc.pid    = w_pid[wd_idx*20 +: 20];
    new_pdtc.pscid  = fill_pcv.ta.pscid;
    new_pdtc.sum    = fill_pcv.ta.sum;
    new_pdtc.ens    = fill_pcv.ta.ens;
    new_pdtc.mode   = fill_pcv.fsc.mode;
    new_pdtc.ppn    = fill_pcv.fsc.ppn;
    new_tlb         = '0;
    new_tlb.pscid   = w_pscid[wd_idx*20 +: 20];
    new_tlb.g       = w_global[wd_idx];
    new_tlb.vpn     = fill_req.iova[PS +: VPN_W];
    new_tlb.level   = w_level[wd_idx*2 +: 2];
    new_tlb.n       = fill_pte.n;
    new_tlb.r       = fill_pte.r;
    new_tlb.w       = fill_pte.w;
    new_tlb.x       = fill_pte.x;
    new_tlb.u       = fill_pte.u;
    new_tlb.a       = fill_pte.a;
    new_tlb.d       = fill_pte.d;
    new_tlb.ppn     = fill_pte.ppn;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ddtc_v_q  <= '0;
      pdtc_v_q  <= '0;
      tlb_v_q   <= '0;
      ddtc_rr_q <= '0;
      pdtc_rr_q <= '0;
      tlb_rr_q  <= '0;
    end else begin
      // Fills never coincide with an invalidation (the walker's fill flags include it).
      ddtc_v_q <= (ddtc_v_q & ~ddtc_kill) | (DDTC_ENTRIES'(fill_dc) << ddtc_victim);
      pdtc_v_q <= (pdtc_v_q & ~pdtc_kill) | (PDTC_ENTRIES'(fill_pc) << pdtc_victim);
      tlb_v_q  <= (tlb_v_q & ~tlb_kill) | (IOTLB_ENTRIES'(fill_leaf) << tlb_victim);
      if (fill_dc) ddtc_rr_q <= ddtc_rr_q + 1'b1;
      if (fill_pc) pdtc_rr_q <= pdtc_rr_q + 1'b1;
      if (fill_leaf) tlb_rr_q <= tlb_rr_q + 1'b1;
    end
  end

  // Entry contents (no reset: the valid bits say what holds an entry). Written slot by slot
  // with constant offsets: an offset victim * width synthesizes a multiplier and a shifter
  // in front of every entry bit (the critical path once the lookup was pipelined).
  always_ff @(posedge clk_i) begin
    for (int i = 0; i < DDTC_ENTRIES; i++)
      if (fill_dc && ddtc_victim == DDTC_IW'(i)) ddtc_q[i*DDTC_W +: DDTC_W] <= new_ddtc;
    for (int i = 0; i < PDTC_ENTRIES; i++)
      if (fill_pc && pdtc_victim == PDTC_IW'(i)) pdtc_q[i*PDTC_W +: PDTC_W] <= new_pdtc;
    for (int i = 0; i < IOTLB_ENTRIES; i++)
      if (fill_leaf && tlb_victim == TLB_IW'(i)) tlb_q[i*TLB_W +: TLB_W] <= new_tlb;
  end

  assign idle_o = !sk_valid_q && !s1_valid_q && !s2_valid_q && !s3_valid_q && !out_valid_q &&
                  &w_idle;

`ifdef FORMAL
  // ---------------------------------------------------------------------------------------
  // Formal checks (Yosys -formal: hw/formal/, `cargo xtask formal`). Immediate assertions:
  // the open-source Yosys front end takes no concurrent properties.
  // ---------------------------------------------------------------------------------------
  logic f_past_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) f_past_q <= 1'b0;
    else f_past_q <= 1'b1;
  end

  // Shadow "covered" bits, written from the IOTINVAL.VMA / IODIR tables of the spec: set when
  // an accepted invalidation covers the entry, cleared only when the entry is filled anew.
  // A walker that was in flight (or started) when an invalidation was accepted read its
  // structures before it: it must fill nothing.
  logic [IOTLB_ENTRIES-1:0] f_tlb_cov_q, f_tlb_cov_now;
  logic [DDTC_ENTRIES-1:0]  f_ddtc_cov_q, f_ddtc_cov_now;
  logic [PDTC_ENTRIES-1:0]  f_pdtc_cov_q, f_pdtc_cov_now;
  logic [WALKERS-1:0]       f_w_stale_q;
  tlb_entry_t               f_te;
  ddtc_entry_t              f_de;
  pdtc_entry_t              f_pe;
  logic [VPN_W-1:0]         f_span;  // the IOVA page numbers one entry maps, minus one
  always_comb begin
    f_te = '0;
    f_de = '0;
    f_pe = '0;
    f_span = '0;
    for (int i = 0; i < IOTLB_ENTRIES; i++) begin
      f_te   = tlb_q[i*TLB_W +: TLB_W];
      // A leaf at level L maps 2^(9L) pages; a NAPOT leaf 16 pages.
      f_span = f_te.n ? VPN_W'(15) : (VPN_W'(1) << (VB * 32'(f_te.level))) - VPN_W'(1);
      f_tlb_cov_now[i] = inval_valid_i && inval_i.kind == iommu_core_pkg::INVAL_VMA &&
        // AV = 0: every address; AV = 1: the entries whose range holds ADDR.
        (!inval_i.av || (f_te.vpn & ~f_span) == (inval_i.vpn[VPN_W-1:0] & ~f_span)) &&
        // PSCV = 0: every address space, global entries too; PSCV = 1: that PSCID, not global.
        (!inval_i.pscv || (!f_te.g && f_te.pscid == inval_i.pscid));
    end
    for (int i = 0; i < DDTC_ENTRIES; i++) begin
      f_de = ddtc_q[i*DDTC_W +: DDTC_W];
      // IODIR.INVAL_DDT: DV = 0 every device, DV = 1 that device_id.
      f_ddtc_cov_now[i] = inval_valid_i && inval_i.kind == iommu_core_pkg::INVAL_DDT &&
                          (!inval_i.dv || f_de.did == inval_i.did);
    end
    for (int i = 0; i < PDTC_ENTRIES; i++) begin
      f_pe = pdtc_q[i*PDTC_W +: PDTC_W];
      // IODIR.INVAL_DDT: the device's PDT entries too; IODIR.INVAL_PDT: (DID, PID).
      f_pdtc_cov_now[i] = inval_valid_i &&
        ((inval_i.kind == iommu_core_pkg::INVAL_DDT && (!inval_i.dv || f_pe.did == inval_i.did)) ||
         (inval_i.kind == iommu_core_pkg::INVAL_PDT && f_pe.did == inval_i.did &&
          f_pe.pid == inval_i.pid));
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_tlb_cov_q  <= '0;
      f_ddtc_cov_q <= '0;
      f_pdtc_cov_q <= '0;
      f_w_stale_q  <= '0;
    end else begin
      f_tlb_cov_q  <= (f_tlb_cov_q | f_tlb_cov_now) &
                      ~(IOTLB_ENTRIES'(fill_leaf) << tlb_victim);
      f_ddtc_cov_q <= (f_ddtc_cov_q | f_ddtc_cov_now) & ~(DDTC_ENTRIES'(fill_dc) << ddtc_victim);
      f_pdtc_cov_q <= (f_pdtc_cov_q | f_pdtc_cov_now) & ~(PDTC_ENTRIES'(fill_pc) << pdtc_victim);
      for (int g = 0; g < WALKERS; g++) begin
        if (w_start[g]) f_w_stale_q[g] <= inval_valid_i;
        else if (!w_idle[g] && inval_valid_i) f_w_stale_q[g] <= 1'b1;
      end
    end
  end

  // The same for the lookup results the stage registers hold: a shadow bit per result, set
  // from the lookup cycle on when an accepted invalidation covers the entry the lookup hit
  // (by the tags copied with it). The result must not be used once its bit is set; S3
  // decides on its results in every cycle it holds them, so the check is made in each.
  logic        f_s2_dc_cov_q, f_s2_pc_cov_q, f_s3_dc_cov_q, f_s3_pc_cov_q, f_s3_leaf_cov_q;
  logic        f_s2_dc_now, f_s2_pc_now, f_s3_dc_now, f_s3_pc_now, f_s3_leaf_now;
  logic [VPN_W-1:0] f_s3_span;
  always_comb begin
    f_s2_dc_now = inval_valid_i && inval_i.kind == iommu_core_pkg::INVAL_DDT &&
                  (!inval_i.dv || s2_ddtc_q.did == inval_i.did);
    f_s3_dc_now = inval_valid_i && inval_i.kind == iommu_core_pkg::INVAL_DDT &&
                  (!inval_i.dv || s3_ddtc_q.did == inval_i.did);
    f_s2_pc_now = inval_valid_i &&
      ((inval_i.kind == iommu_core_pkg::INVAL_DDT &&
        (!inval_i.dv || s2_pdtc_q.did == inval_i.did)) ||
       (inval_i.kind == iommu_core_pkg::INVAL_PDT && s2_pdtc_q.did == inval_i.did &&
        s2_pdtc_q.pid == inval_i.pid));
    f_s3_pc_now = inval_valid_i &&
      ((inval_i.kind == iommu_core_pkg::INVAL_DDT &&
        (!inval_i.dv || s3_pdtc_q.did == inval_i.did)) ||
       (inval_i.kind == iommu_core_pkg::INVAL_PDT && s3_pdtc_q.did == inval_i.did &&
        s3_pdtc_q.pid == inval_i.pid));
    f_s3_span = s3_tlb_q.n ? VPN_W'(15)
                           : (VPN_W'(1) << (VB * 32'(s3_tlb_q.level))) - VPN_W'(1);
    f_s3_leaf_now = inval_valid_i && inval_i.kind == iommu_core_pkg::INVAL_VMA &&
      (!inval_i.av ||
       (s3_tlb_q.vpn & ~f_s3_span) == (inval_i.vpn[VPN_W-1:0] & ~f_s3_span)) &&
      (!inval_i.pscv || (!s3_tlb_q.g && s3_tlb_q.pscid == inval_i.pscid));
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_s2_dc_cov_q   <= 1'b0;
      f_s2_pc_cov_q   <= 1'b0;
      f_s3_dc_cov_q   <= 1'b0;
      f_s3_pc_cov_q   <= 1'b0;
      f_s3_leaf_cov_q <= 1'b0;
    end else begin
      if (s2_accept) begin
        f_s2_dc_cov_q <= f_ddtc_cov_q[ddtc_idx] || f_ddtc_cov_now[ddtc_idx];
        f_s2_pc_cov_q <= f_pdtc_cov_q[pdtc_idx] || f_pdtc_cov_now[pdtc_idx];
      end else begin
        f_s2_dc_cov_q <= f_s2_dc_cov_q || f_s2_dc_now;
        f_s2_pc_cov_q <= f_s2_pc_cov_q || f_s2_pc_now;
      end
      if (s3_accept) begin
        f_s3_dc_cov_q   <= f_s2_dc_cov_q || f_s2_dc_now;
        f_s3_pc_cov_q   <= f_s2_pc_cov_q || f_s2_pc_now;
        f_s3_leaf_cov_q <= f_tlb_cov_q[tlb_idx] || f_tlb_cov_now[tlb_idx];
      end else begin
        f_s3_dc_cov_q   <= f_s3_dc_cov_q || f_s3_dc_now;
        f_s3_pc_cov_q   <= f_s3_pc_cov_q || f_s3_pc_now;
        f_s3_leaf_cov_q <= f_s3_leaf_cov_q || f_s3_leaf_now;
      end
    end
  end

`ifdef FORMAL_CUT_DECIDE
  // iommu_xlate_decide cut out: the property proven on it alone (proof decide_contract).
  always_comb assume (s3_rsp.tag == s3_req_q.tag);
`endif

  always_comb begin
    if (rst_ni) begin
      // The invalidation interface never stalls (the command queue relies on it).
      assert (inval_ready_o);
      // No lookup hits an entry an invalidation covered since it was last filled, and no
      // such entry stays valid.
      if (s2_valid_q && tlb_hit) assert (!f_tlb_cov_q[tlb_idx]);
      if (s1_valid_q && ddtc_hit) assert (!f_ddtc_cov_q[ddtc_idx]);
      if (s1_valid_q && pdtc_hit) assert (!f_pdtc_cov_q[pdtc_idx]);
      assert ((f_tlb_cov_q & tlb_v_q) == '0);
      assert ((f_ddtc_cov_q & ddtc_v_q) == '0);
      assert ((f_pdtc_cov_q & pdtc_v_q) == '0);
      // No lookup result held in S2 or S3 (where it is used) stands for an entry an
      // invalidation accepted after the lookup covers.
      if (s2_valid_q && s2_dc_hit_q) assert (!f_s2_dc_cov_q);
      if (s2_valid_q && s2_pc_hit_q) assert (!f_s2_pc_cov_q);
      if (s3_valid_q && s3_dc_known_q) assert (!f_s3_dc_cov_q);
      if (s3_valid_q && s3_pc_known_q) assert (!f_s3_pc_cov_q);
      if (s3_valid_q && s3_leaf_known_q) assert (!f_s3_leaf_cov_q);
      // Nothing is filled from a walk an invalidation overtook.
      if (fill_dc || fill_pc || fill_leaf) assert (!f_w_stale_q[wd_idx] && !inval_valid_i);
      // The walkers' bookkeeping (the Verilator SVA block, as immediate checks).
      if (mem_rd_req_valid_o) begin
        assert (!w_faulted[rd_idx]);
        assert (!w_waiting[rd_idx] || (w_beat[rd_idx] && mem_rd_rsp_i.last));
      end
      if (s3_dispatch) assert (!s3_final);
      assert ((w_done & w_idle) == '0);
    end
  end
`endif

  // ---------------------------------------------------------------------------------------
  // Assertions
  // ---------------------------------------------------------------------------------------
`ifndef SYNTHESIS
  /* verilator lint_off SYNCASYNCNET */
  // Every accepted request gets exactly one response, per tag and port.
  logic [255:0] tags_q, dbg_tags_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      tags_q     <= '0;
      dbg_tags_q <= '0;
    end else begin
      if (req_valid_i && req_ready_o) begin
        assert (!tags_q[req_i.tag]) else $error("iommu_xlate: tag %0d reused", req_i.tag);
        tags_q[req_i.tag] <= 1'b1;
      end
      if (dbg_req_valid_i && dbg_req_ready_o) dbg_tags_q[dbg_req_i.tag] <= 1'b1;
      if (rsp_valid_o && rsp_ready_i) begin
        assert (tags_q[rsp_o.tag]) else $error("iommu_xlate: response without request");
        tags_q[rsp_o.tag] <= 1'b0;
      end
      if (dbg_rsp_valid_o && dbg_rsp_ready_i) begin
        assert (dbg_tags_q[dbg_rsp_o.tag]) else $error("iommu_xlate: debug response without request");
        dbg_tags_q[dbg_rsp_o.tag] <= 1'b0;
      end
    end
  end

  // No memory read for a request that has its answer (or a fault); at most one read per
  // walker outstanding (the next one leaves with the last beat of the previous one).
  a_no_read_after_answer: assert property (@(posedge clk_i) disable iff (!rst_ni)
    mem_rd_req_valid_o |-> !w_faulted[rd_idx]);
  a_one_read_per_walker: assert property (@(posedge clk_i) disable iff (!rst_ni)
    mem_rd_req_valid_o |-> !w_waiting[rd_idx] || (w_beat[rd_idx] && mem_rd_rsp_i.last));
  // A request answered in S3 never goes to a walker.
  a_dispatch_only_misses: assert property (@(posedge clk_i) disable iff (!rst_ni)
    s3_dispatch |-> !s3_final);
  // Walker state: beats only for a walker waiting for them; ids are ours.
  a_beat_expected: assert property (@(posedge clk_i) disable iff (!rst_ni)
    mem_rd_rsp_valid_i |-> 32'(mem_rd_rsp_i.id) < WALKERS && w_waiting[WIW'(mem_rd_rsp_i.id)]);
  a_walker_busy_when_done: assert property (@(posedge clk_i) disable iff (!rst_ni)
    (w_done & w_idle) == '0);
  // No hit on an entry an accepted invalidation covered.
  for (genvar i = 0; i < IOTLB_ENTRIES; i++) begin : g_sva_tlb
    a_inval_tlb: assert property (@(posedge clk_i) disable iff (!rst_ni)
      tlb_kill[i] |=> !tlb_v_q[i]);
  end
  for (genvar i = 0; i < DDTC_ENTRIES; i++) begin : g_sva_ddtc
    a_inval_ddtc: assert property (@(posedge clk_i) disable iff (!rst_ni)
      ddtc_kill[i] |=> !ddtc_v_q[i]);
  end
  for (genvar i = 0; i < PDTC_ENTRIES; i++) begin : g_sva_pdtc
    a_inval_pdtc: assert property (@(posedge clk_i) disable iff (!rst_ni)
      pdtc_kill[i] |=> !pdtc_v_q[i]);
  end
  // An accepted invalidation leaves no lookup result in the stage registers: the requests
  // there decide on what they read again.
  a_inval_clears_stages: assert property (@(posedge clk_i) disable iff (!rst_ni)
    inval_fire |=> !s2_dc_hit_q && !s2_pc_hit_q &&
                   !s3_dc_known_q && !s3_pc_known_q && !s3_leaf_known_q);
  a_no_fill_with_inval: assert property (@(posedge clk_i) disable iff (!rst_ni)
    inval_fire |-> !(fill_dc || fill_pc || fill_leaf));
  /* verilator lint_on SYNCASYNCNET */
`endif
endmodule

`resetall

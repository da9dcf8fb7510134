// iommu_xlate_walker: one table walk for one request that missed the caches.
//
// Started with the request and whatever the caches gave (a device context, a process
// context), it reads the DDT (GET_DC), the PDT (GET_PC) and the first-stage Sv39/Sv48 table
// (privileged "Virtual Address Translation Process", with Svnapot) one entry at a time, with
// at most one memory read outstanding, and checks every entry as it arrives (V, reserved
// bits, DC_MISCONFIG, PC_MISCONFIG, PTE encodings). iommu_xlate_decide says what comes next
// once a structure is complete. The next read is issued in the cycle the last beat of the
// previous one arrives; if the memory port is busy it is held and issued later.
//
// When done the walker holds the answer and what the engine may cache from the walk (the
// device context, the process context, the leaf), until the engine takes it (take_i).
// stale_i (an invalidation was accepted) forbids caching anything this walk read before.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_xlate_walker #(
  parameter int unsigned ID     = 0,  // memory-read id of this walker
  parameter int unsigned HINT_W = 8   // width of the caller's opaque hint
) (
  input  wire logic                            clk_i,
  input  wire logic                            rst_ni,
  // start (only while idle)
  input  wire logic                            start_i,
  input  wire iommu_xlate_pkg::xlate_req_t     req_i,
  input  wire logic                            dbg_i,
  input  wire iommu_regs_pkg::iommu_mode_t     mode_i,
  input  wire logic [43:0]                     ddtp_ppn_i,
  input  wire logic                            dc_known_i,
  input  wire iommu_mem_pkg::device_context_t  dc_i,
  input  wire logic                            pc_known_i,
  input  wire iommu_mem_pkg::process_context_t pc_i,
  input  wire logic [HINT_W-1:0]               hint_i,  // opaque to the walker, returned
  output logic                                 idle_o,
  // memory reads
  output logic                                 rd_valid_o,
  input  wire logic                            rd_ready_i,
  output iommu_core_pkg::mem_rd_req_t          rd_o,
  input  wire logic                            beat_valid_i,  // a beat with this walker's id
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire iommu_core_pkg::mem_rd_rsp_t     beat_i,  // id already matched
  /* verilator lint_on UNUSEDSIGNAL */
  output logic                                 waiting_o,  // a read is outstanding
  output logic                                 faulted_o,  // the walk has its answer
  // the answer
  output logic                                 done_o,
  input  wire logic                            take_i,
  output iommu_xlate_pkg::xlate_req_t          req_o,
  output logic                                 dbg_o,
  output iommu_xlate_pkg::xlate_rsp_t          rsp_o,
  output logic                                 log_o,
  output logic [HINT_W-1:0]                    hint_o,
  // what may be cached (valid with done_o)
  output logic                                 fill_dc_o,
  output iommu_mem_pkg::device_context_t       dc_o,
  output logic                                 fill_pc_o,
  output iommu_mem_pkg::process_context_t      pc_o,
  output logic [19:0]                          pid_o,
  output logic                                 fill_leaf_o,
  output iommu_mem_pkg::pte_t                  leaf_o,
  output logic [1:0]                           leaf_level_o,
  output logic                                 leaf_global_o,
  output logic [19:0]                          pscid_o,
  input  wire logic                            stale_i
);
  localparam iommu_regs_pkg::capabilities_t CAPS = iommu_regs_pkg::CAPABILITIES_RESET;
  localparam iommu_regs_pkg::fctl_t         FCTL = iommu_regs_pkg::FCTL_RESET;
  localparam int unsigned PS = iommu_mem_pkg::PAGE_SHIFT;
  localparam int unsigned VB = iommu_mem_pkg::PT_VPN_BITS;
  localparam int unsigned PAW = iommu_core_pkg::PA_WIDTH;

  localparam logic [1:0] ACT_DONE = 2'd0;
  localparam logic [1:0] ACT_DDT  = 2'd1;
  localparam logic [1:0] ACT_PDT  = 2'd2;

  typedef enum logic [1:0] {
    PH_IDLE  = 2'd0,
    PH_START = 2'd1,  // evaluate what the caches gave
    PH_READ  = 2'd2,  // a read is pending issue or outstanding
    PH_DONE  = 2'd3
  } phase_t;

  typedef enum logic [2:0] {
    RD_DDTE = 3'd0,
    RD_DC   = 3'd1,
    RD_PDTE = 3'd2,
    RD_PC   = 3'd3,
    RD_PTE  = 3'd4
  } what_t;

  phase_t                          phase_q;
  what_t                           what_q;
  logic [1:0]                      lvl_q;
  logic                            pend_q;  // the read in rd_q still has to be issued
  iommu_core_pkg::mem_rd_req_t     rd_q;
  logic [1:0]                      beat_q;
  logic                            err_q;
  logic [191:0]                    buf_q;  // earlier beats of a multi-beat entry
  iommu_xlate_pkg::xlate_req_t     req_q;
  logic                            dbg_q;
  iommu_regs_pkg::iommu_mode_t     mode_q;
  logic [43:0]                     ddtp_ppn_q;
  logic                            dc_known_q, dc_read_q;
  iommu_mem_pkg::device_context_t  dc_q;
  logic                            pc_known_q, pc_read_q;
  iommu_mem_pkg::process_context_t pc_q;
  logic [19:0]                     pid_q, pscid_q;
  logic                            global_q;
  logic                            leaf_known_q;
  iommu_mem_pkg::pte_t             leaf_q;
  logic [1:0]                      leaf_level_q;
  logic                            stale_q;
  iommu_xlate_pkg::xlate_rsp_t     rsp_q;
  logic                            log_q, granted_q;
  logic [HINT_W-1:0]               hint_q;

  // ---------------------------------------------------------------------------------------
  // Index helpers
  // ---------------------------------------------------------------------------------------
  function automatic logic [8:0] ddi(input logic [23:0] did, input logic [1:0] level);
    case (level)
      2'd0: ddi = {2'b0, did[iommu_mem_pkg::DDI0_BITS-1:0]};
      2'd1: ddi = did[iommu_mem_pkg::DDI1_SHIFT +: iommu_mem_pkg::DDI1_BITS];
      default: ddi = {1'b0, did[iommu_mem_pkg::DDI2_SHIFT +: iommu_mem_pkg::DDI2_BITS]};
    endcase
  endfunction

  function automatic logic [8:0] pdi(input logic [19:0] pid, input logic [1:0] level);
    case (level)
      2'd0: pdi = {1'b0, pid[iommu_mem_pkg::PDI0_BITS-1:0]};
      2'd1: pdi = pid[iommu_mem_pkg::PDI1_SHIFT +: iommu_mem_pkg::PDI1_BITS];
      default: pdi = {6'b0, pid[iommu_mem_pkg::PDI2_SHIFT +: iommu_mem_pkg::PDI2_BITS]};
    endcase
  endfunction

  function automatic logic [8:0] vpn(input logic [PS+4*VB-1:PS] iova, input logic [1:0] level);
    case (level)
      2'd0: vpn = iova[PS +: VB];
      2'd1: vpn = iova[PS + VB +: VB];
      2'd2: vpn = iova[PS + 2 * VB +: VB];
      default: vpn = iova[PS + 3 * VB +: VB];
    endcase
  endfunction

  function automatic logic [PAW-1:0] page(input logic [43:0] ppn);
    page = {ppn, {PS{1'b0}}};
  endfunction

  // A first-stage scheme the capabilities support (IOSATP_MODE_ENC, SXL = 0).
  function automatic logic fs_mode_ok(input logic [3:0] m, input logic sxl);
    if (m == 4'(iommu_mem_pkg::IOSATP_MODE_BARE)) fs_mode_ok = 1'b1;
    else if (sxl) fs_mode_ok = m == 4'(iommu_mem_pkg::IOSATP_MODE_SV39) && CAPS.sv32;
    else
      fs_mode_ok = (m == 4'(iommu_mem_pkg::IOSATP_MODE_SV39) && CAPS.sv39) ||
                   (m == 4'(iommu_mem_pkg::IOSATP_MODE_SV48) && CAPS.sv48) ||
                   (m == 4'(iommu_mem_pkg::IOSATP_MODE_SV57) && CAPS.sv57);
  endfunction

  // ---------------------------------------------------------------------------------------
  // The entry that completed this cycle (last beat of the outstanding read)
  // ---------------------------------------------------------------------------------------
  logic beat_here, last_here;
  assign beat_here = beat_valid_i && phase_q == PH_READ && !pend_q;
  assign last_here = beat_here && beat_i.last;

  logic [255:0] entry;  // the read's beats, beat k at bits 64k
  always_comb begin
    entry = {64'b0, buf_q};
    entry[64 * beat_q +: 64] = beat_i.data;
  end
  logic read_err;
  assign read_err = err_q || beat_i.err;

  iommu_mem_pkg::ddte_t            ddte;
  iommu_mem_pkg::device_context_t  dc_new;
  iommu_mem_pkg::pdte_t            pdte;
  iommu_mem_pkg::process_context_t pc_new;
  iommu_mem_pkg::pte_t             pte;
  assign ddte   = entry[63:0];
  assign dc_new = entry;
  assign pdte   = entry[63:0];
  assign pc_new = entry[127:0];
  assign pte    = entry[63:0];

  // DC_MISCONFIG (base format; fctl is fixed: BE and GXL read-only).
  logic dc_bad, pdt_ok, gmode_ok;
  always_comb begin
    case (dc_new.fsc.mode)
      4'(iommu_mem_pkg::PDTP_MODE_BARE): pdt_ok = 1'b1;
      4'(iommu_mem_pkg::PDTP_MODE_PD8):  pdt_ok = CAPS.pd8;
      4'(iommu_mem_pkg::PDTP_MODE_PD17): pdt_ok = CAPS.pd17;
      4'(iommu_mem_pkg::PDTP_MODE_PD20): pdt_ok = CAPS.pd20;
      default: pdt_ok = 1'b0;
    endcase
    case (dc_new.iohgatp.mode)
      iommu_mem_pkg::IOHGATP_MODE_BARE:   gmode_ok = 1'b1;
      iommu_mem_pkg::IOHGATP_MODE_SV39X4: gmode_ok = FCTL.gxl ? CAPS.sv32x4 : CAPS.sv39x4;
      iommu_mem_pkg::IOHGATP_MODE_SV48X4: gmode_ok = !FCTL.gxl && CAPS.sv48x4;
      iommu_mem_pkg::IOHGATP_MODE_SV57X4: gmode_ok = !FCTL.gxl && CAPS.sv57x4;
      default: gmode_ok = 1'b0;
    endcase
    dc_bad =
        dc_new.tc.rsvd_63_32 != '0 || dc_new.tc.rsvd_custom != '0 ||
        dc_new.tc.rsvd_23_12 != '0 || dc_new.ta.rsvd_mcid != '0 ||
        dc_new.ta.rsvd_rcid != '0 || dc_new.ta.rsvd_39_32 != '0 ||
        dc_new.ta.rsvd_11_0 != '0 || dc_new.fsc.rsvd_59_44 != '0 ||
        (!CAPS.ats && (dc_new.tc.en_ats || dc_new.tc.en_pri || dc_new.tc.prpr)) ||
        (!dc_new.tc.en_ats && dc_new.tc.t2gpa) ||
        (!dc_new.tc.en_ats && dc_new.tc.en_pri) ||
        (!dc_new.tc.en_pri && dc_new.tc.prpr) ||
        (!CAPS.t2gpa && dc_new.tc.t2gpa) ||
        (dc_new.tc.t2gpa && dc_new.iohgatp.mode == iommu_mem_pkg::IOHGATP_MODE_BARE) ||
        (dc_new.tc.pdtv && !pdt_ok) ||
        (!dc_new.tc.pdtv && !fs_mode_ok(dc_new.fsc.mode, dc_new.tc.sxl)) ||
        (!dc_new.tc.pdtv && dc_new.tc.dpe) ||
        !gmode_ok ||
        (dc_new.iohgatp.mode != iommu_mem_pkg::IOHGATP_MODE_BARE &&
         dc_new.iohgatp.ppn[iommu_mem_pkg::G_ROOT_EXTRA_BITS-1:0] != '0) ||
        (!CAPS.amo_hwad && (dc_new.tc.sade || dc_new.tc.gade)) ||
        // SXL must be 1 with GXL = 1, 0 when GXL is 0 and read-only; SBE must equal BE.
        (FCTL.gxl ? !dc_new.tc.sxl : dc_new.tc.sxl) ||
        dc_new.tc.sbe != FCTL.be;
  end

  // PC_MISCONFIG.
  logic pc_bad;
  assign pc_bad = pc_new.ta.rsvd_63_32 != '0 || pc_new.ta.rsvd_11_3 != '0 ||
                  pc_new.fsc.rsvd_59_44 != '0 || !fs_mode_ok(pc_new.fsc.mode, dc_q.tc.sxl);

  // PTE encodings at level lvl_q (reserved bits, W without R, PBMT, Svnapot, non-leaf bits).
  logic pte_leaf, pte_ok;
  always_comb begin
    pte_leaf = pte.r || pte.w || pte.x;
    pte_ok = !(pte.w && !pte.r) && pte.rsvd_60_54 == '0 &&
             (CAPS.svpbmt ? pte.pbmt != 2'd3 : pte.pbmt == 2'd0);
    if (pte.r || pte.x)
      pte_ok = pte_ok && (!pte.n || (lvl_q == 2'd0 &&
               pte.ppn[iommu_mem_pkg::NAPOT_64K_BITS-1:0] ==
               iommu_mem_pkg::NAPOT_64K_BITS'(iommu_mem_pkg::NAPOT_64K_CODE)));
    else if (!pte_leaf)
      pte_ok = pte_ok && !(pte.d || pte.a || pte.u || pte.n || pte.pbmt != 2'd0);
  end

  // Fault causes follow the access: execute, else write, else read.
  iommu_mem_pkg::fault_cause_t access_fault, page_fault;
  always_comb begin
    if (req_q.exec) begin
      access_fault = iommu_mem_pkg::FAULT_CAUSE_INST_ACCESS_FAULT;
      page_fault   = iommu_mem_pkg::FAULT_CAUSE_INST_PAGE_FAULT;
    end else if (req_q.write) begin
      access_fault = iommu_mem_pkg::FAULT_CAUSE_WR_ACCESS_FAULT;
      page_fault   = iommu_mem_pkg::FAULT_CAUSE_WR_PAGE_FAULT;
    end else begin
      access_fault = iommu_mem_pkg::FAULT_CAUSE_RD_ACCESS_FAULT;
      page_fault   = iommu_mem_pkg::FAULT_CAUSE_RD_PAGE_FAULT;
    end
  end

  // ---------------------------------------------------------------------------------------
  // One step: check the completed entry, continue inside the structure, or ask decide
  // ---------------------------------------------------------------------------------------
  logic                            wfault;
  iommu_mem_pkg::fault_cause_t     wcause;
  logic                            cont;  // next read inside the same structure
  iommu_core_pkg::mem_rd_req_t     cont_rd;
  what_t                           cont_what;
  logic [1:0]                      cont_lvl;
  logic                            dc_known_n, pc_known_n, leaf_known_n, global_n;
  iommu_mem_pkg::device_context_t  dc_n;
  iommu_mem_pkg::process_context_t pc_n;
  logic                            dc_read_n, pc_read_n;

  always_comb begin
    wfault       = 1'b0;
    wcause       = access_fault;
    cont         = 1'b0;
    cont_rd      = '0;
    cont_rd.id   = iommu_core_pkg::MEM_ID_WIDTH'(ID);
    cont_what    = what_q;
    cont_lvl     = lvl_q - 2'd1;
    dc_known_n   = dc_known_q;
    dc_n         = dc_q;
    dc_read_n    = dc_read_q;
    pc_known_n   = pc_known_q;
    pc_n         = pc_q;
    pc_read_n    = pc_read_q;
    leaf_known_n = 1'b0;
    global_n     = global_q;
    if (last_here) begin
      case (what_q)
        RD_DDTE: begin
          if (read_err) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_DDT_LOAD_FAULT;
          end else if (!ddte.v) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_DDT_INVALID;
          end else if (ddte.rsvd_63_54 != '0 || ddte.rsvd_9_1 != '0) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_DDT_MISCONFIGURED;
          end else begin
            cont = 1'b1;
            if (lvl_q == 2'd1) begin
              cont_what        = RD_DC;
              cont_rd.addr     = page(ddte.ppn) +
                                 PAW'(ddi(req_q.device_id, 2'd0)) *
                                 PAW'(iommu_mem_pkg::DEVICE_CONTEXT_BYTES);
              cont_rd.beats_m1 = 3'(iommu_mem_pkg::DEVICE_CONTEXT_BYTES / 8 - 1);
            end else begin
              cont_rd.addr = page(ddte.ppn) + PAW'(ddi(req_q.device_id, lvl_q - 2'd1)) *
                                              PAW'(iommu_mem_pkg::DDTE_BYTES);
            end
          end
        end
        RD_DC: begin
          if (read_err) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_DDT_LOAD_FAULT;
          end else if (!dc_new.tc.v) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_DDT_INVALID;
          end else if (dc_bad) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_DDT_MISCONFIGURED;
          end else begin
            dc_known_n = 1'b1;
            dc_n       = dc_new;
            dc_read_n  = 1'b1;
          end
        end
        RD_PDTE: begin
          if (read_err) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_PDT_LOAD_FAULT;
          end else if (!pdte.v) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_PDT_INVALID;
          end else if (pdte.rsvd_63_54 != '0 || pdte.rsvd_9_1 != '0) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_PDT_MISCONFIGURED;
          end else begin
            cont = 1'b1;
            if (lvl_q == 2'd1) begin
              cont_what        = RD_PC;
              cont_rd.addr     = page(pdte.ppn) + PAW'(pdi(pid_q, 2'd0)) *
                                                  PAW'(iommu_mem_pkg::PROCESS_CONTEXT_BYTES);
              cont_rd.beats_m1 = 3'(iommu_mem_pkg::PROCESS_CONTEXT_BYTES / 8 - 1);
            end else begin
              cont_rd.addr = page(pdte.ppn) + PAW'(pdi(pid_q, lvl_q - 2'd1)) *
                                              PAW'(iommu_mem_pkg::PDTE_BYTES);
            end
          end
        end
        RD_PC: begin
          if (read_err) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_PDT_LOAD_FAULT;
          end else if (!pc_new.ta.v) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_PDT_INVALID;
          end else if (pc_bad) begin
            wfault = 1'b1;
            wcause = iommu_mem_pkg::FAULT_CAUSE_PDT_MISCONFIGURED;
          end else begin
            pc_known_n = 1'b1;
            pc_n       = pc_new;
            pc_read_n  = 1'b1;
          end
        end
        default: begin  // RD_PTE
          global_n = global_q || pte.g;
          if (read_err) begin
            wfault = 1'b1;
            wcause = access_fault;
          end else if (!pte.v || !pte_ok || (!pte_leaf && lvl_q == 2'd0)) begin
            wfault = 1'b1;
            wcause = page_fault;
          end else if (pte_leaf) begin
            leaf_known_n = 1'b1;
          end else begin
            cont         = 1'b1;
            cont_rd.addr = page(pte.ppn) + PAW'(vpn(req_q.iova[PS+4*VB-1:PS], lvl_q - 2'd1)) *
                                           PAW'(iommu_mem_pkg::PTE_BYTES);
          end
        end
      endcase
    end
  end

  // What the process says with what is known now.
  logic [1:0]                  action;
  logic [1:0]                  act_levels_m1;
  logic [43:0]                 act_root;
  logic [19:0]                 act_pid, act_pscid;
  iommu_xlate_pkg::xlate_rsp_t act_rsp;
  logic                        act_log, act_granted;
  iommu_xlate_decide u_decide (
    .req_i         (req_q),
    .mode_i        (mode_q),
    .dc_known_i    (dc_known_n),
    .dc_i          (dc_n),
    .pc_known_i    (pc_known_n),
    .pc_i          (pc_n),
    .leaf_known_i  (leaf_known_n),
    .leaf_pte_i    (pte),
    .leaf_level_i  (lvl_q),
    .leaf_global_i (global_n),
    .wfault_i      (wfault),
    .wfault_cause_i(wcause),
    .action_o      (action),
    .levels_m1_o   (act_levels_m1),
    .root_ppn_o    (act_root),
    .pid_o         (act_pid),
    .pscid_o       (act_pscid),
    .rsp_o         (act_rsp),
    .log_o         (act_log),
    .granted_o     (act_granted)
  );

`ifdef FORMAL
  // A formal run that cuts iommu_xlate_decide out (FORMAL_CUT_DECIDE: its outputs become
  // free) keeps the one property of it the engine relies on here, proven on the decide block
  // alone (hw/formal/, proof decide_contract): the answer carries the request's tag.
`ifdef FORMAL_CUT_DECIDE
  always_comb assume (act_rsp.tag == req_q.tag);
`endif
`ifdef FORMAL_WALK_BOUND
  // The walk's contract of the decide block (proven there, decide_contract), assumed by the
  // walk-bound proof (hw/formal/walk_formal.sv, `cargo xtask formal walk_bound`).
  logic f_fs_ready;  // what the first stage needs is known
  assign f_fs_ready = dc_known_n && (pc_known_n || !dc_n.tc.pdtv);
  always_comb begin
    if (wfault || (leaf_known_n && f_fs_ready)) assume (action == ACT_DONE);
    if (action == ACT_DDT) assume (!dc_known_n && act_levels_m1 <= 2'd2);
    if (action == ACT_PDT) assume (dc_known_n && !pc_known_n && act_levels_m1 <= 2'd2);
    if (action == 2'd3) assume (f_fs_ready);  // ACT_PT
  end
`endif
`endif

  // The read that starts the structure decide asks for.
  iommu_core_pkg::mem_rd_req_t start_rd;
  what_t                       start_what;
  always_comb begin
    start_rd    = '0;
    start_rd.id = iommu_core_pkg::MEM_ID_WIDTH'(ID);
    case (action)
      ACT_DDT: begin
        if (act_levels_m1 == 2'd0) begin
          start_what        = RD_DC;
          start_rd.addr     = page(ddtp_ppn_q) + PAW'(ddi(req_q.device_id, 2'd0)) *
                                                 PAW'(iommu_mem_pkg::DEVICE_CONTEXT_BYTES);
          start_rd.beats_m1 = 3'(iommu_mem_pkg::DEVICE_CONTEXT_BYTES / 8 - 1);
        end else begin
          start_what    = RD_DDTE;
          start_rd.addr = page(ddtp_ppn_q) + PAW'(ddi(req_q.device_id, act_levels_m1)) *
                                             PAW'(iommu_mem_pkg::DDTE_BYTES);
        end
      end
      ACT_PDT: begin
        if (act_levels_m1 == 2'd0) begin
          start_what        = RD_PC;
          start_rd.addr     = page(act_root) + PAW'(pdi(act_pid, 2'd0)) *
                                               PAW'(iommu_mem_pkg::PROCESS_CONTEXT_BYTES);
          start_rd.beats_m1 = 3'(iommu_mem_pkg::PROCESS_CONTEXT_BYTES / 8 - 1);
        end else begin
          start_what    = RD_PDTE;
          start_rd.addr = page(act_root) + PAW'(pdi(act_pid, act_levels_m1)) *
                                           PAW'(iommu_mem_pkg::PDTE_BYTES);
        end
      end
      default: begin  // ACT_PT (ACT_DONE issues nothing)
        start_what    = RD_PTE;
        start_rd.addr = page(act_root) + PAW'(vpn(req_q.iova[PS+4*VB-1:PS], act_levels_m1)) *
                                         PAW'(iommu_mem_pkg::PTE_BYTES);
      end
    endcase
  end

  // An event: the start, or the last beat of the outstanding read.
  logic       event_now, finish, next_read;
  iommu_core_pkg::mem_rd_req_t next_rd;
  what_t      next_what;
  logic [1:0] next_lvl;
  assign event_now = phase_q == PH_START || last_here;
  assign finish    = event_now && !cont && action == ACT_DONE;
  assign next_read = event_now && !finish;
  always_comb begin
    if (cont) begin
      next_rd   = cont_rd;
      next_what = cont_what;
      next_lvl  = cont_lvl;
    end else begin
      next_rd   = start_rd;
      next_what = start_what;
      next_lvl  = act_levels_m1;
    end
  end

  // The memory port: a read held from an earlier cycle, or the one decided now.
  assign rd_valid_o = (phase_q == PH_READ || phase_q == PH_START) && (pend_q || next_read);
  assign rd_o       = pend_q ? rd_q : next_rd;

  // ---------------------------------------------------------------------------------------
  // State
  // ---------------------------------------------------------------------------------------
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      phase_q      <= PH_IDLE;
      what_q       <= RD_DDTE;
      lvl_q        <= '0;
      pend_q       <= 1'b0;
      rd_q         <= '0;
      beat_q       <= '0;
      err_q        <= 1'b0;
      buf_q        <= '0;
      req_q        <= '0;
      dbg_q        <= 1'b0;
      mode_q       <= iommu_regs_pkg::IOMMU_MODE_OFF;
      ddtp_ppn_q   <= '0;
      dc_known_q   <= 1'b0;
      dc_read_q    <= 1'b0;
      dc_q         <= '0;
      pc_known_q   <= 1'b0;
      pc_read_q    <= 1'b0;
      pc_q         <= '0;
      pid_q        <= '0;
      pscid_q      <= '0;
      global_q     <= 1'b0;
      leaf_known_q <= 1'b0;
      leaf_q       <= '0;
      leaf_level_q <= '0;
      stale_q      <= 1'b0;
      rsp_q        <= '0;
      log_q        <= 1'b0;
      granted_q    <= 1'b0;
      hint_q       <= '0;
    end else begin
      if (stale_i) stale_q <= 1'b1;
      case (phase_q)
        PH_IDLE: begin
          if (start_i) begin
            phase_q      <= PH_START;
            req_q        <= req_i;
            dbg_q        <= dbg_i;
            mode_q       <= mode_i;
            ddtp_ppn_q   <= ddtp_ppn_i;
            dc_known_q   <= dc_known_i;
            dc_q         <= dc_i;
            dc_read_q    <= 1'b0;
            pc_known_q   <= pc_known_i;
            pc_q         <= pc_i;
            pc_read_q    <= 1'b0;
            global_q     <= 1'b0;
            leaf_known_q <= 1'b0;
            stale_q      <= stale_i;
            hint_q       <= hint_i;
          end
        end
        PH_START, PH_READ: begin
          if (pend_q && rd_ready_i) pend_q <= 1'b0;
          if (beat_here && !beat_i.last) begin
            buf_q[64 * beat_q +: 64] <= beat_i.data;
            beat_q                   <= beat_q + 2'd1;
            err_q                    <= err_q || beat_i.err;
          end
          if (event_now) begin
            dc_known_q <= dc_known_n;
            dc_q       <= dc_n;
            dc_read_q  <= dc_read_n;
            pc_known_q <= pc_known_n;
            pc_q       <= pc_n;
            pc_read_q  <= pc_read_n;
            global_q   <= global_n;
            beat_q     <= '0;
            err_q      <= 1'b0;
            if (action == ACT_PDT && !cont) pid_q <= act_pid;
            if (!cont) pscid_q <= act_pscid;
            if (finish) begin
              phase_q      <= PH_DONE;
              rsp_q        <= act_rsp;
              log_q        <= act_log;
              granted_q    <= act_granted;
              leaf_known_q <= leaf_known_n;
              leaf_q       <= pte;
              leaf_level_q <= lvl_q;
            end else begin
              phase_q <= PH_READ;
              what_q  <= next_what;
              lvl_q   <= next_lvl;
              rd_q    <= next_rd;
              pend_q  <= !rd_ready_i;
            end
          end
        end
        default: begin  // PH_DONE
          if (take_i) phase_q <= PH_IDLE;
        end
      endcase
    end
  end

`ifdef FORMAL_WALK_BOUND
  // ---------------------------------------------------------------------------------------
  // The walk's bound (hw/formal/walk_formal.sv): a walk issues at most WALK_READS reads and
  // receives at most WALK_BEATS beats: the DDT (LVL3: two DDTEs and the 32-byte device
  // context), the PDT (PD20: two PDTEs and the 16-byte process context) and the first stage
  // (Sv48: four PTEs). The proof carries the reads and beats still possible from the current
  // state (the potential) and shows they never exceed what is left.
  // ---------------------------------------------------------------------------------------
  localparam int unsigned DC_BEATS = iommu_mem_pkg::DEVICE_CONTEXT_BYTES / 8;
  localparam int unsigned PC_BEATS = iommu_mem_pkg::PROCESS_CONTEXT_BYTES / 8;
  localparam int unsigned DDT_READS = 3, PDT_READS = 3, PT_READS = iommu_mem_pkg::SV48_LEVELS;
  localparam int unsigned DDT_BEATS = 2 + DC_BEATS, PDT_BEATS = 2 + PC_BEATS;
  localparam int unsigned PT_BEATS = iommu_mem_pkg::SV48_LEVELS;
  localparam int unsigned WALK_READS = DDT_READS + PDT_READS + PT_READS;
  localparam int unsigned WALK_BEATS = DDT_BEATS + PDT_BEATS + PT_BEATS;

  logic [4:0] f_reads_q, f_beats_q;  // reads issued, beats received in this walk
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_reads_q <= '0;
      f_beats_q <= '0;
    end else if (phase_q == PH_IDLE) begin
      f_reads_q <= '0;
      f_beats_q <= '0;
    end else begin
      if (rd_valid_o && rd_ready_i) f_reads_q <= f_reads_q + 5'd1;
      if (beat_here) f_beats_q <= f_beats_q + 5'd1;
    end
  end

  // Reads and beats the structure being read still needs, the current read included.
  logic [4:0] f_rd_here, f_bt_here, f_rd_after, f_bt_after, f_rd_pot, f_bt_pot, f_bt_cur;
  always_comb begin
    f_bt_cur = 5'(rd_q.beats_m1) + 5'd1;
    case (what_q)
      RD_DDTE: begin
        f_rd_here = 5'(lvl_q) + 5'd1;
        f_bt_here = 5'(lvl_q) + 5'(DC_BEATS);
      end
      RD_DC: begin
        f_rd_here = 5'd1;
        f_bt_here = 5'(DC_BEATS);
      end
      RD_PDTE: begin
        f_rd_here = 5'(lvl_q) + 5'd1;
        f_bt_here = 5'(lvl_q) + 5'(PC_BEATS);
      end
      RD_PC: begin
        f_rd_here = 5'd1;
        f_bt_here = 5'(PC_BEATS);
      end
      default: begin
        f_rd_here = 5'(lvl_q) + 5'd1;
        f_bt_here = 5'(lvl_q) + 5'd1;
      end
    endcase
    if (what_q == RD_DDTE || what_q == RD_DC) begin
      f_rd_after = (pc_known_q ? 5'd0 : 5'(PDT_READS)) + 5'(PT_READS);
      f_bt_after = (pc_known_q ? 5'd0 : 5'(PDT_BEATS)) + 5'(PT_BEATS);
    end else if (what_q == RD_PDTE || what_q == RD_PC) begin
      f_rd_after = 5'(PT_READS);
      f_bt_after = 5'(PT_BEATS);
    end else begin
      f_rd_after = 5'd0;
      f_bt_after = 5'd0;
    end
    if (phase_q == PH_START) begin
      f_rd_pot = (dc_known_q ? 5'd0 : 5'(DDT_READS)) + (pc_known_q ? 5'd0 : 5'(PDT_READS))
               + 5'(PT_READS);
      f_bt_pot = (dc_known_q ? 5'd0 : 5'(DDT_BEATS)) + (pc_known_q ? 5'd0 : 5'(PDT_BEATS))
               + 5'(PT_BEATS);
    end else if (phase_q == PH_READ) begin
      // The current read: counted once issued (!pend_q); beat_q of its beats are in.
      f_rd_pot = f_rd_here - (pend_q ? 5'd0 : 5'd1) + f_rd_after;
      f_bt_pot = f_bt_here - 5'(beat_q) + f_bt_after;
    end else begin
      f_rd_pot = '0;
      f_bt_pot = '0;
    end
  end

  always_comb begin
    if (rst_ni) begin
      assert (6'(f_reads_q) + 6'(f_rd_pot) <= 6'(WALK_READS));
      assert (6'(f_beats_q) + 6'(f_bt_pot) <= 6'(WALK_BEATS));
      if (phase_q == PH_READ) begin
        // The read in rd_q is the one the structure needs: its size and its level.
        assert (what_q <= RD_PTE);
        if (what_q == RD_DDTE || what_q == RD_PDTE) assert (lvl_q != 2'd0 && lvl_q <= 2'd2);
        if (what_q == RD_DDTE || what_q == RD_PDTE || what_q == RD_PTE)
          assert (rd_q.beats_m1 == 3'd0);
        if (what_q == RD_DC) assert (f_bt_cur == 5'(DC_BEATS));
        if (what_q == RD_PC) assert (f_bt_cur == 5'(PC_BEATS));
        if (what_q == RD_DDTE || what_q == RD_DC) assert (!dc_known_q);
        if (what_q == RD_PDTE || what_q == RD_PC) assert (dc_known_q && !pc_known_q);
        if (what_q == RD_PTE) assert (dc_known_q && (pc_known_q || !dc_q.tc.pdtv));
        assert (5'(beat_q) < f_bt_cur);
        if (pend_q) assert (beat_q == 2'd0);
      end
    end
  end
  // The memory's side (assumed): beats only for the read outstanding, `last` on its final
  // beat (the engine routes beats by read id; the AXI4 master returns every beat); an offered
  // read taken within F_R cycles, each beat within F_L cycles of the read's issue or of the
  // beat before.
  localparam int unsigned F_R = 2;
  localparam int unsigned F_L = 2;
  // The walk's duration: the START cycle, then at most F_R - 1 cycles per read (a read is
  // offered in the cycle the walk starts or the read before completes) and F_L per beat.
  localparam int unsigned WALK_CYCLES = 1 + WALK_READS * (F_R - 1) + WALK_BEATS * F_L;
  logic [7:0] f_cyc_q;        // cycles of this walk so far (START and READ)
  logic [3:0] f_rw_q, f_bw_q;  // cycles the offered read / the next beat has been waited for
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_cyc_q <= '0;
      f_rw_q  <= '0;
      f_bw_q  <= '0;
    end else if (phase_q == PH_IDLE || phase_q == PH_DONE) begin
      f_cyc_q <= '0;
      f_rw_q  <= '0;
      f_bw_q  <= '0;
    end else begin
      f_cyc_q <= f_cyc_q + 8'd1;
      f_rw_q  <= rd_valid_o && !rd_ready_i ? f_rw_q + 4'd1 : 4'd0;
      f_bw_q  <= waiting_o && !beat_valid_i ? f_bw_q + 4'd1 : 4'd0;
    end
  end
  logic [7:0] f_budget;  // worst-case cycles still to come, this one included
  always_comb begin
    f_budget = 8'(f_rd_pot) * 8'(F_R - 1) + 8'(f_bt_pot) * 8'(F_L);
    if (phase_q == PH_START) f_budget = f_budget + 8'd1;
    if (phase_q == PH_READ) f_budget = f_budget - (pend_q ? 8'(f_rw_q) - 8'd1 : 8'(f_bw_q));
  end
  always_comb begin
    if (rst_ni) begin
      if (beat_valid_i) begin
        assume (waiting_o);
        assume (beat_i.last == (5'(beat_q) + 5'd1 == f_bt_cur));
      end
      if (rd_valid_o && 32'(f_rw_q) + 1 >= F_R) assume (rd_ready_i);
      if (waiting_o && 32'(f_bw_q) + 1 >= F_L) assume (beat_valid_i);
      // Every walk is done within WALK_CYCLES: the cycles spent and the worst case still to
      // come never exceed it.
      assert (9'(f_cyc_q) + 9'(f_budget) <= 9'(WALK_CYCLES));
      assert (32'(f_cyc_q) <= WALK_CYCLES);
      if (phase_q == PH_START) assert (f_cyc_q == 8'd0);
      if (phase_q == PH_READ) begin
        assert (f_cyc_q != 8'd0);
        if (pend_q) assert (f_rw_q != 4'd0 && 32'(f_rw_q) < F_R && f_bw_q == 4'd0);
        else assert (32'(f_bw_q) < F_L && f_rw_q == 4'd0);
      end else begin
        assert (f_rw_q == 4'd0 && f_bw_q == 4'd0 && !pend_q);
      end
    end
  end
`endif

  assign idle_o        = phase_q == PH_IDLE;
  assign waiting_o     = phase_q == PH_READ && !pend_q;
  assign faulted_o     = phase_q == PH_DONE;
  assign done_o        = phase_q == PH_DONE;
  assign req_o         = req_q;
  assign dbg_o         = dbg_q;
  assign rsp_o         = rsp_q;
  assign log_o         = log_q;
  assign hint_o        = hint_q;
  // Only valid, well-configured entries read from memory since no invalidation, and the leaf
  // only of a walk whose answer grants an access (faults are not cached).
  assign fill_dc_o     = dc_read_q && !stale_q && !stale_i;
  assign dc_o          = dc_q;
  assign fill_pc_o     = pc_read_q && !stale_q && !stale_i;
  assign pc_o          = pc_q;
  assign pid_o         = pid_q;
  assign fill_leaf_o   = leaf_known_q && granted_q && !stale_q && !stale_i;
  assign leaf_o        = leaf_q;
  assign leaf_level_o  = leaf_level_q;
  assign leaf_global_o = global_q;
  assign pscid_o       = pscid_q;
endmodule

`resetall

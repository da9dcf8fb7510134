// iommu_xlate_decide: the process to translate an IOVA (iommu_data_structures.adoc, P2IOVA)
// as one combinational step, given what is known so far about a request.
//
// The caller (the IOTLB lookup stage, or a walker after a table read) says which of the
// device context, the process context and the first-stage leaf it already has (each one
// valid and well configured: the walker checks V, reserved bits and DC_MISCONFIG /
// PC_MISCONFIG itself), or the fault a table read met. The module answers either with the
// final response (and whether a fault record is due), or with the structure to read next:
// the DDT from its root, the PDT from its root, or the first-stage table from its root.
//
// Answers follow the reference model (cosim/model/src/translate.rs), choice by choice:
// identity translations report 4 KiB, an ATS identity 2 MiB; ATS permissions (ATS_FAULTS):
// a denied asked permission is 0, W = PTE.W && D, X only when asked with a PASID; page faults
// and PDT_INVALID answer an ATS request Success with R = W = 0 and are not logged, causes
// 256..260 answer UR, the others CA (both logged); DTF suppresses the records of every cause
// the FAULT_CAUSE table does not mark "reported if DTF is 1".
// Page requests (kind PAGE_REQUEST, iommu_data_structures.adoc ATS_PRI): steps 1-5 only (the
// device context), then EN_ATS and EN_PRI: OK with the context's PRPR, else cause 260; Off,
// Bare and a device_id too wide answer as for any request (256, 260, 260), ttyp PCIE_MSG.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_xlate_decide (
  /* verilator lint_off UNUSEDSIGNAL */
  input  wire iommu_xlate_pkg::xlate_req_t        req_i,
  input  wire iommu_regs_pkg::iommu_mode_t        mode_i,
  input  wire logic                               dc_known_i,  // dc_i is valid and well configured
  input  wire iommu_mem_pkg::device_context_t     dc_i,  // the fields translation uses
  input  wire logic                               pc_known_i,  // pc_i is valid and well configured
  input  wire iommu_mem_pkg::process_context_t    pc_i,
  input  wire logic                               leaf_known_i,  // a well-formed leaf was found
  input  wire iommu_mem_pkg::pte_t                leaf_pte_i,
  /* verilator lint_on UNUSEDSIGNAL */
  input  wire logic [1:0]                         leaf_level_i,
  input  wire logic                               leaf_global_i,  // G in the leaf or above it
  input  wire logic                               wfault_i,  // a table read stopped the walk
  input  wire iommu_mem_pkg::fault_cause_t        wfault_cause_i,
  output logic [1:0]                              action_o,  // ACT_* below
  output logic [1:0]                              levels_m1_o,  // levels - 1 of the table to read
  output logic [43:0]                             root_ppn_o,  // root of the PDT / first stage
  output logic [19:0]                             pid_o,  // process_id used for the PDT
  output logic [19:0]                             pscid_o,  // address space of the first stage
  output iommu_xlate_pkg::xlate_rsp_t             rsp_o,  // final answer (action_o == ACT_DONE)
  output logic                                    log_o,  // a fault record is due
  output logic                                    granted_o  // the answer grants an access
);
  localparam logic [1:0] ACT_DONE = 2'd0;  // rsp_o is the answer
  localparam logic [1:0] ACT_DDT  = 2'd1;  // read the DDT from ddtp
  localparam logic [1:0] ACT_PDT  = 2'd2;  // read the PDT from root_ppn_o (pid_o)
  localparam logic [1:0] ACT_PT   = 2'd3;  // walk the first stage from root_ppn_o (pscid_o)

  localparam int unsigned PS = iommu_mem_pkg::PAGE_SHIFT;
  localparam int unsigned VB = iommu_mem_pkg::PT_VPN_BITS;

  // ---------------------------------------------------------------------------------------
  // Request attributes
  // ---------------------------------------------------------------------------------------
  logic is_ats, is_translated, is_untranslated, is_pr, privileged, acc_x, acc_w;
  assign is_ats          = req_i.kind == iommu_xlate_pkg::XLATE_KIND_ATS;
  assign is_pr           = req_i.kind == iommu_xlate_pkg::XLATE_KIND_PAGE_REQUEST;
  assign is_translated   = req_i.kind == iommu_xlate_pkg::XLATE_KIND_TRANSLATED;
  assign is_untranslated = req_i.kind == iommu_xlate_pkg::XLATE_KIND_UNTRANSLATED;
  assign privileged      = req_i.priv && req_i.pv;  // Privileged Mode only with a PASID
  assign acc_x           = req_i.exec;  // execute wins over write (the TTYP rule)
  assign acc_w           = req_i.write && !req_i.exec;

  logic [5:0] ttyp;
  always_comb begin
    if (is_ats) ttyp = iommu_mem_pkg::TTYP_ATS_TRANSLATION;
    else if (is_pr) ttyp = iommu_mem_pkg::TTYP_PCIE_MSG;
    else if (is_translated)
      ttyp = acc_x ? iommu_mem_pkg::TTYP_TADDR_INST_FETCH
           : acc_w ? iommu_mem_pkg::TTYP_TADDR_WR : iommu_mem_pkg::TTYP_TADDR_RD;
    else
      ttyp = acc_x ? iommu_mem_pkg::TTYP_UADDR_INST_FETCH
           : acc_w ? iommu_mem_pkg::TTYP_UADDR_WR : iommu_mem_pkg::TTYP_UADDR_RD;
  end

  iommu_mem_pkg::fault_cause_t page_fault;
  always_comb begin
    if (acc_x) page_fault = iommu_mem_pkg::FAULT_CAUSE_INST_PAGE_FAULT;
    else if (acc_w) page_fault = iommu_mem_pkg::FAULT_CAUSE_WR_PAGE_FAULT;
    else page_fault = iommu_mem_pkg::FAULT_CAUSE_RD_PAGE_FAULT;
  end

  // Access-fault cause of the request (1 / 7 / 5), for identity addresses above PA_WIDTH.
  iommu_mem_pkg::fault_cause_t access_fault;
  always_comb begin
    if (acc_x) access_fault = iommu_mem_pkg::FAULT_CAUSE_INST_ACCESS_FAULT;
    else if (acc_w) access_fault = iommu_mem_pkg::FAULT_CAUSE_WR_ACCESS_FAULT;
    else access_fault = iommu_mem_pkg::FAULT_CAUSE_RD_ACCESS_FAULT;
  end

  // The IOVA has bits above the physical address width (capabilities.PAS).
  logic beyond_pa;
  assign beyond_pa = |req_i.iova[63:iommu_core_pkg::PA_WIDTH];

  // ---------------------------------------------------------------------------------------
  // Device and process context (steps 1 to 16)
  // ---------------------------------------------------------------------------------------
  logic [1:0] ddt_levels_m1;
  logic       ddt_mode;
  always_comb begin
    ddt_mode = 1'b1;
    ddt_levels_m1 = 2'd0;
    case (mode_i)
      iommu_regs_pkg::IOMMU_MODE_LVL1: ddt_levels_m1 = 2'd0;
      iommu_regs_pkg::IOMMU_MODE_LVL2: ddt_levels_m1 = 2'd1;
      iommu_regs_pkg::IOMMU_MODE_LVL3: ddt_levels_m1 = 2'd2;
      default: ddt_mode = 1'b0;
    endcase
  end

  // P2IOVA step 5: a device_id wider than the DDT indexes.
  logic did_too_wide;
  always_comb begin
    case (ddt_levels_m1)
      2'd0: did_too_wide = req_i.device_id[23:iommu_mem_pkg::DDI1_SHIFT] != '0;
      2'd1: did_too_wide = req_i.device_id[23:iommu_mem_pkg::DDI2_SHIFT] != '0;
      default: did_too_wide = 1'b0;
    endcase
  end

  // pdtp.MODE: PD8 / PD17 / PD20 (a valid DC has a supported one when PDTV = 1).
  logic       pdt_on;
  logic [1:0] pdt_levels_m1;
  logic       pid_too_wide;
  always_comb begin
    pdt_on = 1'b1;
    pdt_levels_m1 = 2'd0;
    case (dc_i.fsc.mode)
      4'(iommu_mem_pkg::PDTP_MODE_PD8):  pdt_levels_m1 = 2'd0;
      4'(iommu_mem_pkg::PDTP_MODE_PD17): pdt_levels_m1 = 2'd1;
      4'(iommu_mem_pkg::PDTP_MODE_PD20): pdt_levels_m1 = 2'd2;
      default: pdt_on = 1'b0;
    endcase
    case (pdt_levels_m1)
      2'd0: pid_too_wide = pdt_on && req_i.process_id[19:iommu_mem_pkg::PDI1_SHIFT] != '0;
      2'd1: pid_too_wide = pdt_on && req_i.process_id[19:iommu_mem_pkg::PDI2_SHIFT] != '0;
      default: pid_too_wide = 1'b0;
    endcase
  end

  // The first-stage context: iosatp of the DC (PDTV = 0) or fsc of the process context.
  logic [3:0]  fs_mode;
  logic [43:0] fs_root;
  logic [19:0] fs_pscid;
  logic        fs_sum;
  always_comb begin
    if (dc_i.tc.pdtv) begin
      fs_mode  = pc_i.fsc.mode;
      fs_root  = pc_i.fsc.ppn;
      fs_pscid = pc_i.ta.pscid;
      fs_sum   = pc_i.ta.sum;
    end else begin
      fs_mode  = dc_i.fsc.mode;
      fs_root  = dc_i.fsc.ppn;
      fs_pscid = dc_i.ta.pscid;
      fs_sum   = 1'b0;
    end
  end
  logic fs_sv48, fs_on;
  assign fs_sv48 = fs_mode == 4'(iommu_mem_pkg::IOSATP_MODE_SV48);
  assign fs_on   = fs_mode != 4'(iommu_mem_pkg::IOSATP_MODE_BARE);

  // Canonical IOVA: bits 63 down to the top VA bit equal that bit (Sv39: 38, Sv48: 47).
  logic canonical;
  always_comb begin
    if (fs_sv48) canonical = &req_i.iova[63:47] || ~|req_i.iova[63:47];
    else canonical = &req_i.iova[63:38] || ~|req_i.iova[63:38];
  end

  // ---------------------------------------------------------------------------------------
  // The leaf (privileged walk steps 5 to 8, ATS_FAULTS)
  // ---------------------------------------------------------------------------------------
  /* verilator lint_off UNUSEDSIGNAL */
  iommu_mem_pkg::pte_t pte;  // the permission bits, N and PPN
  /* verilator lint_on UNUSEDSIGNAL */
  assign pte = leaf_pte_i;

  logic napot;
  assign napot = pte.n && leaf_level_i == 2'd0;

  // log2 of the mapping and the PPN of the 4 KiB page holding the IOVA.
  logic [5:0]  size_log2;
  logic [43:0] low_mask;
  logic        misaligned;
  // Per level, as constants (a shift by a variable multiple of VB synthesizes multipliers
  // on the lookup path).
  logic [5:0]  level_log2;
  logic [43:0] level_mask;  // PPN bits below the leaf's level
  always_comb begin
    case (leaf_level_i)
      2'd0: begin level_log2 = 6'(PS);          level_mask = '0; end
      2'd1: begin level_log2 = 6'(PS + VB);     level_mask = ~({44{1'b1}} << VB); end
      2'd2: begin level_log2 = 6'(PS + 2 * VB); level_mask = ~({44{1'b1}} << (2 * VB)); end
      default: begin level_log2 = 6'(PS + 3 * VB); level_mask = ~({44{1'b1}} << (3 * VB)); end
    endcase
  end
  always_comb begin
    if (napot) begin
      size_log2 = 6'(PS + iommu_mem_pkg::NAPOT_64K_BITS);
      low_mask  = ~({44{1'b1}} << iommu_mem_pkg::NAPOT_64K_BITS);
    end else begin
      size_log2 = level_log2;
      low_mask  = level_mask;
    end
    // Step 6: a superpage whose PPN bits below its level are not zero.
    misaligned = leaf_level_i != 2'd0 && (pte.ppn & level_mask) != '0;
  end
  logic [43:0] leaf_ppn;
  assign leaf_ppn = (pte.ppn & ~low_mask) | (req_i.iova[55:12] & low_mask);

  // The U-bit rule (PC.ta.SUM): privileged requests use U = 1 pages only with SUM and never
  // to execute; unprivileged ones only U = 1 pages.
  logic user_r, user_w, user_x;
  always_comb begin
    if (privileged) begin
      user_r = !pte.u || fs_sum;
      user_w = !pte.u || fs_sum;
      user_x = !pte.u;
    end else begin
      user_r = pte.u;
      user_w = pte.u;
      user_x = pte.u;
    end
  end

  // Untranslated access.
  logic leaf_ok;
  always_comb begin
    if (acc_x) leaf_ok = pte.x && user_x;
    else if (acc_w) leaf_ok = pte.w && user_w && pte.d;
    else leaf_ok = pte.r && user_r;
    leaf_ok = leaf_ok && !misaligned && pte.a;
  end

  // ATS Translation Request.
  logic ats_denied, ats_r, ats_w, ats_x;
  always_comb begin
    ats_denied = misaligned || !pte.a || (req_i.write && pte.w && !pte.d) ||
                 (!privileged && !pte.u) || (privileged && pte.u && !fs_sum);
    ats_r = pte.r;
    ats_w = pte.w && pte.d;
    ats_x = req_i.exec && req_i.pv && pte.x && pte.r && !(privileged && pte.u);
  end

  // ---------------------------------------------------------------------------------------
  // The outcome
  // ---------------------------------------------------------------------------------------
  localparam logic [1:0] OUT_FAULT = 2'd0;
  localparam logic [1:0] OUT_IDENT = 2'd1;
  localparam logic [1:0] OUT_LEAF  = 2'd2;
  localparam logic [1:0] OUT_PR    = 2'd3;  // page request: the context accepts it
  logic [1:0]                  outcome;
  iommu_mem_pkg::fault_cause_t cause;
  logic                        dtf;
  logic [19:0]                 pid_eff;
  logic                        pid_used;

  always_comb begin
    action_o    = ACT_DONE;
    outcome     = OUT_FAULT;
    cause       = iommu_mem_pkg::FAULT_CAUSE_ALL_INBOUND_DISALLOWED;
    levels_m1_o = ddt_levels_m1;
    root_ppn_o  = fs_root;
    pscid_o     = fs_pscid;
    dtf         = dc_known_i && dc_i.tc.dtf;
    pid_used    = req_i.pv || dc_i.tc.dpe;
    pid_eff     = req_i.pv ? req_i.process_id : '0;
    pid_o       = pid_eff;
    if (wfault_i) begin
      cause = wfault_cause_i;  // DDT faults come before a DC is known: DTF = 0
    end else if (mode_i == iommu_regs_pkg::IOMMU_MODE_BARE) begin
      // Step 2: only untranslated requests pass.
      if (is_untranslated) outcome = OUT_IDENT;
      else cause = iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED;
    end else if (!ddt_mode) begin
      cause = iommu_mem_pkg::FAULT_CAUSE_ALL_INBOUND_DISALLOWED;  // Off
    end else if (did_too_wide) begin
      cause = iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED;
    end else if (!dc_known_i) begin
      action_o = ACT_DDT;
    end else if (is_pr) begin
      // ATS_PRI: nothing past the device context; EN_PRI = 0 or EN_ATS = 0 is cause 260.
      if (dc_i.tc.en_ats && dc_i.tc.en_pri) outcome = OUT_PR;
      else cause = iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED;
    end else if ((!is_untranslated && !dc_i.tc.en_ats) ||
                 (req_i.pv && (!dc_i.tc.pdtv || pid_too_wide))) begin
      cause = iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED;  // step 7
    end else if (is_translated) begin
      outcome = OUT_IDENT;  // step 8 (T2GPA = 0)
    end else if (dc_i.tc.pdtv && (!pid_used || !pdt_on)) begin
      outcome = OUT_IDENT;  // steps 11-13: no process_id, or pdtp.MODE Bare
    end else if (dc_i.tc.pdtv && !pc_known_i) begin
      action_o    = ACT_PDT;
      levels_m1_o = pdt_levels_m1;
      root_ppn_o  = dc_i.fsc.ppn;
    end else if (dc_i.tc.pdtv && privileged && !pc_i.ta.ens) begin
      cause = iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED;  // step 15
    end else if (!fs_on) begin
      outcome = OUT_IDENT;
    end else if (!canonical) begin
      cause = page_fault;
    end else if (!leaf_known_i) begin
      action_o    = ACT_PT;
      levels_m1_o = fs_sv48 ? 2'(iommu_mem_pkg::SV48_LEVELS - 1)
                            : 2'(iommu_mem_pkg::SV39_LEVELS - 1);
    end else if (is_ats) begin
      outcome = OUT_LEAF;
    end else if (leaf_ok) begin
      outcome = OUT_LEAF;
    end else begin
      cause = page_fault;
    end
    // An identity address the memory bus cannot carry is stopped as an access fault, never
    // truncated (the model's choice, cosim/model/src/translate.rs `identity`).
    if (outcome == OUT_IDENT && beyond_pa) begin
      outcome = OUT_FAULT;
      cause   = access_fault;
    end
  end

  // ATS class of a fault (ATS_FAULTS): UR for 256..260, Success without access for page
  // faults and PDT_INVALID, CA for the rest.
  logic ats_ur, ats_none;
  always_comb begin
    ats_ur = cause == iommu_mem_pkg::FAULT_CAUSE_ALL_INBOUND_DISALLOWED ||
             cause == iommu_mem_pkg::FAULT_CAUSE_DDT_LOAD_FAULT ||
             cause == iommu_mem_pkg::FAULT_CAUSE_DDT_INVALID ||
             cause == iommu_mem_pkg::FAULT_CAUSE_DDT_MISCONFIGURED ||
             cause == iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED;
    ats_none = cause == iommu_mem_pkg::FAULT_CAUSE_INST_PAGE_FAULT ||
               cause == iommu_mem_pkg::FAULT_CAUSE_RD_PAGE_FAULT ||
               cause == iommu_mem_pkg::FAULT_CAUSE_WR_PAGE_FAULT ||
               cause == iommu_mem_pkg::FAULT_CAUSE_PDT_INVALID;
  end

  // FAULT_CAUSE table, "Reported if DTF is 1?" (of the causes this engine can meet).
  logic reported_with_dtf;
  assign reported_with_dtf = cause == iommu_mem_pkg::FAULT_CAUSE_ALL_INBOUND_DISALLOWED ||
                             cause == iommu_mem_pkg::FAULT_CAUSE_DDT_LOAD_FAULT ||
                             cause == iommu_mem_pkg::FAULT_CAUSE_DDT_INVALID ||
                             cause == iommu_mem_pkg::FAULT_CAUSE_DDT_MISCONFIGURED;

  always_comb begin
    rsp_o           = '0;
    rsp_o.tag       = req_i.tag;
    rsp_o.status    = iommu_xlate_pkg::XLATE_STATUS_OK;
    log_o           = 1'b0;
    granted_o       = 1'b0;
    // ATS Success without access: the IOVA's page, 4 KiB, Global = 0 (UNSPECIFIED).
    rsp_o.ppn       = req_i.iova[55:12];
    rsp_o.size_log2 = 6'(PS);
    rsp_o.priv      = is_ats && privileged;
    if (is_pr) begin
      // A page-request answer carries no translation.
      rsp_o.ppn       = '0;
      rsp_o.size_log2 = '0;
    end
    case (outcome)
      OUT_PR: begin
        granted_o  = 1'b1;
        rsp_o.prpr = dc_i.tc.prpr;
      end
      OUT_IDENT: begin
        granted_o = 1'b1;
        rsp_o.r   = 1'b1;
        rsp_o.w   = 1'b1;
        if (is_ats) begin
          rsp_o.size_log2 = 6'(PS + VB);  // an identity ATS Success covers 2 MiB
          rsp_o.x         = req_i.exec && req_i.pv;
        end else begin
          rsp_o.x = 1'b1;
        end
      end
      OUT_LEAF: begin
        if (is_ats) begin
          granted_o = !ats_denied && (ats_r || ats_w || ats_x);
          if (granted_o) begin
            rsp_o.r = ats_r;
            rsp_o.w = ats_w;
            rsp_o.x = ats_x;
            rsp_o.u = pte.u;
            rsp_o.g = req_i.pv && leaf_global_i;
          end
        end else begin
          granted_o = 1'b1;
          rsp_o.r   = pte.r && user_r;
          rsp_o.w   = pte.w && pte.d && user_w;
          rsp_o.x   = pte.x && user_x;
          rsp_o.u   = pte.u;
          rsp_o.g   = leaf_global_i;
        end
        if (granted_o) begin
          rsp_o.ppn       = leaf_ppn;
          rsp_o.size_log2 = size_log2;
        end
      end
      default: begin
        if (is_ats && ats_none) begin
          // Success with R = W = 0, nothing logged.
        end else begin
          rsp_o.cause = cause;
          rsp_o.ttyp  = ttyp;
          rsp_o.priv  = 1'b0;
          if (!is_ats) rsp_o.status = iommu_xlate_pkg::XLATE_STATUS_FAULT;
          else if (ats_ur) rsp_o.status = iommu_xlate_pkg::XLATE_STATUS_ATS_UR;
          else rsp_o.status = iommu_xlate_pkg::XLATE_STATUS_ATS_CA;
          log_o        = !dtf || reported_with_dtf;
          rsp_o.queued = log_o;
        end
      end
    endcase
  end
`ifdef FORMAL
  // The contract the engine's formal runs assume when they cut this block out
  // (FORMAL_CUT_DECIDE): every answer carries the request's tag.
  always_comb assert (rsp_o.tag == req_i.tag);
  // The walk's contract (the walker's bound, FORMAL_WALK_BOUND assumes it): a walk moves
  // forward, structure by structure. A table-read fault ends it; the DDT is asked for only
  // without a device context, the PDT only with one and without a process context, the first
  // stage only with a device context and the process context it needs (none without PDTV);
  // with those known, a known leaf ends the walk. The DDT and PDT have at most three levels
  // (LVL3, PD20).
  logic f_fs_ready;  // what the first stage needs is known
  assign f_fs_ready = dc_known_i && (pc_known_i || !dc_i.tc.pdtv);
  always_comb begin
    if (wfault_i || (leaf_known_i && f_fs_ready)) assert (action_o == ACT_DONE);
    if (action_o == ACT_DDT) assert (!dc_known_i && levels_m1_o <= 2'd2);
    if (action_o == ACT_PDT) assert (dc_known_i && !pc_known_i && levels_m1_o <= 2'd2);
    if (action_o == ACT_PT) assert (f_fs_ready);
  end
`endif
endmodule

`resetall

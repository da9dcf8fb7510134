// iommu_ctrl: the registers the IOMMU core holds, the command queue (iommu_cq), the fault
// queue, the page-request queue registers, the wired interrupts and the debug translation
// interface.
//
// Register seam: for each core-held ("hwext") register <reg> the register block gives the
// written bus bytes <reg>_q_i (only the bytes whose <reg>_be_i bit is set are meaningful) with
// a one-cycle <reg>_qe_i per software write, and reads return <reg>_d_o. This module gives
// every field its rule, as the reference model does (cosim/model/src/control.rs; spec
// iommu_registers.adoc):
//   - a write acts only in its byte lanes, so a 64-bit register written as two 32-bit halves
//     takes each half when it comes; ddtp's mode change starts with the write that holds the
//     mode byte (byte 0), even when the mode value is not a legal one (then the mode stays);
//   - PPNs keep capabilities.pas - 12 bits; every LOG2SZ-1 value is taken; tails/heads keep
//     LOG2SZ bits, and a base write masks the index software writes (cqt, fqh, pqh) to the new
//     size;
//   - writes to ddtp, cqcsr, fqcsr, pqcsr while their busy bit is 1, to cqb/fqb/pqb while the
//     queue is on or busy, to tr_req_iova/tr_req_ctl while go_busy is 1, are ignored;
//   - cqcsr.cqen 0->1 clears cqh and cmd_ill, cmd_to, cqmf, fence_w_ip; fqen 0->1 clears fqt,
//     fqof, fqmf; pqen 0->1 clears pqt, pqof, pqmf. busy stays 1 until the queue's engine is
//     idle (pqcsr: one cycle), then cqon/fqon/pqon follow the enable;
//   - ddtp.busy stays 1 until the translation engine reports idle; the new mode and PPN are
//     given to the engine from the write on (the model: "used for translation from the write
//     on, while busy still reads 1").
// Interrupts (IPSR, ICVEC; fctl.wsi = 1): cip is set while cie and any of fence_w_ip, cmd_ill,
// cmd_to, cqmf; fip while fie and fqof or fqmf, and when a fault record is written with fie;
// pip while pie and pqof or pqmf (so a bit software clears comes back while its cause stays).
// irq_o[v] is high while a pending bit whose icvec vector is v is set.
// Fault queue: a record from the engine is taken when no record write is in flight; it is
// dropped when fqon = 0, fqen = 0 or fqof/fqmf is set, sets fqof when the queue is full
// (fqt + 1 == fqh), else is written as four 8-byte beats at fqb.ppn * 4096 + fqt * 32; a
// refused write sets fqmf, a completed one advances fqt (and sets fip with fie). The engine
// waits at most one record write.
// Page-request queue: iommu_pq decides what happens to each page request and writes the
// records through pq_wr_* (this module shares the write port: the fence, then a
// page-request record, then a fault record; an owner keeps the port from its request to
// its response); pq_written_i advances pqt (and sets pip with pie), pqof_set_i / pqmf_set_i
// set pqof / pqmf. pqcsr.busy stays 1 while a record write is in flight (pq_idle_i low).
// ATS invalidation time-outs: an IOFENCE.C that finds one sets cmd_to and pulses
// ats_inval_timeout_ack_o (iommu_cq).
// Debug (iommu_debug.adoc): go_busy = 1 sends tr_req_iova/tr_req_ctl to the engine's debug
// port as an Untranslated request (Priv only with PV; Exe asks for execute, NW = 0 for write
// unless Exe); the answer fills tr_response (fault, or the PPN with S and the size encoded in
// the low PPN bits) and clears go_busy.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_ctrl #(
  // Memory-read id of command fetches (must differ from the walkers' ids).
  parameter logic [iommu_core_pkg::MEM_ID_WIDTH-1:0] CQ_RD_ID = '1
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,  // asynchronous reset, active low

  // Core-held registers: written bytes, write pulse, byte enables, read value
  input  wire iommu_regs_pkg::ddtp_t        ddtp_q_i,
  input  wire logic                         ddtp_qe_i,
  input  wire logic [7:0]                   ddtp_be_i,
  output iommu_regs_pkg::ddtp_t             ddtp_d_o,
  input  wire iommu_regs_pkg::cqb_t         cqb_q_i,
  input  wire logic                         cqb_qe_i,
  input  wire logic [7:0]                   cqb_be_i,
  output iommu_regs_pkg::cqb_t              cqb_d_o,
  input  wire iommu_regs_pkg::cqt_t         cqt_q_i,
  input  wire logic                         cqt_qe_i,
  input  wire logic [3:0]                   cqt_be_i,
  output iommu_regs_pkg::cqt_t              cqt_d_o,
  input  wire iommu_regs_pkg::fqb_t         fqb_q_i,
  input  wire logic                         fqb_qe_i,
  input  wire logic [7:0]                   fqb_be_i,
  output iommu_regs_pkg::fqb_t              fqb_d_o,
  input  wire iommu_regs_pkg::fqh_t         fqh_q_i,
  input  wire logic                         fqh_qe_i,
  input  wire logic [3:0]                   fqh_be_i,
  output iommu_regs_pkg::fqh_t              fqh_d_o,
  input  wire iommu_regs_pkg::pqb_t         pqb_q_i,
  input  wire logic                         pqb_qe_i,
  input  wire logic [7:0]                   pqb_be_i,
  output iommu_regs_pkg::pqb_t              pqb_d_o,
  input  wire iommu_regs_pkg::pqh_t         pqh_q_i,
  input  wire logic                         pqh_qe_i,
  input  wire logic [3:0]                   pqh_be_i,
  output iommu_regs_pkg::pqh_t              pqh_d_o,
  input  wire iommu_regs_pkg::cqcsr_t       cqcsr_q_i,
  input  wire logic                         cqcsr_qe_i,
  input  wire logic [3:0]                   cqcsr_be_i,
  output iommu_regs_pkg::cqcsr_t            cqcsr_d_o,
  input  wire iommu_regs_pkg::fqcsr_t       fqcsr_q_i,
  input  wire logic                         fqcsr_qe_i,
  input  wire logic [3:0]                   fqcsr_be_i,
  output iommu_regs_pkg::fqcsr_t            fqcsr_d_o,
  input  wire iommu_regs_pkg::pqcsr_t       pqcsr_q_i,
  input  wire logic                         pqcsr_qe_i,
  input  wire logic [3:0]                   pqcsr_be_i,
  output iommu_regs_pkg::pqcsr_t            pqcsr_d_o,
  input  wire iommu_regs_pkg::tr_req_iova_t tr_req_iova_q_i,
  input  wire logic                         tr_req_iova_qe_i,
  input  wire logic [7:0]                   tr_req_iova_be_i,
  output iommu_regs_pkg::tr_req_iova_t      tr_req_iova_d_o,
  input  wire iommu_regs_pkg::tr_req_ctl_t  tr_req_ctl_q_i,
  input  wire logic                         tr_req_ctl_qe_i,
  input  wire logic [7:0]                   tr_req_ctl_be_i,
  output iommu_regs_pkg::tr_req_ctl_t       tr_req_ctl_d_o,

  // Read-only registers the core drives
  output iommu_regs_pkg::cqh_t              cqh_d_o,
  output iommu_regs_pkg::fqt_t              fqt_d_o,
  output iommu_regs_pkg::pqt_t              pqt_d_o,
  output iommu_regs_pkg::tr_response_t      tr_response_d_o,

  // Interrupts: ipsr (rw1c in the register block: current bits in, set pulses out), icvec
  input  wire iommu_regs_pkg::ipsr_t        ipsr_q_i,
  output logic                              ipsr_cip_set_o,
  output logic                              ipsr_fip_set_o,
  output logic                              ipsr_pip_set_o,
  input  wire iommu_regs_pkg::icvec_t       icvec_q_i,
  output logic [15:0]                       irq_o,

  // Test input: stop fetching commands (the product ties it to 0)
  input  wire logic                         cq_stall_i,

  // Translation engine
  output iommu_regs_pkg::iommu_mode_t       ddtp_mode_o,
  output logic [43:0]                       ddtp_ppn_o,
  input  wire logic                         engine_idle_i,
  output logic                              inval_valid_o,
  input  wire logic                         inval_ready_i,
  output iommu_core_pkg::inval_req_t        inval_o,
  input  wire logic                         fault_valid_i,
  output logic                              fault_ready_o,
  input  wire iommu_mem_pkg::fault_record_t fault_i,
  output logic                              dbg_req_valid_o,
  input  wire logic                         dbg_req_ready_i,
  output iommu_xlate_pkg::xlate_req_t       dbg_req_o,
  input  wire logic                         dbg_rsp_valid_i,
  output logic                              dbg_rsp_ready_o,
  input  wire iommu_xlate_pkg::xlate_rsp_t  dbg_rsp_i,

  // Memory: command fetches, record and fence writes
  output logic                              rd_req_valid_o,
  input  wire logic                         rd_req_ready_i,
  output iommu_core_pkg::mem_rd_req_t       rd_req_o,
  input  wire logic                         rd_rsp_valid_i,
  output logic                              rd_rsp_ready_o,
  input  wire iommu_core_pkg::mem_rd_rsp_t  rd_rsp_i,
  output logic                              wr_req_valid_o,
  input  wire logic                         wr_req_ready_i,
  output iommu_core_pkg::mem_wr_req_t       wr_req_o,
  input  wire logic                         wr_rsp_valid_i,
  input  wire logic                         wr_rsp_err_i,

  // ATS.INVAL / ATS.PRGR commands towards the link, ATS.INVAL completion tracking
  output logic                              ats_cmd_valid_o,
  input  wire logic                         ats_cmd_ready_i,
  output iommu_mem_pkg::cmd_t               ats_cmd_o,
  input  wire logic                         ats_inval_busy_i,
  input  wire logic                         ats_inval_timeout_i,
  output logic                              ats_inval_timeout_ack_o,

  // Page-request queue (iommu_pq): state, events, record writes
  output logic [43:0]                       pq_base_ppn_o,
  output logic [31:0]                       pq_index_mask_o,  // pqt/pqh bits of the queue size
  output logic [31:0]                       pqh_o,
  output logic [31:0]                       pqt_o,
  output logic                              pq_on_o,   // pqon and pqen
  output logic                              pqof_o,
  output logic                              pqmf_o,
  input  wire logic                         pq_written_i,  // a record write completed
  input  wire logic                         pqof_set_i,
  input  wire logic                         pqmf_set_i,
  input  wire logic                         pq_idle_i,  // no record write decided or in flight
  input  wire logic                         pq_unit_busy_i,  // a page request taken is not finished
  input  wire logic                         pq_wr_valid_i,
  output logic                              pq_wr_ready_o,
  input  wire iommu_core_pkg::mem_wr_req_t  pq_wr_req_i,
  output logic                              pq_wr_rsp_valid_o,
  output logic                              pq_wr_rsp_err_o
);

  // The fixed capabilities and feature control (struct-typed so that Yosys folds the fields).
  localparam iommu_regs_pkg::capabilities_t CAPS = iommu_regs_pkg::CAPABILITIES_RESET;
  localparam iommu_regs_pkg::fctl_t         FCTL = iommu_regs_pkg::FCTL_RESET;
  localparam int unsigned PA_WIDTH   = iommu_core_pkg::PA_WIDTH;
  localparam int unsigned PAGE_SHIFT = iommu_mem_pkg::PAGE_SHIFT;
  localparam logic [5:0]  PAGE_SHIFT6 = PAGE_SHIFT[5:0];
  localparam int unsigned REC_SHIFT  = $clog2(iommu_mem_pkg::FAULT_RECORD_BYTES);
  localparam int unsigned PAS        = 32'(CAPS.pas);
  // PPN bits that exist (capabilities.pas): the rest read 0.
  localparam logic [43:0] PPN_MASK   = 44'((45'd1 << (PAS - PAGE_SHIFT)) - 45'd1);
  localparam bit          WSI        = FCTL.wsi;

  if (PAS < PAGE_SHIFT + 1 || PAS > PAGE_SHIFT + 44 || PA_WIDTH < PAS) begin : g_bad_pas
    $error("iommu_ctrl: capabilities.pas must lie in 13..56 and within iommu_core_pkg::PA_WIDTH");
  end

  // ---------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------

  // The register after a write: the written bytes from q, the others from old.
  function automatic logic [63:0] merge64(logic [63:0] old, logic [63:0] q, logic [7:0] be);
    logic [63:0] m;
    for (int k = 0; k < 8; k++) m[8*k +: 8] = be[k] ? q[8*k +: 8] : old[8*k +: 8];
    merge64 = m;
  endfunction

  function automatic logic [31:0] merge32(logic [31:0] old, logic [31:0] q, logic [3:0] be);
    logic [31:0] m;
    for (int k = 0; k < 4; k++) m[8*k +: 8] = be[k] ? q[8*k +: 8] : old[8*k +: 8];
    merge32 = m;
  endfunction

  // Index bits of a queue of 2^(log2szm1 + 1) entries.
  function automatic logic [31:0] index_mask(logic [4:0] log2szm1);
    index_mask = 32'((33'd2 << log2szm1) - 33'd1);
  endfunction

  function automatic logic legal_mode(logic [3:0] m);
    legal_mode = m == iommu_regs_pkg::IOMMU_MODE_OFF || m == iommu_regs_pkg::IOMMU_MODE_BARE
        || m == iommu_regs_pkg::IOMMU_MODE_LVL1 || m == iommu_regs_pkg::IOMMU_MODE_LVL2
        || m == iommu_regs_pkg::IOMMU_MODE_LVL3;
  endfunction

  // ---------------------------------------------------------------------------------------
  // State
  // ---------------------------------------------------------------------------------------

  iommu_regs_pkg::iommu_mode_t ddtp_mode_q, ddtp_mode_d;
  logic [43:0] ddtp_ppn_q, ddtp_ppn_d;
  logic        ddtp_busy_q, ddtp_busy_d;

  logic [43:0] cqb_ppn_q, cqb_ppn_d;
  logic [4:0]  cqb_log2_q, cqb_log2_d;
  logic [31:0] cqh_q, cqh_d, cqt_q, cqt_d;
  logic        cqen_q, cqen_d, cie_q, cie_d, cqon_q, cqon_d, cq_busy_q, cq_busy_d;
  logic        cmd_ill_q, cmd_ill_d, cmd_to_q, cmd_to_d, cqmf_q, cqmf_d, fwip_q, fwip_d;

  logic [43:0] fqb_ppn_q, fqb_ppn_d;
  logic [4:0]  fqb_log2_q, fqb_log2_d;
  logic [31:0] fqh_q, fqh_d, fqt_q, fqt_d;
  logic        fqen_q, fqen_d, fie_q, fie_d, fqon_q, fqon_d, fq_busy_q, fq_busy_d;
  logic        fqof_q, fqof_d, fqmf_q, fqmf_d;

  logic [43:0] pqb_ppn_q, pqb_ppn_d;
  logic [4:0]  pqb_log2_q, pqb_log2_d;
  logic [31:0] pqh_q, pqh_d, pqt_q, pqt_d;
  logic        pqen_q, pqen_d, pie_q, pie_d, pqon_q, pqon_d, pq_busy_q, pq_busy_d;
  logic        pqof_q, pqof_d, pqmf_q, pqmf_d;

  iommu_regs_pkg::tr_req_iova_t tr_iova_q, tr_iova_d;
  iommu_regs_pkg::tr_req_ctl_t  tr_ctl_q, tr_ctl_d;
  iommu_regs_pkg::tr_response_t tr_rsp_q, tr_rsp_d;
  logic                         dbg_sent_q, dbg_sent_d;  // request taken, waiting for the answer

  // Fault-record writer
  typedef enum logic [1:0] {FQ_IDLE, FQ_REQ, FQ_RSP} fq_state_e;
  fq_state_e                     fq_state_q, fq_state_d;
  iommu_mem_pkg::fault_record_t  rec_q, rec_d;
  logic                          rec_written;  // a record write completed this cycle

  // Command queue engine
  logic cq_done, cq_ill, cq_mf, cq_wip, cq_to, cq_idle, cq_wr_claim, cq_run;
  // The page-request unit owns the write port (from the cycle after it asked, to its response)
  logic pq_own_q, pq_own_d;
  logic cq_rd_valid, cq_wr_valid;
  iommu_core_pkg::mem_wr_req_t cq_wr_req;

  // Old values of the core-held registers, as software reads them
  iommu_regs_pkg::cqcsr_t cqcsr_old;
  iommu_regs_pkg::fqcsr_t fqcsr_old;
  iommu_regs_pkg::pqcsr_t pqcsr_old;

  always_comb begin
    ddtp_d_o = '0;
    ddtp_d_o.ppn        = ddtp_ppn_q;
    ddtp_d_o.busy       = ddtp_busy_q;
    ddtp_d_o.iommu_mode = ddtp_mode_q;
    cqb_d_o = '0;
    cqb_d_o.ppn      = cqb_ppn_q;
    cqb_d_o.log2szm1 = cqb_log2_q;
    fqb_d_o = '0;
    fqb_d_o.ppn      = fqb_ppn_q;
    fqb_d_o.log2szm1 = fqb_log2_q;
    pqb_d_o = '0;
    pqb_d_o.ppn      = pqb_ppn_q;
    pqb_d_o.log2szm1 = pqb_log2_q;
    cqcsr_old = '0;
    cqcsr_old.busy       = cq_busy_q;
    cqcsr_old.cqon       = cqon_q;
    cqcsr_old.fence_w_ip = fwip_q;
    cqcsr_old.cmd_ill    = cmd_ill_q;
    cqcsr_old.cmd_to     = cmd_to_q;
    cqcsr_old.cqmf       = cqmf_q;
    cqcsr_old.cie        = cie_q;
    cqcsr_old.cqen       = cqen_q;
    fqcsr_old = '0;
    fqcsr_old.busy = fq_busy_q;
    fqcsr_old.fqon = fqon_q;
    fqcsr_old.fqof = fqof_q;
    fqcsr_old.fqmf = fqmf_q;
    fqcsr_old.fie  = fie_q;
    fqcsr_old.fqen = fqen_q;
    pqcsr_old = '0;
    pqcsr_old.busy = pq_busy_q;
    pqcsr_old.pqon = pqon_q;
    pqcsr_old.pqof = pqof_q;
    pqcsr_old.pqmf = pqmf_q;
    pqcsr_old.pie  = pie_q;
    pqcsr_old.pqen = pqen_q;
  end

  assign cqt_d_o         = iommu_regs_pkg::cqt_t'(cqt_q);
  assign cqh_d_o         = iommu_regs_pkg::cqh_t'(cqh_q);
  assign fqh_d_o         = iommu_regs_pkg::fqh_t'(fqh_q);
  assign fqt_d_o         = iommu_regs_pkg::fqt_t'(fqt_q);
  assign pqh_d_o         = iommu_regs_pkg::pqh_t'(pqh_q);
  assign pqt_d_o         = iommu_regs_pkg::pqt_t'(pqt_q);
  assign cqcsr_d_o       = cqcsr_old;
  assign fqcsr_d_o       = fqcsr_old;
  assign pqcsr_d_o       = pqcsr_old;
  assign tr_req_iova_d_o = tr_iova_q;
  assign tr_req_ctl_d_o  = tr_ctl_q;
  assign tr_response_d_o = tr_rsp_q;

  // Each core-held register as the current write leaves it (its byte lanes from the bus).
  // verilator lint_off UNUSEDSIGNAL
  iommu_regs_pkg::ddtp_t ddtp_w;
  iommu_regs_pkg::cqb_t cqb_w;
  iommu_regs_pkg::cqcsr_t cqcsr_w;
  iommu_regs_pkg::fqb_t fqb_w;
  iommu_regs_pkg::fqcsr_t fqcsr_w;
  iommu_regs_pkg::pqb_t pqb_w;
  iommu_regs_pkg::pqcsr_t pqcsr_w;
  iommu_regs_pkg::tr_req_iova_t tri_w;
  iommu_regs_pkg::tr_req_ctl_t trc_w;
  // verilator lint_on UNUSEDSIGNAL
  assign ddtp_w = merge64(ddtp_d_o, ddtp_q_i, ddtp_be_i);
  assign cqb_w = merge64(cqb_d_o, cqb_q_i, cqb_be_i);
  assign cqcsr_w = merge32(cqcsr_old, cqcsr_q_i, cqcsr_be_i);
  assign fqb_w = merge64(fqb_d_o, fqb_q_i, fqb_be_i);
  assign fqcsr_w = merge32(fqcsr_old, fqcsr_q_i, fqcsr_be_i);
  assign pqb_w = merge64(pqb_d_o, pqb_q_i, pqb_be_i);
  assign pqcsr_w = merge32(pqcsr_old, pqcsr_q_i, pqcsr_be_i);
  assign tri_w = merge64(tr_iova_q, tr_req_iova_q_i, tr_req_iova_be_i);
  assign trc_w = merge64(tr_ctl_q, tr_req_ctl_q_i, tr_req_ctl_be_i);

  // ---------------------------------------------------------------------------------------
  // ddtp
  // ---------------------------------------------------------------------------------------

  always_comb begin
    ddtp_mode_d = ddtp_mode_q;
    ddtp_ppn_d  = ddtp_ppn_q;
    ddtp_busy_d = ddtp_busy_q && !engine_idle_i;
    if (ddtp_qe_i && !ddtp_busy_q) begin
      ddtp_ppn_d = ddtp_w.ppn & PPN_MASK;
      if (ddtp_be_i[0]) begin
        ddtp_busy_d = 1'b1;
        if (legal_mode(ddtp_w.iommu_mode)) ddtp_mode_d = ddtp_w.iommu_mode;
      end
    end
  end

  assign ddtp_mode_o = ddtp_mode_q;
  assign ddtp_ppn_o  = ddtp_ppn_q;

  // ---------------------------------------------------------------------------------------
  // Command queue registers
  // ---------------------------------------------------------------------------------------

  always_comb begin
    cqb_ppn_d  = cqb_ppn_q;
    cqb_log2_d = cqb_log2_q;
    cqt_d      = cqt_q;
    cqh_d      = cqh_q;
    cqen_d     = cqen_q;
    cie_d      = cie_q;
    cqon_d     = cqon_q;
    cq_busy_d  = cq_busy_q;
    cmd_ill_d  = cmd_ill_q;
    cmd_to_d   = cmd_to_q;
    cqmf_d     = cqmf_q;
    fwip_d     = fwip_q;

    if (cqb_qe_i && !(cqon_q || cq_busy_q)) begin
      cqb_ppn_d  = cqb_w.ppn & PPN_MASK;
      cqb_log2_d = cqb_w.log2szm1;
      cqt_d      = cqt_q & index_mask(cqb_w.log2szm1);
    end
    if (cqt_qe_i) cqt_d = merge32(cqt_q, cqt_q_i, cqt_be_i) & index_mask(cqb_log2_q);

    // Enable change completes once the command engine is idle.
    if (cq_busy_q && cq_idle) begin
      cq_busy_d = 1'b0;
      cqon_d    = cqen_q;
    end
    if (cq_done) cqh_d = (cqh_q + 32'd1) & index_mask(cqb_log2_q);

    if (cqcsr_qe_i && !cq_busy_q) begin
      if (cqcsr_be_i[0]) begin
        cqen_d = cqcsr_w.cqen;
        cie_d  = cqcsr_w.cie;
      end
      if (cqcsr_be_i[1]) begin
        if (cqcsr_q_i.fence_w_ip) fwip_d = 1'b0;
        if (cqcsr_q_i.cmd_ill) cmd_ill_d = 1'b0;
        if (cqcsr_q_i.cmd_to) cmd_to_d = 1'b0;
        if (cqcsr_q_i.cqmf) cqmf_d = 1'b0;
      end
      if (cqcsr_be_i[0] && cqcsr_w.cqen != cqen_q) begin
        if (cqcsr_w.cqen) begin
          cqh_d     = '0;
          fwip_d    = 1'b0;
          cmd_ill_d = 1'b0;
          cmd_to_d  = 1'b0;
          cqmf_d    = 1'b0;
        end
        cq_busy_d = 1'b1;
      end
    end
    // Hardware sets win over software clears.
    if (cq_ill) cmd_ill_d = 1'b1;
    if (cq_mf) cqmf_d = 1'b1;
    if (cq_wip) fwip_d = 1'b1;
    if (cq_to) cmd_to_d = 1'b1;
  end

  assign cq_run = cqon_q && cqen_q && !cmd_ill_q && !cmd_to_q && !cqmf_q && !cq_stall_i;

  iommu_cq #(.RD_ID(CQ_RD_ID)) u_cq (
    .clk_i,
    .rst_ni,
    .run_i           (cq_run),
    .base_ppn_i      (cqb_ppn_q),
    .head_i          (cqh_q),
    .tail_i          (cqt_q),
    .ddtp_mode_i     (ddtp_mode_q),
    .fq_idle_i       (fq_state_q == FQ_IDLE && !pq_own_q),
    .ats_inval_busy_i,
    .pq_busy_i       (pq_unit_busy_i),
    .ats_inval_timeout_i,
    .ats_inval_timeout_ack_o,
    .done_o          (cq_done),
    .ill_o           (cq_ill),
    .mf_o            (cq_mf),
    .fence_wip_o     (cq_wip),
    .to_o            (cq_to),
    .idle_o          (cq_idle),
    .wr_claim_o      (cq_wr_claim),
    .rd_req_valid_o  (cq_rd_valid),
    .rd_req_ready_i,
    .rd_req_o,
    .rd_rsp_valid_i,
    .rd_rsp_ready_o,
    .rd_rsp_i,
    .wr_req_valid_o  (cq_wr_valid),
    .wr_req_ready_i,
    .wr_req_o        (cq_wr_req),
    .wr_rsp_valid_i  (wr_rsp_valid_i && cq_wr_claim),
    .wr_rsp_err_i,
    .inval_valid_o,
    .inval_ready_i,
    .inval_o,
    .ats_cmd_valid_o,
    .ats_cmd_ready_i,
    .ats_cmd_o
  );
  assign rd_req_valid_o = cq_rd_valid;

  // ---------------------------------------------------------------------------------------
  // Fault queue registers and record writer
  // ---------------------------------------------------------------------------------------

  logic rec_take;  // a record is taken from the engine this cycle
  logic rec_full;  // the queue has no free slot (fqt + 1 == fqh)
  assign fault_ready_o = fq_state_q == FQ_IDLE && !cq_wr_claim && !pq_own_q && !pq_wr_valid_i;
  assign rec_take      = fault_valid_i && fault_ready_o;
  assign rec_full      = ((fqt_q + 32'd1) & index_mask(fqb_log2_q)) == fqh_q;
  assign rec_written   = fq_state_q == FQ_RSP && wr_rsp_valid_i && !wr_rsp_err_i;

  always_comb begin
    fqb_ppn_d  = fqb_ppn_q;
    fqb_log2_d = fqb_log2_q;
    fqh_d      = fqh_q;
    fqt_d      = fqt_q;
    fqen_d     = fqen_q;
    fie_d      = fie_q;
    fqon_d     = fqon_q;
    fq_busy_d  = fq_busy_q;
    fqof_d     = fqof_q;
    fqmf_d     = fqmf_q;
    fq_state_d = fq_state_q;
    rec_d      = rec_q;

    if (fqb_qe_i && !(fqon_q || fq_busy_q)) begin
      fqb_ppn_d  = fqb_w.ppn & PPN_MASK;
      fqb_log2_d = fqb_w.log2szm1;
      fqh_d      = fqh_q & index_mask(fqb_w.log2szm1);
    end
    if (fqh_qe_i) fqh_d = merge32(fqh_q, fqh_q_i, fqh_be_i) & index_mask(fqb_log2_q);

    if (fq_busy_q && fq_state_q == FQ_IDLE) begin
      fq_busy_d = 1'b0;
      fqon_d    = fqen_q;
    end

    if (fqcsr_qe_i && !fq_busy_q) begin
      if (fqcsr_be_i[0]) begin
        fqen_d = fqcsr_w.fqen;
        fie_d  = fqcsr_w.fie;
      end
      if (fqcsr_be_i[1]) begin
        if (fqcsr_q_i.fqof) fqof_d = 1'b0;
        if (fqcsr_q_i.fqmf) fqmf_d = 1'b0;
      end
      if (fqcsr_be_i[0] && fqcsr_w.fqen != fqen_q) begin
        if (fqcsr_w.fqen) begin
          fqt_d  = '0;
          fqof_d = 1'b0;
          fqmf_d = 1'b0;
        end
        fq_busy_d = 1'b1;
      end
    end

    unique case (fq_state_q)
      // fqen = 0 drops at once, as the model turns fqon off at the write (busy only waits
      // for a record write already in flight).
      FQ_IDLE: if (rec_take && fqon_q && fqen_q && !fqof_q && !fqmf_q) begin
        if (rec_full) begin
          fqof_d = 1'b1;
        end else begin
          rec_d      = fault_i;
          fq_state_d = FQ_REQ;
        end
      end
      FQ_REQ: if (wr_req_ready_i) fq_state_d = FQ_RSP;
      FQ_RSP: if (wr_rsp_valid_i) begin
        fq_state_d = FQ_IDLE;
        if (wr_rsp_err_i) fqmf_d = 1'b1;
        else fqt_d = (fqt_q + 32'd1) & index_mask(fqb_log2_q);
      end
      default: fq_state_d = FQ_IDLE;
    endcase
  end

  // The write port: the fence owns it while it claims it (the record writers are idle then);
  // else the page-request unit while it owns it; else the fault-record writer. The
  // page-request unit takes the port when it asks, the fence does not claim it and no fault
  // record is being written (a waiting fault record is not taken while it asks).
  assign pq_own_d          = pq_own_q ? !wr_rsp_valid_i
                                      : pq_wr_valid_i && !cq_wr_claim && fq_state_q == FQ_IDLE;
  assign pq_wr_ready_o     = pq_own_q && wr_req_ready_i;
  assign pq_wr_rsp_valid_o = pq_own_q && wr_rsp_valid_i;
  assign pq_wr_rsp_err_o   = wr_rsp_err_i;
  always_comb begin
    wr_req_valid_o = cq_wr_valid || fq_state_q == FQ_REQ || (pq_own_q && pq_wr_valid_i);
    wr_req_o       = cq_wr_req;
    if (pq_own_q) begin
      wr_req_o = pq_wr_req_i;
    end else if (!cq_wr_claim) begin
      wr_req_o.addr     = PA_WIDTH'({fqb_ppn_q, {PAGE_SHIFT{1'b0}}})
                        + PA_WIDTH'({fqt_q, {REC_SHIFT{1'b0}}});
      wr_req_o.beats_m1 = 2'd3;
      wr_req_o.data     = rec_q;
      wr_req_o.strb     = 8'hff;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Page-request queue registers (records: iommu_pq)
  // ---------------------------------------------------------------------------------------

  always_comb begin
    pqb_ppn_d  = pqb_ppn_q;
    pqb_log2_d = pqb_log2_q;
    pqh_d      = pqh_q;
    pqt_d      = pqt_q;
    pqen_d     = pqen_q;
    pie_d      = pie_q;
    pqon_d     = pqon_q;
    pq_busy_d  = pq_busy_q;
    pqof_d     = pqof_q;
    pqmf_d     = pqmf_q;

    if (pqb_qe_i && !(pqon_q || pq_busy_q)) begin
      pqb_ppn_d  = pqb_w.ppn & PPN_MASK;
      pqb_log2_d = pqb_w.log2szm1;
      pqh_d      = pqh_q & index_mask(pqb_w.log2szm1);
    end
    if (pqh_qe_i) pqh_d = merge32(pqh_q, pqh_q_i, pqh_be_i) & index_mask(pqb_log2_q);

    if (pq_busy_q && pq_idle_i) begin
      pq_busy_d = 1'b0;
      pqon_d    = pqen_q;
    end
    if (pq_written_i) pqt_d = (pqt_q + 32'd1) & index_mask(pqb_log2_q);

    if (pqcsr_qe_i && !pq_busy_q) begin
      if (pqcsr_be_i[0]) begin
        pqen_d = pqcsr_w.pqen;
        pie_d  = pqcsr_w.pie;
      end
      if (pqcsr_be_i[1]) begin
        if (pqcsr_q_i.pqof) pqof_d = 1'b0;
        if (pqcsr_q_i.pqmf) pqmf_d = 1'b0;
      end
      if (pqcsr_be_i[0] && pqcsr_w.pqen != pqen_q) begin
        if (pqcsr_w.pqen) begin
          pqt_d  = '0;
          pqof_d = 1'b0;
          pqmf_d = 1'b0;
        end
        pq_busy_d = 1'b1;
      end
    end
    // Hardware sets win over software clears.
    if (pqof_set_i) pqof_d = 1'b1;
    if (pqmf_set_i) pqmf_d = 1'b1;
  end

  assign pq_base_ppn_o   = pqb_ppn_q;
  assign pq_index_mask_o = index_mask(pqb_log2_q);
  assign pqh_o           = pqh_q;
  assign pqt_o           = pqt_q;
  assign pq_on_o         = pqon_q && pqen_q;
  assign pqof_o          = pqof_q;
  assign pqmf_o          = pqmf_q;

  // ---------------------------------------------------------------------------------------
  // Debug translation interface
  // ---------------------------------------------------------------------------------------

  // tr_response of an answer: fault, or the PPN with the size encoded (TRR_RSP: S = 1 for more
  // than 4 KiB; for 2^(X+1) pages the PPN bits below X are 1 and bit X is 0).
  iommu_regs_pkg::tr_response_t dbg_encoded;
  logic [5:0]  dbg_pages_log2;  // log2 of the 4 KiB pages the mapping covers (X + 1)
  logic [44:0] dbg_pages;       // 2^(X+1)
  logic [43:0] dbg_low;         // the PPN bits below X, all ones
  logic [43:0] dbg_keep;        // the PPN bits from X + 1 up
  assign dbg_pages_log2 = dbg_rsp_i.size_log2 - PAGE_SHIFT6;
  assign dbg_pages      = 45'd1 << dbg_pages_log2;
  assign dbg_low        = dbg_pages[44:1] - 44'd1;
  assign dbg_keep       = ~(dbg_pages[43:0] - 44'd1);
  always_comb begin
    dbg_encoded = '0;
    if (dbg_rsp_i.status != iommu_xlate_pkg::XLATE_STATUS_OK) begin
      dbg_encoded.fault = 1'b1;
    end else if (dbg_rsp_i.size_log2 > PAGE_SHIFT6) begin
      dbg_encoded.s   = 1'b1;
      dbg_encoded.ppn = (dbg_rsp_i.ppn & dbg_keep) | dbg_low;
    end else begin
      dbg_encoded.ppn = dbg_rsp_i.ppn;
    end
  end
  // Only status, size and PPN of the answer matter here.
  logic unused_dbg_rsp;
  assign unused_dbg_rsp = ^{dbg_rsp_i.tag, dbg_rsp_i.cause, dbg_rsp_i.ttyp, dbg_rsp_i.queued,
                            dbg_rsp_i.prpr, dbg_rsp_i.rsvd_99_64, dbg_rsp_i.rsvd_63_58, dbg_rsp_i.priv,
                            dbg_rsp_i.g, dbg_rsp_i.u, dbg_rsp_i.x, dbg_rsp_i.w, dbg_rsp_i.r};

  always_comb begin
    tr_iova_d  = tr_iova_q;
    tr_ctl_d   = tr_ctl_q;
    tr_rsp_d   = tr_rsp_q;
    dbg_sent_d = dbg_sent_q;
    if (!tr_ctl_q.go_busy) begin
      if (tr_req_iova_qe_i) tr_iova_d.vpn = tri_w.vpn;
      if (tr_req_ctl_qe_i) begin
        tr_ctl_d.did  = trc_w.did;
        tr_ctl_d.pv   = trc_w.pv;
        tr_ctl_d.pid  = trc_w.pid;
        tr_ctl_d.nw   = trc_w.nw;
        tr_ctl_d.exe  = trc_w.exe;
        tr_ctl_d.priv = trc_w.priv;
        if (tr_req_ctl_be_i[0] && tr_req_ctl_q_i.go_busy) tr_ctl_d.go_busy = 1'b1;
      end
    end else begin
      if (dbg_req_valid_o && dbg_req_ready_i) dbg_sent_d = 1'b1;
      if (dbg_sent_q && dbg_rsp_valid_i) begin
        tr_rsp_d         = dbg_encoded;
        tr_ctl_d.go_busy = 1'b0;
        dbg_sent_d       = 1'b0;
      end
    end
  end

  assign dbg_req_valid_o = tr_ctl_q.go_busy && !dbg_sent_q;
  assign dbg_rsp_ready_o = dbg_sent_q;
  always_comb begin
    dbg_req_o            = '0;
    dbg_req_o.device_id  = tr_ctl_q.did;
    dbg_req_o.pv         = tr_ctl_q.pv;
    dbg_req_o.process_id = tr_ctl_q.pv ? tr_ctl_q.pid : '0;
    dbg_req_o.priv       = tr_ctl_q.priv && tr_ctl_q.pv;
    dbg_req_o.exec       = tr_ctl_q.exe;
    dbg_req_o.write      = !tr_ctl_q.nw && !tr_ctl_q.exe;
    dbg_req_o.kind       = iommu_xlate_pkg::XLATE_KIND_UNTRANSLATED;
    dbg_req_o.iova       = {tr_iova_q.vpn, {PAGE_SHIFT{1'b0}}};
  end

  // ---------------------------------------------------------------------------------------
  // Interrupts
  // ---------------------------------------------------------------------------------------

  assign ipsr_cip_set_o = cie_q && (fwip_q || cmd_ill_q || cmd_to_q || cqmf_q);
  assign ipsr_fip_set_o = fie_q && (fqof_q || fqmf_q || rec_written);
  assign ipsr_pip_set_o = pie_q && (pqof_q || pqmf_q || pq_written_i);

  always_comb begin
    irq_o = '0;
    if (WSI) begin
      if (ipsr_q_i.cip) irq_o[icvec_q_i.civ] = 1'b1;
      if (ipsr_q_i.fip) irq_o[icvec_q_i.fiv] = 1'b1;
      if (ipsr_q_i.pmip) irq_o[icvec_q_i.pmiv] = 1'b1;
      if (ipsr_q_i.pip) irq_o[icvec_q_i.piv] = 1'b1;
    end
  end

  // Reserved bits of ipsr and icvec read zero in the register block.
  logic unused_reg_bits;
  assign unused_reg_bits = ^{ipsr_q_i.rsvd_31_16, ipsr_q_i.rsvd_custom, ipsr_q_i.rsvd_7_4,
                             icvec_q_i.rsvd_custom, icvec_q_i.rsvd_31_16};

  // ---------------------------------------------------------------------------------------
  // Registers
  // ---------------------------------------------------------------------------------------

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ddtp_mode_q <= iommu_regs_pkg::IOMMU_MODE_OFF;
      ddtp_ppn_q  <= '0;
      ddtp_busy_q <= 1'b0;
      cqb_ppn_q   <= '0;
      cqb_log2_q  <= '0;
      cqh_q       <= '0;
      cqt_q       <= '0;
      cqen_q      <= 1'b0;
      cie_q       <= 1'b0;
      cqon_q      <= 1'b0;
      cq_busy_q   <= 1'b0;
      cmd_ill_q   <= 1'b0;
      cmd_to_q    <= 1'b0;
      cqmf_q      <= 1'b0;
      fwip_q      <= 1'b0;
      fqb_ppn_q   <= '0;
      fqb_log2_q  <= '0;
      fqh_q       <= '0;
      fqt_q       <= '0;
      fqen_q      <= 1'b0;
      fie_q       <= 1'b0;
      fqon_q      <= 1'b0;
      fq_busy_q   <= 1'b0;
      fqof_q      <= 1'b0;
      fqmf_q      <= 1'b0;
      fq_state_q  <= FQ_IDLE;
      rec_q       <= '0;
      pqb_ppn_q   <= '0;
      pqb_log2_q  <= '0;
      pqh_q       <= '0;
      pqt_q       <= '0;
      pqen_q      <= 1'b0;
      pie_q       <= 1'b0;
      pqon_q      <= 1'b0;
      pq_busy_q   <= 1'b0;
      pqof_q      <= 1'b0;
      pqmf_q      <= 1'b0;
      pq_own_q    <= 1'b0;
      tr_iova_q   <= '0;
      tr_ctl_q    <= '0;
      tr_rsp_q    <= '0;
      dbg_sent_q  <= 1'b0;
    end else begin
      ddtp_mode_q <= ddtp_mode_d;
      ddtp_ppn_q  <= ddtp_ppn_d;
      ddtp_busy_q <= ddtp_busy_d;
      cqb_ppn_q   <= cqb_ppn_d;
      cqb_log2_q  <= cqb_log2_d;
      cqh_q       <= cqh_d;
      cqt_q       <= cqt_d;
      cqen_q      <= cqen_d;
      cie_q       <= cie_d;
      cqon_q      <= cqon_d;
      cq_busy_q   <= cq_busy_d;
      cmd_ill_q   <= cmd_ill_d;
      cmd_to_q    <= cmd_to_d;
      cqmf_q      <= cqmf_d;
      fwip_q      <= fwip_d;
      fqb_ppn_q   <= fqb_ppn_d;
      fqb_log2_q  <= fqb_log2_d;
      fqh_q       <= fqh_d;
      fqt_q       <= fqt_d;
      fqen_q      <= fqen_d;
      fie_q       <= fie_d;
      fqon_q      <= fqon_d;
      fq_busy_q   <= fq_busy_d;
      fqof_q      <= fqof_d;
      fqmf_q      <= fqmf_d;
      fq_state_q  <= fq_state_d;
      rec_q       <= rec_d;
      pqb_ppn_q   <= pqb_ppn_d;
      pqb_log2_q  <= pqb_log2_d;
      pqh_q       <= pqh_d;
      pqt_q       <= pqt_d;
      pqen_q      <= pqen_d;
      pie_q       <= pie_d;
      pqon_q      <= pqon_d;
      pq_busy_q   <= pq_busy_d;
      pqof_q      <= pqof_d;
      pqmf_q      <= pqmf_d;
      pq_own_q    <= pq_own_d;
      tr_iova_q   <= tr_iova_d;
      tr_ctl_q    <= tr_ctl_d;
      tr_rsp_q    <= tr_rsp_d;
      dbg_sent_q  <= dbg_sent_d;
    end
  end

`ifdef FORMAL
  // ---------------------------------------------------------------------------------------
  // Formal checks (hw/formal/ctrl_formal.sv, `cargo xtask formal queue_ptrs`): the SVA block
  // above as immediate assertions (Yosys takes no concurrent properties).
  // ---------------------------------------------------------------------------------------
  logic        f_past_q, f_cqon_q, f_fqon_q, f_pqon_q, f_dbg_wait_q;
  logic [43:0] f_cqb_ppn_q, f_fqb_ppn_q, f_pqb_ppn_q;
  logic [4:0]  f_cqb_log2_q, f_fqb_log2_q, f_pqb_log2_q;
  iommu_xlate_pkg::xlate_req_t f_dbg_req_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_past_q     <= 1'b0;
      f_cqon_q     <= 1'b0;
      f_fqon_q     <= 1'b0;
      f_pqon_q     <= 1'b0;
      f_dbg_wait_q <= 1'b0;
      f_cqb_ppn_q  <= '0;
      f_fqb_ppn_q  <= '0;
      f_pqb_ppn_q  <= '0;
      f_cqb_log2_q <= '0;
      f_fqb_log2_q <= '0;
      f_pqb_log2_q <= '0;
      f_dbg_req_q  <= '0;
    end else begin
      f_past_q     <= 1'b1;
      f_cqon_q     <= cqon_q;
      f_fqon_q     <= fqon_q;
      f_pqon_q     <= pqon_q;
      f_dbg_wait_q <= dbg_req_valid_o && !dbg_req_ready_i;
      f_cqb_ppn_q  <= cqb_ppn_q;
      f_fqb_ppn_q  <= fqb_ppn_q;
      f_pqb_ppn_q  <= pqb_ppn_q;
      f_cqb_log2_q <= cqb_log2_q;
      f_fqb_log2_q <= fqb_log2_q;
      f_pqb_log2_q <= pqb_log2_q;
      f_dbg_req_q  <= dbg_req_o;
    end
  end

  always_comb begin
    if (rst_ni) begin
      // Queue pointers stay within their queue (LOG2SZ), whatever software writes: the
      // indexes software writes (cqt, fqh, pqh) always; the ones the IOMMU advances (cqh, fqt,
      // pqt) while their queue is on or busy: a base write to a queue that is off may shrink
      // it below a stale cqh / fqt / pqt, which enabling the queue clears before any use
      // (as the reference model does).
      assert ((cqt_q & ~index_mask(cqb_log2_q)) == '0);
      assert ((fqh_q & ~index_mask(fqb_log2_q)) == '0);
      assert ((pqh_q & ~index_mask(pqb_log2_q)) == '0);
      if (cqon_q || cq_busy_q) assert ((cqh_q & ~index_mask(cqb_log2_q)) == '0);
      if (fqon_q || fq_busy_q) assert ((fqt_q & ~index_mask(fqb_log2_q)) == '0);
      if (pqon_q || pq_busy_q) assert ((pqt_q & ~index_mask(pqb_log2_q)) == '0);
      // An enable change is in progress exactly while on and enable differ.
      assert (cqon_q == (cqen_q ^ cq_busy_q));
      assert (fqon_q == (fqen_q ^ fq_busy_q));
      assert (pqon_q == (pqen_q ^ pq_busy_q));
      // The fence and the record writers never share the write port.
      if (cq_wr_valid) assert (fq_state_q == FQ_IDLE && !pq_own_q);
      if (pq_own_q) assert (fq_state_q == FQ_IDLE && !(cq_wr_claim && cq_wr_valid));
      // The queues run only when on; a base never changes while its queue stays on.
      if (cq_run) assert (cqon_q && !cmd_ill_q && !cqmf_q);
      if (f_past_q && f_cqon_q && cqon_q)
        assert (cqb_ppn_q == f_cqb_ppn_q && cqb_log2_q == f_cqb_log2_q);
      if (f_past_q && f_fqon_q && fqon_q)
        assert (fqb_ppn_q == f_fqb_ppn_q && fqb_log2_q == f_fqb_log2_q);
      if (f_past_q && f_pqon_q && pqon_q)
        assert (pqb_ppn_q == f_pqb_ppn_q && pqb_log2_q == f_pqb_log2_q);
      if (!fqon_q && !fq_busy_q) assert (fq_state_q == FQ_IDLE);
      // A debug request is held until the engine takes it.
      if (f_past_q && f_dbg_wait_q) assert (dbg_req_valid_o && dbg_req_o == f_dbg_req_q);
    end
  end
`endif

`ifndef SYNTHESIS
  // ---------------------------------------------------------------------------------------
  // Assertions
  // ---------------------------------------------------------------------------------------
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end

  // Queue pointers stay within their queue (the IOMMU's own while the queue is on or busy:
  // see the formal block).
  a_cqh_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cqon_q || cq_busy_q |-> (cqh_q & ~index_mask(cqb_log2_q)) == '0);
  a_cqt_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    (cqt_q & ~index_mask(cqb_log2_q)) == '0);
  a_fqh_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    (fqh_q & ~index_mask(fqb_log2_q)) == '0);
  a_fqt_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    fqon_q || fq_busy_q |-> (fqt_q & ~index_mask(fqb_log2_q)) == '0);
  a_pqh_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    (pqh_q & ~index_mask(pqb_log2_q)) == '0);
  // One record write per accepted record that fits; none when the queue cannot take it.
  a_rec_write: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    rec_take && fqon_q && fqen_q && !fqof_q && !fqmf_q && !rec_full |=> fq_state_q == FQ_REQ);
  a_rec_drop: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    rec_take && !(fqon_q && fqen_q && !fqof_q && !fqmf_q && !rec_full) |=> fq_state_q == FQ_IDLE);
  // The fence and the record writers never share the write port.
  a_wr_owner: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cq_wr_valid |-> fq_state_q == FQ_IDLE && !pq_own_q);
  // The port follows the claim (the request mux above): a record write in flight keeps it.
  a_wr_claim: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cq_wr_claim |-> fq_state_q == FQ_IDLE && !pq_own_q);
  a_wr_owner_pq: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pq_own_q |-> fq_state_q == FQ_IDLE && !(cq_wr_claim && cq_wr_valid));
  a_pqt_range: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pqon_q || pq_busy_q |-> (pqt_q & ~index_mask(pqb_log2_q)) == '0);
  // No page-request record lands in a queue that is off (the write was decided while on:
  // busy holds pqon until it completes) or after pqof / pqmf.
  a_pq_write_on: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pq_written_i |-> pqon_q && !pqof_q && !pqmf_q);
  a_pqb_stable: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(pqon_q) && pqon_q |-> $stable(pqb_ppn_q) && $stable(pqb_log2_q));
  // Busy rules: the queues run only when on and not busy; a base is never changed while on.
  a_cq_run: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    cq_run |-> cqon_q && !cmd_ill_q && !cqmf_q);
  a_cqb_stable: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(cqon_q) && cqon_q |-> $stable(cqb_ppn_q) && $stable(cqb_log2_q));
  a_fqb_stable: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(fqon_q) && fqon_q |-> $stable(fqb_ppn_q) && $stable(fqb_log2_q));
  a_fq_off_idle: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    !fqon_q && !fq_busy_q |-> fq_state_q == FQ_IDLE);
  a_dbg_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(dbg_req_valid_o && !dbg_req_ready_i) |-> dbg_req_valid_o && $stable(dbg_req_o));
`endif

endmodule

`resetall

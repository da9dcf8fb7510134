// iommu_top: the synthesizable IOMMU: register block (iommu_regs_reg_top, AXI4-Lite), control
// (iommu_ctrl: core-held registers, command queue, fault queue, interrupts, debug), the
// translation engine (iommu_xlate), the page-request unit (iommu_pq) and the one AXI4 master
// to host memory (iommu_axi_master).
//
// Ports: s_axil_* register slave (4 KiB, 64-bit); m_axi_* memory master (64-bit data and
// address, 4-bit ID); the translation port (iommu_xlate_pkg: one request, one response per
// request, by tag); irq_o wired interrupts (bit v: an interrupt source whose icvec vector is v
// is pending); ats_cmd_* ATS.INVAL / ATS.PRGR commands for the link side (a command completes
// when it is taken); cq_stall_i a test input that holds command fetching (tie to 0);
// pr_* page requests from the link (pr_ready_o is high while the page-request unit is idle);
// ats_inval_* the link side's tracking of ATS.INVAL completions (IOFENCE.C waits for it).
//
// The engine's internal port carries the debug interface's requests (tag DBG_TAG) and the
// page-request unit's device-context lookups (tag PQ_TAG), one offer held until taken
// (iommu_ctrl's first when both wait); answers go back by tag. The translation port keeps
// the whole tag space for the external requester: an internal request never answers there.
// ATS commands: the command queue's and the page-request unit's automatic PRG responses
// share ats_cmd_* (the command queue first when both wait; an offer is held until taken).
//
// Memory reads of the engine (ids 0..WALKERS-1) and of the command queue (id CQ_RD_ID) share
// the master: a round-robin choice between the two when both wait; R beats go back by id.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_top #(
  parameter int unsigned IOTLB_ENTRIES = 64,  // IOTLB entries (fully associative)
  parameter int unsigned DDTC_ENTRIES  = 8,   // device-context cache entries
  parameter int unsigned PDTC_ENTRIES  = 8,   // process-context cache entries
  parameter int unsigned WALKERS       = 2,   // concurrent page-table walks
  // Register-port widths, fixed by the register map (window size and bus width).
  localparam int unsigned AXIL_AW = $clog2(iommu_regs_pkg::REGBLOCK_BYTES),
  localparam int unsigned AXIL_DW = 8 * iommu_regs_pkg::REGBLOCK_BUS_BYTES
) (
  input  wire logic clk_i,
  // The assertions below this top are off while rst_ni is low (`disable iff`): a
  // synchronous use of the asynchronous reset that Verilator flags, on purpose.
  // verilator lint_off SYNCASYNCNET
  input  wire logic rst_ni,  // asynchronous reset, active low
  // verilator lint_on SYNCASYNCNET

  // Register slave (AXI4-Lite)
  input  wire logic [AXIL_AW-1:0]   s_axil_awaddr,
  input  wire logic [2:0]           s_axil_awprot,
  input  wire logic                 s_axil_awvalid,
  output logic                      s_axil_awready,
  input  wire logic [AXIL_DW-1:0]   s_axil_wdata,
  input  wire logic [AXIL_DW/8-1:0] s_axil_wstrb,
  input  wire logic                 s_axil_wvalid,
  output logic                      s_axil_wready,
  output logic [1:0]                s_axil_bresp,
  output logic                      s_axil_bvalid,
  input  wire logic                 s_axil_bready,
  input  wire logic [AXIL_AW-1:0]   s_axil_araddr,
  input  wire logic [2:0]           s_axil_arprot,
  input  wire logic                 s_axil_arvalid,
  output logic                      s_axil_arready,
  output logic [AXIL_DW-1:0]        s_axil_rdata,
  output logic [1:0]                s_axil_rresp,
  output logic                      s_axil_rvalid,
  input  wire logic                 s_axil_rready,

  // Memory master (AXI4)
  output logic [3:0]        m_axi_awid,
  output logic [63:0]       m_axi_awaddr,
  output logic [7:0]        m_axi_awlen,
  output logic [2:0]        m_axi_awsize,
  output logic [1:0]        m_axi_awburst,
  output logic [2:0]        m_axi_awprot,
  output logic              m_axi_awvalid,
  input  wire logic         m_axi_awready,
  output logic [63:0]       m_axi_wdata,
  output logic [7:0]        m_axi_wstrb,
  output logic              m_axi_wlast,
  output logic              m_axi_wvalid,
  input  wire logic         m_axi_wready,
  input  wire logic [3:0]   m_axi_bid,
  input  wire logic [1:0]   m_axi_bresp,
  input  wire logic         m_axi_bvalid,
  output logic              m_axi_bready,
  output logic [3:0]        m_axi_arid,
  output logic [63:0]       m_axi_araddr,
  output logic [7:0]        m_axi_arlen,
  output logic [2:0]        m_axi_arsize,
  output logic [1:0]        m_axi_arburst,
  output logic [2:0]        m_axi_arprot,
  output logic              m_axi_arvalid,
  input  wire logic         m_axi_arready,
  input  wire logic [3:0]   m_axi_rid,
  input  wire logic [63:0]  m_axi_rdata,
  input  wire logic [1:0]   m_axi_rresp,
  input  wire logic         m_axi_rlast,
  input  wire logic         m_axi_rvalid,
  output logic              m_axi_rready,

  // Translation port
  input  wire logic                        xlate_req_valid_i,
  output logic                             xlate_req_ready_o,
  input  wire iommu_xlate_pkg::xlate_req_t xlate_req_i,
  output logic                             xlate_rsp_valid_o,
  input  wire logic                        xlate_rsp_ready_i,
  output iommu_xlate_pkg::xlate_rsp_t      xlate_rsp_o,

  // Wired interrupts, ATS commands, test input
  output logic [15:0]                      irq_o,
  output logic                             ats_cmd_valid_o,
  input  wire logic                        ats_cmd_ready_i,
  output iommu_mem_pkg::cmd_t              ats_cmd_o,
  input  wire logic                        cq_stall_i,

  // Page requests from the link: one record per Page Request / Stop Marker message, as the
  // root port built it (did = requester ID, pv/pid/priv/exec from the PASID prefix, payload
  // = message bytes 8..15).
  input  wire logic                        pr_valid_i,
  output logic                             pr_ready_o,
  input  wire iommu_mem_pkg::page_request_t pr_i,

  // ATS invalidation tracking (the root port holds the ITags): busy while an ATS.INVAL
  // taken on ats_cmd awaits its Invalidate Completion; timeout sticky once one timed out,
  // until timeout_ack_o (one cycle: an IOFENCE.C reported it as cqcsr.cmd_to).
  input  wire logic                        ats_inval_busy_i,
  input  wire logic                        ats_inval_timeout_i,
  output logic                             ats_inval_timeout_ack_o
);

  // Tags on the engine's internal port.
  localparam logic [7:0] DBG_TAG = 8'd0;  // the debug interface (iommu_ctrl drives tag 0)
  localparam logic [7:0] PQ_TAG  = 8'd1;  // the page-request unit

  // The command queue's read id: the last id, above every walker's.
  localparam logic [iommu_core_pkg::MEM_ID_WIDTH-1:0] CQ_RD_ID = '1;

  if (WALKERS < 1 || WALKERS >= (1 << iommu_core_pkg::MEM_ID_WIDTH)) begin : g_bad_walkers
    $error("iommu_top: WALKERS must leave the last memory-read id to the command queue");
  end

  // ---------------------------------------------------------------------------------------
  // Register block
  // ---------------------------------------------------------------------------------------

  iommu_regs_reg_pkg::iommu_regs_reg2hw_t reg2hw;
  iommu_regs_reg_pkg::iommu_regs_hw2reg_t hw2reg;

  iommu_regs_reg_top u_regs (
    .clk_i,
    .rst_ni,
    .s_axil_awaddr,
    .s_axil_awprot,
    .s_axil_awvalid,
    .s_axil_awready,
    .s_axil_wdata,
    .s_axil_wstrb,
    .s_axil_wvalid,
    .s_axil_wready,
    .s_axil_bresp,
    .s_axil_bvalid,
    .s_axil_bready,
    .s_axil_araddr,
    .s_axil_arprot,
    .s_axil_arvalid,
    .s_axil_arready,
    .s_axil_rdata,
    .s_axil_rresp,
    .s_axil_rvalid,
    .s_axil_rready,
    .reg2hw,
    .hw2reg
  );

  // ---------------------------------------------------------------------------------------
  // Control
  // ---------------------------------------------------------------------------------------

  iommu_regs_pkg::ddtp_t        ddtp_d;
  iommu_regs_pkg::cqb_t         cqb_d;
  iommu_regs_pkg::cqt_t         cqt_d;
  iommu_regs_pkg::fqb_t         fqb_d;
  iommu_regs_pkg::fqh_t         fqh_d;
  iommu_regs_pkg::pqb_t         pqb_d;
  iommu_regs_pkg::pqh_t         pqh_d;
  iommu_regs_pkg::cqcsr_t       cqcsr_d;
  iommu_regs_pkg::fqcsr_t       fqcsr_d;
  iommu_regs_pkg::pqcsr_t       pqcsr_d;
  iommu_regs_pkg::tr_req_iova_t tr_req_iova_d;
  iommu_regs_pkg::tr_req_ctl_t  tr_req_ctl_d;
  iommu_regs_pkg::cqh_t         cqh_d;
  iommu_regs_pkg::fqt_t         fqt_d;
  iommu_regs_pkg::pqt_t         pqt_d;
  iommu_regs_pkg::tr_response_t tr_response_d;
  iommu_regs_pkg::ipsr_t        ipsr_q;
  iommu_regs_pkg::icvec_t       icvec_q;
  logic cip_set, fip_set, pip_set;

  iommu_regs_pkg::iommu_mode_t  ddtp_mode;
  logic [43:0]                  ddtp_ppn;
  logic                         engine_idle;
  logic                         inval_valid, inval_ready;
  iommu_core_pkg::inval_req_t   inval;
  logic                         fault_valid, fault_ready;
  iommu_mem_pkg::fault_record_t fault;
  logic                         dbg_req_valid, dbg_req_ready, dbg_rsp_valid, dbg_rsp_ready;
  iommu_xlate_pkg::xlate_req_t  dbg_req;
  iommu_xlate_pkg::xlate_rsp_t  dbg_rsp;
  // the engine's internal port, after the debug / page-request merge
  logic                         int_req_valid, int_req_ready, int_rsp_valid, int_rsp_ready;
  iommu_xlate_pkg::xlate_req_t  int_req;
  iommu_xlate_pkg::xlate_rsp_t  int_rsp;
  // page-request unit
  logic                         pq_req_valid, pq_req_ready, pq_rsp_valid, pq_rsp_ready;
  iommu_xlate_pkg::xlate_req_t  pq_req;
  logic [43:0]                  pq_base_ppn;
  logic [31:0]                  pq_index_mask, pq_head, pq_tail;
  logic                         pq_on, pq_of, pq_mf, pq_written, pq_of_set, pq_mf_set, pq_idle;
  logic                         pq_wr_valid, pq_wr_ready, pq_wr_rsp_valid, pq_wr_rsp_err;
  iommu_core_pkg::mem_wr_req_t  pq_wr_req;
  logic                         pq_ats_valid, pq_ats_ready, cq_ats_valid, cq_ats_ready;
  iommu_mem_pkg::cmd_t          pq_ats, cq_ats;

  logic                         cq_rd_valid, cq_rd_ready, cq_rsp_valid, cq_rsp_ready;
  iommu_core_pkg::mem_rd_req_t  cq_rd_req;
  logic                         wk_rd_valid, wk_rd_ready, wk_rsp_valid, wk_rsp_ready;
  iommu_core_pkg::mem_rd_req_t  wk_rd_req;
  logic                         rd_valid, rd_ready, rsp_valid, rsp_ready;
  iommu_core_pkg::mem_rd_req_t  rd_req;
  iommu_core_pkg::mem_rd_rsp_t  rsp;
  logic                         wr_valid, wr_ready, wr_rsp_valid, wr_rsp_err;
  iommu_core_pkg::mem_wr_req_t  wr_req;

  always_comb begin
    ipsr_q = '0;
    ipsr_q.cip = reg2hw.ipsr.cip.q;
    ipsr_q.fip = reg2hw.ipsr.fip.q;
    ipsr_q.pip = reg2hw.ipsr.pip.q;
    icvec_q = '0;
    icvec_q.civ  = reg2hw.icvec.civ.q;
    icvec_q.fiv  = reg2hw.icvec.fiv.q;
    icvec_q.pmiv = reg2hw.icvec.pmiv.q;
    icvec_q.piv  = reg2hw.icvec.piv.q;
  end

  iommu_ctrl #(.CQ_RD_ID(CQ_RD_ID)) u_ctrl (
    .clk_i,
    .rst_ni,
    .ddtp_q_i         (reg2hw.ddtp.q),
    .ddtp_qe_i        (reg2hw.ddtp.qe),
    .ddtp_be_i        (reg2hw.ddtp.be),
    .ddtp_d_o         (ddtp_d),
    .cqb_q_i          (reg2hw.cqb.q),
    .cqb_qe_i         (reg2hw.cqb.qe),
    .cqb_be_i         (reg2hw.cqb.be),
    .cqb_d_o          (cqb_d),
    .cqt_q_i          (reg2hw.cqt.q),
    .cqt_qe_i         (reg2hw.cqt.qe),
    .cqt_be_i         (reg2hw.cqt.be),
    .cqt_d_o          (cqt_d),
    .fqb_q_i          (reg2hw.fqb.q),
    .fqb_qe_i         (reg2hw.fqb.qe),
    .fqb_be_i         (reg2hw.fqb.be),
    .fqb_d_o          (fqb_d),
    .fqh_q_i          (reg2hw.fqh.q),
    .fqh_qe_i         (reg2hw.fqh.qe),
    .fqh_be_i         (reg2hw.fqh.be),
    .fqh_d_o          (fqh_d),
    .pqb_q_i          (reg2hw.pqb.q),
    .pqb_qe_i         (reg2hw.pqb.qe),
    .pqb_be_i         (reg2hw.pqb.be),
    .pqb_d_o          (pqb_d),
    .pqh_q_i          (reg2hw.pqh.q),
    .pqh_qe_i         (reg2hw.pqh.qe),
    .pqh_be_i         (reg2hw.pqh.be),
    .pqh_d_o          (pqh_d),
    .cqcsr_q_i        (reg2hw.cqcsr.q),
    .cqcsr_qe_i       (reg2hw.cqcsr.qe),
    .cqcsr_be_i       (reg2hw.cqcsr.be),
    .cqcsr_d_o        (cqcsr_d),
    .fqcsr_q_i        (reg2hw.fqcsr.q),
    .fqcsr_qe_i       (reg2hw.fqcsr.qe),
    .fqcsr_be_i       (reg2hw.fqcsr.be),
    .fqcsr_d_o        (fqcsr_d),
    .pqcsr_q_i        (reg2hw.pqcsr.q),
    .pqcsr_qe_i       (reg2hw.pqcsr.qe),
    .pqcsr_be_i       (reg2hw.pqcsr.be),
    .pqcsr_d_o        (pqcsr_d),
    .tr_req_iova_q_i  (reg2hw.tr_req_iova.q),
    .tr_req_iova_qe_i (reg2hw.tr_req_iova.qe),
    .tr_req_iova_be_i (reg2hw.tr_req_iova.be),
    .tr_req_iova_d_o  (tr_req_iova_d),
    .tr_req_ctl_q_i   (reg2hw.tr_req_ctl.q),
    .tr_req_ctl_qe_i  (reg2hw.tr_req_ctl.qe),
    .tr_req_ctl_be_i  (reg2hw.tr_req_ctl.be),
    .tr_req_ctl_d_o   (tr_req_ctl_d),
    .cqh_d_o          (cqh_d),
    .fqt_d_o          (fqt_d),
    .pqt_d_o          (pqt_d),
    .tr_response_d_o  (tr_response_d),
    .ipsr_q_i         (ipsr_q),
    .ipsr_cip_set_o   (cip_set),
    .ipsr_fip_set_o   (fip_set),
    .ipsr_pip_set_o   (pip_set),
    .icvec_q_i        (icvec_q),
    .irq_o,
    .cq_stall_i,
    .ddtp_mode_o      (ddtp_mode),
    .ddtp_ppn_o       (ddtp_ppn),
    .engine_idle_i    (engine_idle),
    .inval_valid_o    (inval_valid),
    .inval_ready_i    (inval_ready),
    .inval_o          (inval),
    .fault_valid_i    (fault_valid),
    .fault_ready_o    (fault_ready),
    .fault_i          (fault),
    .dbg_req_valid_o  (dbg_req_valid),
    .dbg_req_ready_i  (dbg_req_ready),
    .dbg_req_o        (dbg_req),
    .dbg_rsp_valid_i  (dbg_rsp_valid),
    .dbg_rsp_ready_o  (dbg_rsp_ready),
    .dbg_rsp_i        (dbg_rsp),
    .rd_req_valid_o   (cq_rd_valid),
    .rd_req_ready_i   (cq_rd_ready),
    .rd_req_o         (cq_rd_req),
    .rd_rsp_valid_i   (cq_rsp_valid),
    .rd_rsp_ready_o   (cq_rsp_ready),
    .rd_rsp_i         (rsp),
    .wr_req_valid_o   (wr_valid),
    .wr_req_ready_i   (wr_ready),
    .wr_req_o         (wr_req),
    .wr_rsp_valid_i   (wr_rsp_valid),
    .wr_rsp_err_i     (wr_rsp_err),
    .ats_cmd_valid_o  (cq_ats_valid),
    .ats_cmd_ready_i  (cq_ats_ready),
    .ats_cmd_o        (cq_ats),
    .ats_inval_busy_i,
    .ats_inval_timeout_i,
    .ats_inval_timeout_ack_o,
    .pq_base_ppn_o    (pq_base_ppn),
    .pq_index_mask_o  (pq_index_mask),
    .pqh_o            (pq_head),
    .pqt_o            (pq_tail),
    .pq_on_o          (pq_on),
    .pqof_o           (pq_of),
    .pqmf_o           (pq_mf),
    .pq_written_i     (pq_written),
    .pqof_set_i       (pq_of_set),
    .pqmf_set_i       (pq_mf_set),
    .pq_idle_i        (pq_idle),
    .pq_unit_busy_i   (!pr_ready_o),
    .pq_wr_valid_i    (pq_wr_valid),
    .pq_wr_ready_o    (pq_wr_ready),
    .pq_wr_req_i      (pq_wr_req),
    .pq_wr_rsp_valid_o(pq_wr_rsp_valid),
    .pq_wr_rsp_err_o  (pq_wr_rsp_err)
  );

  // ---------------------------------------------------------------------------------------
  // Page-request unit
  // ---------------------------------------------------------------------------------------

  iommu_pq #(.PQ_TAG(PQ_TAG)) u_pq (
    .clk_i,
    .rst_ni,
    .pr_valid_i,
    .pr_ready_o,
    .pr_i,
    .eng_req_valid_o (pq_req_valid),
    .eng_req_ready_i (pq_req_ready),
    .eng_req_o       (pq_req),
    .eng_rsp_valid_i (pq_rsp_valid),
    .eng_rsp_ready_o (pq_rsp_ready),
    .eng_rsp_i       (int_rsp),
    .base_ppn_i      (pq_base_ppn),
    .index_mask_i    (pq_index_mask),
    .pqh_i           (pq_head),
    .pqt_i           (pq_tail),
    .on_i            (pq_on),
    .pqof_i          (pq_of),
    .pqmf_i          (pq_mf),
    .written_o       (pq_written),
    .pqof_set_o      (pq_of_set),
    .pqmf_set_o      (pq_mf_set),
    .wr_idle_o       (pq_idle),
    .wr_valid_o      (pq_wr_valid),
    .wr_ready_i      (pq_wr_ready),
    .wr_req_o        (pq_wr_req),
    .wr_rsp_valid_i  (pq_wr_rsp_valid),
    .wr_rsp_err_i    (pq_wr_rsp_err),
    .ats_valid_o     (pq_ats_valid),
    .ats_ready_i     (pq_ats_ready),
    .ats_o           (pq_ats)
  );

  // The engine's internal port: an offer not taken keeps its source (stream rule).
  logic int_lock_q, int_lock_pq_q, int_sel_pq;
  assign int_sel_pq    = int_lock_q ? int_lock_pq_q : !dbg_req_valid;
  assign int_req_valid = int_sel_pq ? pq_req_valid : dbg_req_valid;
  assign int_req       = int_sel_pq ? pq_req : dbg_req;
  assign pq_req_ready  = int_sel_pq && int_req_ready;
  assign dbg_req_ready = !int_sel_pq && int_req_ready;
  // Answers by tag.
  logic int_rsp_to_pq;
  assign int_rsp_to_pq = int_rsp.tag == PQ_TAG;
  assign pq_rsp_valid  = int_rsp_valid && int_rsp_to_pq;
  assign dbg_rsp_valid = int_rsp_valid && !int_rsp_to_pq;
  assign dbg_rsp       = int_rsp;
  assign int_rsp_ready = int_rsp_to_pq ? pq_rsp_ready : dbg_rsp_ready;

  // ATS commands: same rule.
  logic ats_lock_q, ats_lock_pq_q, ats_sel_pq;
  assign ats_sel_pq      = ats_lock_q ? ats_lock_pq_q : !cq_ats_valid;
  assign ats_cmd_valid_o = ats_sel_pq ? pq_ats_valid : cq_ats_valid;
  assign ats_cmd_o       = ats_sel_pq ? pq_ats : cq_ats;
  assign pq_ats_ready    = ats_sel_pq && ats_cmd_ready_i;
  assign cq_ats_ready    = !ats_sel_pq && ats_cmd_ready_i;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      int_lock_q    <= 1'b0;
      int_lock_pq_q <= 1'b0;
      ats_lock_q    <= 1'b0;
      ats_lock_pq_q <= 1'b0;
    end else begin
      int_lock_q    <= int_req_valid && !int_req_ready;
      int_lock_pq_q <= int_sel_pq;
      ats_lock_q    <= ats_cmd_valid_o && !ats_cmd_ready_i;
      ats_lock_pq_q <= ats_sel_pq;
    end
  end

  always_comb begin
    hw2reg = '0;
    hw2reg.ddtp.d             = ddtp_d;
    hw2reg.cqb.d              = cqb_d;
    hw2reg.cqh.index.d        = cqh_d.index;
    hw2reg.cqt.d              = cqt_d;
    hw2reg.fqb.d              = fqb_d;
    hw2reg.fqh.d              = fqh_d;
    hw2reg.fqt.index.d        = fqt_d.index;
    hw2reg.pqb.d              = pqb_d;
    hw2reg.pqh.d              = pqh_d;
    hw2reg.pqt.index.d        = pqt_d.index;
    hw2reg.cqcsr.d            = cqcsr_d;
    hw2reg.fqcsr.d            = fqcsr_d;
    hw2reg.pqcsr.d            = pqcsr_d;
    hw2reg.ipsr.cip.set       = cip_set;
    hw2reg.ipsr.fip.set       = fip_set;
    hw2reg.ipsr.pip.set       = pip_set;
    hw2reg.tr_req_iova.d      = tr_req_iova_d;
    hw2reg.tr_req_ctl.d       = tr_req_ctl_d;
    hw2reg.tr_response.ppn.d  = tr_response_d.ppn;
    hw2reg.tr_response.s.d    = tr_response_d.s;
    hw2reg.tr_response.fault.d = tr_response_d.fault;
    // icvec: every 4-bit vector is legal; the block keeps what software writes (de = 0).
  end

  // ---------------------------------------------------------------------------------------
  // Translation engine
  // ---------------------------------------------------------------------------------------

  iommu_xlate #(
    .IOTLB_ENTRIES (IOTLB_ENTRIES),
    .DDTC_ENTRIES  (DDTC_ENTRIES),
    .PDTC_ENTRIES  (PDTC_ENTRIES),
    .WALKERS       (WALKERS)
  ) u_xlate (
    .clk_i,
    .rst_ni,
    .req_valid_i        (xlate_req_valid_i),
    .req_ready_o        (xlate_req_ready_o),
    .req_i              (xlate_req_i),
    .rsp_valid_o        (xlate_rsp_valid_o),
    .rsp_ready_i        (xlate_rsp_ready_i),
    .rsp_o              (xlate_rsp_o),
    .dbg_req_valid_i    (int_req_valid),
    .dbg_req_ready_o    (int_req_ready),
    .dbg_req_i          (int_req),
    .dbg_rsp_valid_o    (int_rsp_valid),
    .dbg_rsp_ready_i    (int_rsp_ready),
    .dbg_rsp_o          (int_rsp),
    .ddtp_mode_i        (ddtp_mode),
    .ddtp_ppn_i         (ddtp_ppn),
    .idle_o             (engine_idle),
    .mem_rd_req_valid_o (wk_rd_valid),
    .mem_rd_req_ready_i (wk_rd_ready),
    .mem_rd_req_o       (wk_rd_req),
    .mem_rd_rsp_valid_i (wk_rsp_valid),
    .mem_rd_rsp_ready_o (wk_rsp_ready),
    .mem_rd_rsp_i       (rsp),
    .fault_valid_o      (fault_valid),
    .fault_ready_i      (fault_ready),
    .fault_o            (fault),
    .inval_valid_i      (inval_valid),
    .inval_ready_o      (inval_ready),
    .inval_i            (inval)
  );

  // ---------------------------------------------------------------------------------------
  // Read arbitration (round robin between engine and command queue) and response routing
  // ---------------------------------------------------------------------------------------

  logic cq_first_q;  // the command queue wins the next tie
  logic grant_cq;
  assign grant_cq    = cq_rd_valid && (!wk_rd_valid || cq_first_q);
  assign rd_valid    = wk_rd_valid || cq_rd_valid;
  assign rd_req      = grant_cq ? cq_rd_req : wk_rd_req;
  assign cq_rd_ready = rd_ready && grant_cq;
  assign wk_rd_ready = rd_ready && !grant_cq;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) cq_first_q <= 1'b0;
    else if (rd_valid && rd_ready) cq_first_q <= !grant_cq;
  end

  logic rsp_to_cq;
  assign rsp_to_cq    = rsp.id == CQ_RD_ID;
  assign cq_rsp_valid = rsp_valid && rsp_to_cq;
  assign wk_rsp_valid = rsp_valid && !rsp_to_cq;
  assign rsp_ready    = rsp_to_cq ? cq_rsp_ready : wk_rsp_ready;

  // ---------------------------------------------------------------------------------------
  // AXI4 master
  // ---------------------------------------------------------------------------------------

  iommu_axi_master u_axi (
    .clk_i,
    .rst_ni,
    .rd_req_valid_i (rd_valid),
    .rd_req_ready_o (rd_ready),
    .rd_req_i       (rd_req),
    .rd_rsp_valid_o (rsp_valid),
    .rd_rsp_ready_i (rsp_ready),
    .rd_rsp_o       (rsp),
    .wr_req_valid_i (wr_valid),
    .wr_req_ready_o (wr_ready),
    .wr_req_i       (wr_req),
    .wr_rsp_valid_o (wr_rsp_valid),
    .wr_rsp_err_o   (wr_rsp_err),
    .m_axi_awid,
    .m_axi_awaddr,
    .m_axi_awlen,
    .m_axi_awsize,
    .m_axi_awburst,
    .m_axi_awprot,
    .m_axi_awvalid,
    .m_axi_awready,
    .m_axi_wdata,
    .m_axi_wstrb,
    .m_axi_wlast,
    .m_axi_wvalid,
    .m_axi_wready,
    .m_axi_bid,
    .m_axi_bresp,
    .m_axi_bvalid,
    .m_axi_bready,
    .m_axi_arid,
    .m_axi_araddr,
    .m_axi_arlen,
    .m_axi_arsize,
    .m_axi_arburst,
    .m_axi_arprot,
    .m_axi_arvalid,
    .m_axi_arready,
    .m_axi_rid,
    .m_axi_rdata,
    .m_axi_rresp,
    .m_axi_rlast,
    .m_axi_rvalid,
    .m_axi_rready
  );

  // tr_response's PBMT is hwinit 0 and its rsvd bits read 0 in the block.
  logic unused_tr_response;
  assign unused_tr_response = ^{tr_response_d.rsvd_custom, tr_response_d.rsvd_59_54,
                                tr_response_d.pbmt, tr_response_d.rsvd_6_1};

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  // Walker reads carry walker ids only; the command queue's id is its own.
  a_walker_ids: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    wk_rd_valid |-> 32'(wk_rd_req.id) < WALKERS);
  // A fault record is taken only by the fault queue: no walk read goes out for a request the
  // engine has already answered with a fault (the engine's own SVA checks its side).
  a_fault_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(fault_valid && !fault_ready) |-> fault_valid && $stable(fault));
  // Internal tags: the debug interface uses DBG_TAG, the page-request unit PQ_TAG; their
  // answers come back on the internal port only (the engine checks that every answer on the
  // translation port has a request with its tag there), each to the source that asked.
  a_dbg_tag: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    dbg_req_valid |-> dbg_req.tag == DBG_TAG);
  a_pq_tag: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pq_req_valid |-> pq_req.tag == PQ_TAG);
  a_int_rsp_tag: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    int_rsp_valid |-> int_rsp.tag == DBG_TAG || int_rsp.tag == PQ_TAG);
  a_int_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(int_req_valid && !int_req_ready) |-> int_req_valid && $stable(int_req));
  a_ats_cmd_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(ats_cmd_valid_o && !ats_cmd_ready_i) |-> ats_cmd_valid_o && $stable(ats_cmd_o));
  // Each internal source has at most one lookup outstanding and gets back only its own.
  logic pq_out_q, dbg_out_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pq_out_q  <= 1'b0;
      dbg_out_q <= 1'b0;
    end else begin
      if (pq_req_valid && pq_req_ready) pq_out_q <= 1'b1;
      else if (pq_rsp_valid && pq_rsp_ready) pq_out_q <= 1'b0;
      if (dbg_req_valid && dbg_req_ready) dbg_out_q <= 1'b1;
      else if (dbg_rsp_valid && dbg_rsp_ready) dbg_out_q <= 1'b0;
    end
  end
  a_pq_rsp_owned: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    pq_rsp_valid |-> pq_out_q);
  a_dbg_rsp_owned: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    dbg_rsp_valid |-> dbg_out_q);
`endif

endmodule

`resetall

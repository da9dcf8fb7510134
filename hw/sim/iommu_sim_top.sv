// iommu_sim_top: the IOMMU (iommu_top) for the co-simulation harness, its pins named for the
// harness's binding by interface prefix: iommu_s_axil_* (register slave), m_axi_* (host
// memory), xlate_req_* / xlate_rsp_* (translation port), iommu_irq_o (wired interrupts),
// ats_cmd_* (ATS commands towards the link), cq_stall_i (holds command fetching, to play
// the reference model's hold_commands), pr_* (page requests from the link: the harness plays
// the root port) and inval_* (the devices' answers to ATS.INVAL, see below).
// Simulation-only top (`// sim-top:` in hw/rtl_files.f).
//
// ATS.INVAL tracking, as the root port does it in the kit (Invalidate Request out, ITag
// held until the Invalidate Completion or a time-out): every ATS.INVAL taken on ats_cmd_*
// while inval_hold_i is 1 is outstanding until the harness completes it (inval_complete_i:
// one cycle per completion, the oldest first) or lets every outstanding one time out
// (inval_expire_i, one cycle; nothing happens when none is outstanding). With inval_hold_i 0
// the devices answer at once (nothing is ever outstanding). The IOMMU sees
// ats_inval_busy_i while any is outstanding and ats_inval_timeout_i from a time-out until
// an IOFENCE.C acknowledges it; inval_pending_o counts the outstanding ones.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_sim_top #(
  parameter int unsigned IOTLB_ENTRIES = 64,
  parameter int unsigned DDTC_ENTRIES  = 8,
  parameter int unsigned PDTC_ENTRIES  = 8,
  parameter int unsigned WALKERS       = 2,
  localparam int unsigned IOMMU_AW = $clog2(iommu_regs_pkg::REGBLOCK_BYTES),
  localparam int unsigned IOMMU_DW = 8 * iommu_regs_pkg::REGBLOCK_BUS_BYTES
) (
  input  wire logic clk_i,
  // The assertions below this top are off while rst_ni is low (`disable iff`): a
  // synchronous use of the asynchronous reset that Verilator flags, on purpose.
  // verilator lint_off SYNCASYNCNET
  input  wire logic rst_ni,  // asynchronous reset, active low
  // verilator lint_on SYNCASYNCNET
  input  wire logic [IOMMU_AW-1:0] iommu_s_axil_awaddr,
  input  wire logic [2:0] iommu_s_axil_awprot,
  input  wire logic iommu_s_axil_awvalid,
  output logic iommu_s_axil_awready,
  input  wire logic [IOMMU_DW-1:0] iommu_s_axil_wdata,
  input  wire logic [IOMMU_DW/8-1:0] iommu_s_axil_wstrb,
  input  wire logic iommu_s_axil_wvalid,
  output logic iommu_s_axil_wready,
  output logic [1:0] iommu_s_axil_bresp,
  output logic iommu_s_axil_bvalid,
  input  wire logic iommu_s_axil_bready,
  input  wire logic [IOMMU_AW-1:0] iommu_s_axil_araddr,
  input  wire logic [2:0] iommu_s_axil_arprot,
  input  wire logic iommu_s_axil_arvalid,
  output logic iommu_s_axil_arready,
  output logic [IOMMU_DW-1:0] iommu_s_axil_rdata,
  output logic [1:0] iommu_s_axil_rresp,
  output logic iommu_s_axil_rvalid,
  input  wire logic iommu_s_axil_rready,
  output logic [3:0] m_axi_awid,
  output logic [63:0] m_axi_awaddr,
  output logic [7:0] m_axi_awlen,
  output logic [2:0] m_axi_awsize,
  output logic [1:0] m_axi_awburst,
  output logic [2:0] m_axi_awprot,
  output logic m_axi_awvalid,
  input  wire logic m_axi_awready,
  output logic [63:0] m_axi_wdata,
  output logic [7:0] m_axi_wstrb,
  output logic m_axi_wlast,
  output logic m_axi_wvalid,
  input  wire logic m_axi_wready,
  input  wire logic [3:0] m_axi_bid,
  input  wire logic [1:0] m_axi_bresp,
  input  wire logic m_axi_bvalid,
  output logic m_axi_bready,
  output logic [3:0] m_axi_arid,
  output logic [63:0] m_axi_araddr,
  output logic [7:0] m_axi_arlen,
  output logic [2:0] m_axi_arsize,
  output logic [1:0] m_axi_arburst,
  output logic [2:0] m_axi_arprot,
  output logic m_axi_arvalid,
  input  wire logic m_axi_arready,
  input  wire logic [3:0] m_axi_rid,
  input  wire logic [63:0] m_axi_rdata,
  input  wire logic [1:0] m_axi_rresp,
  input  wire logic m_axi_rlast,
  input  wire logic m_axi_rvalid,
  output logic m_axi_rready,
  input  wire logic xlate_req_valid,
  output logic xlate_req_ready,
  input  wire iommu_xlate_pkg::xlate_req_t xlate_req,
  output logic xlate_rsp_valid,
  input  wire logic xlate_rsp_ready,
  output iommu_xlate_pkg::xlate_rsp_t xlate_rsp,
  output logic [15:0] iommu_irq_o,
  output logic ats_cmd_valid_o,
  input  wire logic ats_cmd_ready_i,
  output iommu_mem_pkg::cmd_t ats_cmd_o,
  input  wire logic cq_stall_i,
  input  wire logic pr_valid_i,
  output logic pr_ready_o,
  input  wire iommu_mem_pkg::page_request_t pr_i,
  input  wire logic inval_hold_i,
  input  wire logic inval_complete_i,
  input  wire logic inval_expire_i,
  output logic [15:0] inval_pending_o
);

  logic        ats_inval_busy, ats_inval_timeout_q, ats_inval_timeout_ack;
  logic [15:0] pending_q;
  logic        inval_sent;
  iommu_mem_pkg::cmd_ats_t ats_view;
  assign ats_view   = ats_cmd_o;
  assign inval_sent = inval_hold_i && ats_cmd_valid_o && ats_cmd_ready_i &&
                      ats_view.opcode == iommu_mem_pkg::CMD_OPCODE_ATS &&
                      ats_view.func3 == iommu_mem_pkg::ATS_FUNC3_INVAL;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pending_q           <= '0;
      ats_inval_timeout_q <= 1'b0;
    end else begin
      if (inval_expire_i && pending_q != '0) begin
        pending_q           <= 16'(inval_sent);
        ats_inval_timeout_q <= 1'b1;
      end else begin
        pending_q <= pending_q + 16'(inval_sent) - 16'(inval_complete_i && pending_q != '0);
        if (ats_inval_timeout_ack) ats_inval_timeout_q <= 1'b0;
      end
    end
  end
  assign ats_inval_busy  = pending_q != '0;
  assign inval_pending_o = pending_q;
  // The rest of the ATS command is the message body.
  logic unused_ats_view;
  assign unused_ats_view = ^{ats_view.payload, ats_view.dseg, ats_view.rid, ats_view.rsvd_39_34,
                             ats_view.dsv, ats_view.pv, ats_view.pid, ats_view.rsvd_11_10};

  iommu_top #(
    .IOTLB_ENTRIES (IOTLB_ENTRIES),
    .DDTC_ENTRIES  (DDTC_ENTRIES),
    .PDTC_ENTRIES  (PDTC_ENTRIES),
    .WALKERS       (WALKERS)
  ) u_iommu (
    .clk_i (clk_i),
    .rst_ni (rst_ni),
    .s_axil_awaddr (iommu_s_axil_awaddr),
    .s_axil_awprot (iommu_s_axil_awprot),
    .s_axil_awvalid (iommu_s_axil_awvalid),
    .s_axil_awready (iommu_s_axil_awready),
    .s_axil_wdata (iommu_s_axil_wdata),
    .s_axil_wstrb (iommu_s_axil_wstrb),
    .s_axil_wvalid (iommu_s_axil_wvalid),
    .s_axil_wready (iommu_s_axil_wready),
    .s_axil_bresp (iommu_s_axil_bresp),
    .s_axil_bvalid (iommu_s_axil_bvalid),
    .s_axil_bready (iommu_s_axil_bready),
    .s_axil_araddr (iommu_s_axil_araddr),
    .s_axil_arprot (iommu_s_axil_arprot),
    .s_axil_arvalid (iommu_s_axil_arvalid),
    .s_axil_arready (iommu_s_axil_arready),
    .s_axil_rdata (iommu_s_axil_rdata),
    .s_axil_rresp (iommu_s_axil_rresp),
    .s_axil_rvalid (iommu_s_axil_rvalid),
    .s_axil_rready (iommu_s_axil_rready),
    .m_axi_awid (m_axi_awid),
    .m_axi_awaddr (m_axi_awaddr),
    .m_axi_awlen (m_axi_awlen),
    .m_axi_awsize (m_axi_awsize),
    .m_axi_awburst (m_axi_awburst),
    .m_axi_awprot (m_axi_awprot),
    .m_axi_awvalid (m_axi_awvalid),
    .m_axi_awready (m_axi_awready),
    .m_axi_wdata (m_axi_wdata),
    .m_axi_wstrb (m_axi_wstrb),
    .m_axi_wlast (m_axi_wlast),
    .m_axi_wvalid (m_axi_wvalid),
    .m_axi_wready (m_axi_wready),
    .m_axi_bid (m_axi_bid),
    .m_axi_bresp (m_axi_bresp),
    .m_axi_bvalid (m_axi_bvalid),
    .m_axi_bready (m_axi_bready),
    .m_axi_arid (m_axi_arid),
    .m_axi_araddr (m_axi_araddr),
    .m_axi_arlen (m_axi_arlen),
    .m_axi_arsize (m_axi_arsize),
    .m_axi_arburst (m_axi_arburst),
    .m_axi_arprot (m_axi_arprot),
    .m_axi_arvalid (m_axi_arvalid),
    .m_axi_arready (m_axi_arready),
    .m_axi_rid (m_axi_rid),
    .m_axi_rdata (m_axi_rdata),
    .m_axi_rresp (m_axi_rresp),
    .m_axi_rlast (m_axi_rlast),
    .m_axi_rvalid (m_axi_rvalid),
    .m_axi_rready (m_axi_rready),
    .xlate_req_valid_i (xlate_req_valid),
    .xlate_req_ready_o (xlate_req_ready),
    .xlate_req_i (xlate_req),
    .xlate_rsp_valid_o (xlate_rsp_valid),
    .xlate_rsp_ready_i (xlate_rsp_ready),
    .xlate_rsp_o (xlate_rsp),
    .irq_o (iommu_irq_o),
    .ats_cmd_valid_o (ats_cmd_valid_o),
    .ats_cmd_ready_i (ats_cmd_ready_i),
    .ats_cmd_o (ats_cmd_o),
    .cq_stall_i (cq_stall_i),
    // No link here yet: no page requests, no invalidations awaited.
    .pr_valid_i (pr_valid_i),
    .pr_ready_o (pr_ready_o),
    .pr_i (pr_i),
    .ats_inval_busy_i (ats_inval_busy),
    .ats_inval_timeout_i (ats_inval_timeout_q),
    .ats_inval_timeout_ack_o (ats_inval_timeout_ack)
  );

endmodule

`resetall

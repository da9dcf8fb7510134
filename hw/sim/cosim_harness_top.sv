// cosim_harness_top: the co-simulation harness of issue [B] (see cosim/README.md).
//
// It gives every bus model of the co-simulation a design to talk to before the IOMMU and the
// root port exist:
//   - iommu_s_axil_* / rpcfg_s_axil_*: the two generated register blocks (hw/gen), with their
//     hardware interfaces brought out as flat ports, so that a test drives hw2reg (what the
//     core would drive) and watches reg2hw;
//   - m_axi_*: the AXI4 master of a small copy engine (hw/sim/axi_copy_engine.sv), started by
//     the dma_* pins, towards the host-memory model; irq_o rises when a copy ends;
//   - rx_tlp_* / tx_tlp_*: a TLP FIFO from the link's receive side back to its transmit side
//     (hw/sim/tlp_loopback.sv), for the TLP source and sink models.
// Simulation-only top (`// sim-top:` in hw/rtl_files.f): linted, not synthesized for a board.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module cosim_harness_top #(
  // Register-port widths, fixed by the register maps (window size and bus width).
  localparam int unsigned IOMMU_AW = $clog2(iommu_regs_pkg::REGBLOCK_BYTES),
  localparam int unsigned IOMMU_DW = 8 * iommu_regs_pkg::REGBLOCK_BUS_BYTES,
  localparam int unsigned RPCFG_AW = $clog2(pcie_rp_cfg_pkg::REGBLOCK_BYTES),
  localparam int unsigned RPCFG_DW = 8 * pcie_rp_cfg_pkg::REGBLOCK_BUS_BYTES
) (
  input  wire logic         clk_i,
  input  wire logic         rst_ni,  // asynchronous reset, active low

  // IOMMU register block: 64-bit AXI4-Lite slave and its hardware interface
  input  wire logic [IOMMU_AW-1:0]  iommu_s_axil_awaddr,
  input  wire logic [2:0]   iommu_s_axil_awprot,
  input  wire logic         iommu_s_axil_awvalid,
  output logic              iommu_s_axil_awready,
  input  wire logic [IOMMU_DW-1:0]  iommu_s_axil_wdata,
  input  wire logic [IOMMU_DW/8-1:0]   iommu_s_axil_wstrb,
  input  wire logic         iommu_s_axil_wvalid,
  output logic              iommu_s_axil_wready,
  output logic [1:0]        iommu_s_axil_bresp,
  output logic              iommu_s_axil_bvalid,
  input  wire logic         iommu_s_axil_bready,
  input  wire logic [IOMMU_AW-1:0]  iommu_s_axil_araddr,
  input  wire logic [2:0]   iommu_s_axil_arprot,
  input  wire logic         iommu_s_axil_arvalid,
  output logic              iommu_s_axil_arready,
  output logic [IOMMU_DW-1:0]       iommu_s_axil_rdata,
  output logic [1:0]        iommu_s_axil_rresp,
  output logic              iommu_s_axil_rvalid,
  input  wire logic         iommu_s_axil_rready,
  output iommu_regs_reg_pkg::iommu_regs_reg2hw_t  iommu_reg2hw,
  input  wire iommu_regs_reg_pkg::iommu_regs_hw2reg_t iommu_hw2reg,

  // Root-port configuration space: 32-bit AXI4-Lite slave and its hardware interface
  input  wire logic [RPCFG_AW-1:0]  rpcfg_s_axil_awaddr,
  input  wire logic [2:0]   rpcfg_s_axil_awprot,
  input  wire logic         rpcfg_s_axil_awvalid,
  output logic              rpcfg_s_axil_awready,
  input  wire logic [RPCFG_DW-1:0]  rpcfg_s_axil_wdata,
  input  wire logic [RPCFG_DW/8-1:0]   rpcfg_s_axil_wstrb,
  input  wire logic         rpcfg_s_axil_wvalid,
  output logic              rpcfg_s_axil_wready,
  output logic [1:0]        rpcfg_s_axil_bresp,
  output logic              rpcfg_s_axil_bvalid,
  input  wire logic         rpcfg_s_axil_bready,
  input  wire logic [RPCFG_AW-1:0]  rpcfg_s_axil_araddr,
  input  wire logic [2:0]   rpcfg_s_axil_arprot,
  input  wire logic         rpcfg_s_axil_arvalid,
  output logic              rpcfg_s_axil_arready,
  output logic [RPCFG_DW-1:0]       rpcfg_s_axil_rdata,
  output logic [1:0]        rpcfg_s_axil_rresp,
  output logic              rpcfg_s_axil_rvalid,
  input  wire logic         rpcfg_s_axil_rready,
  output pcie_rp_cfg_reg_pkg::pcie_rp_cfg_reg2hw_t  rpcfg_reg2hw,
  input  wire pcie_rp_cfg_reg_pkg::pcie_rp_cfg_hw2reg_t rpcfg_hw2reg,

  // Copy engine control (see axi_copy_engine.sv)
  input  wire logic         dma_start,
  input  wire logic [63:0]  dma_src,
  input  wire logic [63:0]  dma_dst,
  input  wire logic [31:0]  dma_len,
  output logic              dma_busy,
  output logic              dma_error,
  output logic              irq_o,   // copy finished; cleared by the next dma_start

  // AXI4 master towards host memory (64-bit data, 64-bit address, 4-bit ID)
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

  // PCIe link side: TLPs from the endpoint (rx) and towards it (tx); see tlp_loopback.sv
  input  wire logic [63:0]  rx_tlp_data,
  input  wire logic [1:0]   rx_tlp_keep,
  input  wire logic         rx_tlp_sop,
  input  wire logic         rx_tlp_eop,
  input  wire logic         rx_tlp_valid,
  output logic              rx_tlp_ready,
  output logic [63:0]       tx_tlp_data,
  output logic [1:0]        tx_tlp_keep,
  output logic              tx_tlp_sop,
  output logic              tx_tlp_eop,
  output logic              tx_tlp_valid,
  input  wire logic         tx_tlp_ready
);

  iommu_regs_reg_top u_iommu_regs (
    .clk_i,
    .rst_ni,
    .s_axil_awaddr   (iommu_s_axil_awaddr),
    .s_axil_awprot   (iommu_s_axil_awprot),
    .s_axil_awvalid  (iommu_s_axil_awvalid),
    .s_axil_awready  (iommu_s_axil_awready),
    .s_axil_wdata    (iommu_s_axil_wdata),
    .s_axil_wstrb    (iommu_s_axil_wstrb),
    .s_axil_wvalid   (iommu_s_axil_wvalid),
    .s_axil_wready   (iommu_s_axil_wready),
    .s_axil_bresp    (iommu_s_axil_bresp),
    .s_axil_bvalid   (iommu_s_axil_bvalid),
    .s_axil_bready   (iommu_s_axil_bready),
    .s_axil_araddr   (iommu_s_axil_araddr),
    .s_axil_arprot   (iommu_s_axil_arprot),
    .s_axil_arvalid  (iommu_s_axil_arvalid),
    .s_axil_arready  (iommu_s_axil_arready),
    .s_axil_rdata    (iommu_s_axil_rdata),
    .s_axil_rresp    (iommu_s_axil_rresp),
    .s_axil_rvalid   (iommu_s_axil_rvalid),
    .s_axil_rready   (iommu_s_axil_rready),
    .reg2hw (iommu_reg2hw),
    .hw2reg (iommu_hw2reg)
  );

  pcie_rp_cfg_reg_top u_rpcfg (
    .clk_i,
    .rst_ni,
    .s_axil_awaddr   (rpcfg_s_axil_awaddr),
    .s_axil_awprot   (rpcfg_s_axil_awprot),
    .s_axil_awvalid  (rpcfg_s_axil_awvalid),
    .s_axil_awready  (rpcfg_s_axil_awready),
    .s_axil_wdata    (rpcfg_s_axil_wdata),
    .s_axil_wstrb    (rpcfg_s_axil_wstrb),
    .s_axil_wvalid   (rpcfg_s_axil_wvalid),
    .s_axil_wready   (rpcfg_s_axil_wready),
    .s_axil_bresp    (rpcfg_s_axil_bresp),
    .s_axil_bvalid   (rpcfg_s_axil_bvalid),
    .s_axil_bready   (rpcfg_s_axil_bready),
    .s_axil_araddr   (rpcfg_s_axil_araddr),
    .s_axil_arprot   (rpcfg_s_axil_arprot),
    .s_axil_arvalid  (rpcfg_s_axil_arvalid),
    .s_axil_arready  (rpcfg_s_axil_arready),
    .s_axil_rdata    (rpcfg_s_axil_rdata),
    .s_axil_rresp    (rpcfg_s_axil_rresp),
    .s_axil_rvalid   (rpcfg_s_axil_rvalid),
    .s_axil_rready   (rpcfg_s_axil_rready),
    .reg2hw (rpcfg_reg2hw),
    .hw2reg (rpcfg_hw2reg)
  );

  logic dma_done;

  axi_copy_engine u_copy (
    .clk_i,
    .rst_ni,
    .start_i (dma_start),
    .src_i   (dma_src),
    .dst_i   (dma_dst),
    .len_i   (dma_len),
    .busy_o  (dma_busy),
    .done_o  (dma_done),
    .error_o (dma_error),
    .m_axi_awid     (m_axi_awid),
    .m_axi_awaddr   (m_axi_awaddr),
    .m_axi_awlen    (m_axi_awlen),
    .m_axi_awsize   (m_axi_awsize),
    .m_axi_awburst  (m_axi_awburst),
    .m_axi_awprot   (m_axi_awprot),
    .m_axi_awvalid  (m_axi_awvalid),
    .m_axi_awready  (m_axi_awready),
    .m_axi_wdata    (m_axi_wdata),
    .m_axi_wstrb    (m_axi_wstrb),
    .m_axi_wlast    (m_axi_wlast),
    .m_axi_wvalid   (m_axi_wvalid),
    .m_axi_wready   (m_axi_wready),
    .m_axi_bid      (m_axi_bid),
    .m_axi_bresp    (m_axi_bresp),
    .m_axi_bvalid   (m_axi_bvalid),
    .m_axi_bready   (m_axi_bready),
    .m_axi_arid     (m_axi_arid),
    .m_axi_araddr   (m_axi_araddr),
    .m_axi_arlen    (m_axi_arlen),
    .m_axi_arsize   (m_axi_arsize),
    .m_axi_arburst  (m_axi_arburst),
    .m_axi_arprot   (m_axi_arprot),
    .m_axi_arvalid  (m_axi_arvalid),
    .m_axi_arready  (m_axi_arready),
    .m_axi_rid      (m_axi_rid),
    .m_axi_rdata    (m_axi_rdata),
    .m_axi_rresp    (m_axi_rresp),
    .m_axi_rlast    (m_axi_rlast),
    .m_axi_rvalid   (m_axi_rvalid),
    .m_axi_rready   (m_axi_rready)
  );

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      irq_o <= 1'b0;
    end else if (dma_done) begin
      irq_o <= 1'b1;
    end else if (dma_start && !dma_busy) begin
      irq_o <= 1'b0;
    end
  end

  tlp_loopback u_tlp (
    .clk_i,
    .rst_ni,
    .rx_tlp_data  (rx_tlp_data),
    .rx_tlp_keep  (rx_tlp_keep),
    .rx_tlp_sop   (rx_tlp_sop),
    .rx_tlp_eop   (rx_tlp_eop),
    .rx_tlp_valid (rx_tlp_valid),
    .rx_tlp_ready (rx_tlp_ready),
    .tx_tlp_data  (tx_tlp_data),
    .tx_tlp_keep  (tx_tlp_keep),
    .tx_tlp_sop   (tx_tlp_sop),
    .tx_tlp_eop   (tx_tlp_eop),
    .tx_tlp_valid (tx_tlp_valid),
    .tx_tlp_ready (tx_tlp_ready)
  );

endmodule

`resetall

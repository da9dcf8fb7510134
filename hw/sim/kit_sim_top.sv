// kit_sim_top: the synthesizable top (pcie_iommu_top: root port + IOMMU) for the co-simulation
// harness, its pins named for the harness's binding by interface prefix: host_s_axil_* (the
// host register slave; the harness also offers its IOMMU, ECAM and MMIO windows as the ports
// `iommu`, `ecam` and `mmio`, from regmaps/kit_map_pkg.sv), m_axi_* (host memory),
// rx_tlp_* / tx_tlp_* (the link, where the endpoint model sits), iommu_irq_o and rp_irq_o
// (watched interrupts), cq_stall_i (holds the IOMMU's command fetching).
// kit_sim_top_noprefix.sv holds the same design built without End-End TLP prefix support.
// Simulation-only top (`// sim-top:`).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module kit_sim_top #(
  parameter int unsigned IOTLB_ENTRIES       = 64,
  parameter bit          EE_PREFIX_SUPPORTED = 1'b1,
  parameter int unsigned MAX_EE_PREFIXES     = 1,
  // Short enough that a test sees a configuration request time out in a few thousand cycles.
  parameter int unsigned CPL_TIMEOUT_CYCLES  = 4096,
  parameter bit          PRI_SUPPORTED       = 1'b1,
  // Short enough that a test sees an Invalidate Request time out in a few thousand cycles
  // (the root port retires it between 1x and 1.5x this; PCIe's is 1 minute).
  parameter int unsigned INVAL_TIMEOUT_CYCLES = 4096,
  localparam int unsigned HOST_AW = kit_map_pkg::HOST_ADDR_WIDTH,
  localparam int unsigned HOST_DW = kit_map_pkg::HOST_DATA_WIDTH,
  localparam int unsigned AXI_ID_WIDTH = iommu_core_pkg::MEM_ID_WIDTH + 1
) (
  input  wire logic clk_i,
  // The assertions below this top are off while rst_ni is low (`disable iff`): a
  // synchronous use of the asynchronous reset that Verilator flags, on purpose.
  // verilator lint_off SYNCASYNCNET
  input  wire logic rst_ni,  // asynchronous reset, active low
  // verilator lint_on SYNCASYNCNET
  input  wire logic [HOST_AW-1:0] host_s_axil_awaddr,
  input  wire logic [2:0] host_s_axil_awprot,
  input  wire logic host_s_axil_awvalid,
  output logic host_s_axil_awready,
  input  wire logic [HOST_DW-1:0] host_s_axil_wdata,
  input  wire logic [HOST_DW/8-1:0] host_s_axil_wstrb,
  input  wire logic host_s_axil_wvalid,
  output logic host_s_axil_wready,
  output logic [1:0] host_s_axil_bresp,
  output logic host_s_axil_bvalid,
  input  wire logic host_s_axil_bready,
  input  wire logic [HOST_AW-1:0] host_s_axil_araddr,
  input  wire logic [2:0] host_s_axil_arprot,
  input  wire logic host_s_axil_arvalid,
  output logic host_s_axil_arready,
  output logic [HOST_DW-1:0] host_s_axil_rdata,
  output logic [1:0] host_s_axil_rresp,
  output logic host_s_axil_rvalid,
  input  wire logic host_s_axil_rready,
  output logic [AXI_ID_WIDTH-1:0] m_axi_awid,
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
  input  wire logic [AXI_ID_WIDTH-1:0] m_axi_bid,
  input  wire logic [1:0] m_axi_bresp,
  input  wire logic m_axi_bvalid,
  output logic m_axi_bready,
  output logic [AXI_ID_WIDTH-1:0] m_axi_arid,
  output logic [63:0] m_axi_araddr,
  output logic [7:0] m_axi_arlen,
  output logic [2:0] m_axi_arsize,
  output logic [1:0] m_axi_arburst,
  output logic [2:0] m_axi_arprot,
  output logic m_axi_arvalid,
  input  wire logic m_axi_arready,
  input  wire logic [AXI_ID_WIDTH-1:0] m_axi_rid,
  input  wire logic [63:0] m_axi_rdata,
  input  wire logic [1:0] m_axi_rresp,
  input  wire logic m_axi_rlast,
  input  wire logic m_axi_rvalid,
  output logic m_axi_rready,
  input  wire logic [63:0] rx_tlp_data,
  input  wire logic [1:0] rx_tlp_keep,
  input  wire logic rx_tlp_sop,
  input  wire logic rx_tlp_eop,
  input  wire logic rx_tlp_valid,
  output logic rx_tlp_ready,
  output logic [63:0] tx_tlp_data,
  output logic [1:0] tx_tlp_keep,
  output logic tx_tlp_sop,
  output logic tx_tlp_eop,
  output logic tx_tlp_valid,
  input  wire logic tx_tlp_ready,
  output logic [15:0] iommu_irq_o,
  output logic rp_irq_o,
  input  wire logic cq_stall_i
);

  pcie_iommu_top #(
    .IOTLB_ENTRIES       (IOTLB_ENTRIES),
    .EE_PREFIX_SUPPORTED (EE_PREFIX_SUPPORTED),
    .MAX_EE_PREFIXES     (MAX_EE_PREFIXES),
    .CPL_TIMEOUT_CYCLES  (CPL_TIMEOUT_CYCLES),
    .PRI_SUPPORTED       (PRI_SUPPORTED),
    .INVAL_TIMEOUT_CYCLES (INVAL_TIMEOUT_CYCLES)
  ) u_top (
    .clk_i, .rst_ni,
    .s_axil_awaddr (host_s_axil_awaddr), .s_axil_awprot (host_s_axil_awprot),
    .s_axil_awvalid (host_s_axil_awvalid), .s_axil_awready (host_s_axil_awready),
    .s_axil_wdata (host_s_axil_wdata), .s_axil_wstrb (host_s_axil_wstrb),
    .s_axil_wvalid (host_s_axil_wvalid), .s_axil_wready (host_s_axil_wready),
    .s_axil_bresp (host_s_axil_bresp), .s_axil_bvalid (host_s_axil_bvalid),
    .s_axil_bready (host_s_axil_bready), .s_axil_araddr (host_s_axil_araddr),
    .s_axil_arprot (host_s_axil_arprot), .s_axil_arvalid (host_s_axil_arvalid),
    .s_axil_arready (host_s_axil_arready), .s_axil_rdata (host_s_axil_rdata),
    .s_axil_rresp (host_s_axil_rresp), .s_axil_rvalid (host_s_axil_rvalid),
    .s_axil_rready (host_s_axil_rready),
    .m_axi_awid, .m_axi_awaddr, .m_axi_awlen, .m_axi_awsize, .m_axi_awburst, .m_axi_awprot,
    .m_axi_awvalid, .m_axi_awready, .m_axi_wdata, .m_axi_wstrb, .m_axi_wlast, .m_axi_wvalid,
    .m_axi_wready, .m_axi_bid, .m_axi_bresp, .m_axi_bvalid, .m_axi_bready, .m_axi_arid,
    .m_axi_araddr, .m_axi_arlen, .m_axi_arsize, .m_axi_arburst, .m_axi_arprot,
    .m_axi_arvalid, .m_axi_arready, .m_axi_rid, .m_axi_rdata, .m_axi_rresp, .m_axi_rlast,
    .m_axi_rvalid, .m_axi_rready,
    .rx_tlp_data, .rx_tlp_keep, .rx_tlp_sop, .rx_tlp_eop, .rx_tlp_valid, .rx_tlp_ready,
    .tx_tlp_data, .tx_tlp_keep, .tx_tlp_sop, .tx_tlp_eop, .tx_tlp_valid, .tx_tlp_ready,
    .iommu_irq_o, .rp_irq_o, .cq_stall_i
  );

endmodule

`resetall

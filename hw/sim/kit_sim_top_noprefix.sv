// kit_sim_top_noprefix: kit_sim_top built without End-End TLP prefix support: DEVCAP2 says
// so, and the root port treats a received End-End prefix as Malformed. For the driver's PASID
// path checks (PASID enable must be refused naming the root port). Simulation-only top.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module kit_sim_top_noprefix #(
  localparam int unsigned HOST_AW = kit_map_pkg::HOST_ADDR_WIDTH,
  localparam int unsigned HOST_DW = kit_map_pkg::HOST_DATA_WIDTH,
  localparam int unsigned AXI_ID_WIDTH = iommu_core_pkg::MEM_ID_WIDTH + 1
) (
  input  wire logic clk_i,
  // The assertions below this top are off while rst_ni is low (`disable iff`): a
  // synchronous use of the asynchronous reset that Verilator flags, on purpose.
  // verilator lint_off SYNCASYNCNET
  input  wire logic rst_ni,
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
  kit_sim_top #(.EE_PREFIX_SUPPORTED (1'b0), .IOTLB_ENTRIES (16)) u_kit (.*);
endmodule

`resetall

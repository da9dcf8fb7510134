// pcie_iommu_top: the synthesizable top an FPGA user instantiates: the PCIe root port with
// End-End TLP prefix support (pcie_rootport) in front of the PASID-capable RISC-V IOMMU
// (iommu_top), with the interconnect between them.
//
// Ports (one clock, one asynchronous active-low reset):
//   s_axil_*   host register slave, AXI4-Lite, 64-bit data, 32-bit address, windows as
//              regmaps/kit_map_pkg.sv says: IOMMU registers at IOMMU_REGS_BASE, the ECAM
//              window at ECAM_BASE (the root port's own configuration space and, through it,
//              configuration requests on the link), downstream memory at MMIO_BASE.
//   m_axi_*    host memory master, AXI4, 64-bit data and address, 5-bit ID: ID bit 4 = 0 for
//              the IOMMU's table walks, queue reads and record writes, 1 for device DMA.
//   rx_tlp_*   TLPs from the link (the PCIe core's receive side: 64-bit beats of two DWs,
//              earlier DW in [31:0], wire byte order, keep per DW, sop/eop, valid/ready).
//   tx_tlp_*   TLPs to the link, same convention.
//   iommu_irq_o  the IOMMU's wired interrupts (bit v: a source whose icvec vector is v).
//   rp_irq_o     the root port's own interrupt (AER root errors, PME), level.
//   cq_stall_i   test input that holds the IOMMU's command fetching: tie to 0.
//
// Build parameters: the IOMMU's cache sizes, the root port's End-End TLP prefix support
// (DEVCAP2), its completion time-out, page-request forwarding and the Invalidate Request
// time-out. hw/top/README.md lists every port (width, clock, reset) and describes how to
// connect a vendor PCIe hard IP's TLP streams; pcie_iommu_top.xdc / .lpf are example
// constraints.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module pcie_iommu_top #(
  parameter int unsigned IOTLB_ENTRIES       = 64,     // IOTLB entries (fully associative)
  parameter int unsigned DDTC_ENTRIES        = 8,      // device-context cache entries
  parameter int unsigned PDTC_ENTRIES        = 8,      // process-context cache entries
  parameter int unsigned WALKERS             = 2,      // concurrent page-table walks
  parameter bit          EE_PREFIX_SUPPORTED = 1'b1,   // DEVCAP2 End-End TLP Prefix Supported
  parameter int unsigned MAX_EE_PREFIXES     = 1,      // DEVCAP2 Max End-End TLP Prefixes (1..4)
  parameter int unsigned CPL_TIMEOUT_CYCLES  = 50000,  // completion time-out of the port's requests
  parameter bit          PRI_SUPPORTED       = 1'b1,   // Page Requests go to the IOMMU (else UR)
  // Invalidate Request time-out (cycles): PCIe's 1 minute at 50 MHz
  parameter int unsigned INVAL_TIMEOUT_CYCLES = 32'd3_000_000_000,
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

  // Host register slave
  input  wire logic [HOST_AW-1:0]   s_axil_awaddr,
  input  wire logic [2:0]           s_axil_awprot,
  input  wire logic                 s_axil_awvalid,
  output logic                      s_axil_awready,
  input  wire logic [HOST_DW-1:0]   s_axil_wdata,
  input  wire logic [HOST_DW/8-1:0] s_axil_wstrb,
  input  wire logic                 s_axil_wvalid,
  output logic                      s_axil_wready,
  output logic [1:0]                s_axil_bresp,
  output logic                      s_axil_bvalid,
  input  wire logic                 s_axil_bready,
  input  wire logic [HOST_AW-1:0]   s_axil_araddr,
  input  wire logic [2:0]           s_axil_arprot,
  input  wire logic                 s_axil_arvalid,
  output logic                      s_axil_arready,
  output logic [HOST_DW-1:0]        s_axil_rdata,
  output logic [1:0]                s_axil_rresp,
  output logic                      s_axil_rvalid,
  input  wire logic                 s_axil_rready,

  // Host memory master
  output logic [AXI_ID_WIDTH-1:0]   m_axi_awid,
  output logic [63:0]               m_axi_awaddr,
  output logic [7:0]                m_axi_awlen,
  output logic [2:0]                m_axi_awsize,
  output logic [1:0]                m_axi_awburst,
  output logic [2:0]                m_axi_awprot,
  output logic                      m_axi_awvalid,
  input  wire logic                 m_axi_awready,
  output logic [63:0]               m_axi_wdata,
  output logic [7:0]                m_axi_wstrb,
  output logic                      m_axi_wlast,
  output logic                      m_axi_wvalid,
  input  wire logic                 m_axi_wready,
  input  wire logic [AXI_ID_WIDTH-1:0] m_axi_bid,
  input  wire logic [1:0]           m_axi_bresp,
  input  wire logic                 m_axi_bvalid,
  output logic                      m_axi_bready,
  output logic [AXI_ID_WIDTH-1:0]   m_axi_arid,
  output logic [63:0]               m_axi_araddr,
  output logic [7:0]                m_axi_arlen,
  output logic [2:0]                m_axi_arsize,
  output logic [1:0]                m_axi_arburst,
  output logic [2:0]                m_axi_arprot,
  output logic                      m_axi_arvalid,
  input  wire logic                 m_axi_arready,
  input  wire logic [AXI_ID_WIDTH-1:0] m_axi_rid,
  input  wire logic [63:0]          m_axi_rdata,
  input  wire logic [1:0]           m_axi_rresp,
  input  wire logic                 m_axi_rlast,
  input  wire logic                 m_axi_rvalid,
  output logic                      m_axi_rready,

  // Link
  input  wire logic [63:0]          rx_tlp_data,
  input  wire logic [1:0]           rx_tlp_keep,
  input  wire logic                 rx_tlp_sop,
  input  wire logic                 rx_tlp_eop,
  input  wire logic                 rx_tlp_valid,
  output logic                      rx_tlp_ready,
  output logic [63:0]               tx_tlp_data,
  output logic [1:0]                tx_tlp_keep,
  output logic                      tx_tlp_sop,
  output logic                      tx_tlp_eop,
  output logic                      tx_tlp_valid,
  input  wire logic                 tx_tlp_ready,

  // Interrupts, test input
  output logic [15:0]               iommu_irq_o,
  output logic                      rp_irq_o,
  input  wire logic                 cq_stall_i
);

  localparam int unsigned IOMMU_AW = $clog2(iommu_regs_pkg::REGBLOCK_BYTES);
  localparam int unsigned SRC_ID_WIDTH = iommu_core_pkg::MEM_ID_WIDTH;

  if (HOST_DW != 8 * iommu_regs_pkg::REGBLOCK_BUS_BYTES) begin : g_bad_width
    $error("pcie_iommu_top: the host slave must be as wide as the IOMMU's register bus");
  end

  // ---------------------------------------------------------------------------------------
  // Host register bus: the IOMMU's window, everything else to the root port.
  // ---------------------------------------------------------------------------------------
  logic [IOMMU_AW-1:0]  im_awaddr, im_araddr;
  logic [2:0]           im_awprot, im_arprot;
  logic                 im_awvalid, im_awready, im_wvalid, im_wready, im_bvalid, im_bready;
  logic                 im_arvalid, im_arready, im_rvalid, im_rready;
  logic [HOST_DW-1:0]   im_wdata, im_rdata;
  logic [HOST_DW/8-1:0] im_wstrb;
  logic [1:0]           im_bresp, im_rresp;

  logic [HOST_AW-1:0]   rp_awaddr, rp_araddr;
  logic [2:0]           rp_awprot, rp_arprot;
  logic                 rp_awvalid, rp_awready, rp_wvalid, rp_wready, rp_bvalid, rp_bready;
  logic                 rp_arvalid, rp_arready, rp_rvalid, rp_rready;
  logic [HOST_DW-1:0]   rp_wdata, rp_rdata;
  logic [HOST_DW/8-1:0] rp_wstrb;
  logic [1:0]           rp_bresp, rp_rresp;

  axil_demux #(
    .ADDR_WIDTH    (HOST_AW),
    .DATA_WIDTH    (HOST_DW),
    .M0_ADDR_WIDTH (IOMMU_AW),
    .BASE0         (kit_map_pkg::IOMMU_REGS_BASE),
    .SIZE0         (kit_map_pkg::IOMMU_REGS_SIZE)
  ) u_host_demux (
    .clk_i, .rst_ni,
    .s_axil_awaddr, .s_axil_awprot, .s_axil_awvalid, .s_axil_awready,
    .s_axil_wdata, .s_axil_wstrb, .s_axil_wvalid, .s_axil_wready,
    .s_axil_bresp, .s_axil_bvalid, .s_axil_bready,
    .s_axil_araddr, .s_axil_arprot, .s_axil_arvalid, .s_axil_arready,
    .s_axil_rdata, .s_axil_rresp, .s_axil_rvalid, .s_axil_rready,
    .m0_axil_awaddr (im_awaddr), .m0_axil_awprot (im_awprot), .m0_axil_awvalid (im_awvalid),
    .m0_axil_awready (im_awready), .m0_axil_wdata (im_wdata), .m0_axil_wstrb (im_wstrb),
    .m0_axil_wvalid (im_wvalid), .m0_axil_wready (im_wready), .m0_axil_bresp (im_bresp),
    .m0_axil_bvalid (im_bvalid), .m0_axil_bready (im_bready), .m0_axil_araddr (im_araddr),
    .m0_axil_arprot (im_arprot), .m0_axil_arvalid (im_arvalid), .m0_axil_arready (im_arready),
    .m0_axil_rdata (im_rdata), .m0_axil_rresp (im_rresp), .m0_axil_rvalid (im_rvalid),
    .m0_axil_rready (im_rready),
    .m1_axil_awaddr (rp_awaddr), .m1_axil_awprot (rp_awprot), .m1_axil_awvalid (rp_awvalid),
    .m1_axil_awready (rp_awready), .m1_axil_wdata (rp_wdata), .m1_axil_wstrb (rp_wstrb),
    .m1_axil_wvalid (rp_wvalid), .m1_axil_wready (rp_wready), .m1_axil_bresp (rp_bresp),
    .m1_axil_bvalid (rp_bvalid), .m1_axil_bready (rp_bready), .m1_axil_araddr (rp_araddr),
    .m1_axil_arprot (rp_arprot), .m1_axil_arvalid (rp_arvalid), .m1_axil_arready (rp_arready),
    .m1_axil_rdata (rp_rdata), .m1_axil_rresp (rp_rresp), .m1_axil_rvalid (rp_rvalid),
    .m1_axil_rready (rp_rready)
  );

  // ---------------------------------------------------------------------------------------
  // Memory: source 0 the IOMMU, source 1 the root port's DMA.
  // ---------------------------------------------------------------------------------------
  logic [1:0][SRC_ID_WIDTH-1:0] s_awid, s_bid, s_arid, s_rid;
  logic [1:0][63:0]             s_awaddr, s_wdata, s_araddr, s_rdata;
  logic [1:0][7:0]              s_awlen, s_wstrb, s_arlen;
  logic [1:0][2:0]              s_awsize, s_awprot, s_arsize, s_arprot;
  logic [1:0][1:0]              s_awburst, s_bresp, s_arburst, s_rresp;
  logic [1:0]                   s_awvalid, s_awready, s_wlast, s_wvalid, s_wready;
  logic [1:0]                   s_bvalid, s_bready, s_arvalid, s_arready;
  logic [1:0]                   s_rlast, s_rvalid, s_rready;

  axi_mux #(.ID_WIDTH (SRC_ID_WIDTH)) u_mem_mux (
    .clk_i, .rst_ni,
    .s_axi_awid (s_awid), .s_axi_awaddr (s_awaddr), .s_axi_awlen (s_awlen),
    .s_axi_awsize (s_awsize), .s_axi_awburst (s_awburst), .s_axi_awprot (s_awprot),
    .s_axi_awvalid (s_awvalid), .s_axi_awready (s_awready), .s_axi_wdata (s_wdata),
    .s_axi_wstrb (s_wstrb), .s_axi_wlast (s_wlast), .s_axi_wvalid (s_wvalid),
    .s_axi_wready (s_wready), .s_axi_bid (s_bid), .s_axi_bresp (s_bresp),
    .s_axi_bvalid (s_bvalid), .s_axi_bready (s_bready), .s_axi_arid (s_arid),
    .s_axi_araddr (s_araddr), .s_axi_arlen (s_arlen), .s_axi_arsize (s_arsize),
    .s_axi_arburst (s_arburst), .s_axi_arprot (s_arprot), .s_axi_arvalid (s_arvalid),
    .s_axi_arready (s_arready), .s_axi_rid (s_rid), .s_axi_rdata (s_rdata),
    .s_axi_rresp (s_rresp), .s_axi_rlast (s_rlast), .s_axi_rvalid (s_rvalid),
    .s_axi_rready (s_rready),
    .m_axi_awid, .m_axi_awaddr, .m_axi_awlen, .m_axi_awsize, .m_axi_awburst, .m_axi_awprot,
    .m_axi_awvalid, .m_axi_awready, .m_axi_wdata, .m_axi_wstrb, .m_axi_wlast, .m_axi_wvalid,
    .m_axi_wready, .m_axi_bid, .m_axi_bresp, .m_axi_bvalid, .m_axi_bready, .m_axi_arid,
    .m_axi_araddr, .m_axi_arlen, .m_axi_arsize, .m_axi_arburst, .m_axi_arprot,
    .m_axi_arvalid, .m_axi_arready, .m_axi_rid, .m_axi_rdata, .m_axi_rresp, .m_axi_rlast,
    .m_axi_rvalid, .m_axi_rready
  );

  // ---------------------------------------------------------------------------------------
  // IOMMU
  // ---------------------------------------------------------------------------------------
  logic                        xlate_req_valid, xlate_req_ready;
  iommu_xlate_pkg::xlate_req_t xlate_req;
  logic                        xlate_rsp_valid, xlate_rsp_ready;
  iommu_xlate_pkg::xlate_rsp_t xlate_rsp;
  logic                        ats_cmd_valid, ats_cmd_ready;
  iommu_mem_pkg::cmd_t         ats_cmd;
  logic                          pr_valid, pr_ready;
  iommu_mem_pkg::page_request_t  pr;
  logic                          ats_inval_busy, ats_inval_timeout, ats_inval_timeout_ack;

  iommu_top #(
    .IOTLB_ENTRIES (IOTLB_ENTRIES),
    .DDTC_ENTRIES  (DDTC_ENTRIES),
    .PDTC_ENTRIES  (PDTC_ENTRIES),
    .WALKERS       (WALKERS)
  ) u_iommu (
    .clk_i, .rst_ni,
    .s_axil_awaddr (im_awaddr), .s_axil_awprot (im_awprot), .s_axil_awvalid (im_awvalid),
    .s_axil_awready (im_awready), .s_axil_wdata (im_wdata), .s_axil_wstrb (im_wstrb),
    .s_axil_wvalid (im_wvalid), .s_axil_wready (im_wready), .s_axil_bresp (im_bresp),
    .s_axil_bvalid (im_bvalid), .s_axil_bready (im_bready), .s_axil_araddr (im_araddr),
    .s_axil_arprot (im_arprot), .s_axil_arvalid (im_arvalid), .s_axil_arready (im_arready),
    .s_axil_rdata (im_rdata), .s_axil_rresp (im_rresp), .s_axil_rvalid (im_rvalid),
    .s_axil_rready (im_rready),
    .m_axi_awid (s_awid[0]), .m_axi_awaddr (s_awaddr[0]), .m_axi_awlen (s_awlen[0]),
    .m_axi_awsize (s_awsize[0]), .m_axi_awburst (s_awburst[0]), .m_axi_awprot (s_awprot[0]),
    .m_axi_awvalid (s_awvalid[0]), .m_axi_awready (s_awready[0]), .m_axi_wdata (s_wdata[0]),
    .m_axi_wstrb (s_wstrb[0]), .m_axi_wlast (s_wlast[0]), .m_axi_wvalid (s_wvalid[0]),
    .m_axi_wready (s_wready[0]), .m_axi_bid (s_bid[0]), .m_axi_bresp (s_bresp[0]),
    .m_axi_bvalid (s_bvalid[0]), .m_axi_bready (s_bready[0]), .m_axi_arid (s_arid[0]),
    .m_axi_araddr (s_araddr[0]), .m_axi_arlen (s_arlen[0]), .m_axi_arsize (s_arsize[0]),
    .m_axi_arburst (s_arburst[0]), .m_axi_arprot (s_arprot[0]), .m_axi_arvalid (s_arvalid[0]),
    .m_axi_arready (s_arready[0]), .m_axi_rid (s_rid[0]), .m_axi_rdata (s_rdata[0]),
    .m_axi_rresp (s_rresp[0]), .m_axi_rlast (s_rlast[0]), .m_axi_rvalid (s_rvalid[0]),
    .m_axi_rready (s_rready[0]),
    .xlate_req_valid_i (xlate_req_valid), .xlate_req_ready_o (xlate_req_ready),
    .xlate_req_i (xlate_req),
    .xlate_rsp_valid_o (xlate_rsp_valid), .xlate_rsp_ready_i (xlate_rsp_ready),
    .xlate_rsp_o (xlate_rsp),
    .irq_o (iommu_irq_o),
    .ats_cmd_valid_o (ats_cmd_valid), .ats_cmd_ready_i (ats_cmd_ready), .ats_cmd_o (ats_cmd),
    .cq_stall_i,
    .pr_valid_i (pr_valid), .pr_ready_o (pr_ready), .pr_i (pr),
    .ats_inval_busy_i (ats_inval_busy), .ats_inval_timeout_i (ats_inval_timeout),
    .ats_inval_timeout_ack_o (ats_inval_timeout_ack)
  );

  // ---------------------------------------------------------------------------------------
  // Root port
  // ---------------------------------------------------------------------------------------
  pcie_rootport #(
    .EE_PREFIX_SUPPORTED (EE_PREFIX_SUPPORTED),
    .MAX_EE_PREFIXES     (MAX_EE_PREFIXES),
    .CPL_TIMEOUT_CYCLES  (CPL_TIMEOUT_CYCLES),
    .AXI_ID_WIDTH        (SRC_ID_WIDTH),
    .PRI_SUPPORTED       (PRI_SUPPORTED),
    .INVAL_TIMEOUT_CYCLES (INVAL_TIMEOUT_CYCLES)
  ) u_rootport (
    .clk_i, .rst_ni,
    .s_axil_awaddr (rp_awaddr), .s_axil_awprot (rp_awprot), .s_axil_awvalid (rp_awvalid),
    .s_axil_awready (rp_awready), .s_axil_wdata (rp_wdata), .s_axil_wstrb (rp_wstrb),
    .s_axil_wvalid (rp_wvalid), .s_axil_wready (rp_wready), .s_axil_bresp (rp_bresp),
    .s_axil_bvalid (rp_bvalid), .s_axil_bready (rp_bready), .s_axil_araddr (rp_araddr),
    .s_axil_arprot (rp_arprot), .s_axil_arvalid (rp_arvalid), .s_axil_arready (rp_arready),
    .s_axil_rdata (rp_rdata), .s_axil_rresp (rp_rresp), .s_axil_rvalid (rp_rvalid),
    .s_axil_rready (rp_rready),
    .rx_tlp_data, .rx_tlp_keep, .rx_tlp_sop, .rx_tlp_eop, .rx_tlp_valid, .rx_tlp_ready,
    .tx_tlp_data, .tx_tlp_keep, .tx_tlp_sop, .tx_tlp_eop, .tx_tlp_valid, .tx_tlp_ready,
    .xlate_req_valid_o (xlate_req_valid), .xlate_req_ready_i (xlate_req_ready),
    .xlate_req_o (xlate_req),
    .xlate_rsp_valid_i (xlate_rsp_valid), .xlate_rsp_ready_o (xlate_rsp_ready),
    .xlate_rsp_i (xlate_rsp),
    .m_axi_awid (s_awid[1]), .m_axi_awaddr (s_awaddr[1]), .m_axi_awlen (s_awlen[1]),
    .m_axi_awsize (s_awsize[1]), .m_axi_awburst (s_awburst[1]), .m_axi_awprot (s_awprot[1]),
    .m_axi_awvalid (s_awvalid[1]), .m_axi_awready (s_awready[1]), .m_axi_wdata (s_wdata[1]),
    .m_axi_wstrb (s_wstrb[1]), .m_axi_wlast (s_wlast[1]), .m_axi_wvalid (s_wvalid[1]),
    .m_axi_wready (s_wready[1]), .m_axi_bid (s_bid[1]), .m_axi_bresp (s_bresp[1]),
    .m_axi_bvalid (s_bvalid[1]), .m_axi_bready (s_bready[1]), .m_axi_arid (s_arid[1]),
    .m_axi_araddr (s_araddr[1]), .m_axi_arlen (s_arlen[1]), .m_axi_arsize (s_arsize[1]),
    .m_axi_arburst (s_arburst[1]), .m_axi_arprot (s_arprot[1]), .m_axi_arvalid (s_arvalid[1]),
    .m_axi_arready (s_arready[1]), .m_axi_rid (s_rid[1]), .m_axi_rdata (s_rdata[1]),
    .m_axi_rresp (s_rresp[1]), .m_axi_rlast (s_rlast[1]), .m_axi_rvalid (s_rvalid[1]),
    .m_axi_rready (s_rready[1]),
    .ats_cmd_valid_i (ats_cmd_valid), .ats_cmd_ready_o (ats_cmd_ready), .ats_cmd_i (ats_cmd),
    .pr_valid_o (pr_valid), .pr_ready_i (pr_ready), .pr_o (pr),
    .ats_inval_busy_o (ats_inval_busy), .ats_inval_timeout_o (ats_inval_timeout),
    .ats_inval_timeout_ack_i (ats_inval_timeout_ack),
    .irq_o (rp_irq_o)
  );

endmodule

`resetall

// pcie_rootport: the PCIe root port with End-End TLP prefix support (the PASID prefix).
//
//   rx_tlp_* -> rp_rx  (framing, prefixes, every receive check; store and forward)
//                 memory requests -> rp_dma (IOMMU translation port, AXI4 master m_axi_*,
//                                            completions split by MPS and RCB)
//                 completions     -> rp_host (the port's own configuration / memory requests)
//                 messages        -> rp_msg  (error messages, PME; page requests -> pr_o
//                                             to the IOMMU; Invalidate Completions ->
//                                             rp_ats_msg's ITag tracking)
//   s_axil_*  -> rp_host (ECAM window: own configuration space through rp_cfg, configuration
//                         requests on the link; MMIO window: memory requests on the link)
//   ats_cmd_* -> rp_ats_msg (IOMMU ATS.INVAL / ATS.PRGR -> messages with the PASID prefix,
//                            End-End TLP Prefix Blocking; the 32 ITags of the Invalidate
//                            Requests -> ats_inval_busy_o / ats_inval_timeout_o)
//   rp_tx: whole-TLP round robin of dma completions, host requests and ATS messages -> tx_tlp_*
//   rp_cfg: the generated configuration space, AER (header and TLP prefix logs), control
//
// See hw/rootport/rp_pkg.sv for the internal interfaces, hw/top/README.md for the ports.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module pcie_rootport #(
  parameter bit          EE_PREFIX_SUPPORTED = 1'b1,   // DEVCAP2 End-End TLP Prefix Supported
  parameter int unsigned MAX_EE_PREFIXES     = 1,      // DEVCAP2 Max End-End TLP Prefixes (1..4)
  parameter int unsigned CPL_TIMEOUT_CYCLES  = 50000,  // completion time-out of the port's requests
  parameter int unsigned AXI_ID_WIDTH        = 4,      // ID width of the DMA master
  parameter bit          PRI_SUPPORTED       = 1'b1,   // Page Requests go to the IOMMU (else UR)
  // Invalidate Request time-out (cycles): PCIe's 1 minute at 50 MHz (rp_ats_msg)
  parameter int unsigned INVAL_TIMEOUT_CYCLES = 32'd3_000_000_000,
  localparam int unsigned HOST_AW = kit_map_pkg::HOST_ADDR_WIDTH,
  localparam int unsigned HOST_DW = kit_map_pkg::HOST_DATA_WIDTH
) (
  input  wire logic clk_i,
  // The assertions below this top are off while rst_ni is low (`disable iff`): a
  // synchronous use of the asynchronous reset that Verilator flags, on purpose.
  // verilator lint_off SYNCASYNCNET
  input  wire logic rst_ni,  // asynchronous reset, active low
  // verilator lint_on SYNCASYNCNET

  // Host register slave: ECAM and MMIO windows (the top routes the IOMMU's window elsewhere)
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

  // IOMMU translation port
  output logic                        xlate_req_valid_o,
  input  wire logic                   xlate_req_ready_i,
  output iommu_xlate_pkg::xlate_req_t xlate_req_o,
  input  wire logic                   xlate_rsp_valid_i,
  output logic                        xlate_rsp_ready_o,
  input  wire iommu_xlate_pkg::xlate_rsp_t xlate_rsp_i,

  // DMA master to host memory
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

  // ATS commands from the IOMMU (ATS.INVAL, ATS.PRGR)
  input  wire logic                 ats_cmd_valid_i,
  output logic                      ats_cmd_ready_o,
  input  wire iommu_mem_pkg::cmd_t  ats_cmd_i,
  // Page Request / Stop Marker messages as page-request records, to the IOMMU
  output logic                      pr_valid_o,
  input  wire logic                 pr_ready_i,
  output iommu_mem_pkg::page_request_t pr_o,
  // ATS invalidation tracking, to the IOMMU (iommu_top ats_inval_*)
  output logic                      ats_inval_busy_o,
  output logic                      ats_inval_timeout_o,
  input  wire logic                 ats_inval_timeout_ack_i,

  // The port's own interrupt (AER root errors, PME), level
  output logic                      irq_o
);

  // Error event sources of rp_cfg (index in err_valid / err_ready, order of err).
  localparam int unsigned ERR_RX = 0, ERR_DMA = 1, ERR_HOST = 2, ERR_MSG = 3, ERR_ATS = 4;
  localparam int unsigned N_ERR = 5;
  // Egress sources of rp_tx.
  localparam int unsigned TX_CPL = 0, TX_HOST = 1, TX_ATS = 2;
  localparam int unsigned N_TX = 3;
  // rp_rx's payload buffer (its defaults): slots of MAX_PAYLOAD_BYTES / 8 + 1 words.
  localparam int unsigned MAX_PAYLOAD_BYTES = 512;
  localparam int unsigned RX_SLOTS = 3;
  localparam int unsigned BUF_IW = $clog2(RX_SLOTS * (MAX_PAYLOAD_BYTES / 8 + 1));

  rp_pkg::rp_ctrl_t ctrl;
  logic [15:0]      requester_id;

  logic [N_ERR-1:0]            err_valid, err_ready;
  logic [N_ERR-1:0][rp_pkg::RP_ERR_W-1:0] err;
  // One signal per source, packed by concatenation (Yosys mishandles packed arrays of
  // structs on ports: rp_pkg's TLP_BEAT_W / RP_ERR_W).
  rp_pkg::rp_err_t             err_rx, err_dma, err_host, err_msg, err_ats;
  assign err = {err_ats, err_msg, err_host, err_dma, err_rx};

  logic [N_TX-1:0]                 tx_valid, tx_ready;
  logic [N_TX-1:0][rp_pkg::TLP_BEAT_W-1:0] tx;
  rp_pkg::tlp_beat_t               tx_cpl, tx_host, tx_ats;
  assign tx = {tx_ats, tx_host, tx_cpl};

  // ---------------------------------------------------------------------------------------
  // Configuration space and AER
  // ---------------------------------------------------------------------------------------
  logic [11:0] cfg_awaddr, cfg_araddr;
  logic [2:0]  cfg_awprot, cfg_arprot;
  logic        cfg_awvalid, cfg_awready, cfg_wvalid, cfg_wready, cfg_bvalid, cfg_bready;
  logic        cfg_arvalid, cfg_arready, cfg_rvalid, cfg_rready;
  logic [31:0] cfg_wdata, cfg_rdata;
  logic [3:0]  cfg_wstrb;
  logic [1:0]  cfg_bresp, cfg_rresp;
  logic        pme_valid;
  logic [15:0] pme_requester_id;
  logic        np_pending;

  rp_cfg #(
    .EE_PREFIX_SUPPORTED (EE_PREFIX_SUPPORTED),
    .MAX_EE_PREFIXES     (MAX_EE_PREFIXES),
    .N_ERR               (N_ERR)
  ) u_cfg (
    .clk_i, .rst_ni,
    .s_axil_awaddr (cfg_awaddr), .s_axil_awprot (cfg_awprot), .s_axil_awvalid (cfg_awvalid),
    .s_axil_awready (cfg_awready), .s_axil_wdata (cfg_wdata), .s_axil_wstrb (cfg_wstrb),
    .s_axil_wvalid (cfg_wvalid), .s_axil_wready (cfg_wready), .s_axil_bresp (cfg_bresp),
    .s_axil_bvalid (cfg_bvalid), .s_axil_bready (cfg_bready), .s_axil_araddr (cfg_araddr),
    .s_axil_arprot (cfg_arprot), .s_axil_arvalid (cfg_arvalid), .s_axil_arready (cfg_arready),
    .s_axil_rdata (cfg_rdata), .s_axil_rresp (cfg_rresp), .s_axil_rvalid (cfg_rvalid),
    .s_axil_rready (cfg_rready),
    .ctrl_o (ctrl),
    .requester_id_o (requester_id),
    .err_valid_i (err_valid), .err_ready_o (err_ready), .err_i (err),
    .pme_valid_i (pme_valid), .pme_requester_id_i (pme_requester_id),
    .link_up_i (1'b1),  // no physical layer model: the link is always DL_Active
    .np_pending_i (np_pending),
    .irq_o
  );

  // ---------------------------------------------------------------------------------------
  // Host bridge: ECAM and the downstream memory window
  // ---------------------------------------------------------------------------------------
  logic               hcpl_valid, hcpl_ready;
  rp_pkg::rp_cpl_in_t hcpl;

  rp_host #(.CPL_TIMEOUT_CYCLES (CPL_TIMEOUT_CYCLES)) u_host (
    .clk_i, .rst_ni,
    .s_axil_awaddr, .s_axil_awprot, .s_axil_awvalid, .s_axil_awready,
    .s_axil_wdata, .s_axil_wstrb, .s_axil_wvalid, .s_axil_wready,
    .s_axil_bresp, .s_axil_bvalid, .s_axil_bready,
    .s_axil_araddr, .s_axil_arprot, .s_axil_arvalid, .s_axil_arready,
    .s_axil_rdata, .s_axil_rresp, .s_axil_rvalid, .s_axil_rready,
    .m_axil_awaddr (cfg_awaddr), .m_axil_awprot (cfg_awprot), .m_axil_awvalid (cfg_awvalid),
    .m_axil_awready (cfg_awready), .m_axil_wdata (cfg_wdata), .m_axil_wstrb (cfg_wstrb),
    .m_axil_wvalid (cfg_wvalid), .m_axil_wready (cfg_wready), .m_axil_bresp (cfg_bresp),
    .m_axil_bvalid (cfg_bvalid), .m_axil_bready (cfg_bready), .m_axil_araddr (cfg_araddr),
    .m_axil_arprot (cfg_arprot), .m_axil_arvalid (cfg_arvalid), .m_axil_arready (cfg_arready),
    .m_axil_rdata (cfg_rdata), .m_axil_rresp (cfg_rresp), .m_axil_rvalid (cfg_rvalid),
    .m_axil_rready (cfg_rready),
    .ctrl_i (ctrl),
    .req_tx_valid_o (tx_valid[TX_HOST]), .req_tx_ready_i (tx_ready[TX_HOST]),
    .req_tx_o (tx_host),
    .cpl_valid_i (hcpl_valid), .cpl_ready_o (hcpl_ready), .cpl_i (hcpl),
    .err_valid_o (err_valid[ERR_HOST]), .err_ready_i (err_ready[ERR_HOST]),
    .err_o (err_host),
    .np_pending_o (np_pending)
  );

  // ---------------------------------------------------------------------------------------
  // Link ingress and the memory path
  // ---------------------------------------------------------------------------------------
  logic                                  msg_valid, msg_ready;
  rp_pkg::rp_msg_in_t                    msg;
  logic                                  desc_valid, desc_ready;
  rp_rx_pkg::rx_desc_t                   desc;
  logic [rp_rx_pkg::SLOT_IDX_W-1:0]      buf_rd_slot;
  logic [BUF_IW-1:0]                     buf_rd_word;
  logic [63:0]                           buf_rd_data;
  logic                                  slot_release;

  rp_rx #(
    .EE_PREFIX_SUPPORTED (EE_PREFIX_SUPPORTED),
    .MAX_EE_PREFIXES     (MAX_EE_PREFIXES),
    .MAX_PAYLOAD_BYTES   (MAX_PAYLOAD_BYTES),
    .RX_SLOTS            (RX_SLOTS)
  ) u_rx (
    .clk_i, .rst_ni,
    .ctrl_i (ctrl),
    .rx_tlp_data, .rx_tlp_keep, .rx_tlp_sop, .rx_tlp_eop, .rx_tlp_valid, .rx_tlp_ready,
    .cpl_valid_o (hcpl_valid), .cpl_ready_i (hcpl_ready), .cpl_o (hcpl),
    .msg_valid_o (msg_valid), .msg_ready_i (msg_ready), .msg_o (msg),
    .err_valid_o (err_valid[ERR_RX]), .err_ready_i (err_ready[ERR_RX]), .err_o (err_rx),
    .desc_valid_o (desc_valid), .desc_ready_i (desc_ready), .desc_o (desc),
    .buf_rd_slot_i (buf_rd_slot), .buf_rd_word_i (buf_rd_word), .buf_rd_data_o (buf_rd_data),
    .slot_release_i (slot_release)
  );

  rp_dma #(
    .AXI_ID_WIDTH (AXI_ID_WIDTH),
    .BUF_IW       (BUF_IW)
  ) u_dma (
    .clk_i, .rst_ni,
    .ctrl_i (ctrl),
    .completer_id_i (requester_id),
    .desc_valid_i (desc_valid), .desc_ready_o (desc_ready), .desc_i (desc),
    .buf_rd_slot_o (buf_rd_slot), .buf_rd_word_o (buf_rd_word), .buf_rd_data_i (buf_rd_data),
    .slot_release_o (slot_release),
    .xlate_req_valid_o, .xlate_req_ready_i, .xlate_req_o,
    .xlate_rsp_valid_i, .xlate_rsp_ready_o, .xlate_rsp_i,
    .m_axi_awid, .m_axi_awaddr, .m_axi_awlen, .m_axi_awsize, .m_axi_awburst, .m_axi_awprot,
    .m_axi_awvalid, .m_axi_awready, .m_axi_wdata, .m_axi_wstrb, .m_axi_wlast, .m_axi_wvalid,
    .m_axi_wready, .m_axi_bid, .m_axi_bresp, .m_axi_bvalid, .m_axi_bready, .m_axi_arid,
    .m_axi_araddr, .m_axi_arlen, .m_axi_arsize, .m_axi_arburst, .m_axi_arprot,
    .m_axi_arvalid, .m_axi_arready, .m_axi_rid, .m_axi_rdata, .m_axi_rresp, .m_axi_rlast,
    .m_axi_rvalid, .m_axi_rready,
    .cpl_tx_valid_o (tx_valid[TX_CPL]), .cpl_tx_ready_i (tx_ready[TX_CPL]),
    .cpl_tx_o (tx_cpl),
    .err_valid_o (err_valid[ERR_DMA]), .err_ready_i (err_ready[ERR_DMA]), .err_o (err_dma)
  );

  // ---------------------------------------------------------------------------------------
  // Messages from the link; ATS messages to it
  // ---------------------------------------------------------------------------------------
  // Page requests go to the IOMMU (pr_o); Invalidate Completions to rp_ats_msg's ITags.
  logic               icpl_valid, icpl_ready;
  rp_pkg::rp_msg_in_t icpl;

  rp_msg #(.PRI_SUPPORTED (PRI_SUPPORTED)) u_msg (
    .clk_i, .rst_ni,
    .ctrl_i (ctrl),
    .msg_valid_i (msg_valid), .msg_ready_o (msg_ready), .msg_i (msg),
    .err_valid_o (err_valid[ERR_MSG]), .err_ready_i (err_ready[ERR_MSG]), .err_o (err_msg),
    .pme_valid_o (pme_valid), .pme_requester_id_o (pme_requester_id),
    .pr_valid_o, .pr_ready_i, .pr_o,
    .ats_msg_valid_o (icpl_valid), .ats_msg_ready_i (icpl_ready), .ats_msg_o (icpl)
  );

  rp_ats_msg #(.INVAL_TIMEOUT_CYCLES (INVAL_TIMEOUT_CYCLES)) u_ats_msg (
    .clk_i, .rst_ni,
    .ctrl_i (ctrl),
    .requester_id_i (requester_id),
    .cmd_valid_i (ats_cmd_valid_i), .cmd_ready_o (ats_cmd_ready_o), .cmd_i (ats_cmd_i),
    .tx_valid_o (tx_valid[TX_ATS]), .tx_ready_i (tx_ready[TX_ATS]), .tx_o (tx_ats),
    .err_valid_o (err_valid[ERR_ATS]), .err_ready_i (err_ready[ERR_ATS]), .err_o (err_ats),
    .icpl_valid_i (icpl_valid), .icpl_ready_o (icpl_ready), .icpl_i (icpl),
    .busy_o (ats_inval_busy_o), .timeout_o (ats_inval_timeout_o),
    .timeout_ack_i (ats_inval_timeout_ack_i)
  );

  // ---------------------------------------------------------------------------------------
  // Link egress
  // ---------------------------------------------------------------------------------------
  // Host requests (posted memory writes among them) and ATS messages (posted) go before DMA
  // completions: a completion must not pass a posted request (rp_tx).
  rp_tx #(
    .N      (N_TX),
    .PREFER (N_TX'((1 << TX_HOST) | (1 << TX_ATS)))
  ) u_tx (
    .clk_i, .rst_ni,
    .src_valid_i (tx_valid), .src_ready_o (tx_ready), .src_i (tx),
    .tx_tlp_data, .tx_tlp_keep, .tx_tlp_sop, .tx_tlp_eop, .tx_tlp_valid, .tx_tlp_ready
  );

endmodule

`resetall

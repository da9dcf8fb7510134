// rp_host: the host register bus side of the root port. One 64-bit AXI4-Lite slave (32-bit
// address, kit_map_pkg) holding the ECAM window and the downstream memory window; the port's
// own configuration space is reached over the 32-bit master m_axil_* (to rp_cfg).
//
// One host access at a time (reads and writes alternate when both wait). Every access is a
// DWORD access: a read returns the DW araddr[2] selects (the other lane reads 0); a write acts
// on the DW lanes wstrb enables, the first/last byte enables taken from wstrb.
// ECAM (ECAM_BASE, ecam_addr_t):
//   bus RP_BUS, device RP_DEVICE, function RP_FUNCTION  -> the own configuration space;
//   other functions on RP_BUS                           -> no device: reads all ones;
//   bus == secondary bus, device 0                      -> CfgRd0 / CfgWr0 on the link
//       (other devices: not forwarded, all ones: a PCIe link has only device 0 below it);
//   secondary < bus <= subordinate                      -> CfgRd1 / CfgWr1;
//   anything else                                       -> all ones, writes dropped.
//   Configuration writes are non-posted: B answers after the completion (of the second
//   write when both lanes are written).
// Memory window (MMIO_BASE, MMIO_SIZE; bus address = host address): forwarded as MRd32 (one
// DW) / MWr32 (one or two DWs: both lanes make one 2-DW write, QW aligned, so non-contiguous
// byte enables are allowed, PCIe Base 2.2.5) when Memory Space Enable is set and the address
// lies in the non-prefetchable or the prefetchable window; writes are posted (B once the TLP
// is handed to the egress). Otherwise reads return all ones and writes are dropped, and the
// access is logged as an Unsupported Request of the port (ERR_UR, with the header of the
// request it refused; PCIe Base 7.5.1.1.3: with Memory Space Enable clear, memory requests to
// the port are handled as UR). Other host addresses read all ones with no error (they are not
// the port's: the top decodes the IOMMU's registers itself).
// Completions (cpl_i) for the one outstanding request match on requester ID (the port's ID)
// and tag; anything else is an Unexpected Completion (ERR_UNEXPECTED_CPL with its header):
//   SC -> the data; poisoned -> all ones and ERR_POISONED; UR or a reserved status (PCIe Base
//   2.3.2: treated as UR) -> all ones and ERR_RX_UR_CPL; CA -> all ones and ERR_RX_CA_CPL;
//   CRS to a configuration read of the Vendor ID with CRS Software Visibility enabled ->
//   Vendor ID 0001h, ones elsewhere (PCIe Base 2.3.2); any other CRS -> the request is
//   re-issued at once as a new request (new tag) up to CRS_RETRIES times, then all ones.
//   No completion within CPL_TIMEOUT_CYCLES (unless Completion Timeout Disable) -> all ones,
//   ERR_CPL_TIMEOUT, the request is retired (a later completion is unexpected) and a pending
//   second configuration write is not sent.
// Tags: 5 bits (Extended Tag not enabled), incremented per request.
// AXI4-Lite responses are always OKAY: hosts expect all ones, not bus errors, from PCIe.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_host #(
  parameter int unsigned CPL_TIMEOUT_CYCLES = 50000,  // completion time-out of the port's requests
  parameter int unsigned CRS_RETRIES        = 16      // re-issues of a request answered with CRS
) (
  input  wire logic                 clk_i,
  input  wire logic                 rst_ni,  // asynchronous reset, active low

  // Host register slave: 64-bit AXI4-Lite, 32-bit address
  input  wire logic [31:0]          s_axil_awaddr,
  input  wire logic [2:0]           s_axil_awprot,
  input  wire logic                 s_axil_awvalid,
  output logic                      s_axil_awready,
  input  wire logic [63:0]          s_axil_wdata,
  input  wire logic [7:0]           s_axil_wstrb,
  input  wire logic                 s_axil_wvalid,
  output logic                      s_axil_wready,
  output logic [1:0]                s_axil_bresp,
  output logic                      s_axil_bvalid,
  input  wire logic                 s_axil_bready,
  input  wire logic [31:0]          s_axil_araddr,
  input  wire logic [2:0]           s_axil_arprot,
  input  wire logic                 s_axil_arvalid,
  output logic                      s_axil_arready,
  output logic [63:0]               s_axil_rdata,
  output logic [1:0]                s_axil_rresp,
  output logic                      s_axil_rvalid,
  input  wire logic                 s_axil_rready,

  // The port's own configuration space: 32-bit AXI4-Lite master (to rp_cfg)
  output logic [11:0]               m_axil_awaddr,
  output logic [2:0]                m_axil_awprot,
  output logic                      m_axil_awvalid,
  input  wire logic                 m_axil_awready,
  output logic [31:0]               m_axil_wdata,
  output logic [3:0]                m_axil_wstrb,
  output logic                      m_axil_wvalid,
  input  wire logic                 m_axil_wready,
  input  wire logic [1:0]           m_axil_bresp,
  input  wire logic                 m_axil_bvalid,
  output logic                      m_axil_bready,
  output logic [11:0]               m_axil_araddr,
  output logic [2:0]                m_axil_arprot,
  output logic                      m_axil_arvalid,
  input  wire logic                 m_axil_arready,
  input  wire logic [31:0]          m_axil_rdata,
  input  wire logic [1:0]           m_axil_rresp,
  input  wire logic                 m_axil_rvalid,
  output logic                      m_axil_rready,

  input  wire rp_pkg::rp_ctrl_t     ctrl_i,

  output logic                      req_tx_valid_o,
  input  wire logic                 req_tx_ready_i,
  output rp_pkg::tlp_beat_t         req_tx_o,

  input  wire logic                 cpl_valid_i,
  output logic                      cpl_ready_o,
  input  wire rp_pkg::rp_cpl_in_t   cpl_i,

  output logic                      err_valid_o,
  input  wire logic                 err_ready_i,
  output rp_pkg::rp_err_t           err_o,

  output logic                      np_pending_o  // a request of the port awaits its completion
);
  localparam int unsigned TW = $clog2(CPL_TIMEOUT_CYCLES + 1);  // time-out counter width
  localparam int unsigned RW = $clog2(CRS_RETRIES + 2);         // retry counter width
  // Vendor ID a CRS-answered Vendor ID read returns with CRS Software Visibility (PCIe Base
  // 2.3.2, "Configuration Request Retry Status"): a value no vendor is assigned.
  localparam logic [15:0] CRS_SV_VENDOR_ID = 16'h0001;

  initial begin
    if (kit_map_pkg::HOST_ADDR_WIDTH != 32 || kit_map_pkg::HOST_DATA_WIDTH != 64)
      $error("rp_host: the host slave is 64-bit data, 32-bit address");
`ifndef SYNTHESIS  // Yosys takes no $bits of a package type
    if ($bits(tlp_pkg::tlp_cpl_t) != 96) $error("rp_host: completion header width");
`endif
    if (CPL_TIMEOUT_CYCLES < 2) $error("rp_host: CPL_TIMEOUT_CYCLES must be >= 2");
  end

  function automatic logic [31:0] swap32(input logic [31:0] x);
    swap32 = {x[7:0], x[15:8], x[23:16], x[31:24]};
  endfunction

  typedef enum logic [3:0] {
    S_IDLE, S_DECODE, S_OWN_AR, S_OWN_R, S_OWN_AW, S_OWN_B, S_TX, S_WAIT, S_UR, S_RESP
  } state_t;
  typedef enum logic [1:0] { K_CFG0, K_CFG1, K_MEM } kind_t;

  state_t state_q, state_d;
  kind_t  kind_q, kind_d;
  logic        is_wr_q, is_wr_d, prefer_rd_q, prefer_rd_d;
  logic [31:0] addr_q, addr_d;
  logic [63:0] wdata_q, wdata_d, rdata_q, rdata_d;
  logic [7:0]  wstrb_q, wstrb_d;
  logic        lane_q, lane_d, second_q, second_d;  // current DW lane; the other lane is still to write
  logic [4:0]  tag_q, tag_d;
  logic [TW-1:0] tmo_q, tmo_d;
  logic [RW-1:0] crs_q, crs_d;
  logic        aw_done_q, aw_done_d, w_done_q, w_done_d;
  logic        err_valid_q, err_valid_d;
  rp_pkg::rp_err_t err_q, err_d;

  logic [15:0] my_id;
  assign my_id = {ctrl_i.primary_bus, 5'(kit_map_pkg::RP_DEVICE), 3'(kit_map_pkg::RP_FUNCTION)};

  // ---------------------------------------------------------------------------------------
  // Address decode (of the accepted access, addr_q)
  // ---------------------------------------------------------------------------------------
  kit_map_pkg::ecam_addr_t ecam;
  logic in_ecam, in_mmio, in_win;
  logic [63:0] a;
  always_comb begin
    a       = 64'(addr_q);
    in_ecam = a >= kit_map_pkg::ECAM_BASE && a < kit_map_pkg::ECAM_BASE + kit_map_pkg::ECAM_SIZE;
    in_mmio = a >= kit_map_pkg::MMIO_BASE && a < kit_map_pkg::MMIO_BASE + kit_map_pkg::MMIO_SIZE;
    ecam    = kit_map_pkg::ecam_addr_t'(addr_q - 32'(kit_map_pkg::ECAM_BASE));
    in_win  = ctrl_i.mem_space_en
              && ((addr_q[31:20] >= ctrl_i.mem_base && addr_q[31:20] <= ctrl_i.mem_limit)
                  || (a[63:20] >= ctrl_i.pref_base && a[63:20] <= ctrl_i.pref_limit));
  end

  logic [11:0] dw_off;  // configuration offset of the DW lane being accessed
  assign dw_off = {ecam.offset[11:3], lane_q, 2'b00};

  logic [3:0]  lane_strb;
  logic [31:0] lane_data;
  assign lane_strb = lane_q ? wstrb_q[7:4] : wstrb_q[3:0];
  assign lane_data = lane_q ? wdata_q[63:32] : wdata_q[31:0];

  // ---------------------------------------------------------------------------------------
  // The request TLP (from the registered access)
  // ---------------------------------------------------------------------------------------
  logic [7:0][31:0] tlp_dw;
  logic [3:0]       tlp_n;
  tlp_pkg::tlp_cfg_req_t     c;
  tlp_pkg::tlp_mem_req_3dw_t m;
  logic                      both;
  always_comb begin
    c = '0;
    c.dw0.fmt_type = is_wr_q ? (kind_q == K_CFG1 ? tlp_pkg::TLP_FMT_TYPE_CFGWR1
                                                 : tlp_pkg::TLP_FMT_TYPE_CFGWR0)
                             : (kind_q == K_CFG1 ? tlp_pkg::TLP_FMT_TYPE_CFGRD1
                                                 : tlp_pkg::TLP_FMT_TYPE_CFGRD0);
    c.dw0.length   = 10'd1;
    c.requester_id = my_id;
    c.tag          = 8'(tag_q);
    c.first_be     = is_wr_q ? lane_strb : 4'hF;
    c.bus          = ecam.bus;
    c.device       = ecam.device;
    c.func         = ecam.func;
    c.ext_reg_num  = dw_off[11:8];
    c.reg_num      = dw_off[7:2];

    both = is_wr_q && wstrb_q[3:0] != '0 && wstrb_q[7:4] != '0;
    m = '0;
    m.dw0.fmt_type = is_wr_q ? tlp_pkg::TLP_FMT_TYPE_MWR32 : tlp_pkg::TLP_FMT_TYPE_MRD32;
    m.dw0.length   = both ? 10'd2 : 10'd1;
    m.requester_id = my_id;
    m.tag          = 8'(tag_q);
    m.first_be     = both ? wstrb_q[3:0] : (is_wr_q ? lane_strb : 4'hF);
    m.last_be      = both ? wstrb_q[7:4] : 4'h0;
    m.address      = {addr_q[31:3], both ? 1'b0 : lane_q};

    tlp_dw = '0;
    if (kind_q == K_MEM) begin
      tlp_dw[0] = m[95:64];
      tlp_dw[1] = m[63:32];
      tlp_dw[2] = m[31:0];
      tlp_dw[3] = both ? swap32(wdata_q[31:0]) : swap32(lane_data);
      tlp_dw[4] = swap32(wdata_q[63:32]);
      tlp_n     = !is_wr_q ? 4'd3 : (both ? 4'd5 : 4'd4);
    end else begin
      tlp_dw[0] = c[95:64];
      tlp_dw[1] = c[63:32];
      tlp_dw[2] = c[31:0];
      tlp_dw[3] = swap32(lane_data);
      tlp_n     = is_wr_q ? 4'd4 : 4'd3;
    end
  end

  logic ser_valid, ser_ready;
  assign ser_valid = state_q == S_TX;
  rp_tlp_ser #(.MAX_DW(8)) u_ser (
    .clk_i, .rst_ni,
    .in_valid_i(ser_valid), .in_ready_o(ser_ready), .in_dw_i(tlp_dw), .in_n_dw_i(tlp_n),
    .out_valid_o(req_tx_valid_o), .out_ready_i(req_tx_ready_i), .out_o(req_tx_o)
  );

  // ---------------------------------------------------------------------------------------
  // Completions
  // ---------------------------------------------------------------------------------------
  tlp_pkg::tlp_cpl_t cpl;
  logic cpl_take, cpl_match;
  assign cpl       = tlp_pkg::tlp_cpl_t'(cpl_i.hdr);
  assign cpl_ready_o = !err_valid_q;
  assign cpl_take  = cpl_valid_i && cpl_ready_o;
  assign cpl_match = state_q == S_WAIT && cpl.requester_id == my_id && cpl.tag == 8'(tag_q)
                     && (cpl.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_CPL
                         || cpl.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_CPLD);


  // ---------------------------------------------------------------------------------------
  // Sequencer
  // ---------------------------------------------------------------------------------------
  logic rd_pick, wr_pick;
  assign rd_pick = s_axil_arvalid && (!(s_axil_awvalid && s_axil_wvalid) || prefer_rd_q);
  assign wr_pick = s_axil_awvalid && s_axil_wvalid && !rd_pick;
  assign s_axil_arready = state_q == S_IDLE && rd_pick;
  assign s_axil_awready = state_q == S_IDLE && wr_pick;
  assign s_axil_wready  = state_q == S_IDLE && wr_pick;
  assign s_axil_rvalid  = state_q == S_RESP && !is_wr_q;
  assign s_axil_bvalid  = state_q == S_RESP && is_wr_q;
  assign s_axil_rdata   = rdata_q;
  assign s_axil_rresp   = 2'b00;  // OKAY
  assign s_axil_bresp   = 2'b00;  // OKAY

  assign m_axil_awaddr  = dw_off;
  assign m_axil_araddr  = dw_off;
  assign m_axil_awprot  = '0;
  assign m_axil_arprot  = '0;
  assign m_axil_awvalid = state_q == S_OWN_AW && !aw_done_q;
  assign m_axil_wvalid  = state_q == S_OWN_AW && !w_done_q;
  assign m_axil_wdata   = lane_data;
  assign m_axil_wstrb   = lane_strb;
  assign m_axil_bready  = state_q == S_OWN_B;
  assign m_axil_arvalid = state_q == S_OWN_AR;
  assign m_axil_rready  = state_q == S_OWN_R;

  assign err_valid_o  = err_valid_q;
  assign err_o        = err_q;
  assign np_pending_o = state_q == S_WAIT || (state_q == S_TX && !(kind_q == K_MEM && is_wr_q));

  logic [31:0] res;
  logic        done, own, rd_done;
  logic        ld, ld_log, ld_posted;  // load an error event into the slot
  rp_pkg::rp_err_kind_t ld_kind;
  logic [15:0]      ld_src;
  logic [3:0][31:0] ld_hdr;
  always_comb begin
    state_d     = state_q;
    kind_d      = kind_q;
    is_wr_d     = is_wr_q;
    prefer_rd_d = prefer_rd_q;
    addr_d      = addr_q;
    wdata_d     = wdata_q;
    wstrb_d     = wstrb_q;
    rdata_d     = rdata_q;
    lane_d      = lane_q;
    second_d    = second_q;
    tag_d       = tag_q;
    tmo_d       = tmo_q;
    crs_d       = crs_q;
    aw_done_d   = aw_done_q;
    w_done_d    = w_done_q;
    err_valid_d = err_valid_q && !err_ready_i;
    err_d       = err_q;
    res         = '1;
    ld          = 1'b0;
    ld_log      = 1'b1;
    ld_posted   = 1'b0;
    ld_kind     = rp_pkg::ERR_UR;
    ld_src      = my_id;
    ld_hdr      = '0;
    done        = 1'b0;
    rd_done     = 1'b0;
    own         = ecam.bus == 8'(kit_map_pkg::RP_BUS) && ecam.device == 5'(kit_map_pkg::RP_DEVICE)
                  && ecam.func == 3'(kit_map_pkg::RP_FUNCTION);

    // An unexpected completion is logged whatever the state.
    if (cpl_take && !cpl_match) begin
      ld = 1'b1;
      ld_kind = rp_pkg::ERR_UNEXPECTED_CPL;
      ld_posted = 1'b0;
      ld_src = cpl.completer_id;
      ld_hdr = {32'd0, cpl_i.hdr[31:0], cpl_i.hdr[63:32], cpl_i.hdr[95:64]};
    end

    unique case (state_q)
      S_IDLE: begin
        if (rd_pick) begin
          state_d = S_DECODE;
          is_wr_d = 1'b0;
          addr_d  = s_axil_araddr;
          prefer_rd_d = 1'b0;
        end else if (wr_pick) begin
          state_d = S_DECODE;
          is_wr_d = 1'b1;
          addr_d  = s_axil_awaddr;
          wdata_d = s_axil_wdata;
          wstrb_d = s_axil_wstrb;
          prefer_rd_d = 1'b1;
        end
      end

      S_DECODE: begin
        lane_d   = is_wr_q ? (wstrb_q[3:0] == '0) : addr_q[2];
        second_d = is_wr_q && wstrb_q[3:0] != '0 && wstrb_q[7:4] != '0;
        rdata_d  = addr_q[2] ? {32'hFFFF_FFFF, 32'd0} : {32'd0, 32'hFFFF_FFFF};
        aw_done_d = 1'b0;
        w_done_d  = 1'b0;
        crs_d     = RW'(CRS_RETRIES);
        tmo_d     = '0;
        state_d   = S_RESP;
        if (is_wr_q && wstrb_q == '0) begin
          state_d = S_RESP;
        end else if (in_ecam) begin
          if (own) begin
            state_d = is_wr_q ? S_OWN_AW : S_OWN_AR;
          end else if (ecam.bus == 8'(kit_map_pkg::RP_BUS)) begin
            state_d = S_RESP;
          end else if (ecam.bus == ctrl_i.secondary_bus) begin
            kind_d  = K_CFG0;
            state_d = ecam.device == '0 ? S_TX : S_RESP;
          end else if (ecam.bus > ctrl_i.secondary_bus && ecam.bus <= ctrl_i.subordinate_bus) begin
            kind_d  = K_CFG1;
            state_d = S_TX;
          end
        end else if (in_mmio) begin
          kind_d  = K_MEM;
          state_d = in_win ? S_TX : S_UR;
        end
      end

      S_OWN_AR: if (m_axil_arready) state_d = S_OWN_R;
      S_OWN_R: if (m_axil_rvalid) begin
        res     = m_axil_rdata;
        rd_done = 1'b1;
        state_d = S_RESP;
      end
      S_OWN_AW: begin
        if (m_axil_awready) aw_done_d = 1'b1;
        if (m_axil_wready) w_done_d = 1'b1;
        if ((aw_done_q || m_axil_awready) && (w_done_q || m_axil_wready)) state_d = S_OWN_B;
      end
      S_OWN_B: if (m_axil_bvalid) begin
        aw_done_d = 1'b0;
        w_done_d  = 1'b0;
        if (second_q) begin
          second_d = 1'b0;
          lane_d   = 1'b1;
          state_d  = S_OWN_AW;
        end else begin
          state_d = S_RESP;
        end
      end

      S_TX: if (ser_ready) begin
        tmo_d   = '0;
        state_d = (kind_q == K_MEM && is_wr_q) ? S_RESP : S_WAIT;
      end

      S_WAIT: begin
        if (!ctrl_i.completion_timeout_disable && tmo_q != TW'(CPL_TIMEOUT_CYCLES)) tmo_d = tmo_q + 1'b1;
        if (cpl_take && cpl_match) begin
          tag_d = tag_q + 1'b1;
          if (cpl_i.poisoned) begin
            ld = 1'b1;
            ld_kind = rp_pkg::ERR_POISONED;
            ld_posted = 1'b0;
            ld_src = cpl.completer_id;
            ld_hdr = {32'd0, cpl_i.hdr[31:0], cpl_i.hdr[63:32], cpl_i.hdr[95:64]};
            done = 1'b1;
          end else if (cpl.status == tlp_pkg::CPL_STATUS_SC) begin
            if (cpl_i.dw_count != '0) res = swap32(cpl_i.data[0]);
            done = 1'b1;
          end else if (cpl.status == tlp_pkg::CPL_STATUS_CA) begin
            ld = 1'b1;
            ld_kind = rp_pkg::ERR_RX_CA_CPL;
            ld_posted = 1'b0;
            ld_src = cpl.completer_id;
            ld_hdr = {32'd0, cpl_i.hdr[31:0], cpl_i.hdr[63:32], cpl_i.hdr[95:64]};
            done = 1'b1;
          end else if (cpl.status == tlp_pkg::CPL_STATUS_CRS && kind_q != K_MEM) begin
            if (!is_wr_q && ctrl_i.crs_sw_visibility_en && dw_off[11:2] == '0) begin
              res  = {16'hFFFF, CRS_SV_VENDOR_ID};
              done = 1'b1;
            end else if (crs_q != '0) begin
              crs_d   = crs_q - 1'b1;
              state_d = S_TX;
            end else begin
              done = 1'b1;
            end
          end else begin
            ld = 1'b1;
            ld_kind = rp_pkg::ERR_RX_UR_CPL;
            ld_posted = 1'b0;
            ld_src = cpl.completer_id;
            ld_hdr = {32'd0, cpl_i.hdr[31:0], cpl_i.hdr[63:32], cpl_i.hdr[95:64]};
            done = 1'b1;
          end
        end else if (tmo_q == TW'(CPL_TIMEOUT_CYCLES) && !err_valid_q && !cpl_valid_i) begin
          tag_d       = tag_q + 1'b1;
          ld          = 1'b1;
          ld_log      = 1'b0;
          ld_kind     = rp_pkg::ERR_CPL_TIMEOUT;
          ld_src      = my_id;
          second_d    = 1'b0;
          done        = 1'b1;
        end
        if (done) begin
          if (is_wr_q && second_q) begin
            second_d = 1'b0;
            lane_d   = 1'b1;
            crs_d    = RW'(CRS_RETRIES);
            state_d  = S_TX;
          end else begin
            rd_done = !is_wr_q;
            state_d = S_RESP;
          end
        end
      end

      S_UR: if (!err_valid_q && !cpl_valid_i) begin
        ld = 1'b1;
        ld_kind = rp_pkg::ERR_UR;
        ld_posted = is_wr_q;
        ld_src = my_id;
        ld_hdr = {32'd0, tlp_dw[2], tlp_dw[1], tlp_dw[0]};
        state_d = S_RESP;
      end

      S_RESP: if ((is_wr_q && s_axil_bready) || (!is_wr_q && s_axil_rready)) state_d = S_IDLE;

      default: state_d = S_IDLE;
    endcase

    if (rd_done) rdata_d = lane_q ? {res, 32'd0} : {32'd0, res};
    if (ld) begin
      err_valid_d     = 1'b1;
      err_d           = '0;
      err_d.kind      = ld_kind;
      err_d.log_valid = ld_log;
      err_d.posted    = ld_posted;
      err_d.source_id = ld_src;
      err_d.header    = ld_hdr;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q     <= S_IDLE;
      kind_q      <= K_CFG0;
      is_wr_q     <= 1'b0;
      prefer_rd_q <= 1'b0;
      addr_q      <= '0;
      wdata_q     <= '0;
      wstrb_q     <= '0;
      rdata_q     <= '0;
      lane_q      <= 1'b0;
      second_q    <= 1'b0;
      tag_q       <= '0;
      tmo_q       <= '0;
      crs_q       <= '0;
      aw_done_q   <= 1'b0;
      w_done_q    <= 1'b0;
      err_valid_q <= 1'b0;
      err_q       <= '0;
    end else begin
      state_q     <= state_d;
      kind_q      <= kind_d;
      is_wr_q     <= is_wr_d;
      prefer_rd_q <= prefer_rd_d;
      addr_q      <= addr_d;
      wdata_q     <= wdata_d;
      wstrb_q     <= wstrb_d;
      rdata_q     <= rdata_d;
      lane_q      <= lane_d;
      second_q    <= second_d;
      tag_q       <= tag_d;
      tmo_q       <= tmo_d;
      crs_q       <= crs_d;
      aw_done_q   <= aw_done_d;
      w_done_q    <= w_done_d;
      err_valid_q <= err_valid_d;
      err_q       <= err_d;
    end
  end

  // verilator lint_off UNUSEDSIGNAL
  logic unused;
  assign unused = ^{s_axil_awprot, s_axil_arprot, m_axil_bresp, m_axil_rresp, ecam.rsvd,
                    ecam.offset[2:0], dw_off[1:0], cpl.dw0, cpl.bcm, cpl.byte_count, cpl.rsvd,
                    cpl.lower_address, cpl_i.data[1], addr_q[1:0], ctrl_i};
  // verilator lint_on UNUSEDSIGNAL

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  // One response per host access; an error event is never lost.
  a_err_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    err_valid_o && !err_ready_i |=> err_valid_o && $stable(err_o));
  a_no_lost_err: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    err_valid_q && !err_ready_i |-> !(err_valid_d && err_d != err_q));
  // At most one non-posted request outstanding: a request is sent only from S_TX.
  a_one_outstanding: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    ser_valid && ser_ready |-> state_q == S_TX);
  a_r_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    s_axil_rvalid && !s_axil_rready |=> s_axil_rvalid && $stable(s_axil_rdata));
  // A refused memory access never reaches the link.
  a_refused_not_sent: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    state_q == S_UR |-> !ser_valid);
`endif
endmodule

`resetall

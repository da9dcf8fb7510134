// axil_demux: one AXI4-Lite slave port onto two AXI4-Lite masters by address.
//
// Port 0 takes [BASE0, BASE0 + SIZE0) and sees the offset inside that window (its low
// M0_ADDR_WIDTH bits); port 1 takes every other address and sees it whole. One write and one
// read are in flight at a time (register traffic), each forwarded with AW and W on their own
// handshakes (the slaves may take them in either order) and answered by the slave it went to.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module axil_demux #(
  parameter int unsigned    ADDR_WIDTH    = 32,  // address width of the slave port and port 1
  parameter int unsigned    DATA_WIDTH    = 64,  // data width of every port
  parameter int unsigned    M0_ADDR_WIDTH = 12,  // address width of port 0 (its window)
  parameter longint unsigned BASE0        = 0,   // window of port 0: base
  parameter longint unsigned SIZE0        = 4096,  // window of port 0: size (a power of two)
  localparam int unsigned   STRB_WIDTH    = DATA_WIDTH / 8
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,  // asynchronous reset, active low

  input  wire logic [ADDR_WIDTH-1:0] s_axil_awaddr,
  input  wire logic [2:0]            s_axil_awprot,
  input  wire logic                  s_axil_awvalid,
  output logic                       s_axil_awready,
  input  wire logic [DATA_WIDTH-1:0] s_axil_wdata,
  input  wire logic [STRB_WIDTH-1:0] s_axil_wstrb,
  input  wire logic                  s_axil_wvalid,
  output logic                       s_axil_wready,
  output logic [1:0]                 s_axil_bresp,
  output logic                       s_axil_bvalid,
  input  wire logic                  s_axil_bready,
  input  wire logic [ADDR_WIDTH-1:0] s_axil_araddr,
  input  wire logic [2:0]            s_axil_arprot,
  input  wire logic                  s_axil_arvalid,
  output logic                       s_axil_arready,
  output logic [DATA_WIDTH-1:0]      s_axil_rdata,
  output logic [1:0]                 s_axil_rresp,
  output logic                       s_axil_rvalid,
  input  wire logic                  s_axil_rready,

  output logic [M0_ADDR_WIDTH-1:0]   m0_axil_awaddr,
  output logic [2:0]                 m0_axil_awprot,
  output logic                       m0_axil_awvalid,
  input  wire logic                  m0_axil_awready,
  output logic [DATA_WIDTH-1:0]      m0_axil_wdata,
  output logic [STRB_WIDTH-1:0]      m0_axil_wstrb,
  output logic                       m0_axil_wvalid,
  input  wire logic                  m0_axil_wready,
  input  wire logic [1:0]            m0_axil_bresp,
  input  wire logic                  m0_axil_bvalid,
  output logic                       m0_axil_bready,
  output logic [M0_ADDR_WIDTH-1:0]   m0_axil_araddr,
  output logic [2:0]                 m0_axil_arprot,
  output logic                       m0_axil_arvalid,
  input  wire logic                  m0_axil_arready,
  input  wire logic [DATA_WIDTH-1:0] m0_axil_rdata,
  input  wire logic [1:0]            m0_axil_rresp,
  input  wire logic                  m0_axil_rvalid,
  output logic                       m0_axil_rready,

  output logic [ADDR_WIDTH-1:0]      m1_axil_awaddr,
  output logic [2:0]                 m1_axil_awprot,
  output logic                       m1_axil_awvalid,
  input  wire logic                  m1_axil_awready,
  output logic [DATA_WIDTH-1:0]      m1_axil_wdata,
  output logic [STRB_WIDTH-1:0]      m1_axil_wstrb,
  output logic                       m1_axil_wvalid,
  input  wire logic                  m1_axil_wready,
  input  wire logic [1:0]            m1_axil_bresp,
  input  wire logic                  m1_axil_bvalid,
  output logic                       m1_axil_bready,
  output logic [ADDR_WIDTH-1:0]      m1_axil_araddr,
  output logic [2:0]                 m1_axil_arprot,
  output logic                       m1_axil_arvalid,
  input  wire logic                  m1_axil_arready,
  input  wire logic [DATA_WIDTH-1:0] m1_axil_rdata,
  input  wire logic [1:0]            m1_axil_rresp,
  input  wire logic                  m1_axil_rvalid,
  output logic                       m1_axil_rready
);

  if ((SIZE0 & (SIZE0 - 1)) != 0 || SIZE0 > (64'd1 << M0_ADDR_WIDTH) || (BASE0 % SIZE0) != 0)
  begin : g_bad_window
    $error("axil_demux: window 0 must be a naturally aligned power of two within port 0");
  end

  // The address bits that select window 0, and their value there.
  localparam logic [ADDR_WIDTH-1:0] WIN0_MASK = ADDR_WIDTH'(~(SIZE0 - 1));
  localparam logic [ADDR_WIDTH-1:0] WIN0_BASE = ADDR_WIDTH'(BASE0);
  logic aw_in0, ar_in0;
  assign aw_in0 = (s_axil_awaddr & WIN0_MASK) == WIN0_BASE;
  assign ar_in0 = (s_axil_araddr & WIN0_MASK) == WIN0_BASE;

  // ---------------------------------------------------------------------------------------
  // Writes: take AW and W from the host, forward both to the chosen port, return its B.
  // ---------------------------------------------------------------------------------------
  typedef enum logic [1:0] {W_IDLE, W_FWD, W_RESP} wstate_e;
  wstate_e                 wstate_q;
  logic                    wsel_q;  // 1: port 1
  logic                    aw_have_q, w_have_q, aw_sent_q, w_sent_q;
  logic [ADDR_WIDTH-1:0]   awaddr_q;
  logic [2:0]              awprot_q;
  logic [DATA_WIDTH-1:0]   wdata_q;
  logic [STRB_WIDTH-1:0]   wstrb_q;

  assign s_axil_awready = (wstate_q == W_IDLE) && !aw_have_q;
  assign s_axil_wready  = (wstate_q == W_IDLE) && !w_have_q;

  logic m_awready, m_wready, m_bvalid;
  logic [1:0] m_bresp;
  assign m_awready = wsel_q ? m1_axil_awready : m0_axil_awready;
  assign m_wready  = wsel_q ? m1_axil_wready  : m0_axil_wready;
  assign m_bvalid  = wsel_q ? m1_axil_bvalid  : m0_axil_bvalid;
  assign m_bresp   = wsel_q ? m1_axil_bresp   : m0_axil_bresp;

  assign m0_axil_awaddr  = awaddr_q[M0_ADDR_WIDTH-1:0];
  assign m1_axil_awaddr  = awaddr_q;
  assign m0_axil_awprot  = awprot_q;
  assign m1_axil_awprot  = awprot_q;
  assign m0_axil_wdata   = wdata_q;
  assign m1_axil_wdata   = wdata_q;
  assign m0_axil_wstrb   = wstrb_q;
  assign m1_axil_wstrb   = wstrb_q;
  assign m0_axil_awvalid = (wstate_q == W_FWD) && !wsel_q && !aw_sent_q;
  assign m1_axil_awvalid = (wstate_q == W_FWD) &&  wsel_q && !aw_sent_q;
  assign m0_axil_wvalid  = (wstate_q == W_FWD) && !wsel_q && !w_sent_q;
  assign m1_axil_wvalid  = (wstate_q == W_FWD) &&  wsel_q && !w_sent_q;
  assign m0_axil_bready  = (wstate_q == W_RESP) && !wsel_q && s_axil_bready;
  assign m1_axil_bready  = (wstate_q == W_RESP) &&  wsel_q && s_axil_bready;
  assign s_axil_bvalid   = (wstate_q == W_RESP) && m_bvalid;
  assign s_axil_bresp    = m_bresp;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wstate_q  <= W_IDLE;
      wsel_q    <= 1'b0;
      aw_have_q <= 1'b0;
      w_have_q  <= 1'b0;
      aw_sent_q <= 1'b0;
      w_sent_q  <= 1'b0;
      awaddr_q  <= '0;
      awprot_q  <= '0;
      wdata_q   <= '0;
      wstrb_q   <= '0;
    end else begin
      unique case (wstate_q)
        W_IDLE: begin
          if (s_axil_awvalid && s_axil_awready) begin
            aw_have_q <= 1'b1;
            awaddr_q  <= s_axil_awaddr;
            awprot_q  <= s_axil_awprot;
            wsel_q    <= !aw_in0;
          end
          if (s_axil_wvalid && s_axil_wready) begin
            w_have_q <= 1'b1;
            wdata_q  <= s_axil_wdata;
            wstrb_q  <= s_axil_wstrb;
          end
          if ((aw_have_q || s_axil_awvalid) && (w_have_q || s_axil_wvalid)) begin
            wstate_q  <= W_FWD;
            aw_sent_q <= 1'b0;
            w_sent_q  <= 1'b0;
          end
        end
        W_FWD: begin
          if (m_awready) aw_sent_q <= 1'b1;
          if (m_wready)  w_sent_q  <= 1'b1;
          if ((aw_sent_q || m_awready) && (w_sent_q || m_wready)) wstate_q <= W_RESP;
        end
        W_RESP: begin
          if (m_bvalid && s_axil_bready) begin
            wstate_q  <= W_IDLE;
            aw_have_q <= 1'b0;
            w_have_q  <= 1'b0;
          end
        end
        default: wstate_q <= W_IDLE;
      endcase
    end
  end

  // ---------------------------------------------------------------------------------------
  // Reads: take AR, forward it, return the chosen port's R.
  // ---------------------------------------------------------------------------------------
  typedef enum logic [1:0] {R_IDLE, R_FWD, R_RESP} rstate_e;
  rstate_e               rstate_q;
  logic                  rsel_q;
  logic [ADDR_WIDTH-1:0] araddr_q;
  logic [2:0]            arprot_q;

  assign s_axil_arready  = (rstate_q == R_IDLE);
  assign m0_axil_araddr  = araddr_q[M0_ADDR_WIDTH-1:0];
  assign m1_axil_araddr  = araddr_q;
  assign m0_axil_arprot  = arprot_q;
  assign m1_axil_arprot  = arprot_q;
  assign m0_axil_arvalid = (rstate_q == R_FWD) && !rsel_q;
  assign m1_axil_arvalid = (rstate_q == R_FWD) &&  rsel_q;
  assign m0_axil_rready  = (rstate_q == R_RESP) && !rsel_q && s_axil_rready;
  assign m1_axil_rready  = (rstate_q == R_RESP) &&  rsel_q && s_axil_rready;
  assign s_axil_rvalid   = (rstate_q == R_RESP) && (rsel_q ? m1_axil_rvalid : m0_axil_rvalid);
  assign s_axil_rdata    = rsel_q ? m1_axil_rdata : m0_axil_rdata;
  assign s_axil_rresp    = rsel_q ? m1_axil_rresp : m0_axil_rresp;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rstate_q <= R_IDLE;
      rsel_q   <= 1'b0;
      araddr_q <= '0;
      arprot_q <= '0;
    end else begin
      unique case (rstate_q)
        R_IDLE: if (s_axil_arvalid) begin
          rstate_q <= R_FWD;
          araddr_q <= s_axil_araddr;
          arprot_q <= s_axil_arprot;
          rsel_q   <= !ar_in0;
        end
        R_FWD: if (rsel_q ? m1_axil_arready : m0_axil_arready) rstate_q <= R_RESP;
        R_RESP: if (s_axil_rvalid && s_axil_rready) rstate_q <= R_IDLE;
        default: rstate_q <= R_IDLE;
      endcase
    end
  end

`ifndef SYNTHESIS
  a_one_write: assert property (@(posedge clk_i) disable iff (!rst_ni)
      !(m0_axil_awvalid && m1_axil_awvalid))
    else $error("axil_demux: a write went to both ports");
  a_bvalid_in_resp: assert property (@(posedge clk_i) disable iff (!rst_ni)
      s_axil_bvalid |-> wstate_q == W_RESP)
    else $error("axil_demux: write response outside a write");
`endif

endmodule

`resetall

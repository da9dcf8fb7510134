// axi_mux: two AXI4 masters onto one AXI4 slave port (64-bit data, INCR bursts).
//
// Source 0 and source 1 keep their IDs; the mux prepends the source number as the ID's most
// significant bit, and B and R beats go back by that bit. A source that presents an address
// (AW or AR) holds the channel until the handshake, so the output never changes an address
// under VALID. Write bursts are not interleaved: once a source has the AW channel, its W beats
// (which may come before, with or after its AW, as AXI allows) own the W channel until WLAST,
// and only then is the next AW granted. Round robin between the sources on each channel.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module axi_mux #(
  parameter int unsigned ID_WIDTH = 4,  // ID width of each source
  localparam int unsigned M_ID_WIDTH = ID_WIDTH + 1
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,  // asynchronous reset, active low

  // Sources: index 0 and 1 of every vector.
  input  wire logic [1:0][ID_WIDTH-1:0] s_axi_awid,
  input  wire logic [1:0][63:0]         s_axi_awaddr,
  input  wire logic [1:0][7:0]          s_axi_awlen,
  input  wire logic [1:0][2:0]          s_axi_awsize,
  input  wire logic [1:0][1:0]          s_axi_awburst,
  input  wire logic [1:0][2:0]          s_axi_awprot,
  input  wire logic [1:0]               s_axi_awvalid,
  output logic      [1:0]               s_axi_awready,
  input  wire logic [1:0][63:0]         s_axi_wdata,
  input  wire logic [1:0][7:0]          s_axi_wstrb,
  input  wire logic [1:0]               s_axi_wlast,
  input  wire logic [1:0]               s_axi_wvalid,
  output logic      [1:0]               s_axi_wready,
  output logic      [1:0][ID_WIDTH-1:0] s_axi_bid,
  output logic      [1:0][1:0]          s_axi_bresp,
  output logic      [1:0]               s_axi_bvalid,
  input  wire logic [1:0]               s_axi_bready,
  input  wire logic [1:0][ID_WIDTH-1:0] s_axi_arid,
  input  wire logic [1:0][63:0]         s_axi_araddr,
  input  wire logic [1:0][7:0]          s_axi_arlen,
  input  wire logic [1:0][2:0]          s_axi_arsize,
  input  wire logic [1:0][1:0]          s_axi_arburst,
  input  wire logic [1:0][2:0]          s_axi_arprot,
  input  wire logic [1:0]               s_axi_arvalid,
  output logic      [1:0]               s_axi_arready,
  output logic      [1:0][ID_WIDTH-1:0] s_axi_rid,
  output logic      [1:0][63:0]         s_axi_rdata,
  output logic      [1:0][1:0]          s_axi_rresp,
  output logic      [1:0]               s_axi_rlast,
  output logic      [1:0]               s_axi_rvalid,
  input  wire logic [1:0]               s_axi_rready,

  // The shared slave port.
  output logic [M_ID_WIDTH-1:0] m_axi_awid,
  output logic [63:0]           m_axi_awaddr,
  output logic [7:0]            m_axi_awlen,
  output logic [2:0]            m_axi_awsize,
  output logic [1:0]            m_axi_awburst,
  output logic [2:0]            m_axi_awprot,
  output logic                  m_axi_awvalid,
  input  wire logic             m_axi_awready,
  output logic [63:0]           m_axi_wdata,
  output logic [7:0]            m_axi_wstrb,
  output logic                  m_axi_wlast,
  output logic                  m_axi_wvalid,
  input  wire logic             m_axi_wready,
  input  wire logic [M_ID_WIDTH-1:0] m_axi_bid,
  input  wire logic [1:0]       m_axi_bresp,
  input  wire logic             m_axi_bvalid,
  output logic                  m_axi_bready,
  output logic [M_ID_WIDTH-1:0] m_axi_arid,
  output logic [63:0]           m_axi_araddr,
  output logic [7:0]            m_axi_arlen,
  output logic [2:0]            m_axi_arsize,
  output logic [1:0]            m_axi_arburst,
  output logic [2:0]            m_axi_arprot,
  output logic                  m_axi_arvalid,
  input  wire logic             m_axi_arready,
  input  wire logic [M_ID_WIDTH-1:0] m_axi_rid,
  input  wire logic [63:0]      m_axi_rdata,
  input  wire logic [1:0]       m_axi_rresp,
  input  wire logic             m_axi_rlast,
  input  wire logic             m_axi_rvalid,
  output logic                  m_axi_rready
);

  // ---------------------------------------------------------------------------------------
  // Write address and data: one burst at a time, AW and its W beats from the same source.
  // ---------------------------------------------------------------------------------------
  logic wbusy_q, wsrc_q, aw_done_q, w_done_q, wprio_q;
  logic wsrc, aw_fire, wlast_fire;

  // The source that gets the channels: the holder, else round robin among AW requesters.
  always_comb begin
    if (wbusy_q)                                wsrc = wsrc_q;
    else if (s_axi_awvalid[wprio_q])            wsrc = wprio_q;
    else                                        wsrc = !wprio_q;
  end

  logic wactive;
  assign wactive = wbusy_q || (|s_axi_awvalid);

  assign m_axi_awid    = {wsrc, s_axi_awid[wsrc]};
  assign m_axi_awaddr  = s_axi_awaddr[wsrc];
  assign m_axi_awlen   = s_axi_awlen[wsrc];
  assign m_axi_awsize  = s_axi_awsize[wsrc];
  assign m_axi_awburst = s_axi_awburst[wsrc];
  assign m_axi_awprot  = s_axi_awprot[wsrc];
  assign m_axi_awvalid = wactive && !aw_done_q && s_axi_awvalid[wsrc];
  assign m_axi_wdata   = s_axi_wdata[wsrc];
  assign m_axi_wstrb   = s_axi_wstrb[wsrc];
  assign m_axi_wlast   = s_axi_wlast[wsrc];
  assign m_axi_wvalid  = wactive && !w_done_q && s_axi_wvalid[wsrc];

  assign aw_fire    = m_axi_awvalid && m_axi_awready;
  assign wlast_fire = m_axi_wvalid && m_axi_wready && m_axi_wlast;

  always_comb begin
    s_axi_awready = '0;
    s_axi_wready  = '0;
    s_axi_awready[wsrc] = m_axi_awvalid && m_axi_awready;
    s_axi_wready[wsrc]  = m_axi_wvalid && m_axi_wready;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wbusy_q   <= 1'b0;
      wsrc_q    <= 1'b0;
      aw_done_q <= 1'b0;
      w_done_q  <= 1'b0;
      wprio_q   <= 1'b0;
    end else if (wactive) begin
      if ((aw_done_q || aw_fire) && (w_done_q || wlast_fire)) begin
        // The burst is complete: free the channels, the other source goes first next.
        wbusy_q   <= 1'b0;
        aw_done_q <= 1'b0;
        w_done_q  <= 1'b0;
        wprio_q   <= !wsrc;
      end else begin
        wbusy_q   <= 1'b1;
        wsrc_q    <= wsrc;
        aw_done_q <= aw_done_q || aw_fire;
        w_done_q  <= w_done_q || wlast_fire;
      end
    end
  end

  // Write responses go back by the ID's top bit.
  always_comb begin
    s_axi_bvalid = '0;
    for (int i = 0; i < 2; i++) begin
      s_axi_bid[i]   = m_axi_bid[ID_WIDTH-1:0];
      s_axi_bresp[i] = m_axi_bresp;
    end
    s_axi_bvalid[m_axi_bid[ID_WIDTH]] = m_axi_bvalid;
  end
  assign m_axi_bready = s_axi_bready[m_axi_bid[ID_WIDTH]];

  // ---------------------------------------------------------------------------------------
  // Read address: held from the first cycle it is presented until its handshake.
  // ---------------------------------------------------------------------------------------
  logic rbusy_q, rsrc_q, rprio_q, rsrc;
  always_comb begin
    if (rbusy_q)                     rsrc = rsrc_q;
    else if (s_axi_arvalid[rprio_q]) rsrc = rprio_q;
    else                             rsrc = !rprio_q;
  end

  assign m_axi_arid    = {rsrc, s_axi_arid[rsrc]};
  assign m_axi_araddr  = s_axi_araddr[rsrc];
  assign m_axi_arlen   = s_axi_arlen[rsrc];
  assign m_axi_arsize  = s_axi_arsize[rsrc];
  assign m_axi_arburst = s_axi_arburst[rsrc];
  assign m_axi_arprot  = s_axi_arprot[rsrc];
  assign m_axi_arvalid = s_axi_arvalid[rsrc];

  always_comb begin
    s_axi_arready = '0;
    s_axi_arready[rsrc] = m_axi_arready;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rbusy_q <= 1'b0;
      rsrc_q  <= 1'b0;
      rprio_q <= 1'b0;
    end else if (m_axi_arvalid) begin
      if (m_axi_arready) begin
        rbusy_q <= 1'b0;
        rprio_q <= !rsrc;
      end else begin
        rbusy_q <= 1'b1;
        rsrc_q  <= rsrc;
      end
    end
  end

  // Read data goes back by the ID's top bit.
  always_comb begin
    s_axi_rvalid = '0;
    for (int i = 0; i < 2; i++) begin
      s_axi_rid[i]   = m_axi_rid[ID_WIDTH-1:0];
      s_axi_rdata[i] = m_axi_rdata;
      s_axi_rresp[i] = m_axi_rresp;
      s_axi_rlast[i] = m_axi_rlast;
    end
    s_axi_rvalid[m_axi_rid[ID_WIDTH]] = m_axi_rvalid;
  end
  assign m_axi_rready = s_axi_rready[m_axi_rid[ID_WIDTH]];

`ifndef SYNTHESIS
  // The output holds an address and its ID under VALID until the handshake.
  a_aw_stable: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_awvalid && !m_axi_awready |=> m_axi_awvalid && $stable(m_axi_awaddr)
      && $stable(m_axi_awid) && $stable(m_axi_awlen))
    else $error("axi_mux: AW changed under VALID");
  a_ar_stable: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_arvalid && !m_axi_arready |=> m_axi_arvalid && $stable(m_axi_araddr)
      && $stable(m_axi_arid) && $stable(m_axi_arlen))
    else $error("axi_mux: AR changed under VALID");
  // W beats come from the source that holds the write channels.
  a_w_owner: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_wvalid && wbusy_q |-> wsrc == wsrc_q)
    else $error("axi_mux: W beat from a source that does not hold the channel");
`endif

endmodule

`resetall

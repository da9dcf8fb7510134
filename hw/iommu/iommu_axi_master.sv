// iommu_axi_master: the IOMMU's one AXI4 master towards host memory (64-bit data, 64-bit
// address, 4-bit ID).
//
// Reads (iommu_core_pkg::mem_rd_req_t): walker reads of the translation engine and command
// fetches of the command queue, already merged by the caller onto one request channel. The
// request's id is the AXI ARID; several reads may be outstanding (the memory decides), R beats
// are passed through with their RID (interleaving between ids is fine, the consumers route
// by id) and `err` set on SLVERR/DECERR (RRESP[1]). AR is registered: a request is taken while
// the AR slot is empty or being emptied, so reads issue back to back.
//
// Writes (iommu_core_pkg::mem_wr_req_t): fault records (4-beat INCR bursts) and IOFENCE.C
// data writes (one beat, strobes select the 4 bytes). One write at a time: the request is
// taken when no write is in flight, AW and W are issued, and the B response is reported on
// wr_rsp_valid_o (one cycle) with wr_rsp_err_o on SLVERR/DECERR. Every write uses AWID
// WRITE_ID.
//
// Addresses are physical (iommu_core_pkg::PA_WIDTH bits), zero-extended to 64 bits; a request
// never crosses a 4 KiB boundary (8-beat reads are 64-byte aligned, 4-beat writes 32-byte
// aligned records) so every burst is legal AXI4.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_axi_master #(
  // AXI ID of every write (reads carry the requester's id).
  parameter logic [3:0] WRITE_ID = 4'd0
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,  // asynchronous reset, active low

  // Read requests and response beats
  input  wire logic                          rd_req_valid_i,
  output logic                               rd_req_ready_o,
  input  wire iommu_core_pkg::mem_rd_req_t   rd_req_i,
  output logic                               rd_rsp_valid_o,
  input  wire logic                          rd_rsp_ready_i,
  output iommu_core_pkg::mem_rd_rsp_t        rd_rsp_o,

  // Write requests and their completion
  input  wire logic                          wr_req_valid_i,
  output logic                               wr_req_ready_o,
  input  wire iommu_core_pkg::mem_wr_req_t   wr_req_i,
  output logic                               wr_rsp_valid_o,  // one cycle per write
  output logic                               wr_rsp_err_o,    // with wr_rsp_valid_o

  // AXI4 master
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
  output logic              m_axi_rready
);

  localparam int unsigned PA_WIDTH = iommu_core_pkg::PA_WIDTH;
  localparam logic [2:0]  SIZE_8B  = 3'd3;   // AxSIZE: 8 bytes per beat
  localparam logic [1:0]  INCR     = 2'b01;  // AxBURST INCR

  if (iommu_core_pkg::MEM_ID_WIDTH != 4) begin : g_bad_id
    $error("iommu_axi_master: the AXI ID is 4 bits; iommu_core_pkg::MEM_ID_WIDTH must be 4");
  end

  // ---------------------------------------------------------------------------------------
  // Read address (registered) and read data (passed through)
  // ---------------------------------------------------------------------------------------

  logic                  ar_valid_q;
  logic [3:0]            ar_id_q;
  logic [PA_WIDTH-1:0]   ar_addr_q;
  logic [2:0]            ar_len_q;

  assign rd_req_ready_o = !ar_valid_q || m_axi_arready;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ar_valid_q <= 1'b0;
      ar_id_q    <= '0;
      ar_addr_q  <= '0;
      ar_len_q   <= '0;
    end else if (rd_req_ready_o) begin
      ar_valid_q <= rd_req_valid_i;
      if (rd_req_valid_i) begin
        ar_id_q   <= rd_req_i.id;
        ar_addr_q <= rd_req_i.addr;
        ar_len_q  <= rd_req_i.beats_m1;
      end
    end
  end

  assign m_axi_arvalid = ar_valid_q;
  assign m_axi_arid    = ar_id_q;
  assign m_axi_araddr  = 64'(ar_addr_q);
  assign m_axi_arlen   = 8'(ar_len_q);
  assign m_axi_arsize  = SIZE_8B;
  assign m_axi_arburst = INCR;
  assign m_axi_arprot  = 3'b000;

  assign rd_rsp_valid_o = m_axi_rvalid;
  assign rd_rsp_o.id    = m_axi_rid;
  assign rd_rsp_o.data  = m_axi_rdata;
  assign rd_rsp_o.err   = m_axi_rresp[1];
  assign rd_rsp_o.last  = m_axi_rlast;
  assign m_axi_rready   = rd_rsp_ready_i;

  // ---------------------------------------------------------------------------------------
  // Writes: one in flight; AW and W issued independently, then wait for B
  // ---------------------------------------------------------------------------------------

  logic                  wr_busy_q;     // a write was taken and its B has not come back
  logic                  aw_pending_q;  // AW not yet handshaken
  logic                  w_pending_q;   // W beats left to send
  logic [1:0]            w_beat_q;      // index of the W beat on the bus
  iommu_core_pkg::mem_wr_req_t wr_q;

  assign wr_req_ready_o = !wr_busy_q;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wr_busy_q    <= 1'b0;
      aw_pending_q <= 1'b0;
      w_pending_q  <= 1'b0;
      w_beat_q     <= '0;
      wr_q         <= '0;
    end else begin
      if (wr_req_valid_i && wr_req_ready_o) begin
        wr_busy_q    <= 1'b1;
        aw_pending_q <= 1'b1;
        w_pending_q  <= 1'b1;
        w_beat_q     <= '0;
        wr_q         <= wr_req_i;
      end else begin
        if (aw_pending_q && m_axi_awready) aw_pending_q <= 1'b0;
        if (w_pending_q && m_axi_wready) begin
          if (w_beat_q == wr_q.beats_m1) w_pending_q <= 1'b0;
          w_beat_q <= w_beat_q + 2'd1;
        end
        if (m_axi_bvalid && wr_busy_q && !aw_pending_q && !w_pending_q) wr_busy_q <= 1'b0;
      end
    end
  end

  assign m_axi_awvalid = aw_pending_q;
  assign m_axi_awid    = WRITE_ID;
  assign m_axi_awaddr  = 64'(wr_q.addr);
  assign m_axi_awlen   = 8'(wr_q.beats_m1);
  assign m_axi_awsize  = SIZE_8B;
  assign m_axi_awburst = INCR;
  assign m_axi_awprot  = 3'b000;
  assign m_axi_wvalid  = w_pending_q;
  assign m_axi_wdata   = wr_q.data[64*w_beat_q +: 64];
  assign m_axi_wstrb   = wr_q.strb;
  assign m_axi_wlast   = w_beat_q == wr_q.beats_m1;
  // B is taken only once AW and every W beat went out (a slave cannot answer earlier).
  assign m_axi_bready  = wr_busy_q && !aw_pending_q && !w_pending_q;

  assign wr_rsp_valid_o = m_axi_bvalid && m_axi_bready;
  assign wr_rsp_err_o   = m_axi_bresp[1];

`ifndef SYNTHESIS
  // ---------------------------------------------------------------------------------------
  // Assertions: AXI valid held until ready with stable payload; B only for our write
  // ---------------------------------------------------------------------------------------
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end

  a_ar_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(m_axi_arvalid && !m_axi_arready) |-> m_axi_arvalid
      && $stable(m_axi_araddr) && $stable(m_axi_arid) && $stable(m_axi_arlen));
  a_aw_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(m_axi_awvalid && !m_axi_awready) |-> m_axi_awvalid
      && $stable(m_axi_awaddr) && $stable(m_axi_awlen));
  a_w_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(m_axi_wvalid && !m_axi_wready) |-> m_axi_wvalid
      && $stable(m_axi_wdata) && $stable(m_axi_wstrb) && $stable(m_axi_wlast));
  a_b_expected: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    m_axi_bvalid |-> wr_busy_q && m_axi_bid == WRITE_ID);
  a_wr_in_4k: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    wr_req_valid_i && wr_req_ready_o |->
      (13'(wr_req_i.addr[11:0]) + 13'(8 * (32'(wr_req_i.beats_m1) + 1))) <= 13'h1000);
  a_rd_in_4k: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    rd_req_valid_i && rd_req_ready_o |->
      (13'(rd_req_i.addr[11:0]) + 13'(8 * (32'(rd_req_i.beats_m1) + 1))) <= 13'h1000);
`endif

  // The write ID is fixed (B carries it back); RRESP/BRESP bit 0 only tells EXOKAY/DECERR
  // apart from OKAY/SLVERR.
  logic unused;
  assign unused = ^{m_axi_bid, m_axi_bresp[0], m_axi_rresp[0]};

endmodule

`resetall

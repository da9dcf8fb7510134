// axi_copy_engine: a small AXI4 memory-to-memory copy engine, the co-simulation harness's
// stand-in for a bus master until the IOMMU and root port drive m_axi (issues [C]/[D]).
//
// A pulse on start_i latches src_i, dst_i and len_i (bytes; the low 3 bits of all three are
// ignored: 8-byte beats on a 64-bit bus) and copies len_i bytes from src_i to dst_i: INCR
// read bursts of up to 16 beats into a 16-entry buffer, then the same burst written out.
// A burst never crosses a 4 KiB boundary of either address (AXI4 rule). One burst is in flight
// at a time (simple and predictable; throughput is not the point). A SLVERR/DECERR on R or B
// stops the copy with error_o set. done_o pulses one cycle when the copy ends (with or
// without error); busy_o is high from the cycle after start_i until done_o. start_i while
// busy is ignored.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module axi_copy_engine #(
  parameter int unsigned ADDR_WIDTH = 64,
  parameter int unsigned ID_WIDTH   = 4,
  parameter logic [ID_WIDTH-1:0] AXI_ID = '0
) (
  input  wire logic                  clk_i,
  input  wire logic                  rst_ni,

  input  wire logic                  start_i,
  input  wire logic [ADDR_WIDTH-1:0] src_i,
  input  wire logic [ADDR_WIDTH-1:0] dst_i,
  input  wire logic [31:0]           len_i,
  output logic                       busy_o,
  output logic                       done_o,
  output logic                       error_o,

  // AXI4 master, 64-bit data
  output logic [ID_WIDTH-1:0]        m_axi_awid,
  output logic [ADDR_WIDTH-1:0]      m_axi_awaddr,
  output logic [7:0]                 m_axi_awlen,
  output logic [2:0]                 m_axi_awsize,
  output logic [1:0]                 m_axi_awburst,
  output logic [2:0]                 m_axi_awprot,
  output logic                       m_axi_awvalid,
  input  wire logic                  m_axi_awready,
  output logic [63:0]                m_axi_wdata,
  output logic [7:0]                 m_axi_wstrb,
  output logic                       m_axi_wlast,
  output logic                       m_axi_wvalid,
  input  wire logic                  m_axi_wready,
  input  wire logic [ID_WIDTH-1:0]   m_axi_bid,
  input  wire logic [1:0]            m_axi_bresp,
  input  wire logic                  m_axi_bvalid,
  output logic                       m_axi_bready,
  output logic [ID_WIDTH-1:0]        m_axi_arid,
  output logic [ADDR_WIDTH-1:0]      m_axi_araddr,
  output logic [7:0]                 m_axi_arlen,
  output logic [2:0]                 m_axi_arsize,
  output logic [1:0]                 m_axi_arburst,
  output logic [2:0]                 m_axi_arprot,
  output logic                       m_axi_arvalid,
  input  wire logic                  m_axi_arready,
  input  wire logic [ID_WIDTH-1:0]   m_axi_rid,
  input  wire logic [63:0]           m_axi_rdata,
  input  wire logic [1:0]            m_axi_rresp,
  input  wire logic                  m_axi_rlast,
  input  wire logic                  m_axi_rvalid,
  output logic                       m_axi_rready
);

  localparam int unsigned MAX_BEATS = 16;
  localparam logic [1:0] BURST_INCR = 2'b01;
  localparam logic [2:0] SIZE_8B = 3'd3;

  typedef enum logic [2:0] {
    S_IDLE, S_AR, S_R, S_AW, S_W, S_B, S_DONE
  } state_e;

  state_e                  state_q, state_d;
  logic [ADDR_WIDTH-1:3]   src_q, src_d;      // next word to read
  logic [ADDR_WIDTH-1:3]   dst_q, dst_d;      // next word to write
  logic [31:3]             left_q, left_d;    // words still to copy
  logic [4:0]              beats_q, beats_d;  // words in the current burst (1..16)
  logic [3:0]              idx_q, idx_d;      // beat index inside the burst
  logic                    err_q, err_d;
  logic [63:0]             buf_q [MAX_BEATS];

  // Length of the next burst: the smallest of 16, the words left, and the distances of both
  // addresses to their next 4 KiB boundary (512 words per page).
  logic [9:0]  src_room, dst_room;
  logic [31:3] burst_words;
  always_comb begin
    src_room = 10'd512 - {1'b0, src_q[11:3]};
    dst_room = 10'd512 - {1'b0, dst_q[11:3]};
    burst_words = (left_q < 29'(MAX_BEATS)) ? left_q : 29'(MAX_BEATS);
    if (29'(src_room) < burst_words) burst_words = 29'(src_room);
    if (29'(dst_room) < burst_words) burst_words = 29'(dst_room);
  end

  always_comb begin
    state_d = state_q;
    src_d   = src_q;
    dst_d   = dst_q;
    left_d  = left_q;
    beats_d = beats_q;
    idx_d   = idx_q;
    err_d   = err_q;
    unique case (state_q)
      S_IDLE: if (start_i) begin
        src_d  = src_i[ADDR_WIDTH-1:3];
        dst_d  = dst_i[ADDR_WIDTH-1:3];
        left_d = len_i[31:3];
        err_d  = 1'b0;
        state_d = (len_i[31:3] == '0) ? S_DONE : S_AR;
      end
      S_AR: begin
        beats_d = 5'(burst_words);
        if (m_axi_arready) begin
          idx_d   = '0;
          state_d = S_R;
        end
      end
      S_R: if (m_axi_rvalid) begin
        if (m_axi_rresp != 2'b00) err_d = 1'b1;
        idx_d = idx_q + 4'd1;
        if (m_axi_rlast) begin
          idx_d   = '0;
          state_d = (err_d) ? S_DONE : S_AW;
        end
      end
      S_AW: if (m_axi_awready) state_d = S_W;
      S_W: if (m_axi_wready) begin
        idx_d = idx_q + 4'd1;
        if (m_axi_wlast) state_d = S_B;
      end
      S_B: if (m_axi_bvalid) begin
        if (m_axi_bresp != 2'b00) err_d = 1'b1;
        src_d  = src_q + (ADDR_WIDTH-3)'(beats_q);
        dst_d  = dst_q + (ADDR_WIDTH-3)'(beats_q);
        left_d = left_q - 29'(beats_q);
        state_d = (err_d || left_d == '0) ? S_DONE : S_AR;
      end
      S_DONE: state_d = S_IDLE;
      default: state_d = S_IDLE;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q <= S_IDLE;
      src_q   <= '0;
      dst_q   <= '0;
      left_q  <= '0;
      beats_q <= '0;
      idx_q   <= '0;
      err_q   <= 1'b0;
    end else begin
      state_q <= state_d;
      src_q   <= src_d;
      dst_q   <= dst_d;
      left_q  <= left_d;
      beats_q <= beats_d;
      idx_q   <= idx_d;
      err_q   <= err_d;
    end
  end

  // Burst buffer: no reset needed (written before read).
  always_ff @(posedge clk_i) begin
    if (state_q == S_R && m_axi_rvalid) buf_q[idx_q] <= m_axi_rdata;
  end

  assign busy_o  = (state_q != S_IDLE);
  assign done_o  = (state_q == S_DONE);
  assign error_o = err_q;

  assign m_axi_arid    = AXI_ID;
  assign m_axi_araddr  = {src_q, 3'b000};
  assign m_axi_arlen   = 8'(burst_words - 29'd1);
  assign m_axi_arsize  = SIZE_8B;
  assign m_axi_arburst = BURST_INCR;
  assign m_axi_arprot  = 3'b000;
  assign m_axi_arvalid = (state_q == S_AR);
  assign m_axi_rready  = (state_q == S_R);

  assign m_axi_awid    = AXI_ID;
  assign m_axi_awaddr  = {dst_q, 3'b000};
  assign m_axi_awlen   = 8'(beats_q - 5'd1);
  assign m_axi_awsize  = SIZE_8B;
  assign m_axi_awburst = BURST_INCR;
  assign m_axi_awprot  = 3'b000;
  assign m_axi_awvalid = (state_q == S_AW);
  assign m_axi_wdata   = buf_q[idx_q];
  assign m_axi_wstrb   = '1;
  assign m_axi_wlast   = (5'(idx_q) == beats_q - 5'd1);
  assign m_axi_wvalid  = (state_q == S_W);
  assign m_axi_bready  = (state_q == S_B);

  // IDs of responses are not checked: one burst in flight.
  logic unused;
  assign unused = ^{m_axi_bid, m_axi_rid, src_i[2:0], dst_i[2:0], len_i[2:0]};

`ifndef SYNTHESIS
  // -----------------------------------------------------------------------------------------
  // Assertions (simulation; the co-simulation builds them in). A failure ends the
  // co-simulation run with its message.
  // -----------------------------------------------------------------------------------------
  // `disable iff` samples the asynchronous reset synchronously, as assertions do.
  /* verilator lint_off SYNCASYNCNET */

  // AXI4 handshake rule for a master (A3.2.1): once VALID is high it stays high, with the
  // same payload, until READY.
  ar_held_until_ready: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_arvalid && !m_axi_arready |=>
        m_axi_arvalid && $stable({m_axi_araddr, m_axi_arlen, m_axi_arsize, m_axi_arburst}))
    else $error("AR withdrawn or changed before m_axi_arready");
  aw_held_until_ready: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_awvalid && !m_axi_awready |=>
        m_axi_awvalid && $stable({m_axi_awaddr, m_axi_awlen, m_axi_awsize, m_axi_awburst}))
    else $error("AW withdrawn or changed before m_axi_awready");
  w_held_until_ready: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_wvalid && !m_axi_wready |=>
        m_axi_wvalid && $stable({m_axi_wdata, m_axi_wstrb, m_axi_wlast}))
    else $error("W withdrawn or changed before m_axi_wready");

  // The slave answers only what was asked (A3.3.1: read data after its address, a write
  // response after the last write beat). With one burst in flight, an R beat outside S_R or
  // a B response outside S_B answers nothing the engine sent.
  r_only_for_a_read: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_rvalid |-> state_q == S_R)
    else $error("m_axi_rvalid with no read burst outstanding (state %0d)", state_q);
  b_only_for_a_write: assert property (@(posedge clk_i) disable iff (!rst_ni)
      m_axi_bvalid |-> state_q == S_B)
    else $error("m_axi_bvalid with no write burst awaiting its response (state %0d)", state_q);
  /* verilator lint_on SYNCASYNCNET */
`endif

endmodule

`resetall

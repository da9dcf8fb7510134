// rp_tlp_ser: turns one whole TLP, given as a vector of DWs, into 64-bit stream beats
// (rp_pkg::tlp_beat_t). Used by the root port's own egress sources (rp_host, rp_ats_msg).
//
// in_dw_i[0] is the first DW on the wire (a prefix or header DW0), in_n_dw_i the number of
// DWs (1..MAX_DW). The TLP is taken in one cycle (in_ready_o while no TLP is held) and sent
// as ceil(n/2) beats: beat k carries DW 2k in [31:0] and DW 2k+1 in [63:32], keep 01 on a
// last beat with one DW. The beats are registered: out_o depends on no input combinationally.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_tlp_ser #(
  parameter int unsigned MAX_DW = 8  // most DWs of one TLP (prefixes + header + payload)
) (
  input  wire logic                        clk_i,
  input  wire logic                        rst_ni,  // asynchronous reset, active low

  input  wire logic                        in_valid_i,
  output logic                             in_ready_o,
  input  wire logic [MAX_DW-1:0][31:0]     in_dw_i,
  input  wire logic [$clog2(MAX_DW+1)-1:0] in_n_dw_i,

  output logic                             out_valid_o,
  input  wire logic                        out_ready_i,
  output rp_pkg::tlp_beat_t                out_o
);
  localparam int unsigned NW = $clog2(MAX_DW + 1);  // width of a DW count
  localparam int unsigned NB = (MAX_DW + 1) / 2;    // most beats of one TLP

  initial begin
    if (MAX_DW < 1 || MAX_DW % 2 != 0) $error("rp_tlp_ser: MAX_DW must be even and >= 2");
  end

  logic [MAX_DW-1:0][31:0] dw_q;
  logic [NW-1:0]           n_q;    // DWs left to send, counted from beat_q
  logic                    busy_q;
  logic [$clog2(NB)-1:0]   beat_q;

  assign in_ready_o  = !busy_q;
  assign out_valid_o = busy_q;

  always_comb begin
    out_o      = '0;
    out_o.data = {dw_q[2*beat_q+1], dw_q[2*beat_q]};
    out_o.sop  = (beat_q == '0);
    out_o.eop  = (n_q <= NW'(2));
    out_o.keep = (n_q == NW'(1)) ? 2'b01 : 2'b11;
    if (n_q == NW'(1)) out_o.data[63:32] = '0;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      busy_q <= 1'b0;
      dw_q   <= '0;
      n_q    <= '0;
      beat_q <= '0;
    end else if (!busy_q) begin
      if (in_valid_i && in_n_dw_i != '0) begin
        busy_q <= 1'b1;
        dw_q   <= in_dw_i;
        n_q    <= in_n_dw_i;
        beat_q <= '0;
      end
    end else if (out_ready_i) begin
      if (n_q <= NW'(2)) begin
        busy_q <= 1'b0;
      end else begin
        n_q    <= n_q - NW'(2);
        beat_q <= beat_q + 1'b1;
      end
    end
  end

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  a_n_dw: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    in_valid_i && in_ready_o |-> in_n_dw_i != '0 && in_n_dw_i <= NW'(MAX_DW));
  a_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    out_valid_o && !out_ready_i |=> out_valid_o && $stable(out_o));
`endif
endmodule

`resetall

// rp_tx: the root port's egress arbiter. N sources of whole TLPs (rp_pkg::tlp_beat_t
// valid/ready, sop..eop) share the link transmit stream tx_tlp_*.
//
// A TLP is never interleaved: the source whose first beat is taken owns the link until its
// eop beat is taken (and also while an offered first beat waits for tx_tlp_ready, so the
// stream's beat stays stable). Between TLPs the grant goes round robin, starting after the
// source that sent last, among the PREFER sources that have a TLP, else among all: the
// sources that carry posted requests are preferred so that a completion never passes a posted
// request that was waiting before it (PCIe Base 6.x 2.4.1, ordering table: a completion must
// not pass a posted request; a posted request may pass a completion). A source that is the
// only one with a TLP sends back to back with no idle cycle between its TLPs (the
// arbitration is combinational on the sources' valid).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_tx #(
  parameter int unsigned N = 3,             // number of egress sources
  parameter logic [N-1:0] PREFER = '0       // sources served first (posted requests)
) (
  input  wire logic                   clk_i,
  input  wire logic                   rst_ni,  // asynchronous reset, active low

  input  wire logic [N-1:0]           src_valid_i,
  output logic [N-1:0]                src_ready_o,
  input  wire logic [N-1:0][rp_pkg::TLP_BEAT_W-1:0] src_i,  // rp_pkg::tlp_beat_t each

  output logic [63:0]                 tx_tlp_data,
  output logic [1:0]                  tx_tlp_keep,
  output logic                        tx_tlp_sop,
  output logic                        tx_tlp_eop,
  output logic                        tx_tlp_valid,
  input  wire logic                   tx_tlp_ready
);
  localparam int unsigned IW = (N > 1) ? $clog2(N) : 1;  // width of a source index

  initial begin
    if (N < 1) $error("rp_tx: N must be >= 1");
  end

  logic          owned_q;  // sel_q owns the link (inside a TLP, or a first beat offered)
  logic [IW-1:0] sel_q;    // the owner
  logic [IW-1:0] next_q;   // round-robin start: the source after the last one that sent
  logic [IW-1:0] pick;     // the source granted this cycle
  logic          any;

  logic [IW:0]   idx;
  always_comb begin
    pick = sel_q;
    any  = owned_q;
    idx  = '0;
    if (!owned_q) begin
      // first valid source at or after next_q, in circular order: a preferred one if any
      for (int unsigned k = 0; k < N; k++) begin
        idx = {1'b0, next_q} + (IW+1)'(k);
        if (idx >= (IW+1)'(N)) idx = idx - (IW+1)'(N);
        if (!any && src_valid_i[idx[IW-1:0]] && PREFER[idx[IW-1:0]]) begin
          any  = 1'b1;
          pick = idx[IW-1:0];
        end
      end
      for (int unsigned k = 0; k < N; k++) begin
        idx = {1'b0, next_q} + (IW+1)'(k);
        if (idx >= (IW+1)'(N)) idx = idx - (IW+1)'(N);
        if (!any && src_valid_i[idx[IW-1:0]]) begin
          any  = 1'b1;
          pick = idx[IW-1:0];
        end
      end
    end
  end

  rp_pkg::tlp_beat_t beat;
  assign beat         = rp_pkg::tlp_beat_t'(src_i[pick]);
`ifndef SYNTHESIS
  initial assert ($bits(rp_pkg::tlp_beat_t) == rp_pkg::TLP_BEAT_W)
    else $fatal(1, "rp_tx: rp_pkg::TLP_BEAT_W is not the width of tlp_beat_t");
`endif
  assign tx_tlp_valid = any && src_valid_i[pick];
  assign tx_tlp_data  = beat.data;
  assign tx_tlp_keep  = beat.keep;
  assign tx_tlp_sop   = beat.sop;
  assign tx_tlp_eop   = beat.eop;

  always_comb begin
    src_ready_o = '0;
    if (any) src_ready_o[pick] = tx_tlp_ready;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      owned_q <= 1'b0;
      sel_q   <= '0;
      next_q  <= '0;
    end else if (tx_tlp_valid) begin
      sel_q <= pick;
      if (tx_tlp_ready && tx_tlp_eop) begin
        owned_q <= 1'b0;
        next_q  <= (32'(pick) + 1 >= N) ? '0 : IW'(32'(pick) + 1);
      end else begin
        owned_q <= 1'b1;
      end
    end
  end

`ifndef SYNTHESIS
  logic past_valid_q, in_tlp_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      past_valid_q <= 1'b0;
      in_tlp_q     <= 1'b0;
    end else begin
      past_valid_q <= 1'b1;
      if (tx_tlp_valid && tx_tlp_ready) in_tlp_q <= !tx_tlp_eop;
    end
  end
  // Stream rules on the link: a beat offered stays until taken; sop only between TLPs.
  a_hold: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    tx_tlp_valid && !tx_tlp_ready |=> tx_tlp_valid && $stable({tx_tlp_data, tx_tlp_keep,
                                                               tx_tlp_sop, tx_tlp_eop}));
  a_sop: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    tx_tlp_valid |-> tx_tlp_sop == !in_tlp_q);
  a_keep: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    tx_tlp_valid |-> tx_tlp_keep == 2'b11 || (tx_tlp_keep == 2'b01 && tx_tlp_eop));
  a_one_grant: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $onehot0(src_ready_o));
`endif
endmodule

`resetall

// tlp_loopback: a 16-beat FIFO from the rx TLP stream to the tx TLP stream, so that the
// co-simulation's TLP source and sink models have a design to talk to until the root port
// exists (issue [D]). Beats pass unchanged (data, keep, sop, eop), in order, with full
// valid/ready flow control on both sides; rx_ready is low only when the FIFO is full.
//
// TLP stream (the kit's link-side convention): 64-bit beats carrying two DWs, the earlier DW
// of the TLP in bits [31:0]; keep[i] marks DW i of the beat as valid; sop on the first beat of
// a TLP, eop on its last; a beat moves when valid && ready.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module tlp_loopback #(
  parameter int unsigned DEPTH_LOG2 = 4
) (
  input  wire logic        clk_i,
  input  wire logic        rst_ni,

  input  wire logic [63:0] rx_tlp_data,
  input  wire logic [1:0]  rx_tlp_keep,
  input  wire logic        rx_tlp_sop,
  input  wire logic        rx_tlp_eop,
  input  wire logic        rx_tlp_valid,
  output logic             rx_tlp_ready,

  output logic [63:0]      tx_tlp_data,
  output logic [1:0]       tx_tlp_keep,
  output logic             tx_tlp_sop,
  output logic             tx_tlp_eop,
  output logic             tx_tlp_valid,
  input  wire logic        tx_tlp_ready
);

  localparam int unsigned DEPTH = 1 << DEPTH_LOG2;

  typedef struct packed {
    logic [63:0] data;
    logic [1:0]  keep;
    logic        sop;
    logic        eop;
  } beat_t;

  beat_t                mem_q [DEPTH];
  logic [DEPTH_LOG2:0]  wr_q, rd_q;  // one extra bit tells full from empty

  logic full, empty, push, pop;
  assign full  = (wr_q[DEPTH_LOG2] != rd_q[DEPTH_LOG2]) &&
                 (wr_q[DEPTH_LOG2-1:0] == rd_q[DEPTH_LOG2-1:0]);
  assign empty = (wr_q == rd_q);
  assign push  = rx_tlp_valid && !full;
  assign pop   = tx_tlp_ready && !empty;

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      wr_q <= '0;
      rd_q <= '0;
    end else begin
      if (push) wr_q <= wr_q + 1'b1;
      if (pop)  rd_q <= rd_q + 1'b1;
    end
  end

  always_ff @(posedge clk_i) begin
    if (push) mem_q[wr_q[DEPTH_LOG2-1:0]] <= {rx_tlp_data, rx_tlp_keep, rx_tlp_sop, rx_tlp_eop};
  end

  beat_t head;
  assign head         = mem_q[rd_q[DEPTH_LOG2-1:0]];
  assign rx_tlp_ready = !full;
  assign tx_tlp_valid = !empty;
  assign tx_tlp_data  = head.data;
  assign tx_tlp_keep  = head.keep;
  assign tx_tlp_sop   = head.sop;
  assign tx_tlp_eop   = head.eop;

`ifndef SYNTHESIS
  // -----------------------------------------------------------------------------------------
  // Assertions (simulation; the co-simulation builds them in): the stream rules of the
  // header, on both sides. A failure ends the co-simulation run with its message.
  // -----------------------------------------------------------------------------------------
  // `disable iff` samples the asynchronous reset synchronously, as assertions do.
  /* verilator lint_off SYNCASYNCNET */

  // A valid beat carries the TLP's next DW in [31:0]: keep is 01 or 11.
  rx_keep_legal: assert property (@(posedge clk_i) disable iff (!rst_ni)
      rx_tlp_valid |-> (rx_tlp_keep == 2'b01 || rx_tlp_keep == 2'b11))
    else $error("rx_tlp_keep is %b on a valid beat (01 or 11)", rx_tlp_keep);

  // A beat offered and not taken stays offered, unchanged, until it is taken.
  rx_held_until_ready: assert property (@(posedge clk_i) disable iff (!rst_ni)
      rx_tlp_valid && !rx_tlp_ready |=>
        rx_tlp_valid && $stable({rx_tlp_data, rx_tlp_keep, rx_tlp_sop, rx_tlp_eop}))
    else $error("an rx beat was withdrawn or changed before rx_tlp_ready");

  tx_held_until_ready: assert property (@(posedge clk_i) disable iff (!rst_ni)
      tx_tlp_valid && !tx_tlp_ready |=>
        tx_tlp_valid && $stable({tx_tlp_data, tx_tlp_keep, tx_tlp_sop, tx_tlp_eop}))
    else $error("a tx beat was withdrawn or changed before tx_tlp_ready");
  /* verilator lint_on SYNCASYNCNET */
`endif

endmodule

`resetall

// Test register block: one field of each access kind, an enum-typed warl field, an 8-bit,
// a 16-bit and a 64-bit register, a register array and a 64-bit register held by the core
// (hwext), on a 32-bit bus.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package demo_pkg;  // verilator lint_off UNUSEDPARAM
  localparam int unsigned REGBLOCK_BYTES = 256;
  typedef enum logic [2:0] {
    MODE_OFF  = 3'd0,
    MODE_ON   = 3'd1,
    MODE_AUTO = 3'd5
  } mode_t;
  typedef struct packed {
    logic       lock;      // hwinit: lock
    logic [6:0] level;     // ro: level
    logic [7:0] cmd;       // wo: command
    logic [7:0] thresh;    // warl: threshold
    logic [3:0] rsvd_7_4;  // rsvd: reserved
    logic       en;        // rw: enable
    mode_t      mode;      // warl: mode
  } ctrl_t;
  localparam int unsigned CTRL_OFFSET = 'h00;
  localparam ctrl_t       CTRL_RESET  = 32'h8000_1201;
  typedef struct packed {
    logic [7:0] rsvd_15_8;  // rsvd: reserved
    logic [3:0] busy;       // ro: busy
    logic [3:0] err;        // rw1c: errors
  } status_t;
  localparam int unsigned STATUS_OFFSET = 'h04;
  typedef struct packed {
    logic [7:0] irq;  // rw1s: interrupts
  } irq_en_t;
  localparam int unsigned IRQ_EN_OFFSET = 'h06;
  localparam irq_en_t     IRQ_EN_RESET  = 8'h01;
  typedef struct packed {
    logic [3:0] major;  // hwinit: major
    logic [3:0] minor;  // hwinit: minor
  } ver_t;
  localparam int unsigned VER_OFFSET = 'h07;
  localparam ver_t        VER_RESET  = 8'h2A;
  typedef struct packed {
    logic [7:0]  stat;        // ro: status
    logic [7:0]  rsvd_23_16;  // rsvd: reserved
    logic [15:0] base;        // rw: base
  } chan_t;
  localparam int unsigned CHAN_OFFSET = 'h10;
  localparam int unsigned CHAN_COUNT  = 3;
  localparam int unsigned CHAN_STRIDE = 8;
  localparam chan_t       CHAN_RESET  = 32'h0000_0100;
  typedef struct packed {
    logic [15:0] rsvd_63_48;  // rsvd: reserved
    logic [47:0] addr;        // rw: address
  } big_t;
  localparam int unsigned BIG_OFFSET = 'h40;
  localparam big_t        BIG_RESET  = 64'h0000_8765_4321_0000;
  // Pointer held by the core: the block only passes writes on and reads what the core drives.
  typedef struct packed {
    logic [7:0]  rsvd_63_56;  // rsvd: reserved
    logic [47:0] addr;        // warl: address
    logic [3:0]  rsvd_7_4;    // rsvd: reserved
    logic        busy;        // ro: busy
    mode_t       mode;        // warl: mode
  } ptr_t;
  localparam int unsigned PTR_OFFSET = 'h48;
  localparam bit          PTR_HWEXT  = 1'b1;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

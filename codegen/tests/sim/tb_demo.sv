// Self-checking testbench for the register block that codegen generates from demo_pkg.sv
// (run by codegen/tests/sv_sim.rs under `verilator --binary --timing`). It drives the
// AXI4-Lite slave and checks reset values, byte strobes, AW/W in either order, and every
// access kind: rw, wo (reads zero, q/qe), warl (illegal enum values ignored, hw .de wins),
// rw1c (hw .set wins over a clear), rw1s (hw .clr wins), ro (hw .d), hwinit, rsvd,
// arrays, a 64-bit register on the 32-bit bus, a 64-bit register held by the core (q/qe/be
// of each write, reads of hw2reg .d with rsvd bits zero, no qe on reads), and unmapped
// offsets. Prints PASS or the number of failures.
`timescale 1ns / 1ps
module tb_demo;
  logic clk = 0, rst_n = 0;
  always #5 clk = ~clk;
  logic [7:0] awaddr = 0, araddr = 0; logic awvalid = 0, wvalid = 0, bready = 0, arvalid = 0, rready = 0;
  logic [31:0] wdata = 0; logic [3:0] wstrb = 0;
  logic awready, wready, bvalid, arready, rvalid; logic [1:0] bresp, rresp; logic [31:0] rdata;
  demo_reg_pkg::demo_reg2hw_t reg2hw;
  demo_reg_pkg::demo_hw2reg_t hw2reg;
  int errors = 0;
  int qe_mode = 0, qe_en = 0, qe_thresh = 0, qe_cmd = 0;
  // The register held by the core: what the last pulse showed, and be outside a pulse.
  int qe_ptr = 0, be_stray = 0;
  logic [7:0] ptr_be = '0;
  demo_pkg::ptr_t ptr_q;  // the copy in demo_reg_pkg assigns to the source type as it is
  always @(posedge clk) begin
    if (reg2hw.ctrl.mode.qe) qe_mode++;
    if (reg2hw.ctrl.en.qe) qe_en++;
    if (reg2hw.ctrl.thresh.qe) qe_thresh++;
    if (reg2hw.ctrl.cmd.qe) qe_cmd++;
    if (reg2hw.ptr.qe) begin qe_ptr++; ptr_be = reg2hw.ptr.be; ptr_q = reg2hw.ptr.q; end
    else if (reg2hw.ptr.be != '0) be_stray++;
  end

  demo_reg_top dut (
    .clk_i(clk), .rst_ni(rst_n),
    .s_axil_awaddr(awaddr), .s_axil_awprot(3'b0), .s_axil_awvalid(awvalid), .s_axil_awready(awready),
    .s_axil_wdata(wdata), .s_axil_wstrb(wstrb), .s_axil_wvalid(wvalid), .s_axil_wready(wready),
    .s_axil_bresp(bresp), .s_axil_bvalid(bvalid), .s_axil_bready(bready),
    .s_axil_araddr(araddr), .s_axil_arprot(3'b0), .s_axil_arvalid(arvalid), .s_axil_arready(arready),
    .s_axil_rdata(rdata), .s_axil_rresp(rresp), .s_axil_rvalid(rvalid), .s_axil_rready(rready),
    .reg2hw(reg2hw), .hw2reg(hw2reg));

  task automatic write(input logic [7:0] a, input logic [31:0] d, input logic [3:0] s,
                       input int aw_delay = 0, input int w_delay = 0);
    fork
      begin
        repeat (aw_delay) @(negedge clk);
        @(negedge clk); awaddr = a; awvalid = 1;
        do @(posedge clk); while (!awready);
        @(negedge clk); awvalid = 0;
      end
      begin
        repeat (w_delay) @(negedge clk);
        @(negedge clk); wdata = d; wstrb = s; wvalid = 1;
        do @(posedge clk); while (!wready);
        @(negedge clk); wvalid = 0;
      end
    join
    bready = 1;
    do @(posedge clk); while (!bvalid);
    if (bresp != 2'b00) begin $display("FAIL bresp %b", bresp); errors++; end
    @(negedge clk); bready = 0;
  endtask

  task automatic read(input logic [7:0] a, output logic [31:0] d);
    @(negedge clk); araddr = a; arvalid = 1;
    do @(posedge clk); while (!arready);
    @(negedge clk); arvalid = 0; rready = 1;
    do @(posedge clk); while (!rvalid);
    d = rdata;
    if (rresp != 2'b00) begin $display("FAIL rresp %b", rresp); errors++; end
    @(negedge clk); rready = 0;
  endtask

  task automatic expect_read(input logic [7:0] a, input logic [31:0] exp, input string what);
    logic [31:0] d;
    read(a, d);
    if (d !== exp) begin $display("FAIL %s: read 0x%02x = 0x%08x, expected 0x%08x", what, a, d, exp); errors++; end
    else $display("ok   %s: 0x%02x = 0x%08x", what, a, d);
  endtask

  task automatic check(input logic cond, input string what);
    if (!cond) begin $display("FAIL %s", what); errors++; end else $display("ok   %s", what);
  endtask

  demo_pkg::ptr_t ptr_d;
  initial begin
    hw2reg = '0;
    ptr_d = '1;  // rsvd bits too: the block must read them as zero
    ptr_d.mode = demo_pkg::MODE_AUTO;
    hw2reg.ptr.d = ptr_d;
    hw2reg.ctrl.level.d = 7'h55;
    hw2reg.status.busy.d = 4'h3;
    hw2reg.chan_1.stat.d = 8'hC1;
    repeat (3) @(negedge clk); rst_n = 1;
    expect_read(8'h00, 32'hD500_1201, "ctrl reset (mode 1, thresh 12, lock 1, level from hw)");
    expect_read(8'h04, 32'h2A01_0030, "status/irq_en/ver reset, busy from hw");
    expect_read(8'h10, 32'h0000_0100, "chan[0] reset");
    expect_read(8'h18, 32'hC100_0100, "chan[1] reset + stat");
    expect_read(8'h40, 32'h4321_0000, "big low word reset");
    expect_read(8'h44, 32'h0000_8765, "big high word reset");
    expect_read(8'h80, 32'h0000_0000, "unmapped reads zero");

    write(8'h00, 32'hFFFF_FF0D, 4'b0001);
    expect_read(8'h00, 32'hD500_120D, "byte 0 only: mode=5 en=1, thresh untouched");
    check(qe_mode == 1 && qe_en == 1 && qe_thresh == 0 && qe_cmd == 0, "qe only for fields in written bytes");
    check(reg2hw.ctrl.mode.q == demo_pkg::MODE_AUTO && reg2hw.ctrl.en.q, "reg2hw q");

    write(8'h00, 32'h0000_0006, 4'b0001);
    expect_read(8'h00, 32'hD500_1205, "illegal mode 6 ignored, en written 0");
    check(qe_mode == 1 && qe_en == 2, "no qe for an ignored warl write");

    write(8'h00, 32'h00AB_3400, 4'b0110, 3, 0);  // W first, AW 3 cycles later
    expect_read(8'h00, 32'hD500_3405, "thresh=34, cmd (wo) reads 0");
    check(reg2hw.ctrl.cmd.q == 8'hAB && qe_cmd == 1 && qe_thresh == 1, "wo q and qe");

    write(8'h01, 32'h0000_7700, 4'b0010, 0, 4);  // AW first, unaligned address, strobe decides
    expect_read(8'h00, 32'hD500_7705, "unaligned awaddr ignored below the word");

    @(negedge clk); hw2reg.ctrl.mode.de = 1; hw2reg.ctrl.mode.d = 3'd2;
    @(negedge clk); hw2reg.ctrl.mode.de = 0;
    expect_read(8'h00, 32'hD500_7702, "hw de loads warl");

    @(negedge clk); hw2reg.status.err.set = 4'b1010;
    @(negedge clk); hw2reg.status.err.set = 4'b0000;
    expect_read(8'h04, 32'h2A01_003A, "rw1c set by hw");
    write(8'h04, 32'hFFFF_FF02, 4'b0001);
    expect_read(8'h04, 32'h2A01_0038, "rw1c clear bit 1");
    hw2reg.status.err.set = 4'b1000;
    write(8'h04, 32'h0000_0008, 4'b0001);
    hw2reg.status.err.set = 4'b0000;
    expect_read(8'h04, 32'h2A01_0038, "rw1c set wins over clear");
    write(8'h04, 32'h0000_0008, 4'b1110);
    expect_read(8'h04, 32'h2A01_0038, "rw1c strobe off: no clear");
    write(8'h04, 32'h0000_0008, 4'b0001);
    expect_read(8'h04, 32'h2A01_0030, "rw1c cleared");

    write(8'h04, 32'hFFF0_0000, 4'b0100);
    expect_read(8'h04, 32'h2AF1_0030, "rw1s set, ver (hwinit) byte not writable");
    check(reg2hw.irq_en.irq.q == 8'hF1, "rw1s q");
    hw2reg.irq_en.irq.clr = 8'h21;
    write(8'h04, 32'h0021_0000, 4'b0100);
    hw2reg.irq_en.irq.clr = 8'h00;
    expect_read(8'h04, 32'h2AD0_0030, "rw1s clear wins");

    write(8'h18, 32'hFFFF_BEEF, 4'b0011);
    expect_read(8'h18, 32'hC100_BEEF, "chan[1] base");
    expect_read(8'h10, 32'h0000_0100, "chan[0] untouched");
    check(reg2hw.chan_1.base.q == 16'hBEEF && reg2hw.chan_0.base.q == 16'h0100, "array q");

    write(8'h44, 32'hFFFF_1234, 4'b0011);
    expect_read(8'h44, 32'h0000_1234, "big high word (rsvd upper reads 0)");
    expect_read(8'h40, 32'h4321_0000, "big low word untouched");
    check(reg2hw.big.addr.q == 48'h1234_4321_0000, "big q");

    // ptr (held by the core): reads return hw2reg.d with the rsvd bits zero, never a write.
    expect_read(8'h48, 32'hFFFF_FF0D, "ptr low word from hw2reg.d (rsvd_7_4 zero)");
    expect_read(8'h4C, 32'h00FF_FFFF, "ptr high word from hw2reg.d (rsvd_63_56 zero)");
    check(qe_ptr == 0 && be_stray == 0, "reads of ptr pulse no qe");
    write(8'h4C, 32'hAABB_CCDD, 4'b1111);
    check(qe_ptr == 1 && ptr_be == 8'hF0 && ptr_q[63:32] == 32'hAABB_CCDD,
          "32-bit write to the high half: one qe, be = F0, q high word");
    expect_read(8'h4C, 32'h00FF_FFFF, "ptr high word still from hw2reg.d");
    write(8'h48, 32'h1234_5601, 4'b0001, 2, 0);
    check(qe_ptr == 2 && ptr_be == 8'h01 && ptr_q.mode == demo_pkg::MODE_ON
          && ptr_q[63:32] == 32'hAABB_CCDD, "byte write: be = 01, q keeps the earlier bytes");
    check(reg2hw.ptr.q.addr[47:24] == 24'hBBCCDD && !reg2hw.ptr.qe && reg2hw.ptr.be == '0,
          "q holds after the pulse, qe and be low");
    write(8'h48, 32'h0, 4'b0000);
    check(qe_ptr == 2, "a write with no strobe touches no byte: no qe");
    @(negedge clk); ptr_d.addr = 48'h0123_4567_89AB; ptr_d.busy = 1'b0; hw2reg.ptr.d = ptr_d;
    expect_read(8'h48, 32'h6789_AB05, "ptr follows hw2reg.d");
    expect_read(8'h4C, 32'h0001_2345, "ptr high word follows hw2reg.d");
    check(qe_ptr == 2 && be_stray == 0, "no stray qe or be");

    write(8'h80, 32'hFFFF_FFFF, 4'b1111);
    expect_read(8'h80, 32'h0000_0000, "unmapped write ignored");

    if (errors == 0) $display("PASS"); else $display("%0d FAILURES", errors);
    $finish;
  end
endmodule

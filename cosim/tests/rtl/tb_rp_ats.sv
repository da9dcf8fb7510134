// Unit testbench of the root port's issue-F half: rp_msg (page requests to the IOMMU,
// Invalidate Completions to the ITag tracker) and rp_ats_msg (ATS.INVAL / ATS.PRGR to
// messages, the 32 ITags, completion counts, the time-out). Messages are driven as rp_rx hands
// them on (rp_pkg::rp_msg_in_t); the link side is a monitor of the transmitted TLPs. A second
// rp_msg built with PRI_SUPPORTED = 0 checks the Unsupported Request path.
// Expected values come from the regmap layouts (tlp_pkg, iommu_mem_pkg) and the PCIe rules the
// RTL cites. Prints "ok <name>" per passed check, "FAIL <name>: ..." per failed one,
// "measure ..." lines, and PASS at the end.
`timescale 1ns / 1ps
`default_nettype none

module tb_rp_ats;
  // verilator lint_off UNUSEDSIGNAL
  localparam int unsigned TMO = 600;          // INVAL_TIMEOUT_CYCLES of this build
  localparam logic [15:0] MY_ID = 16'h0008;   // the port's requester ID
  localparam logic [15:0] EP = 16'h0100;      // the endpoint's requester ID

  logic clk = 0, rst_n = 0;
  always #5 clk = ~clk;
  int unsigned cycle = 0;
  always @(posedge clk) cycle <= cycle + 1;

  // ---------------------------------------------------------------------------------------
  // DUT
  // ---------------------------------------------------------------------------------------
  rp_pkg::rp_ctrl_t ctrl = '0;
  logic msg_valid = 0, msg_ready;
  rp_pkg::rp_msg_in_t msg = '0;
  logic err_valid, err_ready = 1;
  rp_pkg::rp_err_t err;
  logic pme_valid;
  logic [15:0] pme_id;
  logic pr_valid, pr_ready = 1;
  iommu_mem_pkg::page_request_t pr;
  logic icpl_valid, icpl_ready;
  rp_pkg::rp_msg_in_t icpl;

  logic cmd_valid = 0, cmd_ready;
  iommu_mem_pkg::cmd_t cmd = '0;
  logic tx_valid, tx_ready = 1;
  rp_pkg::tlp_beat_t tx;
  logic aerr_valid, aerr_ready = 1;
  rp_pkg::rp_err_t aerr;
  logic busy, timeout, timeout_ack = 0;

  rp_msg #(.PRI_SUPPORTED(1'b1)) u_msg (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl),
    .msg_valid_i(msg_valid), .msg_ready_o(msg_ready), .msg_i(msg),
    .err_valid_o(err_valid), .err_ready_i(err_ready), .err_o(err),
    .pme_valid_o(pme_valid), .pme_requester_id_o(pme_id),
    .pr_valid_o(pr_valid), .pr_ready_i(pr_ready), .pr_o(pr),
    .ats_msg_valid_o(icpl_valid), .ats_msg_ready_i(icpl_ready), .ats_msg_o(icpl)
  );

  rp_ats_msg #(.INVAL_TIMEOUT_CYCLES(TMO)) u_ats (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl), .requester_id_i(MY_ID),
    .cmd_valid_i(cmd_valid), .cmd_ready_o(cmd_ready), .cmd_i(cmd),
    .tx_valid_o(tx_valid), .tx_ready_i(tx_ready), .tx_o(tx),
    .err_valid_o(aerr_valid), .err_ready_i(aerr_ready), .err_o(aerr),
    .icpl_valid_i(icpl_valid), .icpl_ready_o(icpl_ready), .icpl_i(icpl),
    .busy_o(busy), .timeout_o(timeout), .timeout_ack_i(timeout_ack)
  );

  // The same message block without PRI: page requests are Unsupported Requests.
  logic msg0_valid = 0, msg0_ready, err0_valid, pme0_valid, pr0_valid, icpl0_valid;
  rp_pkg::rp_err_t err0;
  logic [15:0] pme0_id;
  iommu_mem_pkg::page_request_t pr0;
  rp_pkg::rp_msg_in_t icpl0;
  rp_msg #(.PRI_SUPPORTED(1'b0)) u_msg0 (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl),
    .msg_valid_i(msg0_valid), .msg_ready_o(msg0_ready), .msg_i(msg),
    .err_valid_o(err0_valid), .err_ready_i(1'b1), .err_o(err0),
    .pme_valid_o(pme0_valid), .pme_requester_id_o(pme0_id),
    .pr_valid_o(pr0_valid), .pr_ready_i(1'b1), .pr_o(pr0),
    .ats_msg_valid_o(icpl0_valid), .ats_msg_ready_i(1'b1), .ats_msg_o(icpl0)
  );

  // ---------------------------------------------------------------------------------------
  // Checks
  // ---------------------------------------------------------------------------------------
  int unsigned n_ok = 0, n_fail = 0;
  task automatic check(input string name, input logic cond, input string detail = "");
    if (cond) begin
      n_ok++;
      $display("ok %s", name);
    end else begin
      n_fail++;
      $display("FAIL %s: %s", name, detail);
    end
  endtask

  // ---------------------------------------------------------------------------------------
  // Monitors: page requests taken, error events taken, TLPs transmitted
  // ---------------------------------------------------------------------------------------
  int unsigned n_pr = 0, n_err = 0, n_aerr = 0, n_err0 = 0;
  iommu_mem_pkg::page_request_t last_pr;
  rp_pkg::rp_err_t last_err, last_err0;
  always @(posedge clk) begin
    if (pr_valid && pr_ready) begin
      n_pr++;
      last_pr = pr;
    end
    if (err_valid && err_ready) begin
      n_err++;
      last_err = err;
    end
    if (aerr_valid && aerr_ready) n_aerr++;
    if (err0_valid) begin
      n_err0++;
      last_err0 = err0;
    end
  end

  logic [31:0] txd [0:127][0:7];
  int unsigned txn [0:127];
  int unsigned n_tx = 0, cur_n = 0;
  always @(posedge clk) begin
    if (tx_valid && tx_ready) begin
      if (tx.sop) cur_n = 0;
      txd[n_tx % 128][cur_n % 8] = tx.data[31:0];
      cur_n++;
      if (tx.keep[1]) begin
        txd[n_tx % 128][cur_n % 8] = tx.data[63:32];
        cur_n++;
      end
      if (tx.eop) begin
        txn[n_tx % 128] = cur_n;
        n_tx++;
      end
    end
  end

  task automatic wait_tx(input int unsigned n, input int unsigned max_cycles = 200);
    int unsigned t = 0;
    while (n_tx < n && t < max_cycles) begin
      @(posedge clk);
      t++;
    end
  endtask

  // ITag of transmitted TLP i (an Invalidate Request without prefix).
  function automatic logic [4:0] itag_of(input int unsigned i);
    tlp_pkg::tlp_ats_inval_req_t h;
    h = tlp_pkg::tlp_ats_inval_req_t'({txd[i % 128][0], txd[i % 128][1], txd[i % 128][2],
                                       txd[i % 128][3]});
    return h.itag;
  endfunction

  // ---------------------------------------------------------------------------------------
  // Stimulus helpers
  // ---------------------------------------------------------------------------------------
  function automatic rp_pkg::rp_msg_in_t page_req(
      input logic [7:0] fmt_type, input logic [15:0] rid, input logic [51:0] page,
      input logic [8:0] prgi, input logic l, input logic w, input logic r,
      input logic pv = 0, input logic [19:0] pasid = 0, input logic pmr = 0,
      input logic er = 0, input logic [9:0] length = 0);
    tlp_pkg::tlp_page_req_t h;
    tlp_pkg::tlp_pasid_prefix_t p;
    rp_pkg::rp_msg_in_t m;
    h = '0;
    h.dw0.fmt_type = tlp_pkg::tlp_fmt_type_t'(fmt_type);
    h.dw0.length = length;
    h.requester_id = rid;
    h.tag = 8'h5A;
    h.msg_code = tlp_pkg::MSG_CODE_PAGE_REQUEST;
    h.page_addr = page;
    h.prg_index = prgi;
    h.last = l;
    h.write_access = w;
    h.read_access = r;
    p = '0;
    p.fmt_type = tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID;
    p.pmr = pmr;
    p.er = er;
    p.pasid = pasid;
    m = '0;
    m.pasid_valid = pv;
    m.pasid = pv ? 32'(p) : '0;
    m.hdr = 128'(h);
    return m;
  endfunction

  function automatic rp_pkg::rp_msg_in_t inval_cpl(
      input logic [15:0] rid, input logic [2:0] cc, input logic [31:0] vec,
      input logic [7:0] fmt_type = 8'(tlp_pkg::TLP_FMT_TYPE_MSG_ID));
    tlp_pkg::tlp_ats_inval_cpl_t h;
    rp_pkg::rp_msg_in_t m;
    h = '0;
    h.dw0.fmt_type = tlp_pkg::tlp_fmt_type_t'(fmt_type);
    h.requester_id = rid;
    h.msg_code = tlp_pkg::MSG_CODE_ATS_INVALIDATE_COMPLETION;
    h.device_id = MY_ID;
    h.cc = cc;
    h.itag_vector = vec;
    m = '0;
    m.hdr = 128'(h);
    return m;
  endfunction

  task automatic send_msg(input rp_pkg::rp_msg_in_t m);
    @(negedge clk);
    msg = m;
    msg_valid = 1;
    #1;
    while (!msg_ready) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 msg_valid = 0;
    repeat (2) @(negedge clk);
  endtask

  function automatic iommu_mem_pkg::cmd_ats_t inval_cmd(input logic [15:0] rid,
                                                        input logic pv = 0,
                                                        input logic [19:0] pid = 0);
    iommu_mem_pkg::cmd_ats_t c;
    iommu_mem_pkg::ats_inval_payload_t p;
    c = '0;
    c.opcode = iommu_mem_pkg::CMD_OPCODE_ATS;
    c.func3 = iommu_mem_pkg::ATS_FUNC3_INVAL;
    c.rid = rid;
    c.pv = pv;
    c.pid = pid;
    p = '0;
    p.addr = 52'h00000_0004_2;
    c.payload = 64'(p);
    return c;
  endfunction

  // Offer a command; taken = it was accepted within max_cycles (else it is withdrawn).
  task automatic send_cmd(input iommu_mem_pkg::cmd_ats_t c, output logic taken,
                          input int unsigned max_cycles = 50);
    int unsigned t = 0;
    @(negedge clk);
    cmd = iommu_mem_pkg::cmd_t'(c);
    cmd_valid = 1;
    #1;
    while (!cmd_ready && t < max_cycles) begin @(negedge clk); #1; t++; end
    taken = cmd_ready;
    if (taken) @(posedge clk);
    #1 cmd_valid = 0;
    @(negedge clk);
  endtask

  // ---------------------------------------------------------------------------------------
  // Test
  // ---------------------------------------------------------------------------------------
  initial begin
    iommu_mem_pkg::page_request_t exp;
    rp_pkg::rp_msg_in_t m;
    logic taken;
    int unsigned n0, p0, e0, t0, t_busy;
    logic [31:0] tags_seen;
    logic [4:0] tag_a, tag_b;
    logic stable, held_ok;

    repeat (3) @(negedge clk);
    rst_n = 1;
    repeat (2) @(negedge clk);

    // ----- Page requests -------------------------------------------------------------------
    // Without PASID: did = {8'b0, RID}, payload = header bytes 8..15, no PASID fields.
    p0 = n_pr;
    m = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0123, 52'h1_2345_6789_ABCD, 9'h1A5,
                 1, 1, 0);
    send_msg(m);
    exp = '0;
    exp.did = 24'h00_0123;
    exp.payload.page_addr = 52'h1_2345_6789_ABCD;
    exp.payload.prgi = 9'h1A5;
    exp.payload.l = 1;
    exp.payload.w = 1;
    exp.payload.r = 0;
    check("pr_no_pasid_record", n_pr == p0 + 1 && last_pr == exp,
          $sformatf("%0d %p", n_pr - p0, last_pr));
    // The payload is the message's DW2..DW3 as one 64-bit value (FACTS: address[63:32], then
    // address[31:12] | PRGI[11:3] | L 2 | W 1 | R 0), and the record's first doubleword.
    check("pr_payload_bits", 64'(last_pr.payload) == {m.hdr[63:32], m.hdr[31:0]}
          && 64'(last_pr.payload) == 64'h1234_5678_9ABC_DD2E,
          $sformatf("%h", 64'(last_pr.payload)));
    check("pr_record_layout", 128'(last_pr) == {64'h1234_5678_9ABC_DD2E, 24'h00_0123, 40'h0},
          $sformatf("%h", 128'(last_pr)));
    check("pr_no_error", n_err == 0, $sformatf("%0d", n_err));

    // With a PASID prefix, Privileged and Execute requested.
    p0 = n_pr;
    send_msg(page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0100, 52'h0_0000_0004_2, 9'h003,
                      0, 0, 1, 1, 20'hABCDE, 1, 1));
    exp = '0;
    exp.did = 24'h00_0100;
    exp.payload.page_addr = 52'h0_0000_0004_2;
    exp.payload.prgi = 9'h003;
    exp.payload.r = 1;
    exp.pv = 1;
    exp.pid = 20'hABCDE;
    exp.priv = 1;
    exp.exec = 1;
    check("pr_pasid_record", n_pr == p0 + 1 && last_pr == exp, $sformatf("%p", last_pr));
    check("pr_pasid_bits", 128'(last_pr) == {64'h0000_0000_0004_2019, 24'h00_0100, 5'd0, 1'b1,
                                              1'b1, 1'b1, 20'hABCDE, 12'd0},
          $sformatf("%h", 128'(last_pr)));
    // PASID without Privileged, with Execute only.
    send_msg(page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0100, 52'h7, 9'h004, 0, 1, 1, 1,
                      20'h00001, 0, 1));
    check("pr_pasid_exec_only", last_pr.pv && last_pr.pid == 20'h00001 && !last_pr.priv
          && last_pr.exec, $sformatf("%p", last_pr));

    // Stop Marker (L = 1, R = W = 0): forwarded as a record like any page request.
    p0 = n_pr;
    send_msg(page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0100, 52'h0, 9'h07F, 1, 0, 0, 1,
                      20'h00042));
    check("stop_marker_record", n_pr == p0 + 1 && last_pr.payload.l && !last_pr.payload.r
          && !last_pr.payload.w && last_pr.payload.prgi == 9'h07F && last_pr.pv
          && last_pr.pid == 20'h00042, $sformatf("%p", last_pr));

    // Nonzero Length on a Msg without data: Reserved, ignored.
    p0 = n_pr;
    send_msg(page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0100, 52'h5, 9'h005, 1, 0, 1, 0, 0,
                      0, 0, 10'd3));
    check("pr_length_reserved", n_pr == p0 + 1 && n_err == 0 && last_pr.payload.page_addr == 52'h5,
          $sformatf("%0d %0d", n_pr - p0, n_err));

    // Back-pressure: the request waits, unchanged, never dropped, taken once.
    pr_ready = 0;
    p0 = n_pr;
    @(negedge clk);
    msg = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0101, 52'h9_8765, 9'h011, 1, 1, 1, 1,
                   20'h0BEEF);
    msg_valid = 1;
    #1;
    exp = pr;
    held_ok = 1;
    for (int k = 0; k < 20; k++) begin
      @(negedge clk);
      #1;
      if (!pr_valid || msg_ready || pr != exp) held_ok = 0;
    end
    check("pr_backpressure_held", held_ok && n_pr == p0, $sformatf("%0d", n_pr - p0));
    pr_ready = 1;
    #1;
    check("pr_backpressure_ready", msg_ready, "");
    @(posedge clk);
    #1 msg_valid = 0;
    repeat (3) @(negedge clk);
    check("pr_backpressure_taken_once", n_pr == p0 + 1 && last_pr == exp
          && last_pr.did == 24'h000101 && last_pr.pid == 20'h0BEEF, $sformatf("%0d", n_pr - p0));

    // Malformed: routed by ID instead of to the Root Complex; with data (MsgD).
    p0 = n_pr;
    e0 = n_err;
    m = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_ID), 16'h0100, 52'h1, 9'h001, 1, 0, 1, 1, 20'h3);
    send_msg(m);
    check("pr_wrong_routing_malformed", n_pr == p0 && n_err == e0 + 1
          && last_err.kind == rp_pkg::ERR_MALFORMED && last_err.log_valid && last_err.posted
          && last_err.header[1] == m.hdr[95:64] && last_err.header[3] == m.hdr[31:0]
          && last_err.prefix_count == 1 && last_err.prefix[0] == m.pasid
          && last_err.source_id == 16'h0100, $sformatf("%p", last_err));
    m = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSGD_RC), 16'h0100, 52'h1, 9'h001, 1, 0, 1, 0, 0, 0, 0,
                 10'd1);
    m.dw_count = 2'd1;
    m.data[0] = 32'hDEAD_BEEF;
    send_msg(m);
    check("pr_with_data_malformed", n_pr == p0 && n_err == e0 + 2
          && last_err.kind == rp_pkg::ERR_MALFORMED && last_err.prefix_count == 0,
          $sformatf("%p", last_err));
    m = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_BCAST), 16'h0100, 52'h1, 9'h001, 1, 0, 1);
    send_msg(m);
    check("pr_broadcast_malformed", n_pr == p0 && n_err == e0 + 3
          && last_err.kind == rp_pkg::ERR_MALFORMED, $sformatf("%p", last_err));

    // A malformed one waits for the error port like any error (no drop, one event).
    err_ready = 0;
    e0 = n_err;
    @(negedge clk);
    msg = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_ID), 16'h0102, 52'h1, 9'h002, 1, 0, 1);
    msg_valid = 1;
    repeat (5) @(negedge clk);
    #1;
    check("pr_malformed_waits_for_err_port", err_valid && !msg_ready && !pr_valid && n_err == e0,
          "");
    err_ready = 1;
    @(posedge clk);
    #1 msg_valid = 0;
    repeat (2) @(negedge clk);
    check("pr_malformed_one_event", n_err == e0 + 1 && last_err.kind == rp_pkg::ERR_MALFORMED
          && last_err.source_id == 16'h0102, $sformatf("%0d", n_err - e0));

    // Without PRI: Unsupported Request (posted), header and prefix logged, nothing to the IOMMU.
    m = page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 16'h0100, 52'h1, 9'h001, 1, 0, 1, 1, 20'h77);
    @(negedge clk);
    msg = m;
    msg0_valid = 1;
    #1;
    check("no_pri_pr_ur", err0_valid && !pr0_valid && err0.kind == rp_pkg::ERR_UR && err0.posted
          && err0.log_valid && err0.prefix_count == 1 && err0.prefix[0] == m.pasid
          && err0.header[0] == m.hdr[127:96], $sformatf("%p", err0));
    // Invalidate Completions are taken with or without PRI (the port sends the requests).
    msg = inval_cpl(EP, 3'd1, 32'h1);
    #1;
    check("no_pri_icpl_taken", icpl0_valid && !err0_valid, "");
    @(negedge clk);
    msg0_valid = 0;
    msg = '0;

    // Malformed Invalidate Completion (MsgD, with data): dropped, no ITag touched.
    e0 = n_err;
    m = inval_cpl(EP, 3'd1, 32'hFFFF_FFFF, 8'(tlp_pkg::TLP_FMT_TYPE_MSGD_ID));
    m.dw_count = 2'd1;
    send_msg(m);
    check("icpl_with_data_malformed", n_err == e0 + 1 && last_err.kind == rp_pkg::ERR_MALFORMED
          && !busy, $sformatf("%p", last_err));

    // ----- ITags: CC = 1 -------------------------------------------------------------------
    check("idle_not_busy", !busy && !timeout, "");
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    check("busy_right_after_take", taken && busy, "");
    wait_tx(n0 + 1);
    tag_a = itag_of(n0);
    check("inval_sent_itag0", n_tx == n0 + 1 && txn[n0 % 128] == 6 && tag_a == 5'd0,
          $sformatf("%0d %0d", txn[n0 % 128], tag_a));
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << tag_a));
    check("cc1_retires", !busy, "");

    // ----- Stray completions ---------------------------------------------------------------
    e0 = n_err;
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    wait_tx(n0 + 1);
    tag_a = itag_of(n0);
    check("itag_round_robin", tag_a == 5'd1, $sformatf("%0d", tag_a));
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << (tag_a + 5'd3)));    // an ITag not outstanding
    check("stray_itag_discarded", busy && u_ats.out_q == (32'h1 << tag_a) && n_err == e0,
          $sformatf("%h", u_ats.out_q));
    send_msg(inval_cpl(16'h0200, 3'd1, 32'h1 << tag_a));       // from another requester
    check("stray_rid_discarded", busy && u_ats.out_q == (32'h1 << tag_a) && n_err == e0, "");
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << tag_a));
    check("right_completion_retires", !busy && n_err == e0, "");

    // ----- CC = 2 needs two completions ----------------------------------------------------
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    wait_tx(n0 + 1);
    tag_a = itag_of(n0);
    send_msg(inval_cpl(EP, 3'd2, 32'h1 << tag_a));
    check("cc2_first_counts", busy && u_ats.cnt_q[tag_a] == 3'd1, "");
    send_msg(inval_cpl(EP, 3'd2, 32'h1 << tag_a));
    check("cc2_second_retires", !busy, "");

    // ----- CC = 0 means 8 ------------------------------------------------------------------
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    wait_tx(n0 + 1);
    tag_a = itag_of(n0);
    for (int k = 0; k < 7; k++) send_msg(inval_cpl(EP, 3'd0, 32'h1 << tag_a));
    check("cc0_seven_not_enough", busy && u_ats.cnt_q[tag_a] == 3'd7, "");
    send_msg(inval_cpl(EP, 3'd0, 32'h1 << tag_a));
    check("cc0_eighth_retires", !busy, "");

    // ----- Two requests, one completion with both ITag bits; per-RID matching --------------
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    send_cmd(inval_cmd(16'h0200), taken);
    wait_tx(n0 + 2);
    tag_a = itag_of(n0);
    tag_b = itag_of(n0 + 1);
    check("two_distinct_itags", tag_a != tag_b && txn[(n0 + 1) % 128] == 6, "");
    send_msg(inval_cpl(EP, 3'd1, (32'h1 << tag_a) | (32'h1 << tag_b)));
    check("vector_counts_only_matching_rid", busy && u_ats.out_q == (32'h1 << tag_b), "");
    send_msg(inval_cpl(16'h0200, 3'd1, 32'h1 << tag_b));
    check("vector_second_rid_retires", !busy, "");

    // ----- 33 Invalidate Requests: the 33rd waits for a free ITag --------------------------
    n0 = n_tx;
    tags_seen = '0;
    t0 = cycle;
    for (int k = 0; k < 32; k++) begin
      send_cmd(inval_cmd(EP), taken);
      if (!taken) $display("FAIL itags_32_taken: command %0d not taken", k);
    end
    wait_tx(n0 + 32, 400);
    for (int k = 0; k < 32; k++) tags_seen[itag_of(n0 + k)] = 1'b1;
    check("itags_32_distinct", n_tx == n0 + 32 && tags_seen == 32'hFFFF_FFFF,
          $sformatf("%0d %h", n_tx - n0, tags_seen));
    $display("measure 32 Invalidate Requests taken and sent in %0d cycles", cycle - t0);
    send_cmd(inval_cmd(EP), taken, 30);
    check("itag_33rd_stalls", !taken && n_tx == n0 + 32 && busy, $sformatf("%0d", n_tx - n0));
    // a PRG response is not held by the lack of ITags
    begin
      iommu_mem_pkg::cmd_ats_t c;
      iommu_mem_pkg::ats_prgr_payload_t pp;
      c = '0;
      c.opcode = iommu_mem_pkg::CMD_OPCODE_ATS;
      c.func3 = iommu_mem_pkg::ATS_FUNC3_PRGR;
      c.rid = EP;
      pp = '0;
      pp.prgi = 9'h00A;
      c.payload = 64'(pp);
      send_cmd(c, taken);
      wait_tx(n0 + 33);
      check("prgr_not_held_by_itags", taken && n_tx == n0 + 33 && txn[(n0 + 32) % 128] == 4, "");
    end
    tag_a = itag_of(n0 + 17);
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << tag_a));
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken, 30);
    wait_tx(n0 + 1);
    check("itag_33rd_takes_freed", taken && n_tx == n0 + 1 && itag_of(n0) == tag_a,
          $sformatf("%0d %0d", itag_of(n0), tag_a));
    send_msg(inval_cpl(EP, 3'd1, 32'hFFFF_FFFF));
    check("all_retired_by_one_vector", !busy && u_ats.out_q == '0 && !timeout,
          $sformatf("%h", u_ats.out_q));

    // ----- Prefix blocking: the request is not sent and takes no ITag ----------------------
    ctrl.ee_prefix_blocking = 1;
    n0 = n_tx;
    e0 = n_aerr;
    send_cmd(inval_cmd(EP, 1, 20'h00777), taken);
    repeat (5) @(negedge clk);
    check("blocked_no_itag", taken && n_tx == n0 && n_aerr == e0 + 1 && !busy, "");
    // Never answered: reported as a time-out at once, so IOFENCE.C sets cmd_to.
    check("blocked_inval_times_out", timeout, "");
    timeout_ack = 1;
    @(negedge clk);
    timeout_ack = 0;
    check("blocked_timeout_acked", !timeout, "");
    // A PRG Response blocked the same way is dropped without a time-out.
    begin
      iommu_mem_pkg::cmd_ats_t c;
      iommu_mem_pkg::ats_prgr_payload_t pp;
      c = inval_cmd(EP, 1, 20'h00777);
      c.func3 = iommu_mem_pkg::ATS_FUNC3_PRGR;
      pp = '0;
      c.payload = 64'(pp);
      e0 = n_aerr;
      send_cmd(c, taken);
      repeat (3) @(negedge clk);
      check("blocked_prgr_no_timeout", taken && n_aerr == e0 + 1 && !timeout, "");
    end
    ctrl.ee_prefix_blocking = 0;

    // ----- Another segment (DSV = 1, DSEG != 0): not sent; an Invalidate Request times out -
    begin
      iommu_mem_pkg::cmd_ats_t c;
      c = inval_cmd(EP);
      c.dsv = 1'b1;
      c.dseg = 8'h01;
      n0 = n_tx;
      e0 = n_aerr;
      send_cmd(c, taken);
      repeat (5) @(negedge clk);
      check("foreign_segment_not_sent", taken && n_tx == n0 && n_aerr == e0 && !busy && timeout, "");
      timeout_ack = 1;
      @(negedge clk);
      timeout_ack = 0;
      c.dseg = 8'h00;
      send_cmd(c, taken);
      wait_tx(n0 + 1);
      check("segment_zero_sent", taken && n_tx == n0 + 1 && busy && !timeout, "");
      send_msg(inval_cpl(EP, 3'd1, 32'hFFFF_FFFF));
    end

    // With the PASID prefix: the ITag is in the header after the prefix.
    n0 = n_tx;
    send_cmd(inval_cmd(EP, 1, 20'h00777), taken);
    wait_tx(n0 + 1);
    begin
      tlp_pkg::tlp_ats_inval_req_t h;
      h = tlp_pkg::tlp_ats_inval_req_t'({txd[n0 % 128][1], txd[n0 % 128][2], txd[n0 % 128][3],
                                         txd[n0 % 128][4]});
      check("prefixed_inval_tracked", txn[n0 % 128] == 7 && busy && u_ats.out_q == (32'h1 << h.itag)
            && u_ats.rid_q[h.itag] == EP, $sformatf("%h", u_ats.out_q));
      send_msg(inval_cpl(EP, 3'd1, 32'h1 << h.itag));
      check("prefixed_inval_retired", !busy, "");
    end

    // ----- Time-out: sticky until acknowledged ---------------------------------------------
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    t0 = cycle;
    wait_tx(n0 + 1);
    tag_a = itag_of(n0);
    while (busy && cycle - t0 < 2 * TMO) @(posedge clk);
    t_busy = cycle - t0;
    #1;
    check("timeout_retires", !busy && timeout, $sformatf("busy %0d timeout %0d", busy, timeout));
    check("timeout_bounds", t_busy >= TMO && t_busy <= TMO + TMO / 2 + 3,
          $sformatf("%0d cycles (T %0d)", t_busy, TMO));
    $display("measure Invalidate Request time-out after %0d cycles (INVAL_TIMEOUT_CYCLES %0d)",
             t_busy, TMO);
    repeat (50) @(negedge clk);
    check("timeout_sticky", timeout, "");
    // a late completion for the timed-out ITag is stray: nothing changes
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << tag_a));
    check("late_completion_stray", !busy && timeout && u_ats.out_q == '0, "");
    @(negedge clk);
    timeout_ack = 1;
    @(negedge clk);
    timeout_ack = 0;
    check("timeout_ack_clears", !timeout, "");
    // a completion in time prevents the time-out; a partial one does not restart the clock
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    t0 = cycle;
    wait_tx(n0 + 1);
    tag_a = itag_of(n0);
    send_msg(inval_cpl(EP, 3'd2, 32'h1 << tag_a));
    while (busy && cycle - t0 < 2 * TMO) @(posedge clk);
    t_busy = cycle - t0;
    #1;
    check("partial_still_times_out", !busy && timeout && t_busy >= TMO
          && t_busy <= TMO + TMO / 2 + 3, $sformatf("%0d", t_busy));
    @(negedge clk);
    timeout_ack = 1;
    @(negedge clk);
    timeout_ack = 0;
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    wait_tx(n0 + 1);
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << itag_of(n0)));
    repeat (2 * TMO) @(negedge clk);
    check("completed_never_times_out", !busy && !timeout, "");

    // ----- Invalidate Completion back-to-back with a page request: both handled ----------
    p0 = n_pr;
    n0 = n_tx;
    send_cmd(inval_cmd(EP), taken);
    wait_tx(n0 + 1);
    send_msg(page_req(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), EP, 52'h42, 9'h1, 1, 0, 1));
    send_msg(inval_cpl(EP, 3'd1, 32'h1 << itag_of(n0)));
    check("pr_and_icpl_interleaved", n_pr == p0 + 1 && !busy, "");

    repeat (5) @(negedge clk);
    if (n_fail == 0) $display("PASS");
    else $display("FAILED %0d checks", n_fail);
    $finish;
  end

  initial begin
    #10_000_000;
    $display("FAIL watchdog");
    $finish;
  end
endmodule

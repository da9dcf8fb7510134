// Unit testbench of rp_rx + rp_dma: a TLP driver, a behavioural IOMMU (fixed offset per
// PASID, faulting pages, random latency, answers out of order), an AXI4 memory (bytes,
// random ready, read latency, an error page) and monitors of every output. Prints "ok
// <name>" per passed check, "FAIL <name>: ..." per failed one, measured numbers, PASS.
`timescale 1ns / 1ps
`default_nettype none

module tb_rp_rx_dma;
  // verilator lint_off UNUSEDSIGNAL
  // verilator lint_off UNUSEDPARAM
  localparam int unsigned BUF_IW = $clog2(3 * (512 / 8 + 1));
  localparam logic [19:0] FAULT_PAGE = 20'hDEAD0;    // iova[31:12]: translation fault
  localparam logic [19:0] CORRUPT_PAGE = 20'hC0DE0;  // iova[31:12]: PT data corruption
  localparam logic [19:0] MEMERR_PAGE = 20'hBAD00;   // iova[31:12]: memory answers SLVERR
  localparam logic [19:0] SUPER_PAGE = 20'h5A5A0;    // iova[31:12]: ATS: a 2 MiB mapping

  logic clk = 0, rst_n = 0;
  always #5 clk = ~clk;
  longint unsigned cycle = 0;
  always @(posedge clk) cycle <= cycle + 1;

  rp_pkg::rp_ctrl_t ctrl;
  logic [63:0] rx_data = '0;
  logic [1:0] rx_keep = '0;
  logic rx_sop = 0, rx_eop = 0, rx_valid = 0, rx_ready;
  logic cpl_valid, cpl_ready = 1, msg_valid, msg_ready = 1, err_valid, err_ready = 1;
  rp_pkg::rp_cpl_in_t cpl;
  rp_pkg::rp_msg_in_t msg;
  rp_pkg::rp_err_t err, derr;
  logic derr_valid, derr_ready = 1;
  logic desc_valid, desc_ready;
  rp_rx_pkg::rx_desc_t desc;
  logic [2:0] rd_slot;
  logic [BUF_IW-1:0] rd_word;
  logic [63:0] rd_data;
  logic release_slot;
  logic xreq_valid, xreq_ready = 1, xrsp_valid = 0, xrsp_ready;
  iommu_xlate_pkg::xlate_req_t xreq;
  iommu_xlate_pkg::xlate_rsp_t xrsp = '0;
  logic [3:0] awid, arid, bid = '0, rid = '0;
  logic [63:0] awaddr, araddr, wdata, rdata = '0;
  logic [7:0] awlen, arlen, wstrb;
  logic [2:0] awsize, arsize, awprot, arprot;
  logic [1:0] awburst, arburst, bresp = '0, rresp = '0;
  logic awvalid, awready = 0, wlast, wvalid, wready = 0, bvalid = 0, bready;
  logic arvalid, arready = 0, rlast = 0, rvalid = 0, rready;
  logic ctx_valid, ctx_ready = 1;
  rp_pkg::tlp_beat_t ctx;

  rp_rx #(.RX_SLOTS(3)) u_rx (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl),
    .rx_tlp_data(rx_data), .rx_tlp_keep(rx_keep), .rx_tlp_sop(rx_sop), .rx_tlp_eop(rx_eop),
    .rx_tlp_valid(rx_valid), .rx_tlp_ready(rx_ready),
    .cpl_valid_o(cpl_valid), .cpl_ready_i(cpl_ready), .cpl_o(cpl),
    .msg_valid_o(msg_valid), .msg_ready_i(msg_ready), .msg_o(msg),
    .err_valid_o(err_valid), .err_ready_i(err_ready), .err_o(err),
    .desc_valid_o(desc_valid), .desc_ready_i(desc_ready), .desc_o(desc),
    .buf_rd_slot_i(rd_slot), .buf_rd_word_i(rd_word), .buf_rd_data_o(rd_data),
    .slot_release_i(release_slot)
  );
  rp_dma #(.BUF_IW(BUF_IW)) u_dma (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl), .completer_id_i(16'h0008),
    .desc_valid_i(desc_valid), .desc_ready_o(desc_ready), .desc_i(desc),
    .buf_rd_slot_o(rd_slot), .buf_rd_word_o(rd_word), .buf_rd_data_i(rd_data),
    .slot_release_o(release_slot),
    .xlate_req_valid_o(xreq_valid), .xlate_req_ready_i(xreq_ready), .xlate_req_o(xreq),
    .xlate_rsp_valid_i(xrsp_valid), .xlate_rsp_ready_o(xrsp_ready), .xlate_rsp_i(xrsp),
    .m_axi_awid(awid), .m_axi_awaddr(awaddr), .m_axi_awlen(awlen), .m_axi_awsize(awsize),
    .m_axi_awburst(awburst), .m_axi_awprot(awprot), .m_axi_awvalid(awvalid),
    .m_axi_awready(awready), .m_axi_wdata(wdata), .m_axi_wstrb(wstrb), .m_axi_wlast(wlast),
    .m_axi_wvalid(wvalid), .m_axi_wready(wready), .m_axi_bid(bid), .m_axi_bresp(bresp),
    .m_axi_bvalid(bvalid), .m_axi_bready(bready), .m_axi_arid(arid), .m_axi_araddr(araddr),
    .m_axi_arlen(arlen), .m_axi_arsize(arsize), .m_axi_arburst(arburst),
    .m_axi_arprot(arprot), .m_axi_arvalid(arvalid), .m_axi_arready(arready),
    .m_axi_rid(rid), .m_axi_rdata(rdata), .m_axi_rresp(rresp), .m_axi_rlast(rlast),
    .m_axi_rvalid(rvalid), .m_axi_rready(rready),
    .cpl_tx_valid_o(ctx_valid), .cpl_tx_ready_i(ctx_ready), .cpl_tx_o(ctx),
    .err_valid_o(derr_valid), .err_ready_i(derr_ready), .err_o(derr)
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
  // Behavioural IOMMU: PA = IOVA + (pv ? (PASID + 1) << 32 : 0); random latency, any order
  // ---------------------------------------------------------------------------------------
  int unsigned lat_max = 6;
  iommu_xlate_pkg::xlate_rsp_t pend_rsp[$];
  longint unsigned pend_due[$];
  int unsigned n_xreq = 0;

  function automatic iommu_xlate_pkg::xlate_rsp_t translate(iommu_xlate_pkg::xlate_req_t q);
    iommu_xlate_pkg::xlate_rsp_t r = '0;
    logic [63:0] pa = q.iova + (q.pv ? (64'(q.process_id) + 64'd1) << 32 : 64'd0);
    r.tag = q.tag;
    r.ppn = pa[55:12];
    r.size_log2 = q.iova[31:12] == SUPER_PAGE ? 6'd21 : 6'd12;
    r.r = 1'b1; r.w = 1'b1; r.x = q.exec; r.priv = q.priv;
    if (q.iova[31:12] == FAULT_PAGE || q.iova[31:12] == CORRUPT_PAGE) begin
      r = '0;
      r.tag = q.tag;
      r.status = q.kind == iommu_xlate_pkg::XLATE_KIND_ATS ? iommu_xlate_pkg::XLATE_STATUS_ATS_UR
                                                          : iommu_xlate_pkg::XLATE_STATUS_FAULT;
      r.cause = q.iova[31:12] == CORRUPT_PAGE ? 12'(iommu_mem_pkg::FAULT_CAUSE_PT_CORRUPTED)
                                             : 12'(iommu_mem_pkg::FAULT_CAUSE_TTYP_DISALLOWED);
    end
    return r;
  endfunction

  iommu_xlate_pkg::xlate_req_t last_xreq;
  always @(posedge clk) begin
    if (xrsp_valid && xrsp_ready) xrsp_valid <= 0;
    if (xreq_valid && xreq_ready) begin
      pend_rsp.push_back(translate(xreq));
      pend_due.push_back(cycle + 1 + ($urandom % lat_max));
      last_xreq <= xreq;
      n_xreq++;
    end
    if (!xrsp_valid || xrsp_ready) begin
      automatic int pick = -1;
      for (int i = 0; i < pend_rsp.size(); i++)
        if (pend_due[i] <= cycle && (pick < 0 || $urandom % 2 == 0)) pick = i;
      if (pick >= 0) begin
        xrsp <= pend_rsp[pick];
        xrsp_valid <= 1;
        pend_rsp.delete(pick);
        pend_due.delete(pick);
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // AXI4 memory (bytes), random ready; reads after a latency; SLVERR on MEMERR_PAGE
  // ---------------------------------------------------------------------------------------
  logic [7:0] mem [longint unsigned];
  bit mem_random = 1;
  int unsigned rd_lat = 8;
  longint unsigned aw_q[$], awn_q[$];
  longint unsigned ar_q[$], arn_q[$], ar_due[$];
  int unsigned n_aw = 0, n_wbeats = 0, pending_b = 0;
  longint unsigned w_addr = 0;
  longint unsigned last_b_cycle = 0;
  logic [63:0] pa_of_memerr;

  longint unsigned first_w_cycle = 0;
  always @(posedge clk) begin
    if (wvalid && wready && first_w_cycle == 0) first_w_cycle = cycle;
    awready <= mem_random ? ($urandom % 4 != 0) : 1'b1;
    wready <= (aw_q.size() != 0) && (mem_random ? ($urandom % 4 != 0) : 1'b1);
    arready <= mem_random ? ($urandom % 4 != 0) : 1'b1;
    if (awvalid && awready) begin
      aw_q.push_back(awaddr);
      awn_q.push_back(64'(awlen) + 1);
      n_aw++;
    end
    if (wvalid && wready) begin
      for (int b = 0; b < 8; b++) if (wstrb[b]) mem[aw_q[0] + 64'(b)] = wdata[8*b +: 8];
      n_wbeats++;
      if (wlast != (awn_q[0] == 1)) check("axi_wlast_matches_awlen", 0, $sformatf("%h", aw_q[0]));
      aw_q[0] += 8;
      awn_q[0] -= 1;
      if (awn_q[0] == 0) begin
        void'(aw_q.pop_front());
        void'(awn_q.pop_front());
        pending_b++;
      end
    end
    if (bvalid && bready) begin
      bvalid <= 0;
      last_b_cycle = cycle;
    end else if (!bvalid && pending_b > 0) begin
      bvalid <= 1;
      pending_b--;
    end
    if (arvalid && arready) begin
      ar_q.push_back(araddr);
      arn_q.push_back(64'(arlen) + 1);
      ar_due.push_back(cycle + rd_lat);
    end
    if (rvalid && rready) rvalid <= 0;
    if ((!rvalid || rready) && ar_q.size() != 0 && ar_due[0] <= cycle &&
        (!mem_random || $urandom % 4 != 0)) begin
      logic [63:0] d;
      for (int b = 0; b < 8; b++)
        d[8*b +: 8] = mem.exists(ar_q[0] + 64'(b)) ? mem[ar_q[0] + 64'(b)] : 8'(ar_q[0] + 64'(b));
      rdata <= d;
      rresp <= ar_q[0][31:12] == MEMERR_PAGE ? 2'b10 : 2'b00;
      rlast <= arn_q[0] == 1;
      rvalid <= 1;
      ar_q[0] += 8;
      arn_q[0] -= 1;
      if (arn_q[0] == 0) begin
        void'(ar_q.pop_front());
        void'(arn_q.pop_front());
        void'(ar_due.pop_front());
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Monitors: completions towards the link (as DW lists), cpl_o, msg_o, error events
  // ---------------------------------------------------------------------------------------
  typedef logic [31:0] dwq_t[$];
  dwq_t ctx_tlps[$];
  logic [31:0] cur_ctx[$];
  rp_pkg::rp_cpl_in_t cpls[$];
  rp_pkg::rp_msg_in_t msgs[$];
  rp_pkg::rp_err_t errs[$];
  longint unsigned last_ctx_cycle = 0;
  always @(posedge clk) begin
    if (ctx_valid && ctx_ready) begin
      if (ctx.sop) cur_ctx = {};
      cur_ctx.push_back(ctx.data[31:0]);
      if (ctx.keep[1]) cur_ctx.push_back(ctx.data[63:32]);
      if (ctx.eop) begin
        ctx_tlps.push_back(cur_ctx);
        last_ctx_cycle = cycle;
      end
    end
    if (cpl_valid && cpl_ready) cpls.push_back(cpl);
    if (msg_valid && msg_ready) msgs.push_back(msg);
    if (err_valid && err_ready) errs.push_back(err);
    if (derr_valid && derr_ready) errs.push_back(derr);
  end

  // ---------------------------------------------------------------------------------------
  // TLP building and driving
  // ---------------------------------------------------------------------------------------
  logic [31:0] tlp[$];
  bit gaps = 1;  // random idle cycles between beats
  longint unsigned first_beat_cycle;

  function automatic logic [31:0] dw0(input logic [7:0] ft, input int len_dw,
                                      input logic [1:0] at = 2'b00, input bit td = 0,
                                      input bit ep = 0);
    return {ft, 1'b0, 3'd0, 1'b0, 1'b0, 1'b0, 1'b0, td, ep, 2'b00, at, 10'(len_dw)};
  endfunction
  function automatic logic [31:0] pasid_pfx(input logic [19:0] pasid, input bit pmr = 0,
                                            input bit er = 0);
    return {8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID), pmr, er, 2'b00, pasid};
  endfunction

  // Memory request to [addr, addr + nbytes) (nbytes 0: zero-length read), with data bytes
  // for a write. Pushes header (and payload) to tlp.
  task automatic mem_req(input bit wr, input bit is64, input logic [63:0] addr, input int nbytes,
                         input logic [7:0] data[$], input logic [7:0] tag,
                         input logic [15:0] rid = 16'h0100, input logic [1:0] at = 2'b00,
                         input bit ep = 0, input bit td = 0);
    longint unsigned first_dw = addr >> 2;
    longint unsigned last_dw = nbytes == 0 ? first_dw : (addr + nbytes - 1) >> 2;
    int len = int'(last_dw - first_dw) + 1;
    logic [3:0] fbe = 0, lbe = 0;
    logic [7:0] ft = wr ? (is64 ? 8'(tlp_pkg::TLP_FMT_TYPE_MWR64) : 8'(tlp_pkg::TLP_FMT_TYPE_MWR32))
                        : (is64 ? 8'(tlp_pkg::TLP_FMT_TYPE_MRD64) : 8'(tlp_pkg::TLP_FMT_TYPE_MRD32));
    for (longint unsigned a = addr; a < addr + nbytes; a++) begin
      if ((a >> 2) == first_dw) fbe[a & 3] = 1;
      else if ((a >> 2) == last_dw) lbe[a & 3] = 1;
    end
    if (len == 1) lbe = 0;
    tlp.push_back(dw0(ft, len, at, td, ep));
    tlp.push_back({rid, tag, lbe, fbe});
    if (is64) tlp.push_back(addr[63:32]);
    tlp.push_back({addr[31:2], 2'b00});
    if (wr) begin
      for (int k = 0; k < len; k++) begin
        logic [31:0] d = 0;
        for (int b = 0; b < 4; b++) begin
          longint unsigned a = ((first_dw + k) << 2) + b;
          int idx = int'(a - addr);
          logic [7:0] v = (a >= addr && a < addr + nbytes) ? data[idx] : 8'h00;
          d[31 - 8*b -: 8] = v;
        end
        tlp.push_back(d);
      end
    end
    if (td) tlp.push_back(32'hec5c_0000);
  endtask

  // Drive tlp as beats (sop / eop framing), then clear it.
  task automatic send(input bit no_eop = 0);
    int n = tlp.size();
    // Inputs change at the negative edge; the handshake is decided by rx_ready just before
    // the positive edge (it depends only on state and these inputs).
    for (int i = 0; i < n; i += 2) begin
      bit took;
      @(negedge clk);
      while (gaps && $urandom % 5 == 0) begin
        rx_valid = 0;
        @(negedge clk);
      end
      rx_valid = 1;
      rx_data = {i + 1 < n ? tlp[i + 1] : 32'd0, tlp[i]};
      rx_keep = i + 1 < n ? 2'b11 : 2'b01;
      rx_sop = i == 0;
      rx_eop = i + 2 >= n && !no_eop;
      do begin
        #4 took = rx_ready;
        @(posedge clk);
        if (!took) @(negedge clk);
      end while (!took);
      if (i == 0 && first_beat_cycle == 0) first_beat_cycle = cycle;
    end
    @(negedge clk);
    rx_valid = 0;
    tlp = {};
  endtask

  // Wait n cycles, then until nothing is in flight (tables, AXI, completions) for 20 cycles.
  task automatic settle(input int n = 60);
    int quiet = 0;
    repeat (n) @(posedge clk);
    while (quiet < 20) begin
      @(posedge clk);
      if (u_dma.cnt_q == 0 && u_dma.j_cnt_q == 0 && u_dma.e_q == 0 && !desc_valid &&
          aw_q.size() == 0 && ar_q.size() == 0 && pending_b == 0 && !bvalid && !rvalid)
        quiet++;
      else quiet = 0;
    end
  endtask

  task automatic clear_mon();
    ctx_tlps = {};
    cpls = {};
    msgs = {};
    errs = {};
  endtask

  function automatic logic [63:0] pa_of(input logic [63:0] iova, input bit pv, input logic [19:0] pasid);
    return iova + (pv ? (64'(pasid) + 64'd1) << 32 : 64'd0);
  endfunction

  // ---------------------------------------------------------------------------------------
  // Checks of writes and reads
  // ---------------------------------------------------------------------------------------
  task automatic do_write(input string name, input bit pv, input logic [19:0] pasid,
                          input bit is64, input logic [63:0] addr, input int nbytes);
    logic [7:0] data[$];
    logic [63:0] pa = pa_of(addr, pv, pasid);
    bit good = 1;
    string why = "";
    for (int i = 0; i < nbytes; i++) data.push_back(8'($urandom));
    clear_mon();
    if (pv) tlp.push_back(pasid_pfx(pasid));
    mem_req(1, is64, addr, nbytes, data, 8'h11);
    send();
    settle();
    for (int i = 0; i < nbytes; i++)
      if (!mem.exists(pa + 64'(i)) || mem[pa + 64'(i)] !== data[i]) begin
        good = 0;
        why = $sformatf("byte %0d at %h", i, pa + 64'(i));
        break;
      end
    if (mem.exists(pa - 1) || mem.exists(pa + 64'(nbytes))) begin
      good = 0;
      why = "bytes outside the write changed";
    end
    check({"write_", name}, good && errs.size() == 0 && ctx_tlps.size() == 0, why);
  endtask

  // Expected completions of a read of [addr, addr+nbytes): checked against PCIe rules.
  task automatic do_read(input string name, input bit pv, input logic [19:0] pasid,
                         input bit is64, input logic [63:0] addr, input int nbytes,
                         input logic [7:0] tag, input int mps_bytes);
    logic [7:0] none[$];
    logic [63:0] pa = pa_of(addr, pv, pasid);
    int total = nbytes == 0 ? 1 : nbytes;
    int remaining = total;
    longint unsigned next_addr = addr;  // byte address of the next byte expected
    bit good = 1;
    string why = "";
    // memory content: known bytes
    for (int i = 0; i < nbytes; i++) mem[pa + 64'(i)] = 8'($urandom);
    clear_mon();
    if (pv) tlp.push_back(pasid_pfx(pasid));
    mem_req(0, is64, addr, nbytes, none, tag, 16'h0203);
    send();
    settle(100);
    if (ctx_tlps.size() == 0) begin good = 0; why = "no completion"; end
    foreach (ctx_tlps[c]) begin
      tlp_pkg::tlp_cpl_t h = {ctx_tlps[c][0], ctx_tlps[c][1], ctx_tlps[c][2]};
      int len = h.dw0.length == 0 ? 1024 : int'(h.dw0.length);
      int bc = h.byte_count == 0 ? 4096 : int'(h.byte_count);
      longint unsigned start = (next_addr & ~64'h3);
      if (h.dw0.fmt_type != tlp_pkg::TLP_FMT_TYPE_CPLD || h.status != tlp_pkg::CPL_STATUS_SC ||
          h.tag != tag || h.requester_id != 16'h0203 || h.completer_id != 16'h0008) begin
        good = 0; why = $sformatf("cpl %0d header %h", c, h); break;
      end
      if (bc != remaining || h.lower_address != next_addr[6:0]) begin
        good = 0; why = $sformatf("cpl %0d bc %0d (want %0d) la %h (want %h)", c, bc, remaining,
                                  h.lower_address, next_addr[6:0]); break;
      end
      if (ctx_tlps[c].size() != 3 + len || len * 4 > mps_bytes) begin
        good = 0; why = $sformatf("cpl %0d length %0d, %0d DWs", c, len, ctx_tlps[c].size()); break;
      end
      // every completion but the last ends on a 64-byte boundary
      if (c + 1 < ctx_tlps.size() && ((start + 4 * len) % 64) != 0) begin
        good = 0; why = $sformatf("cpl %0d ends off RCB", c); break;
      end
      for (int k = 0; k < len; k++)
        for (int b = 0; b < 4; b++) begin
          longint unsigned a = start + 4 * k + b;
          if (a >= addr && a < addr + nbytes &&
              ctx_tlps[c][3 + k][31 - 8*b -: 8] !== mem[pa + (a - addr)]) begin
            good = 0; why = $sformatf("cpl %0d data at %h", c, a);
          end
        end
      remaining -= int'(start + 4 * len - next_addr);
      next_addr = start + 4 * len;
    end
    if (good && nbytes > 0 && remaining > 0) begin good = 0; why = "bytes missing"; end
    check({"read_", name}, good && errs.size() == 0, why);
  endtask

  // One refused / failed TLP: the error event it must raise, the completion status it must
  // get (-1: none) and no memory write.
  task automatic expect_outcome(input string name, input int kind, input int status,
                                input int n_pfx_logged = -1);
    int aw0 = n_aw;
    send();
    settle();
    // kind -1: no error event
    check({name, "_err"}, kind < 0 ? errs.size() == 0 : errs.size() == 1 && int'(errs[0].kind) == kind,
          $sformatf("%0d events, kind %0d", errs.size(), errs.size() ? int'(errs[0].kind) : -1));
    if (status < 0)
      check({name, "_no_cpl"}, ctx_tlps.size() == 0 && cpls.size() == 0 && msgs.size() == 0);
    else begin
      tlp_pkg::tlp_cpl_t h = ctx_tlps.size() ? {ctx_tlps[0][0], ctx_tlps[0][1], ctx_tlps[0][2]} : '0;
      check({name, "_cpl"}, ctx_tlps.size() == 1 && int'(h.status) == status &&
            h.dw0.length == 0 && ctx_tlps[0].size() == 3,
            $sformatf("%0d cpls, status %0d", ctx_tlps.size(), h.status));
    end
    check({name, "_no_write"}, n_aw == aw0);
    if (n_pfx_logged >= 0)
      check({name, "_log"}, errs.size() == 1 && errs[0].log_valid &&
            int'(errs[0].prefix_count) == n_pfx_logged);
    clear_mon();
  endtask

  // ---------------------------------------------------------------------------------------
  // Tests
  // ---------------------------------------------------------------------------------------
  logic [7:0] nodata[$];
  initial begin
    ctrl = '0;
    ctrl.bus_master_en = 1;
    ctrl.max_payload_size = 3'd2;  // 512 bytes
    ctrl.secondary_bus = 8'd1;
    ctrl.subordinate_bus = 8'd4;
    repeat (4) @(posedge clk);
    rst_n = 1;
    repeat (2) @(posedge clk);

    // ---- writes: sizes, alignments, with / without prefix, 32 / 64-bit headers
    do_write("pasid_aligned_512", 1, 20'h00042, 1, 64'h0000_0001_0000_1000, 512);
    do_write("pasid_odd_1", 1, 20'h00042, 1, 64'h0000_0001_0000_2003, 1);
    do_write("pasid_odd_3_cross_dw", 1, 20'h00007, 0, 64'h0000_0000_0000_3003, 3);
    do_write("nopasid_odd_37", 0, 0, 0, 64'h0000_0000_0000_4005, 37);
    do_write("nopasid_dw_odd_500", 0, 0, 1, 64'h0000_0002_0000_5004, 500);
    do_write("pasid_tail_of_page", 1, 20'hfffff, 1, 64'h0000_0000_0000_6f01, 255);
    do_write("64bit_header_low_addr", 0, 0, 1, 64'h0000_0000_0000_7010, 16);
    do_write("pasid_2_bytes", 1, 20'h1, 0, 64'h0000_0000_0000_8006, 2);
    for (int i = 0; i < 12; i++)
      do_write($sformatf("random_%0d", i), i % 2, 20'($urandom), i % 3 != 0,
               {32'h0, 4'h1, 8'(i), 8'($urandom), 12'h000} + 64'($urandom % 2048),
               1 + int'($urandom % 512));

    // ---- reads: splits by RCB and MPS, byte count, lower address, zero length
    do_read("aligned_64", 1, 20'h9, 1, 64'h0000_0001_0001_0000, 64, 8'h21, 512);
    do_read("odd_1", 0, 0, 0, 64'h0000_0000_0001_1003, 1, 8'h22, 512);
    do_read("zero_length", 0, 0, 0, 64'h0000_0000_0001_2010, 0, 8'h23, 512);
    do_read("unaligned_300", 1, 20'h9, 1, 64'h0000_0001_0001_3022, 300, 8'h24, 512);
    do_read("page_4096", 0, 0, 1, 64'h0000_0001_0001_4000, 4096, 8'h25, 512);
    do_read("odd_dw_1001", 1, 20'h3, 1, 64'h0000_0001_0001_5104, 1001, 8'h26, 512);
    ctrl.max_payload_size = 3'd0;  // 128 bytes
    do_read("mps128_1000", 0, 0, 1, 64'h0000_0001_0001_6013, 1000, 8'h27, 128);
    ctrl.max_payload_size = 3'd2;
    for (int i = 0; i < 8; i++)
      do_read($sformatf("random_%0d", i), i % 2, 20'($urandom), 1,
              {32'h0, 4'h2, 8'(i), 8'($urandom), 12'h000} + 64'($urandom % 1024),
              int'($urandom % 1024), 8'(i), 512);

    // ---- IOMMU answers: faulting write dropped, faulting read UR, corruption CA
    begin
      automatic int aw0 = n_aw;
      logic [7:0] d[$];
      for (int i = 0; i < 64; i++) d.push_back(8'(i));
      clear_mon();
      tlp.push_back(pasid_pfx(20'h5));
      mem_req(1, 1, {32'h0, FAULT_PAGE, 12'h100}, 64, d, 8'h0);
      send();
      settle();
      check("fault_write_dropped", n_aw == aw0 && errs.size() == 0 && ctx_tlps.size() == 0);
    end
    clear_mon();
    mem_req(0, 0, {32'h0, FAULT_PAGE, 12'h200}, 8, nodata, 8'h31, 16'h0203);
    expect_outcome("fault_read_ur", -1, int'(tlp_pkg::CPL_STATUS_UR));
    mem_req(0, 0, {32'h0, CORRUPT_PAGE, 12'h200}, 8, nodata, 8'h32, 16'h0203);
    expect_outcome("corrupt_read_ca", int'(rp_pkg::ERR_CA), int'(tlp_pkg::CPL_STATUS_CA));
    mem_req(0, 0, {32'h0, MEMERR_PAGE, 12'h000}, 64, nodata, 8'h33, 16'h0203);
    expect_outcome("memerr_read_ca", int'(rp_pkg::ERR_CA), int'(tlp_pkg::CPL_STATUS_CA));

    // ---- ATS translation request
    begin
      tlp_pkg::tlp_cpl_t h;
      tlp_pkg::ats_cpl_entry_t e;
      clear_mon();
      tlp.push_back(pasid_pfx(20'h77, 1, 0));
      mem_req(0, 1, 64'h0000_0000_1234_5000, 8, nodata, 8'h41, 16'h0203, 2'b01);
      send();
      settle();
      if (ctx_tlps.size() == 1 && ctx_tlps[0].size() == 5) begin
        h = {ctx_tlps[0][0], ctx_tlps[0][1], ctx_tlps[0][2]};
        e = {ctx_tlps[0][3], ctx_tlps[0][4]};
      end else begin h = '0; e = '0; end
      check("ats_cpl", h.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_CPLD && h.byte_count == 12'd8 &&
            h.tag == 8'h41 && e.translated_addr == pa_of(64'h1234_5000, 1, 20'h77) >> 12 &&
            e.read_perm && e.write_perm && e.privileged && !e.size,
            $sformatf("%0d cpls %h %h", ctx_tlps.size(), h, e));
      check("ats_xlate_req", last_xreq.kind == iommu_xlate_pkg::XLATE_KIND_ATS && last_xreq.pv &&
            last_xreq.priv && last_xreq.process_id == 20'h77 && last_xreq.write);
      clear_mon();
      mem_req(0, 1, {32'h0, SUPER_PAGE, 12'h000}, 8, nodata, 8'h42, 16'h0203, 2'b01);
      send();
      settle();
      e = ctx_tlps.size() == 1 && ctx_tlps[0].size() == 5 ? {ctx_tlps[0][3], ctx_tlps[0][4]} : '0;
      check("ats_cpl_2m", e.size && e.translated_addr[7:0] == 8'hff && !e.translated_addr[8] &&
            e.translated_addr[51:9] == (64'(SUPER_PAGE) >> 9), $sformatf("%h", e));
      clear_mon();
      mem_req(0, 1, {32'h0, FAULT_PAGE, 12'h000}, 8, nodata, 8'h43, 16'h0203, 2'b01);
      expect_outcome("ats_ur", -1, int'(tlp_pkg::CPL_STATUS_UR));
    end

    // ---- malformed
    clear_mon();
    tlp.push_back({8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_VENDOR_L0), 24'h0});
    mem_req(1, 1, 64'h9000, 8, {1, 2, 3, 4, 5, 6, 7, 8}, 0);
    expect_outcome("local_prefix", int'(rp_pkg::ERR_MALFORMED), -1, 0);
    tlp.push_back(pasid_pfx(20'h1));
    tlp.push_back({8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_VENDOR_L0), 24'h0});
    mem_req(1, 1, 64'h9000, 8, {1, 2, 3, 4, 5, 6, 7, 8}, 0);
    expect_outcome("local_after_ee", int'(rp_pkg::ERR_MALFORMED), -1, 1);
    tlp.push_back({8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_EXT_TPH), 24'h0});
    mem_req(0, 1, 64'h9000, 8, nodata, 0);
    expect_outcome("unsupported_ee_type", int'(rp_pkg::ERR_MALFORMED), -1, 1);
    for (int i = 0; i < 5; i++) tlp.push_back(pasid_pfx(20'(i)));
    mem_req(0, 1, 64'h9000, 8, nodata, 0);
    expect_outcome("five_ee_prefixes", int'(rp_pkg::ERR_MALFORMED), -1, 4);
    tlp.push_back(pasid_pfx(20'h1));
    tlp.push_back(pasid_pfx(20'h2));
    mem_req(0, 1, 64'h9000, 8, nodata, 0);
    expect_outcome("two_ee_over_max_ur", int'(rp_pkg::ERR_UR), int'(tlp_pkg::CPL_STATUS_UR), 2);
    tlp.push_back(pasid_pfx(20'h1));
    expect_outcome("prefix_no_header", int'(rp_pkg::ERR_MALFORMED), -1);
    tlp.push_back(32'h0300_0001);  // Fmt 000 Type 00011: reserved
    tlp.push_back(32'h0100_000f);
    tlp.push_back(32'h0000_9000);
    expect_outcome("reserved_type", int'(rp_pkg::ERR_MALFORMED), -1);
    mem_req(1, 0, 64'h9000, 16, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, 0);
    void'(tlp.pop_back());
    expect_outcome("length_short", int'(rp_pkg::ERR_MALFORMED), -1);
    mem_req(1, 0, 64'h9000, 8, {0, 1, 2, 3, 4, 5, 6, 7}, 0);
    tlp.push_back(32'h1234_5678);
    expect_outcome("length_long", int'(rp_pkg::ERR_MALFORMED), -1);
    mem_req(1, 0, 64'h9000, 8, {0, 1, 2, 3, 4, 5, 6, 7}, 0, 16'h0100, 2'b00, 0, 1);
    void'(tlp.pop_back());
    expect_outcome("td_without_digest", int'(rp_pkg::ERR_MALFORMED), -1);
    begin
      logic [7:0] d[$];
      for (int i = 0; i < 256; i++) d.push_back(8'(i));
      ctrl.max_payload_size = 3'd0;
      mem_req(1, 1, 64'h9000, 256, d, 0);
      expect_outcome("payload_over_mps", int'(rp_pkg::ERR_MALFORMED), -1);
      ctrl.max_payload_size = 3'd2;
      mem_req(1, 1, 64'h9f80, 256, d, 0);
      expect_outcome("crosses_4k", int'(rp_pkg::ERR_MALFORMED), -1);
    end
    mem_req(1, 0, 64'h9000, 4, {1, 2, 3, 4}, 0);
    tlp[1][7:4] = 4'hf;  // length 1 with last_be
    expect_outcome("be_len1_last_be", int'(rp_pkg::ERR_MALFORMED), -1);
    mem_req(1, 0, 64'h9000, 8, {1, 2, 3, 4, 5, 6, 7, 8}, 0);
    tlp[1][3:0] = 4'h0;  // length 2 with first_be 0
    expect_outcome("be_first_zero", int'(rp_pkg::ERR_MALFORMED), -1);
    tlp.push_back(pasid_pfx(20'h3));
    mem_req(1, 1, 64'h9000, 8, {1, 2, 3, 4, 5, 6, 7, 8}, 0, 16'h0100, 2'b10);
    expect_outcome("pasid_on_translated", int'(rp_pkg::ERR_MALFORMED), -1, 1);
    tlp.push_back(pasid_pfx(20'h3));
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_CPL), 0));
    tlp.push_back(32'h0300_0004);
    tlp.push_back(32'h0008_0000);
    expect_outcome("pasid_on_completion", int'(rp_pkg::ERR_MALFORMED), -1, 1);
    // framing: a beat without sop, a sop inside a TLP (the second TLP still works)
    @(negedge clk);
    rx_valid = 1; rx_sop = 0; rx_eop = 0; rx_keep = 2'b11; rx_data = '1;
    @(negedge clk);
    rx_valid = 0;
    expect_outcome("beat_without_sop", int'(rp_pkg::ERR_MALFORMED), -1);
    mem_req(1, 0, 64'h9000, 16, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, 0);
    send(1);
    mem_req(0, 0, 64'h0000_0000_0001_7000, 4, nodata, 8'h51, 16'h0203);
    send();
    settle();
    check("sop_inside_tlp", errs.size() == 1 && errs[0].kind == rp_pkg::ERR_MALFORMED &&
          ctx_tlps.size() == 1 && !mem.exists(64'h9000));
    clear_mon();

    // ---- unsupported requests, ACS, poisoned, bus master
    mem_req(0, 0, 64'h9000, 4, nodata, 8'h61, 16'h0203);
    tlp[0][31:24] = 8'(tlp_pkg::TLP_FMT_TYPE_MRDLK32);
    send();
    settle();
    check("locked_read_ur", errs.size() == 1 && errs[0].kind == rp_pkg::ERR_UR && !errs[0].posted &&
          ctx_tlps.size() == 1 && ctx_tlps[0][0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_CPLLK) &&
          ctx_tlps[0][1][15:13] == 3'(tlp_pkg::CPL_STATUS_UR));
    clear_mon();
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_IORD), 1));
    tlp.push_back(32'h0203_620f);
    tlp.push_back(32'h0000_0100);
    expect_outcome("io_read_ur", int'(rp_pkg::ERR_UR), int'(tlp_pkg::CPL_STATUS_UR));
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_CFGRD0), 1));
    tlp.push_back(32'h0203_630f);
    tlp.push_back(32'h0100_0000);
    expect_outcome("cfg_read_ur", int'(rp_pkg::ERR_UR), int'(tlp_pkg::CPL_STATUS_UR));
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_MSGD_RC), 4));
    tlp.push_back(32'h0203_007f);
    tlp.push_back(32'h0);
    tlp.push_back(32'h0);
    repeat (4) tlp.push_back(32'h1111_1111);
    expect_outcome("msgd_long_ur", int'(rp_pkg::ERR_UR), -1);
    ctrl.bus_master_en = 0;
    mem_req(0, 0, 64'h9000, 4, nodata, 8'h62, 16'h0203);
    expect_outcome("bme_off_read_ur", int'(rp_pkg::ERR_UR), int'(tlp_pkg::CPL_STATUS_UR));
    mem_req(1, 0, 64'h9000, 4, {1, 2, 3, 4}, 0);
    expect_outcome("bme_off_write_ur", int'(rp_pkg::ERR_UR), -1);
    ctrl.bus_master_en = 1;
    ctrl.acs_source_validation_en = 1;
    mem_req(0, 0, 64'h9000, 4, nodata, 8'h63, 16'h0903);
    expect_outcome("acs_source_read_ca", int'(rp_pkg::ERR_ACS_VIOLATION), int'(tlp_pkg::CPL_STATUS_CA));
    ctrl.acs_source_validation_en = 0;
    ctrl.acs_translation_blocking_en = 1;
    mem_req(1, 1, 64'h9000, 4, {1, 2, 3, 4}, 0, 16'h0100, 2'b10);
    expect_outcome("acs_translated_write", int'(rp_pkg::ERR_ACS_VIOLATION), -1);
    ctrl.acs_translation_blocking_en = 0;
    tlp.push_back(pasid_pfx(20'h7));
    mem_req(1, 1, 64'h9000, 4, {1, 2, 3, 4}, 0, 16'h0100, 2'b00, 1);
    expect_outcome("poisoned_write", int'(rp_pkg::ERR_POISONED), -1, 1);
    check("malformed_never_wrote", !mem.exists(64'h9000) && !mem.exists(64'h9f80));

    // ---- completions and messages to the other blocks
    clear_mon();
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_CPLD), 2));
    tlp.push_back(32'h0300_0008);
    tlp.push_back(32'h0008_0500);
    tlp.push_back(32'hdead_beef);
    tlp.push_back(32'h0123_4567);
    send();
    settle();
    check("cpl_to_host", cpls.size() == 1 && errs.size() == 0 && cpls[0].dw_count == 2 &&
          cpls[0].data[0] == 32'hdead_beef && cpls[0].data[1] == 32'h0123_4567 &&
          cpls[0].hdr[95:64] == dw0(8'(tlp_pkg::TLP_FMT_TYPE_CPLD), 2));
    clear_mon();
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_CPLD), 4));
    tlp.push_back(32'h0300_0010);
    tlp.push_back(32'h0008_0500);
    repeat (4) tlp.push_back(32'h0);
    expect_outcome("cpl_long_unexpected", int'(rp_pkg::ERR_UNEXPECTED_CPL), -1);
    tlp.push_back(pasid_pfx(20'h1234, 1, 0));
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 0));
    tlp.push_back({16'h0203, 8'h00, 8'(tlp_pkg::MSG_CODE_PAGE_REQUEST)});
    tlp.push_back(32'h0000_0001);
    tlp.push_back(32'h2345_6007);
    send();
    settle();
    check("page_request_msg", msgs.size() == 1 && errs.size() == 0 && msgs[0].pasid_valid &&
          msgs[0].pasid == pasid_pfx(20'h1234, 1, 0) && msgs[0].hdr[31:0] == 32'h2345_6007);
    clear_mon();
    tlp.push_back(pasid_pfx(20'h1234));
    tlp.push_back(dw0(8'(tlp_pkg::TLP_FMT_TYPE_MSG_LOCAL), 0));
    tlp.push_back({16'h0203, 8'h00, 8'(tlp_pkg::MSG_CODE_LTR)});
    tlp.push_back(32'h0);
    tlp.push_back(32'h0);
    expect_outcome("pasid_on_ltr_msg", int'(rp_pkg::ERR_MALFORMED), -1, 1);
    // the error log: header and prefix of the TLP
    tlp.push_back(pasid_pfx(20'habcde));
    mem_req(1, 1, 64'h0000_0005_0000_9000, 4, {1, 2, 3, 4}, 8'h77, 16'h0100, 2'b00, 1);
    send();
    settle();
    check("err_log_contents", errs.size() == 1 && errs[0].prefix[0] == pasid_pfx(20'habcde) &&
          errs[0].header[0] == dw0(8'(tlp_pkg::TLP_FMT_TYPE_MWR64), 1, 2'b00, 0, 1) &&
          errs[0].header[2] == 32'h5 && errs[0].header[3] == 32'h9000 &&
          errs[0].source_id == 16'h0100 && errs[0].posted);
    clear_mon();

    // ---- throughput: 8 x 512-byte MWr with a PASID prefix, back to back
    gaps = 0;
    mem_random = 0;
    lat_max = 2;
    begin
      logic [7:0] d[$];
      longint unsigned t0;
      automatic int bytes = 0;
      for (int i = 0; i < 512; i++) d.push_back(8'(i * 7));
      settle(10);
      first_beat_cycle = 0;
      first_w_cycle = 0;
      last_b_cycle = 0;
      fork
        for (int i = 0; i < 8; i++) begin
          tlp.push_back(pasid_pfx(20'h99));
          mem_req(1, 1, 64'h0000_0003_0000_0000 + 64'(i) * 512, 512, d, 0);
          send();
        end
      join
      settle(100);
      t0 = first_beat_cycle;
      bytes = 8 * 512;
      begin
        automatic real bpc = real'(bytes) / real'(last_b_cycle - t0 + 1);
        automatic bit good = 1;
        automatic real sus = real'(bytes) / real'(last_b_cycle - first_w_cycle + 1);
        for (int i = 0; i < 4096; i++)
          if (mem[pa_of(64'h3_0000_0000 + 64'(i), 1, 20'h99)] !== 8'((i % 512) * 7)) good = 0;
        // Store and forward: no byte reaches memory before its TLP's last beat, so the
        // first-beat-to-last-B figure carries one TLP of fill; the sustained figure runs
        // from the first W beat to the last B.
        $display("measure write_bytes_per_cycle=%0.3f (4 KiB, first W beat to last B: %0d cycles)",
                 sus, last_b_cycle - first_w_cycle + 1);
        $display("measure write_bytes_per_cycle_from_first_link_beat=%0.3f (%0d cycles)", bpc,
                 last_b_cycle - t0 + 1);
        check("throughput_write_data", good);
        check("throughput_write_90pct", sus >= 0.9 * 8.0, $sformatf("%0.3f", sus));
      end
      // reads: 8 x 512-byte MRd with the memory latency above, back to back
      clear_mon();
      settle(10);
      first_beat_cycle = 0;
      fork
        for (int i = 0; i < 8; i++) begin
          tlp.push_back(pasid_pfx(20'h99));
          mem_req(0, 1, 64'h0000_0003_0000_0000 + 64'(i) * 512, 512, nodata, 8'(i), 16'h0203);
          send();
        end
      join
      settle(400);
      begin
        automatic real bpc = real'(4096) / real'(last_ctx_cycle - first_beat_cycle + 1);
        automatic bit good = ctx_tlps.size() == 8;
        foreach (ctx_tlps[c]) if (ctx_tlps[c][2][15:8] != 8'(c)) good = 0;
        $display("measure read_bytes_per_cycle=%0.3f (4 KiB in %0d cycles, memory latency %0d)",
                 bpc, last_ctx_cycle - first_beat_cycle + 1, rd_lat);
        check("throughput_read_in_order", good, $sformatf("%0d cpls", ctx_tlps.size()));
      end
    end

    check("xlate_no_pending", pend_rsp.size() == 0);
    if (n_fail == 0) $display("PASS");
    else $display("FAILED %0d", n_fail);
    $finish;
  end

  // faulting writes never reach AXI: every AW is in a page the IOMMU mapped
  always @(posedge clk)
    if (awvalid) assert (awaddr[31:12] != FAULT_PAGE && awaddr[31:12] != CORRUPT_PAGE)
      else $error("write to a faulting page reached AXI");

  initial begin
    #20000000;
    $display("FAIL timeout");
    $finish;
  end
endmodule

// Unit testbench of the root port's host half: rp_cfg + rp_host + rp_msg + rp_ats_msg +
// rp_tx. The host drives the 64-bit AXI4-Lite slave; the link side is a queue of transmitted
// TLPs and injected completions / messages; a fourth error source injects AER events.
// Expected values come from the PCIe rules the RTL cites and the regmap layouts
// (pcie_rp_cfg_pkg, tlp_pkg). Prints "ok <name>" per passed check, "FAIL <name>: ..." per
// failed one, "measure ..." lines, and PASS at the end.
`timescale 1ns / 1ps
`default_nettype none

module tb_rp_host;
  // verilator lint_off UNUSEDSIGNAL
  // verilator lint_off UNUSEDPARAM
  localparam int unsigned TMO = 200;          // completion time-out of this build (cycles)
  localparam int unsigned RETRIES = 2;        // CRS re-issues of this build
  localparam int unsigned MAXP = 2;           // Max End-End TLP Prefixes of this build
  localparam logic [31:0] ECAM = 32'(kit_map_pkg::ECAM_BASE);
  localparam logic [31:0] MMIO = 32'(kit_map_pkg::MMIO_BASE);
  localparam int unsigned AER = pcie_rp_cfg_pkg::AER_CAP_BASE;

  logic clk = 0, rst_n = 0;
  always #5 clk = ~clk;
  int unsigned cycle = 0;
  always @(posedge clk) cycle <= cycle + 1;

  // ---------------------------------------------------------------------------------------
  // DUT
  // ---------------------------------------------------------------------------------------
  logic [31:0] awaddr = 0, araddr = 0;
  logic [63:0] wdata = 0, rdata;
  logic [7:0]  wstrb = 0;
  logic awvalid = 0, awready, wvalid = 0, wready, bvalid, bready = 1;
  logic arvalid = 0, arready, rvalid, rready = 1;
  logic [1:0] bresp, rresp;

  logic [11:0] c_awaddr, c_araddr;
  logic [2:0]  c_awprot, c_arprot;
  logic [31:0] c_wdata, c_rdata;
  logic [3:0]  c_wstrb;
  logic c_awvalid, c_awready, c_wvalid, c_wready, c_bvalid, c_bready;
  logic c_arvalid, c_arready, c_rvalid, c_rready;
  logic [1:0] c_bresp, c_rresp;

  rp_pkg::rp_ctrl_t ctrl;
  logic [15:0] my_id;
  logic [3:0] err_valid, err_ready;
  rp_pkg::rp_err_t [3:0] errs;
  logic inj_valid = 0;
  rp_pkg::rp_err_t inj = '0;
  logic pme_valid;
  logic [15:0] pme_id;
  logic irq, np_pending;

  logic [2:0] src_valid, src_ready;
  rp_pkg::tlp_beat_t [2:0] srcs;
  logic gen_valid = 0;
  rp_pkg::tlp_beat_t gen = '0;
  logic [63:0] tx_data;
  logic [1:0]  tx_keep;
  logic tx_sop, tx_eop, tx_valid, tx_ready = 1;

  logic cpl_valid = 0, cpl_ready;
  rp_pkg::rp_cpl_in_t cpl = '0;
  logic msg_valid = 0, msg_ready;
  rp_pkg::rp_msg_in_t msg = '0;
  logic ats_msg_valid, ats_msg_ready;
  rp_pkg::rp_msg_in_t ats_msg;
  logic pr_valid;
  iommu_mem_pkg::page_request_t pr;
  logic ats_busy, ats_timeout;
  logic cmd_valid = 0, cmd_ready;
  iommu_mem_pkg::cmd_t cmd = '0;

  assign err_valid[3] = inj_valid;
  assign errs[3] = inj;
  assign src_valid[2] = gen_valid;
  assign srcs[2] = gen;

  rp_cfg #(.EE_PREFIX_SUPPORTED(1'b1), .MAX_EE_PREFIXES(MAXP), .N_ERR(4)) u_cfg (
    .clk_i(clk), .rst_ni(rst_n),
    .s_axil_awaddr(c_awaddr), .s_axil_awprot(c_awprot), .s_axil_awvalid(c_awvalid),
    .s_axil_awready(c_awready), .s_axil_wdata(c_wdata), .s_axil_wstrb(c_wstrb),
    .s_axil_wvalid(c_wvalid), .s_axil_wready(c_wready), .s_axil_bresp(c_bresp),
    .s_axil_bvalid(c_bvalid), .s_axil_bready(c_bready), .s_axil_araddr(c_araddr),
    .s_axil_arprot(c_arprot), .s_axil_arvalid(c_arvalid), .s_axil_arready(c_arready),
    .s_axil_rdata(c_rdata), .s_axil_rresp(c_rresp), .s_axil_rvalid(c_rvalid),
    .s_axil_rready(c_rready),
    .ctrl_o(ctrl), .requester_id_o(my_id),
    .err_valid_i(err_valid), .err_ready_o(err_ready), .err_i(errs),
    .pme_valid_i(pme_valid), .pme_requester_id_i(pme_id),
    .link_up_i(1'b1), .np_pending_i(np_pending), .irq_o(irq)
  );

  rp_host #(.CPL_TIMEOUT_CYCLES(TMO), .CRS_RETRIES(RETRIES)) u_host (
    .clk_i(clk), .rst_ni(rst_n),
    .s_axil_awaddr(awaddr), .s_axil_awprot(3'b0), .s_axil_awvalid(awvalid),
    .s_axil_awready(awready), .s_axil_wdata(wdata), .s_axil_wstrb(wstrb),
    .s_axil_wvalid(wvalid), .s_axil_wready(wready), .s_axil_bresp(bresp),
    .s_axil_bvalid(bvalid), .s_axil_bready(bready), .s_axil_araddr(araddr),
    .s_axil_arprot(3'b0), .s_axil_arvalid(arvalid), .s_axil_arready(arready),
    .s_axil_rdata(rdata), .s_axil_rresp(rresp), .s_axil_rvalid(rvalid),
    .s_axil_rready(rready),
    .m_axil_awaddr(c_awaddr), .m_axil_awprot(c_awprot), .m_axil_awvalid(c_awvalid),
    .m_axil_awready(c_awready), .m_axil_wdata(c_wdata), .m_axil_wstrb(c_wstrb),
    .m_axil_wvalid(c_wvalid), .m_axil_wready(c_wready), .m_axil_bresp(c_bresp),
    .m_axil_bvalid(c_bvalid), .m_axil_bready(c_bready), .m_axil_araddr(c_araddr),
    .m_axil_arprot(c_arprot), .m_axil_arvalid(c_arvalid), .m_axil_arready(c_arready),
    .m_axil_rdata(c_rdata), .m_axil_rresp(c_rresp), .m_axil_rvalid(c_rvalid),
    .m_axil_rready(c_rready),
    .ctrl_i(ctrl),
    .req_tx_valid_o(src_valid[0]), .req_tx_ready_i(src_ready[0]), .req_tx_o(srcs[0]),
    .cpl_valid_i(cpl_valid), .cpl_ready_o(cpl_ready), .cpl_i(cpl),
    .err_valid_o(err_valid[0]), .err_ready_i(err_ready[0]), .err_o(errs[0]),
    .np_pending_o(np_pending)
  );

  rp_msg #(.PRI_SUPPORTED(1'b0)) u_msg (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl),
    .msg_valid_i(msg_valid), .msg_ready_o(msg_ready), .msg_i(msg),
    .err_valid_o(err_valid[1]), .err_ready_i(err_ready[1]), .err_o(errs[1]),
    .pme_valid_o(pme_valid), .pme_requester_id_o(pme_id),
    .pr_valid_o(pr_valid), .pr_ready_i(1'b1), .pr_o(pr),
    .ats_msg_valid_o(ats_msg_valid), .ats_msg_ready_i(ats_msg_ready), .ats_msg_o(ats_msg)
  );

  rp_ats_msg u_ats (
    .clk_i(clk), .rst_ni(rst_n), .ctrl_i(ctrl), .requester_id_i(my_id),
    .cmd_valid_i(cmd_valid), .cmd_ready_o(cmd_ready), .cmd_i(cmd),
    .tx_valid_o(src_valid[1]), .tx_ready_i(src_ready[1]), .tx_o(srcs[1]),
    .err_valid_o(err_valid[2]), .err_ready_i(err_ready[2]), .err_o(errs[2]),
    .icpl_valid_i(ats_msg_valid), .icpl_ready_o(ats_msg_ready), .icpl_i(ats_msg),
    .busy_o(ats_busy), .timeout_o(ats_timeout), .timeout_ack_i(1'b0)
  );

  rp_tx #(.N(3)) u_tx (
    .clk_i(clk), .rst_ni(rst_n),
    .src_valid_i(src_valid), .src_ready_o(src_ready), .src_i(srcs),
    .tx_tlp_data(tx_data), .tx_tlp_keep(tx_keep), .tx_tlp_sop(tx_sop), .tx_tlp_eop(tx_eop),
    .tx_tlp_valid(tx_valid), .tx_tlp_ready(tx_ready)
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
  // Link transmit monitor: whole TLPs as DW lists
  // ---------------------------------------------------------------------------------------
  logic [31:0] txd [0:63][0:15];
  int unsigned txn [0:63];
  int unsigned n_tx = 0, cur_n = 0;
  logic in_tlp = 0;
  int unsigned first_beat_cycle [0:63];
  always @(posedge clk) begin
    if (tx_valid && tx_ready) begin
      if (tx_sop) begin
        cur_n = 0;
        first_beat_cycle[n_tx % 64] = cycle;
        if (in_tlp) $display("FAIL framing: sop inside a TLP");
      end
      txd[n_tx % 64][cur_n] = tx_data[31:0];
      cur_n++;
      if (tx_keep[1]) begin
        txd[n_tx % 64][cur_n] = tx_data[63:32];
        cur_n++;
      end
      in_tlp = !tx_eop;
      if (tx_eop) begin
        txn[n_tx % 64] = cur_n;
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

  // ---------------------------------------------------------------------------------------
  // Host bus
  // ---------------------------------------------------------------------------------------
  task automatic host_rd(input logic [31:0] a, output logic [63:0] d);
    @(negedge clk);
    araddr = a;
    arvalid = 1;
    #1;
    while (!arready) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 arvalid = 0;
    while (!rvalid) @(negedge clk);
    d = rdata;
    @(posedge clk);
  endtask

  logic b_seen;
  task automatic host_wr(input logic [31:0] a, input logic [63:0] d, input logic [7:0] s);
    @(negedge clk);
    awaddr = a;
    wdata = d;
    wstrb = s;
    awvalid = 1;
    wvalid = 1;
    #1;
    while (!awready) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 awvalid = 0;
    wvalid = 0;
    while (!bvalid) @(negedge clk);
    @(negedge clk);
  endtask

  // Background host access (the main thread plays the device meanwhile).
  logic host_go = 0, host_is_wr = 0;
  logic [31:0] host_a;
  logic [63:0] host_wd, host_d;
  logic [7:0]  host_s;
  initial begin : host_bg
    forever begin
      wait (host_go);
      if (host_is_wr) host_wr(host_a, host_wd, host_s);
      else host_rd(host_a, host_d);
      host_go = 0;
    end
  end
  task automatic start_rd(input logic [31:0] a);
    host_a = a;
    host_is_wr = 0;
    host_go = 1;
  endtask
  task automatic start_wr(input logic [31:0] a, input logic [63:0] wd, input logic [7:0] st);
    host_a = a;
    host_wd = wd;
    host_s = st;
    host_is_wr = 1;
    host_go = 1;
  endtask
  task automatic finish_host(output logic [63:0] d);
    wait (!host_go);
    d = host_d;
  endtask

  function automatic logic [31:0] ecam_a(input int bus, input int dev, input int fn, input int off);
    return ECAM + 32'((bus << 20) | (dev << 15) | (fn << 12) | off);
  endfunction

  // The port's own configuration space, by byte offset (DW accesses).
  task automatic own_rd(input int off, output logic [31:0] v);
    logic [63:0] d;
    host_rd(ecam_a(0, 0, 0, off & ~3), d);
    v = (off & 4) != 0 ? d[63:32] : d[31:0];
  endtask
  task automatic own_wr(input int off, input logic [31:0] v, input logic [3:0] be);
    if ((off & 4) != 0) host_wr(ecam_a(0, 0, 0, off & ~7), {v, 32'd0}, {be, 4'd0});
    else host_wr(ecam_a(0, 0, 0, off & ~7), {32'd0, v}, {4'd0, be});
  endtask
  // A register at byte offset off of size 1, 2 or 4: value shifted into its DW.
  task automatic reg_rd(input int off, input int size, output logic [31:0] v);
    logic [31:0] dw;
    own_rd(off, dw);
    v = dw >> (8 * (off & 3));
    if (size < 4) v = v & ((32'd1 << (8 * size)) - 1);
  endtask
  task automatic reg_wr(input int off, input int size, input logic [31:0] v);
    own_wr(off, v << (8 * (off & 3)), 4'(((1 << size) - 1) << (off & 3)));
  endtask

  // ---------------------------------------------------------------------------------------
  // Link receive side
  // ---------------------------------------------------------------------------------------
  task automatic send_cpl(input logic [15:0] rid, input logic [7:0] tag,
                          input tlp_pkg::cpl_status_t st, input logic [31:0] data,
                          input logic with_data, input logic poisoned = 0);
    tlp_pkg::tlp_cpl_t h;
    h = '0;
    h.dw0.fmt_type = with_data ? tlp_pkg::TLP_FMT_TYPE_CPLD : tlp_pkg::TLP_FMT_TYPE_CPL;
    h.dw0.length = with_data ? 10'd1 : 10'd0;
    h.dw0.ep = poisoned;
    h.completer_id = 16'h0100;
    h.status = st;
    h.byte_count = 12'd4;
    h.requester_id = rid;
    h.tag = tag;
    @(negedge clk);
    cpl = '0;
    cpl.hdr = h;
    cpl.dw_count = with_data ? 2'd1 : 2'd0;
    cpl.data[0] = data;
    cpl.poisoned = poisoned;
    cpl_valid = 1;
    #1;
    while (!cpl_ready) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 cpl_valid = 0;
  endtask

  task automatic send_msg(input tlp_pkg::msg_code_t code, input logic [15:0] rid,
                          input logic pv = 0, input logic [19:0] pasid = 0);
    tlp_pkg::tlp_msg_t h;
    tlp_pkg::tlp_pasid_prefix_t p;
    h = '0;
    h.dw0.fmt_type = tlp_pkg::TLP_FMT_TYPE_MSG_RC;
    h.requester_id = rid;
    h.msg_code = code;
    p = '0;
    p.fmt_type = tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID;
    p.pasid = pasid;
    @(negedge clk);
    msg = '0;
    msg.hdr = h;
    msg.pasid_valid = pv;
    msg.pasid = pv ? 32'(p) : 32'd0;
    msg_valid = 1;
    #1;
    while (!msg_ready) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 msg_valid = 0;
    repeat (2) @(negedge clk);
  endtask

  task automatic inject(input rp_pkg::rp_err_t e);
    @(negedge clk);
    inj = e;
    inj_valid = 1;
    #1;
    while (!err_ready[3]) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 inj_valid = 0;
    repeat (2) @(negedge clk);
  endtask

  task automatic send_cmd(input iommu_mem_pkg::cmd_ats_t c);
    @(negedge clk);
    cmd = iommu_mem_pkg::cmd_t'(c);
    cmd_valid = 1;
    #1;
    while (!cmd_ready) begin @(negedge clk); #1; end
    @(posedge clk);
    #1 cmd_valid = 0;
    repeat (2) @(negedge clk);
  endtask

  // ---------------------------------------------------------------------------------------
  // AER helpers
  // ---------------------------------------------------------------------------------------
  pcie_rp_cfg_pkg::aer_uncor_status_t ust;
  pcie_rp_cfg_pkg::aer_cap_ctrl_t     capc;
  task automatic rd_aer();
    logic [31:0] v;
    own_rd(pcie_rp_cfg_pkg::AER_UNCOR_STATUS_OFFSET, v);
    ust = pcie_rp_cfg_pkg::aer_uncor_status_t'(v);
    own_rd(pcie_rp_cfg_pkg::AER_CAP_CTRL_OFFSET, v);
    capc = pcie_rp_cfg_pkg::aer_cap_ctrl_t'(v);
  endtask
  task automatic clear_aer();
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_STATUS_OFFSET, '1, 4'hF);
    own_wr(pcie_rp_cfg_pkg::AER_COR_STATUS_OFFSET, '1, 4'hF);
    own_wr(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, '1, 4'hF);
    reg_wr(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, 16'hFFFF);
    reg_wr(pcie_rp_cfg_pkg::SECONDARY_STATUS_OFFSET, 2, 16'hFFFF);
  endtask
  function automatic int bitpos(input logic [31:0] v);
    for (int b = 0; b < 32; b++) if (v == (32'd1 << b)) return b;
    return -1;
  endfunction
  task automatic hdr_log(output logic [3:0][31:0] h, output logic [3:0][31:0] p);
    for (int k = 0; k < 4; k++) begin
      logic [31:0] v;
      own_rd(pcie_rp_cfg_pkg::AER_HEADER_LOG_OFFSET + 4 * k, v);
      h[k] = v;
      own_rd(pcie_rp_cfg_pkg::AER_TLP_PREFIX_LOG_OFFSET + 4 * k, v);
      p[k] = v;
    end
  endtask

  // Egress generator (third rp_tx source): 16 back-to-back 2-beat TLPs when gen_go is set.
  logic gen_go = 0;
  initial begin : generator
    forever begin
      wait (gen_go);
      for (int k = 0; k < 16; k++) begin
        for (int b = 0; b < 2; b++) begin
          @(negedge clk);
          gen = '0;
          gen.data = {32'(k * 2 + b), 32'hC0DE_0000};
          gen.keep = 2'b11;
          gen.sop = (b == 0);
          gen.eop = (b == 1);
          gen_valid = 1;
          #1;
          while (!src_ready[2]) begin @(negedge clk); #1; end
          @(posedge clk);
        end
      end
      @(negedge clk);
      gen_valid = 0;
      gen_go = 0;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Egress ordering: a second rp_tx, driven directly, with the root port's PREFER (sources 0
  // and 1 carry posted requests, source 2 completions). Source 1 queues two posted TLPs
  // while completions stream: after its first one a plain round robin would turn to the
  // completions; a completion must not pass the posted TLP still waiting (PCIe ordering).
  // ---------------------------------------------------------------------------------------
  logic [2:0]                   o_valid;
  logic [2:0]                   o_ready;
  rp_pkg::tlp_beat_t [2:0]      o_src;
  logic [63:0]                  o_data;
  logic [1:0]                   o_keep;
  logic                         o_sop, o_eop, o_tvalid;
  rp_tx #(.N(3), .PREFER(3'b011)) u_tx_order (
    .clk_i(clk), .rst_ni(rst_n),
    .src_valid_i(o_valid), .src_ready_o(o_ready), .src_i(o_src),
    .tx_tlp_data(o_data), .tx_tlp_keep(o_keep), .tx_tlp_sop(o_sop), .tx_tlp_eop(o_eop),
    .tx_tlp_valid(o_tvalid), .tx_tlp_ready(1'b1)
  );
  logic [2:0] o_go = '0;           // start source i's TLPs
  int unsigned o_count [3] = '{1, 2, 12};  // TLPs per source
  for (genvar i = 0; i < 3; i++) begin : g_o_src
    initial begin
      o_valid[i] = 1'b0;
      o_src[i] = '0;
      forever begin
        wait (o_go[i]);
        for (int k = 0; k < int'(o_count[i]); k++) begin
          for (int b = 0; b < 2; b++) begin
            @(negedge clk);
            o_src[i] = '0;
            o_src[i].data = {32'(k), 32'(i)};
            o_src[i].keep = 2'b11;
            o_src[i].sop = (b == 0);
            o_src[i].eop = (b == 1);
            o_valid[i] = 1'b1;
            #1;
            while (!o_ready[i]) begin @(negedge clk); #1; end
            @(posedge clk);
          end
        end
        @(negedge clk);
        o_valid[i] = 1'b0;
        o_go[i] = 1'b0;
      end
    end
  end
  // What left, in order (source of each TLP), and completions that started while a posted
  // TLP waited.
  int unsigned o_order [$];
  int unsigned o_viol = 0;
  always_ff @(posedge clk) begin
    if (rst_n && o_tvalid && o_sop) begin
      o_order.push_back(int'(o_data[1:0]));
      if (o_data[1:0] == 2'd2 && (o_valid[0] || o_valid[1])) o_viol++;
    end
  end

  // ---------------------------------------------------------------------------------------
  // The tests
  // ---------------------------------------------------------------------------------------
  initial begin : main
    logic [31:0] v;
    logic [63:0] d;
    logic [3:0][31:0] hl, pl;
    int unsigned n0, t0;
    tlp_pkg::tlp_cfg_req_t cr;
    tlp_pkg::tlp_mem_req_3dw_t mr;
    pcie_rp_cfg_pkg::devcap2_t dc2;
    pcie_rp_cfg_pkg::devcap_t dc;
    pcie_rp_cfg_pkg::devctl_t dctl, rdctl;
    pcie_rp_cfg_pkg::status_t pst;
    pcie_rp_cfg_pkg::devsta_t dsta;
    pcie_rp_cfg_pkg::secondary_status_t sst;
    pcie_rp_cfg_pkg::aer_root_err_status_t res;
    pcie_rp_cfg_pkg::aer_err_source_id_t esi;
    pcie_rp_cfg_pkg::rootsta_t rsta;
    pcie_rp_cfg_pkg::aer_cor_status_t cst;
    rp_pkg::rp_err_t e;
    iommu_mem_pkg::cmd_ats_t ac;
    iommu_mem_pkg::ats_prgr_payload_t pp;
    iommu_mem_pkg::ats_inval_payload_t ip;
    tlp_pkg::tlp_prg_resp_t prg;
    tlp_pkg::tlp_ats_inval_req_t inv;
    tlp_pkg::tlp_pasid_prefix_t pfx;
    logic [4:0] itag0;

    repeat (3) @(negedge clk);
    rst_n = 1;
    repeat (2) @(negedge clk);

    // ----- own configuration space ---------------------------------------------------------
    own_rd(pcie_rp_cfg_pkg::VENDOR_ID_OFFSET, v);
    check("own_vendor_device_id",
          v == {16'(pcie_rp_cfg_pkg::DEVICE_ID_RESET), 16'(pcie_rp_cfg_pkg::VENDOR_ID_RESET)},
          $sformatf("%h", v));
    host_rd(ecam_a(0, 0, 0, 0), d);
    check("own_read_other_lane_zero", d[63:32] == 0, $sformatf("%h", d));
    reg_rd(pcie_rp_cfg_pkg::DEVCAP2_OFFSET, 4, v);
    dc2 = pcie_rp_cfg_pkg::devcap2_t'(v);
    check("devcap2_prefix_supported_param", dc2.ee_prefix_supported == 1'b1, $sformatf("%h", v));
    check("devcap2_max_prefixes_param", dc2.max_ee_prefixes == 2'(MAXP), $sformatf("%h", v));
    check("devcap2_other_fields_reset",
          (v & ~32'h00E0_0000) == (32'(pcie_rp_cfg_pkg::DEVCAP2_RESET) & ~32'h00E0_0000),
          $sformatf("%h", v));
    reg_wr(pcie_rp_cfg_pkg::DEVCAP2_OFFSET, 4, 32'h0);
    reg_rd(pcie_rp_cfg_pkg::DEVCAP2_OFFSET, 4, v);
    check("devcap2_read_only", pcie_rp_cfg_pkg::devcap2_t'(v) == dc2, $sformatf("%h", v));
    reg_rd(pcie_rp_cfg_pkg::DEVCAP_OFFSET, 4, v);
    dc = pcie_rp_cfg_pkg::devcap_t'(v);
    check("devcap_mps_512", dc.max_payload_supported == 3'(pcie_rp_cfg_pkg::MPS_512B), $sformatf("%h", v));
    reg_rd(pcie_rp_cfg_pkg::ROOTCAP_OFFSET, 2, v);
    check("rootcap_crs_sv", v[0] == 1'b1, $sformatf("%h", v));
    // MPS WARL
    reg_rd(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, v);
    dctl = pcie_rp_cfg_pkg::devctl_t'(v[15:0]);
    dctl.max_payload_size = pcie_rp_cfg_pkg::MPS_512B;
    reg_wr(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, 32'(dctl));
    reg_rd(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, v);
    rdctl = pcie_rp_cfg_pkg::devctl_t'(v[15:0]);
    check("mps_512_kept", rdctl.max_payload_size == pcie_rp_cfg_pkg::MPS_512B
          && ctrl.max_payload_size == 3'd2, $sformatf("%h", v));
    dctl = pcie_rp_cfg_pkg::devctl_t'(32'(dctl) | (32'd5 << 5));  // max_payload_size = 7
    reg_wr(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, 32'(dctl));
    reg_rd(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, v);
    rdctl = pcie_rp_cfg_pkg::devctl_t'(v[15:0]);
    check("mps_1024_not_kept", rdctl.max_payload_size == pcie_rp_cfg_pkg::MPS_512B,
          $sformatf("%h", v));
    dctl.max_payload_size = pcie_rp_cfg_pkg::MPS_256B;
    reg_wr(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, 32'(dctl));
    check("mps_256_ctrl", ctrl.max_payload_size == 3'd1, $sformatf("%h", ctrl.max_payload_size));
    // Bus numbers: primary 0, secondary 1, subordinate 3
    own_wr(pcie_rp_cfg_pkg::PRIMARY_BUS_OFFSET, 32'h0003_0100, 4'b0111);
    check("bus_numbers", ctrl.primary_bus == 0 && ctrl.secondary_bus == 1 && ctrl.subordinate_bus == 3,
          $sformatf("%p", ctrl));
    // own write lane 1 (Command/Status at 0x04 from a QW-aligned address)
    own_wr(pcie_rp_cfg_pkg::COMMAND_OFFSET, 32'h0000_0006, 4'b0011);
    check("own_write_lane1", ctrl.mem_space_en && ctrl.bus_master_en, $sformatf("%p", ctrl));
    own_wr(pcie_rp_cfg_pkg::COMMAND_OFFSET, 32'h0000_0004, 4'b0011);
    check("mse_cleared", !ctrl.mem_space_en, "");

    // ----- ECAM to the link ------------------------------------------------------------------
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 2, 'h10));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        check("cfgrd0_type", cr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_CFGRD0 && txn[n0 % 64] == 3,
              $sformatf("%h n=%0d", cr.dw0.fmt_type, txn[n0 % 64]));
        check("cfgrd0_fields", cr.dw0.length == 1 && cr.requester_id == 16'h0000 && cr.bus == 1
              && cr.device == 0 && cr.func == 2 && cr.reg_num == 6'h4 && cr.ext_reg_num == 0
              && cr.first_be == 4'hF && cr.last_be == 0 && cr.dw0.tc == 0 && cr.dw0.attr == 0,
              $sformatf("%p", cr));
        check("np_pending", np_pending, "");
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 32'h1122_3344, 1);
    end
    finish_host(d);
    check("cfgrd0_data_on_r", d == {32'd0, 32'h4433_2211}, $sformatf("%h", d));
    // second read: next tag, ext register, lane 1
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 'h104));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        check("cfgrd0_ext_reg_lane1", cr.ext_reg_num == 1 && cr.reg_num == 6'h1, $sformatf("%p", cr));
        check("tag_increments", cr.tag == 8'd1, $sformatf("%0d", cr.tag));
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 32'hA0B0_C0D0, 1);
    end
    finish_host(d);
    check("cfgrd0_lane1_data", d == {32'hD0C0_B0A0, 32'd0}, $sformatf("%h", d));
    // write of both lanes: two CfgWr0, B after the second completion
    n0 = n_tx;
    b_seen = 0;
    start_wr(ecam_a(1, 0, 0, 'h18), 64'h8877_6655_4433_2211, 8'b1100_0011);
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        check("cfgwr0_lane0", cr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_CFGWR0 && txn[n0 % 64] == 4
              && cr.first_be == 4'b0011 && cr.reg_num == 6'h6 && txd[n0 % 64][3] == 32'h1122_3344,
              $sformatf("%p %h", cr, txd[n0 % 64][3]));
        repeat (20) @(negedge clk);
        check("cfgwr_no_b_before_cpl", !bvalid && n_tx == n0 + 1, "");
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 0, 0);
        wait_tx(n0 + 2);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[(n0+1) % 64][0], txd[(n0+1) % 64][1], txd[(n0+1) % 64][2]});
        check("cfgwr0_lane1", cr.first_be == 4'b1100 && cr.reg_num == 6'h7
              && txd[(n0+1) % 64][3] == 32'h5566_7788, $sformatf("%p %h", cr, txd[(n0+1) % 64][3]));
        check("cfgwr_no_b_before_second_cpl", !bvalid, "");
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 0, 0);
    end
    finish_host(d);
    check("cfgwr_b_done", n_tx == n0 + 2, "");
    // Type 1 beyond the secondary bus
    n0 = n_tx;
    start_rd(ecam_a(3, 4, 1, 'h0));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        check("cfgrd1", cr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_CFGRD1 && cr.bus == 3 && cr.device == 4
              && cr.func == 1, $sformatf("%p", cr));
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 32'h0100_0000, 1);
    end
    finish_host(d);
    check("cfgrd1_data", d[31:0] == 32'h0000_0001, $sformatf("%h", d));
    // not forwarded
    n0 = n_tx;
    host_rd(ecam_a(4, 0, 0, 0), d);
    check("bus_beyond_subordinate_ones", d == {32'd0, 32'hFFFF_FFFF}, $sformatf("%h", d));
    host_rd(ecam_a(1, 1, 0, 0), d);
    check("secondary_dev1_ones", d == {32'd0, 32'hFFFF_FFFF}, $sformatf("%h", d));
    host_rd(ecam_a(0, 3, 0, 4), d);
    check("root_bus_other_dev_ones", d == {32'hFFFF_FFFF, 32'd0}, $sformatf("%h", d));
    host_wr(ecam_a(4, 0, 0, 0), 64'h1, 8'h0F);
    repeat (5) @(negedge clk);
    check("not_forwarded_no_tlp", n_tx == n0, $sformatf("%0d", n_tx - n0));

    // ----- UR / CA / CRS / time-out ---------------------------------------------------------
    clear_aer();
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 0));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_UR, 0, 0);
    end
    finish_host(d);
    check("ur_cpl_ones", d[31:0] == 32'hFFFF_FFFF, $sformatf("%h", d));
    reg_rd(pcie_rp_cfg_pkg::SECONDARY_STATUS_OFFSET, 2, v);
    sst = pcie_rp_cfg_pkg::secondary_status_t'(v[15:0]);
    check("ur_cpl_received_master_abort", sst.received_master_abort && !sst.received_target_abort,
          $sformatf("%h", v));
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 0));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_CA, 0, 0);
    end
    finish_host(d);
    check("ca_cpl_ones", d[31:0] == 32'hFFFF_FFFF, $sformatf("%h", d));
    reg_rd(pcie_rp_cfg_pkg::SECONDARY_STATUS_OFFSET, 2, v);
    sst = pcie_rp_cfg_pkg::secondary_status_t'(v[15:0]);
    check("ca_cpl_received_target_abort", sst.received_target_abort, $sformatf("%h", v));
    rd_aer();
    check("rx_ur_ca_cpl_not_aer_errors", 32'(ust) == 0, $sformatf("%h", 32'(ust)));
    // CRS without software visibility: re-issued RETRIES times, then all ones
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 0));
    begin
        for (int k = 0; k <= RETRIES; k++) begin
          wait_tx(n0 + k + 1);
          cr = tlp_pkg::tlp_cfg_req_t'({txd[(n0+k) % 64][0], txd[(n0+k) % 64][1], txd[(n0+k) % 64][2]});
          send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_CRS, 0, 0);
        end
    end
    finish_host(d);
    check("crs_reissued", n_tx == n0 + RETRIES + 1, $sformatf("%0d", n_tx - n0));
    check("crs_exhausted_ones", d[31:0] == 32'hFFFF_FFFF, $sformatf("%h", d));
    // CRS, then success
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 8));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_CRS, 0, 0);
        wait_tx(n0 + 2);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[(n0+1) % 64][0], txd[(n0+1) % 64][1], txd[(n0+1) % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 32'h0604_0000, 1);
    end
    finish_host(d);
    check("crs_then_sc", d[31:0] == 32'h0000_0406 && n_tx == n0 + 2, $sformatf("%h", d));
    // CRS software visibility on a Vendor ID read
    reg_wr(pcie_rp_cfg_pkg::ROOTCTL_OFFSET, 2, 32'h10);
    check("crs_sv_enabled", ctrl.crs_sw_visibility_en, "");
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 0));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_CRS, 0, 0);
    end
    finish_host(d);
    check("crs_sv_vendor_0001", d[31:0] == 32'hFFFF_0001 && n_tx == n0 + 1, $sformatf("%h", d));
    // ... not on another register: re-issued
    n0 = n_tx;
    start_rd(ecam_a(1, 0, 0, 4));
    begin
        wait_tx(n0 + 1);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_CRS, 0, 0);
        wait_tx(n0 + 2);
        cr = tlp_pkg::tlp_cfg_req_t'({txd[(n0+1) % 64][0], txd[(n0+1) % 64][1], txd[(n0+1) % 64][2]});
        send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 32'h0700_0000, 1);
    end
    finish_host(d);
    check("crs_sv_other_reg_reissued", d[63:32] == 32'h0000_0007, $sformatf("%h", d));
    reg_wr(pcie_rp_cfg_pkg::ROOTCTL_OFFSET, 2, 32'h0);
    // completion time-out
    clear_aer();
    n0 = n_tx;
    t0 = cycle;
    host_rd(ecam_a(1, 0, 0, 0), d);
    check("timeout_ones", d[31:0] == 32'hFFFF_FFFF && n_tx == n0 + 1, $sformatf("%h", d));
    check("timeout_after_tmo", cycle - t0 >= TMO && cycle - t0 < TMO + 40, $sformatf("%0d", cycle - t0));
    $display("measure completion_timeout = %0d cycles host read to R (CPL_TIMEOUT_CYCLES %0d)", cycle - t0, TMO);
    rd_aer();
    check("timeout_aer_status", ust.completion_timeout, $sformatf("%h", 32'(ust)));
    check("timeout_fep", capc.first_error_pointer == 5'd14, $sformatf("%0d", capc.first_error_pointer));
    hdr_log(hl, pl);
    check("timeout_header_zero", hl == '0 && !capc.tlp_prefix_log_present, $sformatf("%h", hl));
    // a completion after the time-out is unexpected; the log is occupied by the time-out
    cr = tlp_pkg::tlp_cfg_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
    send_cpl(16'h0000, cr.tag, tlp_pkg::CPL_STATUS_SC, 32'h1, 1);
    rd_aer();
    check("late_cpl_unexpected", ust.unexpected_completion && ust.completion_timeout, $sformatf("%h", 32'(ust)));
    check("late_cpl_log_occupied", capc.first_error_pointer == 5'd14, $sformatf("%0d", capc.first_error_pointer));
    // free the log: an unexpected completion (wrong requester) is an advisory non-fatal
    // error; with Advisory Non-Fatal masked (the reset value) it is not logged (PCIe Figure
    // 6-2), unmasked it logs its header
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_STATUS_OFFSET, '1, 4'hF);
    send_cpl(16'h0800, 8'h4, tlp_pkg::CPL_STATUS_SC, 32'h1, 1);
    rd_aer();
    hdr_log(hl, pl);
    check("unexpected_cpl_masked_not_logged", ust.unexpected_completion && hl == '0,
          $sformatf("%h %h", 32'(ust), hl));
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_STATUS_OFFSET, '1, 4'hF);
    own_wr(pcie_rp_cfg_pkg::AER_COR_MASK_OFFSET, 32'(pcie_rp_cfg_pkg::AER_COR_MASK_RESET) & ~(32'd1 << 13), 4'hF);
    send_cpl(16'h0800, 8'h5, tlp_pkg::CPL_STATUS_SC, 32'h1, 1);
    rd_aer();
    hdr_log(hl, pl);
    check("unexpected_cpl_logged", ust.unexpected_completion && capc.first_error_pointer == 5'd16
          && hl[0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_CPLD) && hl[2][31:16] == 16'h0800
          && hl[2][15:8] == 8'h5 && hl[3] == 0, $sformatf("fep %0d %h", capc.first_error_pointer, hl));
    reg_rd(pcie_rp_cfg_pkg::AER_COR_STATUS_OFFSET, 4, v);
    cst = pcie_rp_cfg_pkg::aer_cor_status_t'(v);
    check("unexpected_cpl_advisory", cst.advisory_non_fatal, $sformatf("%h", v));

    // ----- MMIO window -----------------------------------------------------------------------
    clear_aer();
    n0 = n_tx;
    host_rd(MMIO + 32'h1004, d);
    check("mmio_mse_off_ones", d == {32'hFFFF_FFFF, 32'd0} && n_tx == n0, $sformatf("%h", d));
    rd_aer();
    hdr_log(hl, pl);
    check("mmio_mse_off_ur_logged", ust.unsupported_request
          && hl[0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_MRD32) && hl[2] == MMIO + 32'h1004,
          $sformatf("%h %h", 32'(ust), hl));
    own_wr(pcie_rp_cfg_pkg::AER_COR_MASK_OFFSET, 32'(pcie_rp_cfg_pkg::AER_COR_MASK_RESET), 4'hF);
    // window 0x400..0x40F (addresses MMIO .. MMIO + 16 MiB - 1) and MSE
    reg_wr(pcie_rp_cfg_pkg::MEMORY_BASE_OFFSET, 2, 32'(MMIO[31:20]) << 4);
    reg_wr(pcie_rp_cfg_pkg::MEMORY_LIMIT_OFFSET, 2, 32'(MMIO[31:20] + 12'hF) << 4);
    own_wr(pcie_rp_cfg_pkg::COMMAND_OFFSET, 32'h0000_0006, 4'b0011);
    n0 = n_tx;
    start_rd(MMIO + 32'h1004);
    begin
        wait_tx(n0 + 1);
        mr = tlp_pkg::tlp_mem_req_3dw_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
        check("mrd32", mr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_MRD32 && mr.dw0.length == 1
              && {mr.address, 2'b00} == MMIO + 32'h1004 && mr.first_be == 4'hF && mr.last_be == 0,
              $sformatf("%p", mr));
        send_cpl(16'h0000, mr.tag, tlp_pkg::CPL_STATUS_SC, 32'hDEAD_BEEF, 1);
    end
    finish_host(d);
    check("mrd32_data", d == {32'hEFBE_ADDE, 32'd0}, $sformatf("%h", d));
    n0 = n_tx;
    host_wr(MMIO + 32'h2000, 64'h0807_0605_0403_0201, 8'b1111_1110);
    wait_tx(n0 + 1);
    mr = tlp_pkg::tlp_mem_req_3dw_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
    check("mwr32_two_dw", mr.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_MWR32 && mr.dw0.length == 2
          && mr.first_be == 4'b1110 && mr.last_be == 4'hF && {mr.address, 2'b00} == MMIO + 32'h2000
          && txn[n0 % 64] == 5 && txd[n0 % 64][3] == 32'h0102_0304 && txd[n0 % 64][4] == 32'h0506_0708,
          $sformatf("%p %h %h", mr, txd[n0 % 64][3], txd[n0 % 64][4]));
    n0 = n_tx;
    host_wr(MMIO + 32'h2008, 64'hAABB_CCDD_0000_0000, 8'b1111_0000);
    wait_tx(n0 + 1);
    mr = tlp_pkg::tlp_mem_req_3dw_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2]});
    check("mwr32_lane1", mr.dw0.length == 1 && {mr.address, 2'b00} == MMIO + 32'h200C
          && mr.first_be == 4'hF && txd[n0 % 64][3] == 32'hDDCC_BBAA, $sformatf("%p", mr));
    n0 = n_tx;
    host_rd(MMIO + 32'h0100_0000, d);
    host_wr(MMIO + 32'h0100_0000, 64'h1, 8'h0F);
    repeat (5) @(negedge clk);
    check("mmio_outside_window", n_tx == n0 && d[31:0] == 32'hFFFF_FFFF, $sformatf("%h", d));
    // prefetchable window also opens it
    reg_wr(pcie_rp_cfg_pkg::PREF_MEMORY_BASE_OFFSET, 2, 32'(MMIO[31:20] + 12'h10) << 4);
    reg_wr(pcie_rp_cfg_pkg::PREF_MEMORY_LIMIT_OFFSET, 2, 32'(MMIO[31:20] + 12'h10) << 4);
    n0 = n_tx;
    host_wr(MMIO + 32'h0100_0000, 64'h1, 8'h0F);
    wait_tx(n0 + 1);
    check("mmio_pref_window", n_tx == n0 + 1, "");

    // ----- AER from injected events ---------------------------------------------------------
    clear_aer();
    e = '0;
    e.kind = rp_pkg::ERR_MALFORMED;
    e.log_valid = 1;
    e.posted = 1;
    e.source_id = 16'h0100;
    e.header = {32'h4444_4444, 32'h3333_3333, 32'h0100_00FF, 32'h6000_0001};
    e.prefix_count = 1;
    e.prefix[0] = 32'h9100_0042;
    inject(e);
    rd_aer();
    hdr_log(hl, pl);
    check("malformed_status", ust.malformed_tlp, $sformatf("%h", 32'(ust)));
    check("malformed_fep", capc.first_error_pointer == 5'd18, $sformatf("%0d", capc.first_error_pointer));
    check("malformed_header_log", hl == e.header, $sformatf("%h", hl));
    check("malformed_prefix_log", pl == {96'd0, 32'h9100_0042} && capc.tlp_prefix_log_present,
          $sformatf("%h", pl));
    reg_rd(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, v);
    dsta = pcie_rp_cfg_pkg::devsta_t'(v[15:0]);
    check("malformed_fatal_by_severity", dsta.fatal_err_detected && !dsta.non_fatal_err_detected,
          $sformatf("%h", v));
    // a second error: status set, log kept
    e.kind = rp_pkg::ERR_POISONED;
    e.header = {32'h0, 32'h0, 32'h0, 32'h4A00_0001};
    e.prefix_count = 0;
    e.prefix = '0;
    inject(e);
    rd_aer();
    hdr_log(hl, pl);
    check("second_error_status", ust.poisoned_tlp_received && ust.malformed_tlp, $sformatf("%h", 32'(ust)));
    check("second_error_log_kept", capc.first_error_pointer == 5'd18 && hl[0] == 32'h6000_0001
          && pl[0] == 32'h9100_0042, $sformatf("%h", hl));
    reg_rd(pcie_rp_cfg_pkg::SECONDARY_STATUS_OFFSET, 2, v);
    sst = pcie_rp_cfg_pkg::secondary_status_t'(v[15:0]);
    check("poisoned_detected_parity", sst.detected_parity_error, $sformatf("%h", v));
    // clear the first error: the next one is logged
    own_wr(AER + 'h04, 32'(1) << 18, 4'hF);
    e.kind = rp_pkg::ERR_ACS_VIOLATION;
    e.header = {32'h0, 32'h0, 32'h1, 32'h0000_0001};
    inject(e);
    rd_aer();
    hdr_log(hl, pl);
    check("log_after_clear", capc.first_error_pointer == 5'd21 && hl[1] == 32'h1 && !capc.tlp_prefix_log_present
          && pl == '0, $sformatf("fep %0d %h", capc.first_error_pointer, hl));
    // masked: status set (7.8.4.3), no log; Device Status Non-Fatal Error Detected set all the
    // same (7.5.3.5: regardless of the Uncorrectable Error Mask; ACS Violation is non-fatal)
    clear_aer();
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_MASK_OFFSET, 32'(1) << 21, 4'hF);
    e.kind = rp_pkg::ERR_ACS_VIOLATION;
    e.header = {32'h0, 32'h0, 32'h2, 32'h0000_0002};
    inject(e);
    rd_aer();
    hdr_log(hl, pl);
    reg_rd(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, v);
    dsta = pcie_rp_cfg_pkg::devsta_t'(v[15:0]);
    check("masked_status_set", ust.acs_violation, $sformatf("%h", 32'(ust)));
    check("masked_not_logged", hl[1] == 32'h1, $sformatf("%h", hl));
    check("masked_in_devsta", dsta.non_fatal_err_detected && !dsta.fatal_err_detected, $sformatf("%h", v));
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_MASK_OFFSET, 32'(pcie_rp_cfg_pkg::AER_UNCOR_MASK_RESET), 4'hF);
    // UR received, posted, non-fatal: Device Status UR + Non-Fatal, own error to Root Error Status
    clear_aer();
    reg_wr(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, 32'(dctl) | 32'hF);  // all reporting enables
    e.kind = rp_pkg::ERR_UR;
    e.posted = 1;
    inject(e);
    reg_rd(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, v);
    dsta = pcie_rp_cfg_pkg::devsta_t'(v[15:0]);
    check("ur_posted_devsta", dsta.unsupported_req_detected && dsta.non_fatal_err_detected
          && !dsta.correctable_err_detected, $sformatf("%h", v));
    own_rd(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, v);
    res = pcie_rp_cfg_pkg::aer_root_err_status_t'(v);
    own_rd(pcie_rp_cfg_pkg::AER_ERR_SOURCE_ID_OFFSET, v);
    esi = pcie_rp_cfg_pkg::aer_err_source_id_t'(v);
    check("own_error_root_status", res.fatal_non_fatal_received && res.non_fatal_msg_received
          && !res.first_uncor_fatal && esi.fatal_non_fatal_source_id == my_id, $sformatf("%h", v));
    // UR non-posted, non-fatal: advisory (correctable)
    clear_aer();
    e.posted = 0;
    inject(e);
    reg_rd(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, v);
    dsta = pcie_rp_cfg_pkg::devsta_t'(v[15:0]);
    reg_rd(pcie_rp_cfg_pkg::AER_COR_STATUS_OFFSET, 4, v);
    cst = pcie_rp_cfg_pkg::aer_cor_status_t'(v);
    check("ur_nonposted_advisory_masked_by_default", dsta.unsupported_req_detected
          && !dsta.correctable_err_detected && !dsta.non_fatal_err_detected && cst.advisory_non_fatal,
          $sformatf("%h", 32'(dsta)));
    own_rd(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, v);
    res = pcie_rp_cfg_pkg::aer_root_err_status_t'(v);
    check("advisory_masked_not_reported", !res.cor_received && !res.fatal_non_fatal_received,
          $sformatf("%h", v));
    // unmask Advisory Non-Fatal: correctable, reported as ERR_COR
    clear_aer();
    own_wr(pcie_rp_cfg_pkg::AER_COR_MASK_OFFSET, 32'(pcie_rp_cfg_pkg::AER_COR_MASK_RESET) & ~(32'd1 << 13), 4'hF);
    inject(e);
    reg_rd(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, v);
    dsta = pcie_rp_cfg_pkg::devsta_t'(v[15:0]);
    check("ur_nonposted_advisory", dsta.unsupported_req_detected && dsta.correctable_err_detected
          && !dsta.non_fatal_err_detected, $sformatf("%h", 32'(dsta)));
    own_rd(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, v);
    res = pcie_rp_cfg_pkg::aer_root_err_status_t'(v);
    own_rd(pcie_rp_cfg_pkg::AER_ERR_SOURCE_ID_OFFSET, v);
    esi = pcie_rp_cfg_pkg::aer_err_source_id_t'(v);
    check("advisory_reported_cor", res.cor_received && !res.fatal_non_fatal_received
          && esi.cor_source_id == my_id, $sformatf("%h", v));
    own_wr(pcie_rp_cfg_pkg::AER_COR_MASK_OFFSET, 32'(pcie_rp_cfg_pkg::AER_COR_MASK_RESET), 4'hF);
    // severity change: UR fatal -> not advisory
    clear_aer();
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_SEVERITY_OFFSET,
           32'(pcie_rp_cfg_pkg::AER_UNCOR_SEVERITY_RESET) | (32'd1 << 20), 4'hF);
    inject(e);
    reg_rd(pcie_rp_cfg_pkg::DEVSTA_OFFSET, 2, v);
    dsta = pcie_rp_cfg_pkg::devsta_t'(v[15:0]);
    check("ur_fatal_severity", dsta.fatal_err_detected && !dsta.correctable_err_detected, $sformatf("%h", v));
    own_wr(pcie_rp_cfg_pkg::AER_UNCOR_SEVERITY_OFFSET, 32'(pcie_rp_cfg_pkg::AER_UNCOR_SEVERITY_RESET), 4'hF);
    reg_wr(pcie_rp_cfg_pkg::DEVCTL_OFFSET, 2, 32'(dctl));

    // ----- messages from the link -----------------------------------------------------------
    clear_aer();
    check("no_irq_idle", !irq, "");
    own_wr(pcie_rp_cfg_pkg::AER_ROOT_ERR_CMD_OFFSET, 32'h7, 4'hF);
    send_msg(tlp_pkg::MSG_CODE_ERR_COR, 16'h0100);
    own_rd(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, v);
    res = pcie_rp_cfg_pkg::aer_root_err_status_t'(v);
    own_rd(pcie_rp_cfg_pkg::AER_ERR_SOURCE_ID_OFFSET, v);
    esi = pcie_rp_cfg_pkg::aer_err_source_id_t'(v);
    check("err_cor_msg", res.cor_received && !res.multi_cor_received && esi.cor_source_id == 16'h0100,
          $sformatf("%h %h", 32'(res), v));
    check("irq_on_cor", irq, "");
    send_msg(tlp_pkg::MSG_CODE_ERR_COR, 16'h0108);
    own_rd(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, v);
    res = pcie_rp_cfg_pkg::aer_root_err_status_t'(v);
    own_rd(pcie_rp_cfg_pkg::AER_ERR_SOURCE_ID_OFFSET, v);
    esi = pcie_rp_cfg_pkg::aer_err_source_id_t'(v);
    check("err_cor_multi", res.multi_cor_received && esi.cor_source_id == 16'h0100, $sformatf("%h", v));
    send_msg(tlp_pkg::MSG_CODE_ERR_FATAL, 16'h0110);
    send_msg(tlp_pkg::MSG_CODE_ERR_NONFATAL, 16'h0118);
    own_rd(pcie_rp_cfg_pkg::AER_ROOT_ERR_STATUS_OFFSET, v);
    res = pcie_rp_cfg_pkg::aer_root_err_status_t'(v);
    own_rd(pcie_rp_cfg_pkg::AER_ERR_SOURCE_ID_OFFSET, v);
    esi = pcie_rp_cfg_pkg::aer_err_source_id_t'(v);
    check("err_fatal_first", res.fatal_non_fatal_received && res.first_uncor_fatal && res.fatal_msg_received
          && res.non_fatal_msg_received && res.multi_fatal_non_fatal_received
          && esi.fatal_non_fatal_source_id == 16'h0110, $sformatf("%h %h", 32'(res), v));
    reg_rd(pcie_rp_cfg_pkg::SECONDARY_STATUS_OFFSET, 2, v);
    sst = pcie_rp_cfg_pkg::secondary_status_t'(v[15:0]);
    check("err_msg_received_system_error", sst.received_system_error, $sformatf("%h", v));
    own_wr(pcie_rp_cfg_pkg::COMMAND_OFFSET, 32'h0000_0406, 4'b0011);  // Interrupt Disable
    check("intx_disable_masks_irq", !irq, "");
    reg_rd(pcie_rp_cfg_pkg::STATUS_OFFSET, 2, v);
    pst = pcie_rp_cfg_pkg::status_t'(v[15:0]);
    check("interrupt_status_pending", pst.interrupt_status, $sformatf("%h", v));
    own_wr(pcie_rp_cfg_pkg::COMMAND_OFFSET, 32'h0000_0006, 4'b0011);
    clear_aer();
    check("irq_cleared", !irq, "");
    // unsupported messages: vendor type 0 with a PASID prefix -> UR logged with its prefix
    send_msg(tlp_pkg::MSG_CODE_VENDOR_TYPE0, 16'h0100, 1, 20'h12345);
    rd_aer();
    hdr_log(hl, pl);
    check("vdm0_ur", ust.unsupported_request && capc.first_error_pointer == 5'd20, $sformatf("%h", 32'(ust)));
    check("vdm0_header_prefix_log", hl[1][7:0] == 8'(tlp_pkg::MSG_CODE_VENDOR_TYPE0)
          && pl[0] == {8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID), 4'd0, 20'h12345} && capc.tlp_prefix_log_present,
          $sformatf("%h %h", hl, pl));
    clear_aer();
    send_msg(tlp_pkg::MSG_CODE_VENDOR_TYPE1, 16'h0100);
    rd_aer();
    check("vdm1_dropped", 32'(ust) == 0, $sformatf("%h", 32'(ust)));
    send_msg(tlp_pkg::MSG_CODE_PAGE_REQUEST, 16'h0100, 1, 20'h5);
    rd_aer();
    check("page_request_ur_without_pri", ust.unsupported_request && !ats_msg_valid && !pr_valid, $sformatf("%h", 32'(ust)));
    clear_aer();
    // PME
    reg_wr(pcie_rp_cfg_pkg::ROOTCTL_OFFSET, 2, 32'h8);  // PME Interrupt Enable
    send_msg(tlp_pkg::MSG_CODE_PM_PME, 16'h0120);
    send_msg(tlp_pkg::MSG_CODE_PM_PME, 16'h0128);
    reg_rd(pcie_rp_cfg_pkg::ROOTSTA_OFFSET, 4, v);
    rsta = pcie_rp_cfg_pkg::rootsta_t'(v);
    check("pme_status", rsta.pme_status && rsta.pme_requester_id == 16'h0120 && rsta.pme_pending,
          $sformatf("%h", v));
    check("pme_irq", irq, "");
    own_wr(pcie_rp_cfg_pkg::ROOTSTA_OFFSET, v, 4'hF);  // clear PME Status: the held PME comes
    repeat (3) @(negedge clk);
    reg_rd(pcie_rp_cfg_pkg::ROOTSTA_OFFSET, 4, v);
    rsta = pcie_rp_cfg_pkg::rootsta_t'(v);
    check("pme_pending_delivered", rsta.pme_status && rsta.pme_requester_id == 16'h0128 && !rsta.pme_pending,
          $sformatf("%h", v));
    own_wr(pcie_rp_cfg_pkg::ROOTSTA_OFFSET, v, 4'hF);
    reg_wr(pcie_rp_cfg_pkg::ROOTCTL_OFFSET, 2, 32'h0);

    // ----- ATS commands ------------------------------------------------------------------------
    ac = '0;
    ac.opcode = iommu_mem_pkg::CMD_OPCODE_ATS;
    ac.func3 = iommu_mem_pkg::ATS_FUNC3_PRGR;
    ac.rid = 16'h0108;
    pp = '0;
    pp.resp_code = iommu_mem_pkg::PRG_RESP_INVALID;
    pp.prgi = 9'h1A5;
    ac.payload = 64'(pp);
    n0 = n_tx;
    send_cmd(ac);
    wait_tx(n0 + 1);
    prg = tlp_pkg::tlp_prg_resp_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2], txd[n0 % 64][3]});
    check("prgr_no_prefix", txn[n0 % 64] == 4 && prg.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_MSG_ID
          && prg.msg_code == tlp_pkg::MSG_CODE_PRG_RESPONSE && prg.destination_id == 16'h0108
          && prg.resp_code == tlp_pkg::PRG_RESP_CODE_INVALID_REQUEST && prg.prg_index == 9'h1A5
          && prg.requester_id == my_id && prg.dw0.length == 0, $sformatf("%p", prg));
    ac.pv = 1;
    ac.pid = 20'hABCDE;
    n0 = n_tx;
    send_cmd(ac);
    wait_tx(n0 + 1);
    pfx = tlp_pkg::tlp_pasid_prefix_t'(txd[n0 % 64][0]);
    prg = tlp_pkg::tlp_prg_resp_t'({txd[n0 % 64][1], txd[n0 % 64][2], txd[n0 % 64][3], txd[n0 % 64][4]});
    check("prgr_prefix", txn[n0 % 64] == 5 && pfx.fmt_type == tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID
          && pfx.pasid == 20'hABCDE && !pfx.pmr && !pfx.er && prg.prg_index == 9'h1A5,
          $sformatf("%h %p", txd[n0 % 64][0], prg));
    check("prefix_spec_bits", txd[n0 % 64][0] == 32'h910A_BCDE, $sformatf("%h", txd[n0 % 64][0]));
    ac.func3 = iommu_mem_pkg::ATS_FUNC3_INVAL;
    ip = '0;
    ip.addr = 52'h12_3456_789A_B;
    ip.s = 1;
    ip.g = 1;
    ac.payload = 64'(ip);
    n0 = n_tx;
    send_cmd(ac);
    wait_tx(n0 + 1);
    inv = tlp_pkg::tlp_ats_inval_req_t'({txd[n0 % 64][1], txd[n0 % 64][2], txd[n0 % 64][3], txd[n0 % 64][4]});
    itag0 = inv.itag;
    check("inval_prefix", txn[n0 % 64] == 7 && txd[n0 % 64][0] == 32'h910A_BCDE
          && inv.dw0.fmt_type == tlp_pkg::TLP_FMT_TYPE_MSGD_ID && inv.dw0.length == 2
          && inv.msg_code == tlp_pkg::MSG_CODE_ATS_INVALIDATE_REQUEST && inv.device_id == 16'h0108,
          $sformatf("%p", inv));
    check("inval_payload", {txd[n0 % 64][5], txd[n0 % 64][6]} == {52'h12_3456_789A_B, 1'b1, 10'd0, 1'b1},
          $sformatf("%h %h", txd[n0 % 64][5], txd[n0 % 64][6]));
    ac.pv = 0;
    n0 = n_tx;
    send_cmd(ac);
    wait_tx(n0 + 1);
    inv = tlp_pkg::tlp_ats_inval_req_t'({txd[n0 % 64][0], txd[n0 % 64][1], txd[n0 % 64][2], txd[n0 % 64][3]});
    check("inval_no_prefix_itag_rr", txn[n0 % 64] == 6 && inv.itag == itag0 + 1
          && inv.msg_code == tlp_pkg::MSG_CODE_ATS_INVALIDATE_REQUEST, $sformatf("%p", inv));
    // prefix blocking
    clear_aer();
    reg_wr(pcie_rp_cfg_pkg::DEVCTL2_OFFSET, 2, 32'h8000);
    check("prefix_blocking_ctrl", ctrl.ee_prefix_blocking, "");
    ac.pv = 1;
    ac.pid = 20'h00777;
    n0 = n_tx;
    send_cmd(ac);
    repeat (10) @(negedge clk);
    check("blocked_not_sent", n_tx == n0, $sformatf("%0d", n_tx - n0));
    rd_aer();
    hdr_log(hl, pl);
    check("blocked_aer", ust.tlp_prefix_blocked && capc.first_error_pointer == 5'd25
          && capc.tlp_prefix_log_present && pl[0] == 32'h9100_0777
          && hl[1][7:0] == 8'(tlp_pkg::MSG_CODE_ATS_INVALIDATE_REQUEST),
          $sformatf("%h %h %h", 32'(ust), hl, pl));
    ac.pv = 0;
    n0 = n_tx;
    send_cmd(ac);
    wait_tx(n0 + 1);
    check("blocking_passes_unprefixed", n_tx == n0 + 1 && txn[n0 % 64] == 6, "");
    reg_wr(pcie_rp_cfg_pkg::DEVCTL2_OFFSET, 2, 32'h0);

    // ----- egress arbiter ------------------------------------------------------------------
    // a generator of back-to-back 2-beat TLPs: no bubble; an ATS message meanwhile is sent whole
    n0 = n_tx;
    gen_go = 1;
    repeat (5) @(negedge clk);
    ac.pv = 1;
    send_cmd(ac);
    wait (!gen_go);
    wait_tx(n0 + 17);
    begin
      int gens, ats_seen, bubbles;
      gens = 0;
      ats_seen = 0;
      bubbles = 0;
      for (int k = 0; k < 17; k++) begin
        int idx;
        idx = (n0 + k) % 64;
        if (txd[idx][0] == 32'hC0DE_0000 && txn[idx] == 4) gens++;
        if (txd[idx][0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID) && txn[idx] == 7) ats_seen++;
      end
      check("arbiter_whole_tlps", gens == 16 && ats_seen == 1, $sformatf("gens %0d ats %0d", gens, ats_seen));
      t0 = first_beat_cycle[n0 % 64];
      $display("measure egress = 17 TLPs (16 x 2 beats + 1 x 4 beats) in %0d cycles",
               first_beat_cycle[(n0 + 16) % 64] + 4 - t0);
      // the generator's TLPs are back to back except where the ATS message went between
      for (int k = 1; k < 17; k++) begin
        int a, b;
        a = (n0 + k - 1) % 64;
        b = (n0 + k) % 64;
        if (first_beat_cycle[b] - first_beat_cycle[a] != (txn[a] + 1) / 2) bubbles++;
      end
      check("arbiter_no_bubble", bubbles == 0, $sformatf("%0d bubbles", bubbles));
    end

    // ordering: completions stream; one posted TLP from source 0 and two from source 1 queue
    o_go[2] = 1'b1;
    repeat (4) @(negedge clk);
    o_go[0] = 1'b1;
    o_go[1] = 1'b1;
    wait (o_go == 3'b000);
    repeat (2) @(negedge clk);
    begin
      int p1 [$];
      foreach (o_order[k]) if (o_order[k] == 1) p1.push_back(k);
      check("arbiter_posted_first", o_viol == 0 && o_order.size() == 15 && p1.size() == 2
            && p1[1] == p1[0] + 1,
            $sformatf("%0d completions passed a posted TLP; order %p", o_viol, o_order));
    end

    // tx back-pressure: the link stalls, nothing is lost
    n0 = n_tx;
    tx_ready = 0;
    ac.pv = 0;
    send_cmd(ac);
    repeat (5) @(negedge clk);
    check("stalled_link_holds", tx_valid && n_tx == n0, "");
    tx_ready = 1;
    wait_tx(n0 + 1);
    check("stalled_link_resumes", n_tx == n0 + 1 && txn[n0 % 64] == 6, "");

    $display("checks: %0d ok, %0d failed", n_ok, n_fail);
    if (n_fail == 0) $display("PASS");
    $finish;
  end

  initial begin
    #2000000;
    $display("FAIL timeout");
    $finish;
  end
endmodule

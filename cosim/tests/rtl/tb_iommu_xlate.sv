// Unit testbench of iommu_xlate: a memory model with latency and refused pages, tables
// built by tasks, and checks whose expected values come from the specification as the
// reference model reads it (cosim/model/src/translate.rs). Prints "ok <name>" per passed
// check, "FAIL <name>: ..." per failed one, the measured numbers, and PASS at the end.
`timescale 1ns / 1ps
`default_nettype none

module tb_iommu_xlate;
  // verilator lint_off UNUSEDSIGNAL
  // verilator lint_off UNUSEDPARAM
  typedef iommu_xlate_pkg::xlate_req_t req_t;
  typedef iommu_xlate_pkg::xlate_rsp_t rsp_t;

  localparam logic [1:0] K_U = 2'(iommu_xlate_pkg::XLATE_KIND_UNTRANSLATED);
  localparam logic [1:0] K_T = 2'(iommu_xlate_pkg::XLATE_KIND_TRANSLATED);
  localparam logic [1:0] K_A = 2'(iommu_xlate_pkg::XLATE_KIND_ATS);
  localparam logic [1:0] K_P = 2'(iommu_xlate_pkg::XLATE_KIND_PAGE_REQUEST);
  localparam logic [1:0] ST_OK = 2'(iommu_xlate_pkg::XLATE_STATUS_OK);
  localparam logic [1:0] ST_FAULT = 2'(iommu_xlate_pkg::XLATE_STATUS_FAULT);
  localparam logic [1:0] ST_UR = 2'(iommu_xlate_pkg::XLATE_STATUS_ATS_UR);
  localparam logic [1:0] ST_CA = 2'(iommu_xlate_pkg::XLATE_STATUS_ATS_CA);

  logic clk = 0, rst_n = 0;
  always #5 clk = ~clk;
  int unsigned cycle = 0;
  always @(posedge clk) cycle <= cycle + 1;

  // DUT ports
  logic req_valid = 0, req_ready, rsp_valid, rsp_ready = 1;
  req_t req = '0;
  rsp_t rsp;
  logic dbg_req_valid = 0, dbg_req_ready, dbg_rsp_valid, dbg_rsp_ready = 1;
  req_t dbg_req = '0;
  rsp_t dbg_rsp;
  iommu_regs_pkg::iommu_mode_t ddtp_mode = iommu_regs_pkg::IOMMU_MODE_OFF;
  logic [43:0] ddtp_ppn = '0;
  logic idle;
  logic mem_rd_req_valid, mem_rd_req_ready = 1, mem_rd_rsp_valid = 0, mem_rd_rsp_ready;
  iommu_core_pkg::mem_rd_req_t mem_rd_req;
  iommu_core_pkg::mem_rd_rsp_t mem_rd_rsp = '0;
  logic fault_valid, fault_ready = 1;
  iommu_mem_pkg::fault_record_t fault;
  logic inval_valid = 0, inval_ready;
  iommu_core_pkg::inval_req_t inval = '0;

  iommu_xlate dut (
    .clk_i(clk), .rst_ni(rst_n),
    .req_valid_i(req_valid), .req_ready_o(req_ready), .req_i(req),
    .rsp_valid_o(rsp_valid), .rsp_ready_i(rsp_ready), .rsp_o(rsp),
    .dbg_req_valid_i(dbg_req_valid), .dbg_req_ready_o(dbg_req_ready), .dbg_req_i(dbg_req),
    .dbg_rsp_valid_o(dbg_rsp_valid), .dbg_rsp_ready_i(dbg_rsp_ready), .dbg_rsp_o(dbg_rsp),
    .ddtp_mode_i(ddtp_mode), .ddtp_ppn_i(ddtp_ppn), .idle_o(idle),
    .mem_rd_req_valid_o(mem_rd_req_valid), .mem_rd_req_ready_i(mem_rd_req_ready),
    .mem_rd_req_o(mem_rd_req), .mem_rd_rsp_valid_i(mem_rd_rsp_valid),
    .mem_rd_rsp_ready_o(mem_rd_rsp_ready), .mem_rd_rsp_i(mem_rd_rsp),
    .fault_valid_o(fault_valid), .fault_ready_i(fault_ready), .fault_o(fault),
    .inval_valid_i(inval_valid), .inval_ready_o(inval_ready), .inval_i(inval)
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
  // Memory: 8-byte words, fixed latency from request to first beat, refused pages
  // ---------------------------------------------------------------------------------------
  logic [63:0] mem [logic [55:0]];
  bit refused [logic [43:0]];
  int unsigned mem_lat = 2;  // cycles from the request handshake to the first beat
  int unsigned n_reads = 0;
  typedef struct {
    logic [3:0]  id;
    logic [55:0] addr;
    int unsigned beats;
    int unsigned due;
  } pending_t;
  pending_t pend[$];
  int unsigned beat_i = 0;
  int unsigned last_req_cycle = 0, last_beat_cycle = 0;

  function automatic logic [63:0] rd64(input logic [55:0] a);
    return mem.exists(a) ? mem[a] : 64'd0;
  endfunction
  task automatic wr64(input logic [55:0] a, input logic [63:0] d);
    mem[a] = d;
  endtask

  always @(posedge clk) begin
    if (mem_rd_req_valid && mem_rd_req_ready) begin
      pend.push_back('{id: mem_rd_req.id, addr: mem_rd_req.addr,
                       beats: 32'(mem_rd_req.beats_m1) + 1, due: cycle + mem_lat});
      n_reads++;
      last_req_cycle = cycle;
    end
    if (mem_rd_rsp_valid && mem_rd_rsp_ready && mem_rd_rsp.last) last_beat_cycle = cycle;
  end
  always @(negedge clk) begin
    mem_rd_rsp_valid = 0;
    mem_rd_rsp = '0;
    if (pend.size() > 0 && pend[0].due <= cycle) begin
      logic [55:0] a;
      a = pend[0].addr + 56'(8 * beat_i);
      mem_rd_rsp_valid = 1;
      mem_rd_rsp.id = pend[0].id;
      mem_rd_rsp.data = rd64(a);
      mem_rd_rsp.err = refused.exists(a[55:12]);
      mem_rd_rsp.last = beat_i + 1 == pend[0].beats;
    end
  end
  always @(posedge clk) begin
    if (mem_rd_rsp_valid && mem_rd_rsp_ready) begin
      if (mem_rd_rsp.last) begin
        void'(pend.pop_front());
        beat_i = 0;
      end else beat_i++;
    end
  end

  // Page allocator.
  logic [43:0] next_page = 44'h100;
  function automatic logic [43:0] alloc();
    alloc = next_page;
    next_page++;
  endfunction

  // ---------------------------------------------------------------------------------------
  // Table builders
  // ---------------------------------------------------------------------------------------
  // Non-leaf entries (DDTE/PDTE/PTE pointer) share one form: V and PPN.
  function automatic logic [63:0] ptr(input logic [43:0] ppn);
    iommu_mem_pkg::ddte_t e;
    e = '0;
    e.v = 1;
    e.ppn = ppn;
    return e;
  endfunction

  // The table at 'ppn' slot 'idx' (8-byte entries): reuse its pointer or make one.
  function automatic logic [43:0] descend(input logic [43:0] ppn, input int unsigned idx);
    logic [55:0] a;
    iommu_mem_pkg::ddte_t e;
    a = {ppn, 12'h0} + 56'(8 * idx);
    e = rd64(a);
    if (!e.v) begin
      e = ptr(alloc());
      mem[a] = e;
    end
    return e.ppn;
  endfunction

  function automatic int unsigned ddi(input logic [23:0] did, input int l);
    case (l)
      0: return 32'(did[6:0]);
      1: return 32'(did[15:7]);
      default: return 32'(did[23:16]);
    endcase
  endfunction
  function automatic int unsigned pdi(input logic [19:0] pid, input int l);
    case (l)
      0: return 32'(pid[7:0]);
      1: return 32'(pid[16:8]);
      default: return 32'(pid[19:17]);
    endcase
  endfunction

  // Address of the DC of 'did' in a DDT of 'levels' levels at 'root'.
  function automatic logic [55:0] dc_addr(input logic [43:0] root, input int levels,
                                          input logic [23:0] did);
    logic [43:0] t;
    t = root;
    for (int l = levels - 1; l > 0; l--) t = descend(t, ddi(did, l));
    return {t, 12'h0} + 56'(32 * ddi(did, 0));
  endfunction

  task automatic put_dc(input logic [43:0] root, input int levels, input logic [23:0] did,
                        input iommu_mem_pkg::device_context_t dc);
    logic [55:0] a;
    a = dc_addr(root, levels, did);
    for (int k = 0; k < 4; k++) mem[a + 56'(8 * k)] = dc[64 * k +: 64];
  endtask

  function automatic logic [55:0] pc_addr(input logic [43:0] root, input int levels,
                                          input logic [19:0] pid);
    logic [43:0] t;
    t = root;
    for (int l = levels - 1; l > 0; l--) t = descend(t, pdi(pid, l));
    return {t, 12'h0} + 56'(16 * pdi(pid, 0));
  endfunction

  task automatic put_pc(input logic [43:0] root, input int levels, input logic [19:0] pid,
                        input iommu_mem_pkg::process_context_t pc);
    logic [55:0] a;
    a = pc_addr(root, levels, pid);
    mem[a] = pc[63:0];
    mem[a + 8] = pc[127:64];
  endtask

  // Address of the PTE for 'iova' at 'leaf_level' in a table of 'levels' levels.
  function automatic logic [55:0] pte_addr(input logic [43:0] root, input int levels,
                                           input logic [63:0] iova, input int leaf_level);
    logic [43:0] t;
    t = root;
    for (int l = levels - 1; l > leaf_level; l--) t = descend(t, 32'(iova[12 + 9 * l +: 9]));
    return {t, 12'h0} + 56'(8 * iova[12 + 9 * leaf_level +: 9]);
  endfunction

  function automatic iommu_mem_pkg::pte_t leaf(input logic [43:0] ppn, input string perms);
    iommu_mem_pkg::pte_t p;
    p = '0;
    p.v = 1;
    p.ppn = ppn;
    foreach (perms[i]) begin
      case (perms[i])
        "r": p.r = 1;
        "w": p.w = 1;
        "x": p.x = 1;
        "u": p.u = 1;
        "g": p.g = 1;
        "a": p.a = 1;
        "d": p.d = 1;
        default: ;
      endcase
    end
    return p;
  endfunction

  task automatic map(input logic [43:0] root, input int levels, input logic [63:0] iova,
                     input int lvl, input iommu_mem_pkg::pte_t p);
    mem[pte_addr(root, levels, iova, lvl)] = p;
  endtask

  function automatic iommu_mem_pkg::device_context_t dc_sv(input logic [3:0] mode,
                                                          input logic [43:0] root,
                                                          input logic [19:0] pscid);
    iommu_mem_pkg::device_context_t d;
    d = '0;
    d.tc.v = 1;
    d.fsc.mode = mode;
    d.fsc.ppn = root;
    d.ta.pscid = pscid;
    return d;
  endfunction

  function automatic iommu_mem_pkg::device_context_t dc_pdt(input logic [3:0] pmode,
                                                           input logic [43:0] root);
    iommu_mem_pkg::device_context_t d;
    d = '0;
    d.tc.v = 1;
    d.tc.pdtv = 1;
    d.fsc.mode = pmode;
    d.fsc.ppn = root;
    return d;
  endfunction

  function automatic iommu_mem_pkg::process_context_t pcx(input logic [3:0] mode,
                                                         input logic [43:0] root,
                                                         input logic [19:0] pscid,
                                                         input logic ens, input logic sum);
    iommu_mem_pkg::process_context_t p;
    p = '0;
    p.ta.v = 1;
    p.ta.ens = ens;
    p.ta.sum = sum;
    p.ta.pscid = pscid;
    p.fsc.mode = iommu_mem_pkg::iosatp_mode_t'(mode);
    p.fsc.ppn = root;
    return p;
  endfunction

  // ---------------------------------------------------------------------------------------
  // Requests and responses
  // ---------------------------------------------------------------------------------------
  rsp_t        got [int];
  int unsigned got_cycle [int];
  bit          seen [int];
  iommu_mem_pkg::fault_record_t faults[$];
  logic [7:0]  next_tag = 0;

  always @(posedge clk) begin
    if (rsp_valid && rsp_ready) begin
      got[int'(rsp.tag)] = rsp;
      got_cycle[int'(rsp.tag)] = cycle;
      seen[int'(rsp.tag)] = 1;
    end
    if (dbg_rsp_valid && dbg_rsp_ready) begin
      got[256 + int'(dbg_rsp.tag)] = dbg_rsp;
      seen[256 + int'(dbg_rsp.tag)] = 1;
    end
    if (fault_valid && fault_ready) faults.push_back(fault);
  end

  function automatic req_t mk(input logic [23:0] did, input logic [63:0] iova,
                              input string flags = "", input logic [19:0] pid = '0,
                              input logic [1:0] kind = 2'(iommu_xlate_pkg::XLATE_KIND_UNTRANSLATED));
    req_t r;
    r = '0;
    r.device_id = did;
    r.iova = iova;
    r.kind = iommu_xlate_pkg::xlate_kind_t'(kind);
    foreach (flags[i]) begin
      case (flags[i])
        "w": r.write = 1;
        "x": r.exec = 1;
        "s": r.priv = 1;
        "p": begin
          r.pv = 1;
          r.process_id = pid;
        end
        default: ;
      endcase
    end
    return r;
  endfunction

  // Send one request and wait for its answer.
  int unsigned last_latency;
  task automatic xl(input req_t r0, output rsp_t o);
    req_t r;
    int unsigned t0;
    r = r0;
    r.tag = next_tag;
    next_tag++;
    seen.delete(int'(r.tag));
    @(negedge clk);
    req_valid = 1;
    req = r;
    do @(posedge clk); while (!req_ready);
    t0 = cycle;
    @(negedge clk);
    req_valid = 0;
    while (!seen.exists(int'(r.tag))) @(posedge clk);
    o = got[int'(r.tag)];
    last_latency = got_cycle[int'(r.tag)] - t0;
  endtask

  task automatic dbg_xl(input req_t r0, output rsp_t o);
    req_t r;
    r = r0;
    r.tag = 8'h5a;
    seen.delete(256 + 8'h5a);
    @(negedge clk);
    dbg_req_valid = 1;
    dbg_req = r;
    do @(posedge clk); while (!dbg_req_ready);
    @(negedge clk);
    dbg_req_valid = 0;
    while (!seen.exists(256 + 8'h5a)) @(posedge clk);
    o = got[256 + 8'h5a];
  endtask

  task automatic do_inval(input iommu_core_pkg::inval_req_t i);
    @(negedge clk);
    inval_valid = 1;
    inval = i;
    do @(posedge clk); while (!inval_ready);
    @(negedge clk);
    inval_valid = 0;
  endtask

  // Wait until the engine is idle and the fault handshakes are over.
  task automatic settle();
    repeat (2) @(posedge clk);
    while (!idle) @(posedge clk);
    @(posedge clk);
  endtask

  // Checks of common answers.
  task automatic expect_ok(input string name, input rsp_t o, input logic [43:0] ppn,
                           input int size, input string rwx);
    string s;
    logic r, w, x;
    r = 0; w = 0; x = 0;
    foreach (rwx[i]) begin
      if (rwx[i] == "r") r = 1;
      if (rwx[i] == "w") w = 1;
      if (rwx[i] == "x") x = 1;
    end
    s = $sformatf("status %0d cause %0d ppn %h size %0d rwx %b%b%b", o.status, o.cause, o.ppn,
                  o.size_log2, o.r, o.w, o.x);
    check(name, o.status == ST_OK && o.ppn == ppn && 32'(o.size_log2) == size &&
                o.r == r && o.w == w && o.x == x, s);
  endtask

  task automatic expect_fault(input string name, input rsp_t o, input logic [1:0] st,
                              input int cause, input int ttyp, input logic queued);
    int unsigned nf;
    nf = faults.size();
    check(name, o.status == st && 32'(o.cause) == cause && 32'(o.ttyp) == ttyp &&
                o.queued == queued,
          $sformatf("status %0d cause %0d ttyp %0d queued %0d", o.status, o.cause, o.ttyp,
                    o.queued));
  endtask

  // The fault record handed last: cause, ttyp, did, pv, pid, priv, iotval, iotval2 = 0.
  task automatic expect_record(input string name, input req_t r, input int cause,
                               input int ttyp);
    iommu_mem_pkg::fault_record_t f;
    if (faults.size() == 0) begin
      check(name, 0, "no record");
      return;
    end
    f = faults[$];
    check(name, 32'(f.cause) == cause && 32'(f.ttyp) == ttyp && f.did == r.device_id &&
                f.pv == r.pv && f.pid == (r.pv ? r.process_id : 20'd0) &&
                f.priv == (r.pv && r.priv) && f.iotval == r.iova && f.iotval2 == 0,
          $sformatf("cause %0d ttyp %0d did %h pv %0d pid %h priv %0d iotval %h", f.cause,
                    f.ttyp, f.did, f.pv, f.pid, f.priv, f.iotval));
  endtask

  task automatic flush_all();
    iommu_core_pkg::inval_req_t i;
    i = '0;
    i.kind = iommu_core_pkg::INVAL_VMA;
    do_inval(i);
    i.kind = iommu_core_pkg::INVAL_DDT;
    do_inval(i);
  endtask

  // ---------------------------------------------------------------------------------------
  // The tests
  // ---------------------------------------------------------------------------------------
  localparam logic [3:0] SV39 = 4'(iommu_mem_pkg::IOSATP_MODE_SV39);
  localparam logic [3:0] SV48 = 4'(iommu_mem_pkg::IOSATP_MODE_SV48);
  localparam logic [3:0] PD8 = 4'(iommu_mem_pkg::PDTP_MODE_PD8);
  localparam logic [3:0] PD17 = 4'(iommu_mem_pkg::PDTP_MODE_PD17);
  localparam logic [3:0] PD20 = 4'(iommu_mem_pkg::PDTP_MODE_PD20);
  // fault causes and ttyp (spec FAULT_CAUSE / TTYP tables)
  localparam int C_IAF = 1, C_RAF = 5, C_WAF = 7, C_IPF = 12, C_RPF = 13, C_WPF = 15;
  localparam int C_OFF = 256, C_DDT_LOAD = 257, C_DDT_INV = 258, C_DDT_MIS = 259;
  localparam int C_TTYP = 260, C_PDT_LOAD = 265, C_PDT_INV = 266, C_PDT_MIS = 267;
  localparam int T_UX = 1, T_UR = 2, T_UW = 3, T_TX = 5, T_TR = 6, T_TW = 7, T_ATS = 8;
  localparam int T_MSG = 9;

  rsp_t o;
  req_t rq;
  logic [43:0] ddt1, ddt2, ddt3, pt, pt48, pdt8, pdt17, pdt20, ptb;
  iommu_mem_pkg::device_context_t d;
  iommu_mem_pkg::process_context_t pc;
  iommu_mem_pkg::pte_t p;
  int unsigned nr, nf, t0, t1;

  initial begin
    repeat (3) @(posedge clk);
    rst_n = 1;
    @(posedge clk);

    // ---- Off and Bare ----------------------------------------------------------------
    ddtp_mode = iommu_regs_pkg::IOMMU_MODE_OFF;
    rq = mk(24'h12, 64'h1234_5678);
    xl(rq, o);
    expect_fault("off_read_256", o, ST_FAULT, C_OFF, T_UR, 1);
    settle();
    expect_record("off_record", rq, C_OFF, T_UR);
    xl(mk(24'h12, 64'h1000, "w", 0, K_A), o);
    expect_fault("off_ats_ur", o, ST_UR, C_OFF, T_ATS, 1);

    ddtp_mode = iommu_regs_pkg::IOMMU_MODE_BARE;
    xl(mk(24'h12, 64'h1234_5678), o);
    expect_ok("bare_identity", o, 44'h12345, 12, "rwx");
    // Above the 56-bit physical address space: an access fault, never a truncated address.
    rq = mk(24'h12, 64'hffff_ffff_1234_5678, "w");
    xl(rq, o);
    expect_fault("bare_beyond_pa_access_fault", o, ST_FAULT, C_WAF, T_UW, 1);
    settle();
    expect_record("bare_beyond_pa_record", rq, C_WAF, T_UW);
    xl(mk(24'h12, 64'h00ff_ffff_1234_5678), o);
    expect_ok("bare_top_of_pa", o, 44'hfff_fff1_2345, 12, "rwx");
    rq = mk(24'h12, 64'h8000, "", 0, K_T);
    xl(rq, o);
    expect_fault("bare_translated_260", o, ST_FAULT, C_TTYP, T_TR, 1);
    settle();
    expect_record("bare_translated_record", rq, C_TTYP, T_TR);
    xl(mk(24'h12, 64'h8000, "x", 0, K_T), o);
    expect_fault("bare_translated_exec_ttyp5", o, ST_FAULT, C_TTYP, T_TX, 1);
    xl(mk(24'h12, 64'h8000, "w", 0, K_T), o);
    expect_fault("bare_translated_write_ttyp7", o, ST_FAULT, C_TTYP, T_TW, 1);
    xl(mk(24'h12, 64'h8000, "", 0, K_A), o);
    expect_fault("bare_ats_ur", o, ST_UR, C_TTYP, T_ATS, 1);

    // ---- DDT modes ---------------------------------------------------------------------
    ddt1 = alloc();
    ddt2 = alloc();
    ddt3 = alloc();
    put_dc(ddt1, 1, 24'h05, dc_sv(0, 0, 0));
    put_dc(ddt2, 2, 24'h1234, dc_sv(0, 0, 0));
    put_dc(ddt3, 3, 24'hab_cdef, dc_sv(0, 0, 0));
    ddtp_mode = iommu_regs_pkg::IOMMU_MODE_LVL1;
    ddtp_ppn = ddt1;
    nr = n_reads;
    xl(mk(24'h05, 64'h7_7000), o);
    expect_ok("lvl1_bare_fsc", o, 44'h77, 12, "rwx");
    check("lvl1_one_read", n_reads - nr == 1, $sformatf("%0d reads", n_reads - nr));
    nr = n_reads;
    xl(mk(24'h05, 64'h7_8000), o);
    expect_ok("lvl1_ddtc_hit", o, 44'h78, 12, "rwx");
    check("lvl1_ddtc_hit_no_read", n_reads == nr);
    xl(mk(24'h80, 64'h1000), o);
    expect_fault("lvl1_did_too_wide", o, ST_FAULT, C_TTYP, T_UR, 1);
    xl(mk(24'h06, 64'h1000), o);
    expect_fault("lvl1_dc_invalid_258", o, ST_FAULT, C_DDT_INV, T_UR, 1);
    ddtp_mode = iommu_regs_pkg::IOMMU_MODE_LVL2;
    ddtp_ppn = ddt2;
    nr = n_reads;
    xl(mk(24'h1234, 64'h9000), o);
    expect_ok("lvl2_walk", o, 44'h9, 12, "rwx");
    check("lvl2_two_reads", n_reads - nr == 2, $sformatf("%0d reads", n_reads - nr));
    xl(mk(24'h1_0000, 64'h1000), o);
    expect_fault("lvl2_did_too_wide", o, ST_FAULT, C_TTYP, T_UR, 1);
    xl(mk(24'h1334, 64'h1000), o);
    expect_fault("lvl2_ddte_invalid_258", o, ST_FAULT, C_DDT_INV, T_UR, 1);
    ddtp_mode = iommu_regs_pkg::IOMMU_MODE_LVL3;
    ddtp_ppn = ddt3;
    nr = n_reads;
    xl(mk(24'hab_cdef, 64'ha000), o);
    expect_ok("lvl3_walk", o, 44'ha, 12, "rwx");
    check("lvl3_three_reads", n_reads - nr == 3, $sformatf("%0d reads", n_reads - nr));
    // A DDTE with a reserved bit: 259; a refused DDT read: 257.
    begin
      logic [55:0] a;
      a = {ddt3, 12'h0} + 56'(8 * 8'h11);
      mem[a] = ptr(alloc()) | 64'h2;
      rq = mk(24'h11_0000, 64'h1000);
      xl(rq, o);
      expect_fault("lvl3_ddte_reserved_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
      mem[a] = ptr(44'h9999);
      refused[44'h9999] = 1;
      rq = mk(24'h11_0000, 64'h1000, "w");
      xl(rq, o);
      expect_fault("lvl3_ddt_refused_257", o, ST_FAULT, C_DDT_LOAD, T_UW, 1);
      settle();
      expect_record("ddt_load_record", rq, C_DDT_LOAD, T_UW);
    end

    // DC misconfigurations (DC_MISCONFIG), each 259.
    ddtp_mode = iommu_regs_pkg::IOMMU_MODE_LVL1;
    ddtp_ppn = ddt1;
    d = dc_sv(0, 0, 0);
    d.tc.en_pri = 1;
    put_dc(ddt1, 1, 24'h10, d);
    xl(mk(24'h10, 64'h1000), o);
    expect_fault("dc_pri_without_ats_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    d = dc_sv(0, 0, 0);
    d.tc.rsvd_23_12 = 12'h1;
    put_dc(ddt1, 1, 24'h11, d);
    xl(mk(24'h11, 64'h1000), o);
    expect_fault("dc_reserved_bit_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    d = dc_sv(4'(iommu_mem_pkg::IOSATP_MODE_SV57), 0, 0);
    put_dc(ddt1, 1, 24'h12, d);
    xl(mk(24'h12, 64'h1000), o);
    expect_fault("dc_sv57_unsupported_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    d = dc_sv(0, 0, 0);
    d.tc.sade = 1;
    put_dc(ddt1, 1, 24'h13, d);
    xl(mk(24'h13, 64'h1000), o);
    expect_fault("dc_sade_without_amo_hwad_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    d = dc_sv(0, 0, 0);
    d.tc.dpe = 1;
    put_dc(ddt1, 1, 24'h14, d);
    xl(mk(24'h14, 64'h1000), o);
    expect_fault("dc_dpe_without_pdtv_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    d = dc_sv(0, 0, 0);
    d.iohgatp.mode = iommu_mem_pkg::IOHGATP_MODE_SV39X4;
    put_dc(ddt1, 1, 24'h15, d);
    xl(mk(24'h15, 64'h1000), o);
    expect_fault("dc_gstage_unsupported_259", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    d = dc_sv(0, 0, 0);
    d.tc.dtf = 1;
    d.tc.sbe = 1;
    put_dc(ddt1, 1, 24'h16, d);
    xl(mk(24'h16, 64'h1000), o);
    expect_fault("dc_sbe_259_reported_despite_dtf", o, ST_FAULT, C_DDT_MIS, T_UR, 1);
    // A 1LVL DDT whose root page refuses reads.
    refused[44'h7777] = 1;
    ddtp_ppn = 44'h7777;
    xl(mk(24'h17, 64'h1000), o);
    expect_fault("dc_refused_257", o, ST_FAULT, C_DDT_LOAD, T_UR, 1);
    ddtp_ppn = ddt1;

    // ---- Sv39 first stage (DC iosatp) ---------------------------------------------------
    pt = alloc();
    d = dc_sv(SV39, pt, 20'h77);
    d.tc.en_ats = 1;
    put_dc(ddt1, 1, 24'h20, d);
    map(pt, 3, 64'h4000_1000, 0, leaf(44'h5_5555, "rwuad"));
    mem_lat = 10;
    nr = n_reads;
    rq = mk(24'h20, 64'h4000_1abc);
    xl(rq, o);
    expect_ok("sv39_4k_read", o, 44'h5_5555, 12, "rw");
    check("sv39_4k_u_bit", o.u == 1 && o.g == 0);
    check("sv39_miss_reads_dc_and_3_ptes", n_reads - nr == 4, $sformatf("%0d", n_reads - nr));
    $display("measure miss_latency_dc1_sv39 = %0d cycles (4 reads, memory latency %0d, DC 4 beats)",
             last_latency, mem_lat);
    // Target: one round trip per read (request to last beat: latency + beats - 1) + 6 (the
    // S1, S2 and S3 stages before the walk, the output register after it).
    check("miss_latency_bound", last_latency <= 3 * mem_lat + (mem_lat + 3) + 6,
          $sformatf("%0d", last_latency));
    nr = n_reads;
    xl(mk(24'h20, 64'h4000_1ff8, "w"), o);
    expect_ok("sv39_hit_write", o, 44'h5_5555, 12, "rw");
    check("hit_no_read", n_reads == nr);
    // Accepted into S1, then S2, S3 and the output register: the fourth cycle.
    check("hit_latency_4", last_latency == 4, $sformatf("%0d", last_latency));
    // Execute of a non-executable page: page fault 12 (walked again: faults are not cached).
    rq = mk(24'h20, 64'h4000_1000, "x");
    xl(rq, o);
    expect_fault("sv39_exec_page_fault_12", o, ST_FAULT, C_IPF, T_UX, 1);
    settle();
    expect_record("page_fault_record", rq, C_IPF, T_UX);
    mem_lat = 2;

    // Leaf sizes: 2 MiB, 1 GiB, 64 KiB NAPOT (Sv39); 512 GiB in Sv48 below.
    map(pt, 3, 64'h0020_0000, 1, leaf(44'h0_0400, "ruad"));
    xl(mk(24'h20, 64'h0023_4567), o);
    expect_ok("sv39_2m_leaf", o, 44'h0_0434, 21, "r");
    map(pt, 3, 64'h4000_0000 * 2, 2, leaf(44'h8_0000, "rwxuad"));
    xl(mk(24'h20, 64'h8123_4567, "x"), o);
    expect_ok("sv39_1g_leaf", o, 44'h8_1234, 30, "rwx");
    p = leaf(44'h1238, "ruad");
    p.n = 1;
    for (int k = 0; k < 16; k++) map(pt, 3, 64'h0040_0000 + 64'(k * 4096), 0, p);
    xl(mk(24'h20, 64'h0040_5123), o);
    expect_ok("sv39_napot_64k", o, 44'h1235, 16, "r");
    xl(mk(24'h20, 64'h0040_a123), o);
    expect_ok("sv39_napot_64k_hit_other_page", o, 44'h123a, 16, "r");
    // Misaligned superpage: page fault.
    map(pt, 3, 64'h0060_0000, 1, leaf(44'h0_0401, "ruad"));
    xl(mk(24'h20, 64'h0060_0000), o);
    expect_fault("sv39_misaligned_2m_13", o, ST_FAULT, C_RPF, T_UR, 1);
    // Reserved encodings.
    map(pt, 3, 64'h00a0_0000, 0, leaf(44'h500, "wuad"));
    xl(mk(24'h20, 64'h00a0_0000), o);
    expect_fault("pte_w_without_r_13", o, ST_FAULT, C_RPF, T_UR, 1);
    p = leaf(44'h501, "ruad");
    p.rsvd_60_54 = 7'h1;
    map(pt, 3, 64'h00a0_1000, 0, p);
    xl(mk(24'h20, 64'h00a0_1000), o);
    expect_fault("pte_reserved_bit_13", o, ST_FAULT, C_RPF, T_UR, 1);
    p = leaf(44'h502, "ruad");
    p.pbmt = 2'd1;
    map(pt, 3, 64'h00a0_2000, 0, p);
    xl(mk(24'h20, 64'h00a0_2000, "w"), o);
    expect_fault("pte_pbmt_without_svpbmt_15", o, ST_FAULT, C_WPF, T_UW, 1);
    p = leaf(44'h0_0600, "ruad");
    p.n = 1;
    map(pt, 3, 64'h00c0_0000, 1, p);
    xl(mk(24'h20, 64'h00c0_0000), o);
    expect_fault("pte_napot_at_level1_13", o, ST_FAULT, C_RPF, T_UR, 1);
    p = leaf(44'h1234, "ruad");
    p.n = 1;
    map(pt, 3, 64'h00a0_3000, 0, p);
    xl(mk(24'h20, 64'h00a0_3000), o);
    expect_fault("pte_napot_bad_code_13", o, ST_FAULT, C_RPF, T_UR, 1);
    // A non-leaf PTE with A set (the level-1 pointer of 0x0070_0000).
    begin
      logic [55:0] a;
      a = pte_addr(pt, 3, 64'h00e0_0000, 1);
      mem[a] = ptr(alloc()) | 64'h40;
      xl(mk(24'h20, 64'h00e0_0000), o);
      expect_fault("pte_nonleaf_a_13", o, ST_FAULT, C_RPF, T_UR, 1);
      // A pointer at level 0.
      map(pt, 3, 64'h00a0_4000, 0, leaf(44'h777, ""));
      xl(mk(24'h20, 64'h00a0_4000), o);
      expect_fault("pte_pointer_at_level0_13", o, ST_FAULT, C_RPF, T_UR, 1);
    end
    // V = 0 leaf.
    xl(mk(24'h20, 64'h00a0_5000, "w"), o);
    expect_fault("pte_invalid_15", o, ST_FAULT, C_WPF, T_UW, 1);
    // Non-canonical IOVA: page fault without a memory read.
    nr = n_reads;
    xl(mk(24'h20, 64'h0000_0040_0000_0000), o);
    expect_fault("sv39_noncanonical_13", o, ST_FAULT, C_RPF, T_UR, 1);
    check("noncanonical_no_pte_read", n_reads - nr <= 1, $sformatf("%0d", n_reads - nr));
    // A = 0 and D = 0.
    map(pt, 3, 64'h00a0_6000, 0, leaf(44'h506, "rwu"));
    xl(mk(24'h20, 64'h00a0_6000), o);
    expect_fault("pte_a0_13", o, ST_FAULT, C_RPF, T_UR, 1);
    map(pt, 3, 64'h00a0_7000, 0, leaf(44'h507, "rwua"));
    xl(mk(24'h20, 64'h00a0_7000, "w"), o);
    expect_fault("pte_d0_write_15", o, ST_FAULT, C_WPF, T_UW, 1);
    xl(mk(24'h20, 64'h00a0_7000), o);
    expect_ok("pte_d0_read_grants_no_w", o, 44'h507, 12, "r");
    // Unprivileged request on a supervisor page.
    map(pt, 3, 64'h00a0_8000, 0, leaf(44'h508, "rwad"));
    xl(mk(24'h20, 64'h00a0_8000), o);
    expect_fault("user_on_supervisor_page_13", o, ST_FAULT, C_RPF, T_UR, 1);
    // Refused PTE reads: access faults by access type.
    begin
      logic [55:0] a;
      a = pte_addr(pt, 3, 64'h0080_0000, 1);
      mem[a] = ptr(44'h8888);
      refused[44'h8888] = 1;
      rq = mk(24'h20, 64'h0080_0000);
      xl(rq, o);
      expect_fault("pte_refused_read_5", o, ST_FAULT, C_RAF, T_UR, 1);
      xl(mk(24'h20, 64'h0080_0000, "w"), o);
      expect_fault("pte_refused_write_7", o, ST_FAULT, C_WAF, T_UW, 1);
      rq = mk(24'h20, 64'h0080_0000, "x");
      xl(rq, o);
      expect_fault("pte_refused_exec_1", o, ST_FAULT, C_IAF, T_UX, 1);
      settle();
      expect_record("access_fault_record", rq, C_IAF, T_UX);
      xl(mk(24'h20, 64'h0080_0000, "", 0, K_A), o);
      expect_fault("ats_pte_refused_ca_5", o, ST_CA, C_RAF, T_ATS, 1);
    end
    // A process_id with PDTV = 0: 260.
    xl(mk(24'h20, 64'h4000_1000, "p", 20'h3), o);
    expect_fault("pid_without_pdtv_260", o, ST_FAULT, C_TTYP, T_UR, 1);

    // ---- Translated requests and ATS (DC 0x20 has EN_ATS) -------------------------------
    xl(mk(24'h20, 64'hdead_b000, "w", 0, K_T), o);
    expect_ok("translated_identity_4k", o, 44'hdeadb, 12, "rwx");
    xl(mk(24'h20, 64'h4000_1000, "w", 0, K_A), o);
    expect_ok("ats_success_rw", o, 44'h5_5555, 12, "rw");
    xl(mk(24'h20, 64'h00a0_7000, "", 0, K_A), o);
    expect_ok("ats_d0_nw1_grants_r_only", o, 44'h507, 12, "r");
    nf = faults.size();
    xl(mk(24'h20, 64'h00a0_7000, "w", 0, K_A), o);
    check("ats_d0_write_asked_no_access", o.status == ST_OK && !o.r && !o.w && !o.x);
    xl(mk(24'h20, 64'h00a0_5000, "", 0, K_A), o);
    check("ats_page_fault_success_no_access", o.status == ST_OK && !o.r && !o.w && !o.x &&
          !o.queued);
    settle();
    check("ats_page_fault_not_logged", faults.size() == nf,
          $sformatf("%0d records", faults.size() - nf));
    xl(mk(24'h20, 64'h8123_4000, "x", 0, K_A), o);
    expect_ok("ats_exec_without_pasid_no_x", o, 44'h8_1234, 30, "rw");
    xl(mk(24'h05, 64'h1000, "", 0, K_A), o);
    expect_fault("ats_without_en_ats_ur_260", o, ST_UR, C_TTYP, T_ATS, 1);
    xl(mk(24'h05, 64'h1000, "", 0, K_T), o);
    expect_fault("translated_without_en_ats_260", o, ST_FAULT, C_TTYP, T_TR, 1);
    d = dc_sv(0, 0, 0);
    d.tc.en_ats = 1;
    put_dc(ddt1, 1, 24'h21, d);
    xl(mk(24'h21, 64'h1234_5000, "", 0, K_A), o);
    expect_ok("ats_identity_2m", o, 44'h12345, 21, "rw");
    xl(mk(24'h77, 64'h1000, "", 0, K_A), o);
    expect_fault("ats_dc_invalid_ur_258", o, ST_UR, C_DDT_INV, T_ATS, 1);

    // ---- DTF --------------------------------------------------------------------------
    d = dc_sv(SV39, pt, 20'h77);
    d.tc.dtf = 1;
    put_dc(ddt1, 1, 24'h22, d);
    nf = faults.size();
    xl(mk(24'h22, 64'h00a0_5000), o);
    expect_fault("dtf_page_fault_not_queued", o, ST_FAULT, C_RPF, T_UR, 0);
    xl(mk(24'h22, 64'h1000, "", 0, K_T), o);
    expect_fault("dtf_260_not_queued", o, ST_FAULT, C_TTYP, T_TR, 0);
    settle();
    check("dtf_no_records", faults.size() == nf);

    // ---- Page requests (kind PAGE_REQUEST: device context only, then EN_ATS/EN_PRI) -----
    // iotval is the Page Request message code the page-request unit puts in the IOVA field.
    begin
      req_t pr;
      iommu_regs_pkg::iommu_mode_t mode0;
      logic [43:0] ppn0;
      d = dc_sv(SV39, pt, 20'h77);
      d.tc.en_ats = 1;
      d.tc.en_pri = 1;
      d.tc.prpr   = 1;
      put_dc(ddt1, 1, 24'h30, d);
      d.tc.prpr = 0;
      put_dc(ddt1, 1, 24'h31, d);
      d.tc.en_pri = 0;
      d.tc.dtf    = 1;
      put_dc(ddt1, 1, 24'h32, d);
      nr = n_reads;
      nf = faults.size();
      pr = mk(24'h30, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "ps", 20'h1_2345, K_P);
      xl(pr, o);
      check("pr_ok_prpr", o.status == ST_OK && o.prpr && o.ppn == 0 && o.size_log2 == 0 &&
            !o.r && !o.w && !o.x && !o.queued && o.cause == 0,
            $sformatf("status %0d prpr %0d ppn %h", o.status, o.prpr, o.ppn));
      check("pr_miss_reads_the_dc_only", n_reads - nr == 1,
            $sformatf("%0d reads", n_reads - nr));
      $display("measure pr_dc_miss_latency %0d", last_latency);
      nr = n_reads;
      xl(pr, o);
      check("pr_ddtc_hit_no_read", o.status == ST_OK && o.prpr && n_reads == nr);
      $display("measure pr_dc_hit_latency %0d", last_latency);
      xl(mk(24'h31, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "", 0, K_P), o);
      check("pr_ok_prpr0", o.status == ST_OK && !o.prpr);
      settle();
      check("pr_ok_no_record", faults.size() == nf);
      // DC 0x20 has EN_ATS = 1, EN_PRI = 0; DC 0x05 neither.
      pr = mk(24'h20, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "p", 20'h55, K_P);
      xl(pr, o);
      expect_fault("pr_en_pri0_260", o, ST_FAULT, C_TTYP, T_MSG, 1);
      settle();
      expect_record("pr_en_pri0_record", pr, C_TTYP, T_MSG);
      pr = mk(24'h05, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "", 0, K_P);
      xl(pr, o);
      expect_fault("pr_en_ats0_260", o, ST_FAULT, C_TTYP, T_MSG, 1);
      pr = mk(24'h77, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "pxs", 20'h9, K_P);
      xl(pr, o);
      expect_fault("pr_dc_invalid_258", o, ST_FAULT, C_DDT_INV, T_MSG, 1);
      settle();
      expect_record("pr_dc_invalid_record", pr, C_DDT_INV, T_MSG);
      nf = faults.size();
      xl(mk(24'h32, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "", 0, K_P), o);
      expect_fault("pr_dtf_260_not_queued", o, ST_FAULT, C_TTYP, T_MSG, 0);
      settle();
      check("pr_dtf_no_record", faults.size() == nf);
      mode0 = ddtp_mode;
      ppn0  = ddtp_ppn;
      ddtp_mode = iommu_regs_pkg::IOMMU_MODE_LVL1;
      xl(mk(24'h130, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "", 0, K_P), o);
      expect_fault("pr_did_too_wide_260", o, ST_FAULT, C_TTYP, T_MSG, 1);
      ddtp_mode = iommu_regs_pkg::IOMMU_MODE_BARE;
      xl(mk(24'h30, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "", 0, K_P), o);
      expect_fault("pr_bare_260", o, ST_FAULT, C_TTYP, T_MSG, 1);
      ddtp_mode = iommu_regs_pkg::IOMMU_MODE_OFF;
      xl(mk(24'h30, 64'(tlp_pkg::MSG_CODE_PAGE_REQUEST), "", 0, K_P), o);
      expect_fault("pr_off_256", o, ST_FAULT, C_OFF, T_MSG, 1);
      ddtp_mode = mode0;
      ddtp_ppn  = ppn0;
      settle();
    end

    // ---- PDT: PD8, PD17, PD20; Sv48 process contexts ----------------------------------
    pdt8 = alloc();
    pt48 = alloc();
    d = dc_pdt(PD8, pdt8);
    d.tc.en_ats = 1;
    d.tc.dpe = 1;
    put_dc(ddt1, 1, 24'h30, d);
    put_pc(pdt8, 1, 20'h05, pcx(SV48, pt48, 20'h501, 1, 0));
    put_pc(pdt8, 1, 20'h06, pcx(SV48, pt48, 20'h502, 1, 1));
    put_pc(pdt8, 1, 20'h07, pcx(SV48, pt48, 20'h503, 0, 0));
    put_pc(pdt8, 1, 20'h00, pcx(0, 0, 20'h0, 0, 0));
    map(pt48, 4, 64'h7f00_0000_1000, 0, leaf(44'h6_1000, "rwxuad"));
    map(pt48, 4, 64'h7f00_0000_2000, 0, leaf(44'h6_2000, "rwxad"));
    map(pt48, 4, 64'h0080_0000_0000, 3, leaf(44'h800_0000, "rwuad"));
    nr = n_reads;
    xl(mk(24'h30, 64'h7f00_0000_1000, "p", 20'h05), o);
    expect_ok("pd8_sv48_user", o, 44'h6_1000, 12, "rwx");
    check("pd8_sv48_reads", n_reads - nr == 6, $sformatf("%0d", n_reads - nr));
    xl(mk(24'h30, 64'h0080_1234_5000, "p", 20'h05), o);
    expect_ok("sv48_512g_leaf", o, 44'h801_2345, 39, "rw");
    xl(mk(24'h30, 64'h7f00_0000_1000, "ps", 20'h05), o);
    expect_fault("priv_on_user_page_without_sum_13", o, ST_FAULT, C_RPF, T_UR, 1);
    rq = mk(24'h30, 64'h7f00_0000_1000, "psx", 20'h06);
    xl(rq, o);
    expect_fault("priv_exec_user_page_with_sum_12", o, ST_FAULT, C_IPF, T_UX, 1);
    settle();
    expect_record("priv_record_pv_pid", rq, C_IPF, T_UX);
    xl(mk(24'h30, 64'h7f00_0000_1000, "psw", 20'h06), o);
    expect_ok("priv_user_page_with_sum", o, 44'h6_1000, 12, "rw");
    xl(mk(24'h30, 64'h7f00_0000_2000, "psx", 20'h06), o);
    expect_ok("priv_supervisor_page", o, 44'h6_2000, 12, "rwx");
    xl(mk(24'h30, 64'h7f00_0000_2000, "px", 20'h06), o);
    expect_fault("user_exec_supervisor_page_12", o, ST_FAULT, C_IPF, T_UX, 1);
    xl(mk(24'h30, 64'h7f00_0000_1000, "ps", 20'h07), o);
    expect_fault("priv_without_ens_260", o, ST_FAULT, C_TTYP, T_UR, 1);
    xl(mk(24'h30, 64'h7f00_0000_1000, "s", 20'h07), o);
    expect_fault("dpe_pid0_bare_pc_identity_ignores_priv", o, ST_OK, 0, 0, 0);
    check("dpe_pid0_identity_ppn", o.ppn == 44'h7f00_0000_1);
    xl(mk(24'h30, 64'h1000, "p", 20'h100), o);
    expect_fault("pd8_pid_too_wide_260", o, ST_FAULT, C_TTYP, T_UR, 1);
    xl(mk(24'h30, 64'h1000, "p", 20'h08), o);
    expect_fault("pc_invalid_266", o, ST_FAULT, C_PDT_INV, T_UR, 1);
    xl(mk(24'h30, 64'h1000, "p", 20'h08, K_A), o);
    check("ats_pc_invalid_success_no_access", o.status == ST_OK && !o.r && !o.w && !o.queued);
    pc = pcx(SV48, pt48, 20'h509, 1, 0);
    pc.ta.rsvd_11_3 = 9'h1;
    put_pc(pdt8, 1, 20'h09, pc);
    xl(mk(24'h30, 64'h1000, "p", 20'h09), o);
    expect_fault("pc_reserved_267", o, ST_FAULT, C_PDT_MIS, T_UR, 1);
    xl(mk(24'h30, 64'h1000, "p", 20'h09, K_A), o);
    expect_fault("ats_pc_misconfigured_ca_267", o, ST_CA, C_PDT_MIS, T_ATS, 1);
    put_pc(pdt8, 1, 20'h0a, pcx(4'(iommu_mem_pkg::IOSATP_MODE_SV57), pt48, 20'h50a, 1, 0));
    xl(mk(24'h30, 64'h1000, "p", 20'h0a), o);
    expect_fault("pc_sv57_267", o, ST_FAULT, C_PDT_MIS, T_UR, 1);
    // ATS with a PASID: execute asked and granted; Priv and Global fields.
    xl(mk(24'h30, 64'h7f00_0000_1000, "px", 20'h05, K_A), o);
    expect_ok("ats_pasid_exec", o, 44'h6_1000, 12, "rwx");
    xl(mk(24'h30, 64'h7f00_0000_2000, "psx", 20'h06, K_A), o);
    expect_ok("ats_priv_supervisor_page", o, 44'h6_2000, 12, "rwx");
    check("ats_priv_field", o.priv == 1);
    xl(mk(24'h30, 64'h7f00_0000_2000, "px", 20'h05, K_A), o);
    check("ats_user_on_supervisor_page_no_access", o.status == ST_OK && !o.r && !o.w && !o.x);

    // PD17 and PD20, and PDT faults.
    pdt17 = alloc();
    pdt20 = alloc();
    put_dc(ddt1, 1, 24'h31, dc_pdt(PD17, pdt17));
    d = dc_pdt(PD20, pdt20);
    d.tc.en_ats = 1;
    put_dc(ddt1, 1, 24'h32, d);
    put_pc(pdt17, 2, 20'h1_2345, pcx(0, 0, 20'h0, 1, 0));
    put_pc(pdt20, 3, 20'hf_1234, pcx(SV48, pt48, 20'h777, 1, 0));
    nr = n_reads;
    xl(mk(24'h31, 64'hc000, "p", 20'h1_2345), o);
    expect_ok("pd17_bare_pc_identity", o, 44'hc, 12, "rwx");
    check("pd17_reads", n_reads - nr == 3, $sformatf("%0d", n_reads - nr));
    xl(mk(24'h31, 64'hc000, "p", 20'h2_0000), o);
    expect_fault("pd17_pid_too_wide_260", o, ST_FAULT, C_TTYP, T_UR, 1);
    nr = n_reads;
    xl(mk(24'h32, 64'h7f00_0000_1000, "p", 20'hf_1234), o);
    expect_ok("pd20_sv48", o, 44'h6_1000, 12, "rwx");
    check("pd20_reads", n_reads - nr == 8, $sformatf("%0d", n_reads - nr));
    xl(mk(24'h32, 64'h1000, "p", 20'he_1234), o);
    expect_fault("pdte_invalid_266", o, ST_FAULT, C_PDT_INV, T_UR, 1);
    begin
      logic [55:0] a;
      a = {pdt20, 12'h0} + 56'(8 * 3'h5);
      mem[a] = ptr(alloc()) | 64'h4;
      xl(mk(24'h32, 64'h1000, "p", 20'ha_0000), o);
      expect_fault("pdte_reserved_267", o, ST_FAULT, C_PDT_MIS, T_UR, 1);
      mem[a] = ptr(44'haaaa);
      refused[44'haaaa] = 1;
      rq = mk(24'h32, 64'h1000, "pw", 20'ha_0000);
      xl(rq, o);
      expect_fault("pdt_refused_265", o, ST_FAULT, C_PDT_LOAD, T_UW, 1);
      settle();
      expect_record("pdt_load_record", rq, C_PDT_LOAD, T_UW);
      xl(mk(24'h32, 64'h1000, "p", 20'ha_0000, K_A), o);
      expect_fault("ats_pdt_refused_ca", o, ST_CA, C_PDT_LOAD, T_ATS, 1);
    end
    // No process_id and no DPE: identity.
    xl(mk(24'h32, 64'h5_5000), o);
    expect_ok("pdtv_no_pid_no_dpe_identity", o, 44'h55, 12, "rwx");

    // ---- Debug port ------------------------------------------------------------------
    dbg_xl(mk(24'h20, 64'h4000_1000), o);
    expect_ok("debug_port_translation", o, 44'h5_5555, 12, "rw");
    nf = faults.size();
    dbg_xl(mk(24'h20, 64'h00a0_5000), o);
    expect_fault("debug_port_fault", o, ST_FAULT, C_RPF, T_UR, 1);
    settle();
    check("debug_fault_reported", faults.size() == nf + 1);

    // ---- Throughput on hits ------------------------------------------------------------
    begin
      int n;
      int first, last;
      n = 64;
      // Warm 16 pages.
      for (int k = 0; k < 16; k++) begin
        map(pt, 3, 64'h1_0000_0000 + 64'(k * 4096), 0, leaf(44'h1_0000 + 44'(k), "rwuad"));
        xl(mk(24'h20, 64'h1_0000_0000 + 64'(k * 4096)), o);
      end
      settle();
      nr = n_reads;
      @(negedge clk);
      first = -1;
      for (int k = 0; k < n;) begin
        req_valid = 1;
        req = mk(24'h20, 64'h1_0000_0000 + 64'((k % 16) * 4096));
        req.tag = 8'(100 + k);
        seen.delete(100 + k);
        @(posedge clk);
        if (req_ready) begin
          if (first < 0) first = int'(cycle);
          k++;
        end
        @(negedge clk);
      end
      req_valid = 0;
      while (!seen.exists(100 + n - 1)) @(posedge clk);
      last = int'(got_cycle[100 + n - 1]);
      begin
        int good;
        good = 0;
        for (int k = 0; k < n; k++)
          if (seen.exists(100 + k) && got[100 + k].ppn == 44'h1_0000 + 44'(k % 16)) good++;
        check("throughput_all_answers_right", good == n, $sformatf("%0d of %0d", good, n));
      end
      $display("measure hit_throughput = %0d hits in %0d cycles (first accept to last response)",
               n, last - first + 1);
      // n cycles of responses after the first hit's latency (4).
      check("throughput_one_per_cycle", last - first + 1 <= n + 4,
            $sformatf("%0d cycles", last - first + 1));
      check("throughput_no_reads", n_reads == nr);
      next_tag = 0;
    end

    // ---- Hit under miss ----------------------------------------------------------------
    begin
      int hits_before, miss_done;
      mem_lat = 40;
      map(pt, 3, 64'h2_0000_0000, 0, leaf(44'h2_0000, "rwuad"));
      map(pt, 3, 64'h2_4000_0000, 0, leaf(44'h2_4000, "rwuad"));
      @(negedge clk);
      // Two misses (both walkers busy), then hits.
      for (int k = 0; k < 2 + 20;) begin
        req_valid = 1;
        if (k == 0) req = mk(24'h20, 64'h2_0000_0000);
        else if (k == 1) req = mk(24'h20, 64'h2_4000_0000);
        else req = mk(24'h20, 64'h1_0000_0000 + 64'((k % 16) * 4096));
        req.tag = 8'(200 + k);
        seen.delete(200 + k);
        @(posedge clk);
        if (req_ready) k++;
        @(negedge clk);
      end
      req_valid = 0;
      while (!seen.exists(200) || !seen.exists(201)) @(posedge clk);
      miss_done = int'(got_cycle[200]);
      hits_before = 0;
      for (int k = 2; k < 22; k++)
        if (seen.exists(200 + k) && int'(got_cycle[200 + k]) < miss_done) hits_before++;
      $display("measure hit_under_miss = %0d of 20 hits answered while 2 walks were outstanding (memory latency %0d)",
               hits_before, mem_lat);
      check("hit_under_miss", hits_before == 20, $sformatf("%0d", hits_before));
      check("two_misses_answered", got[200].ppn == 44'h2_0000 && got[201].ppn == 44'h2_4000);
      check("two_walks_overlap", int'(got_cycle[201]) - int'(got_cycle[200]) < 20,
            $sformatf("%0d apart", int'(got_cycle[201]) - int'(got_cycle[200])));
      mem_lat = 2;
      settle();
    end

    // ---- Miss latency per level (memory latency 10) -------------------------------------
    begin
      mem_lat = 10;
      flush_all();
      // 1LVL DDT + Sv39: DC (4 beats) + 3 PTEs; then with a warm DDTC: 3 PTEs.
      xl(mk(24'h20, 64'h4000_1000), o);
      check("memory_round_trip_is_latency", last_beat_cycle - last_req_cycle == 10,
            $sformatf("%0d", last_beat_cycle - last_req_cycle));
      $display("measure miss_latency ddt1+dc+sv39(3) = %0d cycles at memory latency 10", last_latency);
      check("miss_latency_cold_bound", last_latency <= (10 + 3) + 3 * 10 + 6,
            $sformatf("%0d", last_latency));
      map(pt, 3, 64'h4000_2000, 0, leaf(44'h4_2000, "rwuad"));
      xl(mk(24'h20, 64'h4000_2000), o);
      check("miss_latency_sv39_answer", o.ppn == 44'h4_2000);
      $display("measure miss_latency sv39(3 levels, DC cached) = %0d cycles at memory latency 10",
               last_latency);
      check("miss_latency_sv39_bound", last_latency <= 3 * 10 + 6,
            $sformatf("%0d", last_latency));
      xl(mk(24'h30, 64'h7f00_0000_2000, "p", 20'h05), o);
      $display("measure miss_latency dc+pc(PD8)+sv48(4) = %0d cycles at memory latency 10",
               last_latency);
      check("miss_latency_pd8_sv48_bound", last_latency <= (10 + 3) + (10 + 1) + 4 * 10 + 6,
            $sformatf("%0d", last_latency));
      mem_lat = 2;
    end

    // ---- Invalidations -----------------------------------------------------------------
    begin
      iommu_core_pkg::inval_req_t iv;
      // VMA, everything: a changed leaf is seen only after the invalidation.
      map(pt, 3, 64'h3_0000_0000, 0, leaf(44'h3_0000, "rwuad"));
      xl(mk(24'h20, 64'h3_0000_0000), o);
      map(pt, 3, 64'h3_0000_0000, 0, leaf(44'h3_0001, "rwuad"));
      xl(mk(24'h20, 64'h3_0000_0000), o);
      check("stale_leaf_may_hit_before_inval", o.ppn == 44'h3_0000);
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_VMA;
      do_inval(iv);
      xl(mk(24'h20, 64'h3_0000_0000), o);
      check("inval_vma_all", o.ppn == 44'h3_0001, $sformatf("%h", o.ppn));
      // VMA by PSCID: PSCID 0x77 dropped; the global leaf and PSCID 0x78 kept.
      map(pt, 3, 64'h3_0000_1000, 0, leaf(44'h3_1000, "rwuadg"));
      d = dc_sv(SV39, pt, 20'h78);
      put_dc(ddt1, 1, 24'h23, d);
      xl(mk(24'h20, 64'h3_0000_0000), o);
      xl(mk(24'h20, 64'h3_0000_1000), o);
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("pscid78_filled", o.ppn == 44'h3_0001);
      map(pt, 3, 64'h3_0000_0000, 0, leaf(44'h3_0002, "rwuad"));
      map(pt, 3, 64'h3_0000_1000, 0, leaf(44'h3_1002, "rwuadg"));
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_VMA;
      iv.pscv = 1;
      iv.pscid = 20'h77;
      do_inval(iv);
      xl(mk(24'h20, 64'h3_0000_0000), o);
      check("inval_vma_pscid_drops_own", o.ppn == 44'h3_0002, $sformatf("%h", o.ppn));
      xl(mk(24'h20, 64'h3_0000_1000), o);
      check("inval_vma_pscid_keeps_global", o.ppn == 44'h3_1000 && o.g, $sformatf("%h", o.ppn));
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("inval_vma_pscid_keeps_other", o.ppn == 44'h3_0001, $sformatf("%h", o.ppn));
      // VMA by address (all PSCIDs, global too).
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_VMA;
      iv.av = 1;
      iv.vpn = 52'h3_0000_1;
      do_inval(iv);
      xl(mk(24'h20, 64'h3_0000_1000), o);
      check("inval_vma_addr_drops_global", o.ppn == 44'h3_1002, $sformatf("%h", o.ppn));
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("inval_vma_addr_keeps_other_page", o.ppn == 44'h3_0001, $sformatf("%h", o.ppn));
      // VMA by address and PSCID.
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_VMA;
      iv.av = 1;
      iv.vpn = 52'h3_0000_0;
      iv.pscv = 1;
      iv.pscid = 20'h78;
      do_inval(iv);
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("inval_vma_addr_pscid", o.ppn == 44'h3_0002, $sformatf("%h", o.ppn));
      // A superpage entry is covered by an address inside it.
      xl(mk(24'h20, 64'h0023_4567), o);
      map(pt, 3, 64'h0020_0000, 1, leaf(44'h0_0600, "ruad"));
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_VMA;
      iv.av = 1;
      iv.vpn = 52'h0_0021_f;
      do_inval(iv);
      xl(mk(24'h20, 64'h0023_4567), o);
      check("inval_vma_addr_in_superpage", o.ppn == 44'h0_0634, $sformatf("%h", o.ppn));
      // IODIR.INVAL_DDT one device: a changed DC (new PSCID and root) is seen after it.
      ptb = alloc();
      map(ptb, 3, 64'h3_0000_0000, 0, leaf(44'h3_b000, "rwuad"));
      xl(mk(24'h23, 64'h3_0000_0000), o);
      put_dc(ddt1, 1, 24'h23, dc_sv(SV39, ptb, 20'h79));
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("stale_dc_before_inval", o.ppn == 44'h3_0002, $sformatf("%h", o.ppn));
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_DDT;
      iv.dv = 1;
      iv.did = 24'h24;
      do_inval(iv);
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("inval_ddt_other_device_keeps", o.ppn == 44'h3_0002, $sformatf("%h", o.ppn));
      iv.did = 24'h23;
      do_inval(iv);
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("inval_ddt_one", o.ppn == 44'h3_b000, $sformatf("%h", o.ppn));
      // IODIR.INVAL_DDT all.
      d = dc_sv(SV39, pt, 20'h7a);
      put_dc(ddt1, 1, 24'h23, d);
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_DDT;
      do_inval(iv);
      xl(mk(24'h23, 64'h3_0000_0000), o);
      check("inval_ddt_all", o.ppn == 44'h3_0002, $sformatf("%h", o.ppn));
      // IODIR.INVAL_PDT: a changed PC (ENS cleared) is seen after it.
      xl(mk(24'h30, 64'h7f00_0000_2000, "ps", 20'h05), o);
      check("pc_cached_priv_ok", o.status == ST_OK);
      put_pc(pdt8, 1, 20'h05, pcx(SV48, pt48, 20'h501, 0, 0));
      xl(mk(24'h30, 64'h7f00_0000_2000, "ps", 20'h05), o);
      check("stale_pc_before_inval", o.status == ST_OK);
      iv = '0;
      iv.kind = iommu_core_pkg::INVAL_PDT;
      iv.did = 24'h30;
      iv.pid = 20'h06;
      do_inval(iv);
      xl(mk(24'h30, 64'h7f00_0000_2000, "ps", 20'h05), o);
      check("inval_pdt_other_pid_keeps", o.status == ST_OK);
      iv.pid = 20'h05;
      do_inval(iv);
      xl(mk(24'h30, 64'h7f00_0000_2000, "ps", 20'h05), o);
      expect_fault("inval_pdt_one", o, ST_FAULT, C_TTYP, T_UR, 1);
      // An invalidation while a walk is outstanding: the walk's entries are not cached.
      mem_lat = 30;
      map(pt, 3, 64'h3_1000_0000, 0, leaf(44'h3_1000, "rwuad"));
      fork
        xl(mk(24'h20, 64'h3_1000_0000), o);
        begin
          repeat (8) @(posedge clk);
          map(pt, 3, 64'h3_1000_0000, 0, leaf(44'h3_1001, "rwuad"));
          iv = '0;
          iv.kind = iommu_core_pkg::INVAL_VMA;
          do_inval(iv);
        end
      join
      mem_lat = 2;
      settle();
      nr = n_reads;
      xl(mk(24'h20, 64'h3_1000_0000), o);
      check("walk_overlapping_inval_answer", o.ppn == 44'h3_1001, $sformatf("%h", o.ppn));
      // Neither the DC nor the leaf that walk read was cached: DC + 3 PTEs again.
      check("walk_overlapping_inval_not_cached", n_reads - nr == 4,
            $sformatf("%0d reads", n_reads - nr));
    end

    settle();
    check("idle_at_end", idle == 1);
    $display("summary: %0d ok, %0d failed", n_ok, n_fail);
    if (n_fail == 0) $display("PASS");
    $finish;
  end

  initial begin
    #20_000_000;
    $display("FAIL timeout");
    $finish;
  end
endmodule

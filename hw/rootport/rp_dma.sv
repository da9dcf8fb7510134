// rp_dma: the root port's DMA path. Takes rp_rx's descriptors in order, translates each one
// through the IOMMU translation port (up to XLATE_TAGS in flight, answers by tag in any
// order), writes to / reads from host memory with an AXI4 master, and sends the completions
// (data split by RCB / max_payload_size, UR / CA statuses, ATS Translation Completions) to
// the egress arbiter in request order.
//
//   intake   descriptor -> table entry (tag = entry index) + translation request
//   head     the oldest entry, once translated: write (AW + W from the rx slot), read (AR,
//            after every earlier write's B: a read must not pass a posted write [PCIe 2.4.1,
//            Table 2-40 row Non-Posted / col Posted]), or a completion job
//   engine   one completion job at a time: reads' R data through a DW aligner into CplDs
//
// Choices (PCIe Base 6.x / RISC-V IOMMU):
//   - IOMMU fault on a write: dropped (never reaches AXI); on a read: Cpl UR, except the
//     data-corruption causes 268..274 (iommu_hw_guidelines.adoc) which complete with CA and
//     an ERR_CA event. The fault itself is reported by the IOMMU's fault queue; rp_dma sends
//     no AER event for a UR it returns for a fault (no double report).
//   - AXI SLVERR / DECERR on a read: completions not yet started become one Cpl CA for the
//     remaining bytes (ERR_CA event). Data of the completion in progress when the error
//     beat arrives is sent as read (doubtful; see report). Write responses are counted for
//     ordering only; a B error is not reported (no PCIe requester to tell).
//   - Completions: RCB 64 bytes (root port), each completion ends on an RCB boundary except
//     the last, none larger than max_payload_size [2.3.1.1]; byte count / lower address
//     [2.2.9]; zero-length read: one CplD with one DW, byte count 1.
//   - ATS Translation Request (AT 01b): one Translation Completion entry (8 bytes, byte
//     count 8, lower address 0) whatever the Length asked [10.2.3]; S/size encoding from the
//     IOMMU's size_log2; ATS_UR -> Cpl UR, ATS_CA (or a fault) -> Cpl CA.
//   - AxPROT: [0] privileged = PASID prefix PMR, [1] non-secure = 1, [2] instruction = ER on
//     reads. AXI bursts INCR, 8-byte beats, split at 2 KiB (256 beats), never crossing 4 KiB.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_dma #(
  parameter int unsigned AXI_ID_WIDTH = 4,   // AXI id width (every transaction uses id 0)
  parameter int unsigned XLATE_TAGS   = 4,   // descriptors in flight (translation tags), 2..16
  parameter int unsigned JOB_DEPTH    = 4,   // completion jobs queued ahead of the engine
  parameter int unsigned BUF_IW       = 7    // rp_rx's buffer word index width
) (
  input  wire logic                          clk_i,
  // verilator lint_off SYNCASYNCNET
  input  wire logic                          rst_ni,
  // verilator lint_on SYNCASYNCNET
  // verilator lint_off UNUSEDSIGNAL
  input  wire rp_pkg::rp_ctrl_t              ctrl_i,  // max_payload_size
  // verilator lint_on UNUSEDSIGNAL
  input  wire logic [15:0]                   completer_id_i,
  // descriptors and payload from rp_rx
  input  wire logic                          desc_valid_i,
  output logic                               desc_ready_o,
  input  wire rp_rx_pkg::rx_desc_t           desc_i,
  output logic [rp_rx_pkg::SLOT_IDX_W-1:0]   buf_rd_slot_o,
  output logic [BUF_IW-1:0]                  buf_rd_word_o,
  input  wire logic [63:0]                   buf_rd_data_i,
  output logic                               slot_release_o,
  // IOMMU translation port
  output logic                               xlate_req_valid_o,
  input  wire logic                          xlate_req_ready_i,
  output iommu_xlate_pkg::xlate_req_t        xlate_req_o,
  input  wire logic                          xlate_rsp_valid_i,
  output logic                               xlate_rsp_ready_o,
  input  wire iommu_xlate_pkg::xlate_rsp_t   xlate_rsp_i,
  // AXI4 master to host memory
  output logic [AXI_ID_WIDTH-1:0]            m_axi_awid,
  output logic [63:0]                        m_axi_awaddr,
  output logic [7:0]                         m_axi_awlen,
  output logic [2:0]                         m_axi_awsize,
  output logic [1:0]                         m_axi_awburst,
  output logic [2:0]                         m_axi_awprot,
  output logic                               m_axi_awvalid,
  input  wire logic                          m_axi_awready,
  output logic [63:0]                        m_axi_wdata,
  output logic [7:0]                         m_axi_wstrb,
  output logic                               m_axi_wlast,
  output logic                               m_axi_wvalid,
  input  wire logic                          m_axi_wready,
  // verilator lint_off UNUSEDSIGNAL
  input  wire logic [AXI_ID_WIDTH-1:0]       m_axi_bid,    // one id: responses in order
  input  wire logic [1:0]                    m_axi_bresp,  // counted, not reported
  // verilator lint_on UNUSEDSIGNAL
  input  wire logic                          m_axi_bvalid,
  output logic                               m_axi_bready,
  output logic [AXI_ID_WIDTH-1:0]            m_axi_arid,
  output logic [63:0]                        m_axi_araddr,
  output logic [7:0]                         m_axi_arlen,
  output logic [2:0]                         m_axi_arsize,
  output logic [1:0]                         m_axi_arburst,
  output logic [2:0]                         m_axi_arprot,
  output logic                               m_axi_arvalid,
  input  wire logic                          m_axi_arready,
  // verilator lint_off UNUSEDSIGNAL
  input  wire logic [AXI_ID_WIDTH-1:0]       m_axi_rid,    // one id: data in order
  input  wire logic [63:0]                   m_axi_rdata,
  input  wire logic [1:0]                    m_axi_rresp,  // bit 1: SLVERR / DECERR
  input  wire logic                          m_axi_rlast,  // beats are counted instead
  // verilator lint_on UNUSEDSIGNAL
  input  wire logic                          m_axi_rvalid,
  output logic                               m_axi_rready,
  // completions towards the link
  output logic                               cpl_tx_valid_o,
  input  wire logic                          cpl_tx_ready_i,
  output rp_pkg::tlp_beat_t                  cpl_tx_o,
  // errors for rp_cfg (AER)
  output logic                               err_valid_o,
  input  wire logic                          err_ready_i,
  output rp_pkg::rp_err_t                    err_o
);
  localparam int unsigned TW = $clog2(XLATE_TAGS);
  localparam int unsigned DESC_W = $bits(desc_i);
  localparam int unsigned RSP_W = $bits(xlate_rsp_i);
  localparam int unsigned JW = JOB_DEPTH > 1 ? $clog2(JOB_DEPTH) : 1;
  localparam int unsigned RCB_DW = 16;  // Read Completion Boundary of the root port: 64 bytes
  localparam int unsigned DWF = 8;      // DW aligner entries
  localparam logic [1:0] AXI_INCR = 2'b01;
  localparam logic [2:0] AXI_SIZE_8 = 3'd3;

  initial begin
    if (XLATE_TAGS < 2 || XLATE_TAGS > 16 || (XLATE_TAGS & (XLATE_TAGS - 1)) != 0)
      $error("rp_dma: XLATE_TAGS must be a power of two, 2..16");
  end

  function automatic logic [31:0] bswap(input logic [31:0] d);
    bswap = {d[7:0], d[15:8], d[23:16], d[31:24]};
  endfunction

  // working values of the combinational blocks below (module level: Yosys)
  logic c_refuse;
  logic [11:0] c_pos;
  logic [11:0] c_k;
  logic [3:0] c_be;
  logic [10:0] c_bound;
  logic [7:0] c_ft;
  logic c_data_cpl;
  tlp_pkg::tlp_cpl_t c_h;
  logic c_err;
  logic c_lo_in;
  logic c_hi_in;

  // ---------------------------------------------------------------------------------------
  // Table of descriptors in flight (ring, tag = entry index)
  // ---------------------------------------------------------------------------------------
  logic [XLATE_TAGS*DESC_W-1:0] dtab_q;
  logic [XLATE_TAGS*RSP_W-1:0]  rtab_q;
  logic [XLATE_TAGS-1:0]        done_q;
  logic [TW-1:0]                hd_q, tl_q;
  logic [TW:0]                  cnt_q;
  logic                         tab_full, intake, pop;
  // verilator lint_off UNUSEDSIGNAL
  rp_rx_pkg::rx_desc_t          hd;
  // verilator lint_on UNUSEDSIGNAL
  iommu_xlate_pkg::xlate_rsp_t  hr;

  assign tab_full = cnt_q == (TW+1)'(XLATE_TAGS);
  assign hd = rp_rx_pkg::rx_desc_t'(dtab_q[32'(hd_q) * DESC_W +: DESC_W]);
  assign hr = iommu_xlate_pkg::xlate_rsp_t'(rtab_q[32'(hd_q) * RSP_W +: RSP_W]);

  always_comb begin
    c_refuse = desc_i.op == rp_rx_pkg::RX_OP_REFUSE;
    xlate_req_valid_o = desc_valid_i && !tab_full && !c_refuse;
    desc_ready_o = !tab_full && (c_refuse || xlate_req_ready_i);
    intake = desc_valid_i && desc_ready_o;
    xlate_req_o = '0;
    xlate_req_o.tag = 8'(tl_q);
    xlate_req_o.device_id = {8'h00, desc_i.requester_id};
    xlate_req_o.pv = desc_i.pv;
    xlate_req_o.process_id = desc_i.pv ? desc_i.pasid : '0;
    xlate_req_o.priv = desc_i.pv && desc_i.pmr;
    xlate_req_o.exec = desc_i.pv && desc_i.er && desc_i.op == rp_rx_pkg::RX_OP_READ;
    xlate_req_o.iova = desc_i.addr;
    unique case (desc_i.at)
      tlp_pkg::AT_TRANSLATED: xlate_req_o.kind = iommu_xlate_pkg::XLATE_KIND_TRANSLATED;
      tlp_pkg::AT_TRANSLATION_REQUEST: begin
        xlate_req_o.kind = iommu_xlate_pkg::XLATE_KIND_ATS;
        xlate_req_o.iova = {desc_i.addr[63:12], 12'd0};
      end
      default: xlate_req_o.kind = iommu_xlate_pkg::XLATE_KIND_UNTRANSLATED;
    endcase
    xlate_req_o.write = desc_i.op == rp_rx_pkg::RX_OP_WRITE ||
                        (desc_i.at == tlp_pkg::AT_TRANSLATION_REQUEST && !desc_i.nw);
  end
  assign xlate_rsp_ready_o = 1'b1;

  // ---------------------------------------------------------------------------------------
  // Completion jobs
  // ---------------------------------------------------------------------------------------
  typedef enum logic [1:0] { J_DATA, J_STATUS, J_ATS } job_kind_t;
  typedef struct packed {
    job_kind_t        kind;
    logic [2:0]       status;   // J_STATUS: completion status
    logic             ca_err;   // send ERR_CA with this completion
    logic             lk;       // CplLk / CplDLk
    logic [12:0]      bc;       // byte count of the first completion
    logic [6:0]       la;       // lower address of the first completion
    logic [9:0]       dw;       // first DW: address [11:2]
    logic [10:0]      len;      // DWs
    logic [15:0]      rid;
    logic [9:0]       tag;
    logic [2:0]       tc;
    logic [2:0]       attr;
    logic [63:0]      ent;      // J_ATS: translation completion entry (tlp_pkg::ats_cpl_entry_t)
    logic [3:0][31:0] hdr;      // request header and prefix for the AER log
    logic [31:0]      pfx;
  } job_t;
  // width of job_t (Yosys has no $bits of a type; Verilator WIDTH checks the casts)
  localparam int unsigned JOB_W = 2 + 3 + 1 + 1 + 13 + 7 + 10 + 11 + 16 + 10 + 3 + 3 + 64 + 128 + 32;

  logic [JOB_DEPTH*JOB_W-1:0] jobs_q;
  logic [JW-1:0] j_rd_q, j_wr_q;
  logic [JW:0]   j_cnt_q;
  logic          job_push, job_pop, job_full;
  job_t          job_new, job_hd;
  assign job_full = j_cnt_q == (JW+1)'(JOB_DEPTH);
  assign job_hd = job_t'(jobs_q[32'(j_rd_q) * JOB_W +: JOB_W]);

  // ATS Translation Completion entry from the IOMMU's answer [PCIe 10.2.3]: with S set, the
  // address bits below log2(size) - 1 (from bit 12) are ones and that bit is zero.
  // verilator lint_off UNUSEDSIGNAL
  function automatic logic [63:0] ats_entry(input iommu_xlate_pkg::xlate_rsp_t r);
    tlp_pkg::ats_cpl_entry_t e;
    logic [51:0] a;
    e = '0;
    a = {8'd0, r.ppn};
    for (int unsigned i = 0; i < 52; i++) begin
      if (32'(r.size_log2) > 12 && i + 13 < 32'(r.size_log2)) a[i] = 1'b1;
      else if (32'(r.size_log2) > 12 && i + 13 == 32'(r.size_log2)) a[i] = 1'b0;
    end
    e.translated_addr = a;
    e.size = r.size_log2 > 6'd12;
    e.global_map = r.g;
    e.privileged = r.priv;
    e.execute = r.x;
    // U ("untranslated access only") is for ranges the device must not cache, e.g. MSI pages
    // in MRIF mode (RISC-V IOMMU, "PCIe ATS translation request handling"); this IOMMU has
    // no MRIF: always 0. (r.u is the page's user bit, a different thing.)
    e.untranslated_only = 1'b0;
    e.write_perm = r.w;
    e.read_perm = r.r;
    ats_entry = 64'(e);
  endfunction
  // verilator lint_on UNUSEDSIGNAL

  // ---------------------------------------------------------------------------------------
  // Head: writes, reads, completion jobs, in descriptor order
  // ---------------------------------------------------------------------------------------
  typedef enum logic [1:0] { H_IDLE, H_WR, H_RD } hstate_t;
  hstate_t h_q;
  logic [63:0] aw_addr_q, ar_addr_q;       // next burst address (8-byte aligned)
  logic [9:0]  aw_left_q, ar_left_q;       // beats still to request
  logic [9:0]  w_idx_q, w_beats_q;         // W beat index, beats of the write
  logic [63:0] w_waddr_q;                  // word address of the next W beat
  logic [15:0] b_out_q;                    // AW issued whose B has not come back
  logic        head_ready;
  logic        corrupt;
  logic [9:0]  beats_of_head;

  assign head_ready = cnt_q != '0 && done_q[hd_q];
  assign corrupt = hr.cause >= 12'(iommu_mem_pkg::FAULT_CAUSE_DDT_CORRUPTED) &&
                   hr.cause <= 12'(iommu_mem_pkg::FAULT_CAUSE_PT_CORRUPTED);
  assign beats_of_head = 10'((11'(hd.addr[2]) + hd.len_dw + 11'd1) >> 1);

  // beats left in the 2 KiB (256-beat) block from a word address
  // verilator lint_off UNUSEDSIGNAL
  function automatic logic [9:0] burst_beats(input logic [63:0] a, input logic [9:0] left);
    logic [9:0] room;
    room = 10'd256 - 10'(a[10:3]);
    burst_beats = left < room ? left : room;
  endfunction
  // verilator lint_on UNUSEDSIGNAL

  // AW / W of the head write, AR of the head read: a block of its own, so that no VALID
  // is computed where a READY is read (AXI: VALID must not wait for READY; an
  // interconnect's READY may follow VALID combinationally).
  always_comb begin
    m_axi_awid = '0;
    m_axi_awaddr = aw_addr_q;
    m_axi_awlen = 8'(burst_beats(aw_addr_q, aw_left_q) - 10'd1);
    m_axi_awsize = AXI_SIZE_8;
    m_axi_awburst = AXI_INCR;
    m_axi_awprot = {1'b0, 1'b1, hd.pv && hd.pmr};
    m_axi_awvalid = h_q == H_WR && aw_left_q != '0;
    buf_rd_slot_o = hd.slot;
    buf_rd_word_o = BUF_IW'(w_idx_q);
    m_axi_wvalid = h_q == H_WR && w_idx_q != w_beats_q;
    m_axi_wlast = w_idx_q + 10'd1 == w_beats_q || w_waddr_q[7:0] == 8'hff;
    m_axi_wdata = {bswap(buf_rd_data_i[63:32]), bswap(buf_rd_data_i[31:0])};
    for (int unsigned l = 0; l < 2; l++) begin
      // payload DW c_k = slot position - addr[2]
      c_pos = {w_idx_q, 1'b0} + 12'(l);
      c_k = c_pos - 12'(hd.addr[2]);
      if (c_pos < 12'(hd.addr[2]) || c_k >= 12'(hd.len_dw)) c_be = 4'h0;
      else if (c_k == 12'd0) c_be = hd.first_be;
      else if (c_k == 12'(hd.len_dw) - 12'd1) c_be = hd.last_be;
      else c_be = 4'hf;
      m_axi_wstrb[4*l +: 4] = c_be;
    end
    m_axi_bready = 1'b1;
    m_axi_arid = '0;
    m_axi_araddr = ar_addr_q;
    m_axi_arlen = 8'(burst_beats(ar_addr_q, ar_left_q) - 10'd1);
    m_axi_arsize = AXI_SIZE_8;
    m_axi_arburst = AXI_INCR;
    m_axi_arprot = {hd.pv && hd.er, 1'b1, hd.pv && hd.pmr};
    m_axi_arvalid = h_q == H_RD && ar_left_q != '0;
  end

  logic aw_hs, w_hs, ar_hs, b_hs;
  always_comb begin
    job_push = 1'b0;
    job_new = '0;
    job_new.lk = hd.cpl_lk;
    job_new.bc = hd.cpl_bc;
    job_new.la = hd.cpl_la;
    job_new.dw = hd.addr[11:2];
    job_new.len = hd.len_dw;
    job_new.rid = hd.requester_id;
    job_new.tag = hd.tag;
    job_new.tc = hd.tc;
    job_new.attr = hd.attr;
    job_new.hdr = hd.hdr;
    job_new.pfx = hd.pfx;
    job_new.ent = ats_entry(hr);
    pop = 1'b0;
    slot_release_o = 1'b0;
    if (h_q == H_IDLE && head_ready) begin
      unique case (hd.op)
        rp_rx_pkg::RX_OP_WRITE: if (hr.status != iommu_xlate_pkg::XLATE_STATUS_OK ||
                                    hd.at == tlp_pkg::AT_TRANSLATION_REQUEST) begin
          // faulting write: dropped; so is a write with AT 01b (rp_rx refuses those as
          // Malformed: an ATS answer grants no access and must never address memory)
          pop = 1'b1;
          slot_release_o = 1'b1;
        end
        rp_rx_pkg::RX_OP_READ: if (!job_full) begin
          if (hd.at == tlp_pkg::AT_TRANSLATION_REQUEST) begin
            job_push = 1'b1;
            pop = 1'b1;
            if (hr.status == iommu_xlate_pkg::XLATE_STATUS_OK) begin
              job_new.kind = J_ATS;
              job_new.bc = 13'd8;
              job_new.la = '0;
            end else begin
              job_new.kind = J_STATUS;
              job_new.status = hr.status == iommu_xlate_pkg::XLATE_STATUS_ATS_UR ?
                               3'(tlp_pkg::CPL_STATUS_UR) : 3'(tlp_pkg::CPL_STATUS_CA);
              // a Completer Abort the port sends is recorded (Signaled Target Abort, AER)
              job_new.ca_err = hr.status != iommu_xlate_pkg::XLATE_STATUS_ATS_UR;
            end
          end else if (hr.status != iommu_xlate_pkg::XLATE_STATUS_OK) begin
            job_push = 1'b1;
            pop = 1'b1;
            job_new.kind = J_STATUS;
            job_new.status = corrupt ? 3'(tlp_pkg::CPL_STATUS_CA) : 3'(tlp_pkg::CPL_STATUS_UR);
            job_new.ca_err = corrupt;
          end else if (b_out_q == '0) begin
            job_push = 1'b1;     // reads wait for every earlier write's B (ordering)
            job_new.kind = J_DATA;
          end
        end
        default: if (!job_full) begin  // refused by rp_rx
          job_push = 1'b1;
          pop = 1'b1;
          job_new.kind = J_STATUS;
          job_new.status = hd.cpl_status;
          job_new.ca_err = 1'b0;  // rp_rx reported the refusal (UR / ACS violation)
        end
      endcase
    end
    aw_hs = m_axi_awvalid && m_axi_awready;
    w_hs = m_axi_wvalid && m_axi_wready;
    ar_hs = m_axi_arvalid && m_axi_arready;
    b_hs = m_axi_bvalid && m_axi_bready;
    if (h_q == H_WR && (aw_left_q == '0 || (aw_hs && 32'(burst_beats(aw_addr_q, aw_left_q)) ==
        32'(aw_left_q))) && (w_idx_q == w_beats_q || (w_hs && w_idx_q + 10'd1 == w_beats_q))) begin
      pop = 1'b1;
      slot_release_o = 1'b1;
    end
    if (h_q == H_RD && ar_hs && 32'(burst_beats(ar_addr_q, ar_left_q)) == 32'(ar_left_q))
      pop = 1'b1;
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      dtab_q <= '0;
      rtab_q <= '0;
      done_q <= '0;
      hd_q <= '0;
      tl_q <= '0;
      cnt_q <= '0;
      h_q <= H_IDLE;
      aw_addr_q <= '0;
      ar_addr_q <= '0;
      aw_left_q <= '0;
      ar_left_q <= '0;
      w_idx_q <= '0;
      w_beats_q <= '0;
      w_waddr_q <= '0;
      b_out_q <= '0;
    end else begin
      if (intake) begin
        dtab_q[32'(tl_q) * DESC_W +: DESC_W] <= desc_i;
        done_q[tl_q] <= desc_i.op == rp_rx_pkg::RX_OP_REFUSE;
        tl_q <= tl_q + TW'(1);
      end
      if (xlate_rsp_valid_i) begin
        rtab_q[32'(xlate_rsp_i.tag[TW-1:0]) * RSP_W +: RSP_W] <= xlate_rsp_i;
        done_q[xlate_rsp_i.tag[TW-1:0]] <= 1'b1;
      end
      if (pop) begin
        hd_q <= hd_q + TW'(1);
        h_q <= H_IDLE;
      end
      cnt_q <= cnt_q + (TW+1)'(intake) - (TW+1)'(pop);
      b_out_q <= b_out_q + 16'(aw_hs) - 16'(b_hs);
      if (h_q == H_IDLE && head_ready && !pop && hd.op == rp_rx_pkg::RX_OP_WRITE) begin
        h_q <= H_WR;
        aw_addr_q <= {8'd0, hr.ppn, hd.addr[11:3], 3'b000};
        w_waddr_q <= {8'd0, hr.ppn, hd.addr[11:3], 3'b000} >> 3;
        aw_left_q <= beats_of_head;
        w_beats_q <= beats_of_head;
        w_idx_q <= '0;
      end
      if (job_push && job_new.kind == J_DATA) begin
        h_q <= H_RD;
        ar_addr_q <= {8'd0, hr.ppn, hd.addr[11:3], 3'b000};
        ar_left_q <= beats_of_head;
      end
      if (aw_hs) begin
        aw_addr_q <= aw_addr_q + {51'd0, burst_beats(aw_addr_q, aw_left_q), 3'b000};
        aw_left_q <= aw_left_q - burst_beats(aw_addr_q, aw_left_q);
      end
      if (w_hs) begin
        w_idx_q <= w_idx_q + 10'd1;
        w_waddr_q <= w_waddr_q + 64'd1;
      end
      if (ar_hs) begin
        ar_addr_q <= ar_addr_q + {51'd0, burst_beats(ar_addr_q, ar_left_q), 3'b000};
        ar_left_q <= ar_left_q - burst_beats(ar_addr_q, ar_left_q);
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Completion engine: DW aligner from R, completion TLPs out
  // ---------------------------------------------------------------------------------------
  // E_CH sizes the next data completion (and decides CA) once its first DW or an error is in.
  typedef enum logic [2:0] { E_IDLE, E_CH, E_H0, E_H1, E_DATA, E_DRAIN } estate_t;
  estate_t e_q;
  // verilator lint_off UNUSEDSIGNAL
  job_t    cj_q;                  // current job
  // verilator lint_on UNUSEDSIGNAL
  logic [10:0] s_q;               // next DW to complete (DW index in the 4 KiB page, + len)
  logic [10:0] rem_q;             // DWs left in the request
  logic [12:0] bc_q;              // byte count of the next completion
  logic [6:0]  la_q;              // lower address of the next completion
  logic [10:0] chunk_q;           // DWs of the completion being sent
  logic [10:0] cleft_q;           // of which still to send
  logic        ca_q;              // the completion being sent is the CA of a failed read
  logic        rerr_q;            // an R error was seen in this job
  logic [11:0] rd_dw_q, rd_end_q; // DW of the next R beat's low lane, end of the read
  // DW aligner
  logic [DWF*33-1:0] dwf_q;
  logic [2:0] dwf_rd_q, dwf_wr_q;
  logic [3:0] dwf_cnt_q;
  logic [1:0] dwf_push, dwf_pop;
  logic [1:0][32:0] push_dw;
  // verilator lint_off UNUSEDSIGNAL
  logic [32:0] pk0, pk1;
  // verilator lint_on UNUSEDSIGNAL
  assign pk0 = dwf_q[32'(dwf_rd_q) * 33 +: 33];
  assign pk1 = dwf_q[32'(3'(dwf_rd_q + 3'd1)) * 33 +: 33];

  logic [10:0] mps_dw;
  assign mps_dw = 11'd32 << ctrl_i.max_payload_size;  // 128 << n bytes

  logic err_valid_q;
  rp_pkg::rp_err_t err_q;
  assign err_valid_o = err_valid_q;
  assign err_o = err_q;

  logic r_take, cpl_hs, start_ca, emit_ca_err;
  logic [10:0] chunk_new;
  logic [31:0] hdw0, hdw1, hdw2;

  always_comb begin
    c_bound = s_q / 11'(RCB_DW) * 11'(RCB_DW) + mps_dw;
    chunk_new = c_bound - s_q < rem_q ? c_bound - s_q : rem_q;
    job_pop = e_q == E_IDLE && j_cnt_q != '0;
    // R beats: the current data job's, while the aligner has room for two DWs
    r_take = (e_q != E_IDLE) && cj_q.kind == J_DATA && rd_dw_q < rd_end_q &&
             (e_q == E_DRAIN || dwf_cnt_q <= 4'(DWF - 2));
    m_axi_rready = r_take;
    dwf_push = '0;
    push_dw = '0;
    c_err = 1'b0;
    c_lo_in = 1'b0;
    c_hi_in = 1'b0;
    if (r_take && m_axi_rvalid && e_q != E_DRAIN) begin
      c_err = m_axi_rresp[1];
      c_lo_in = rd_dw_q >= 12'(cj_q.dw);
      c_hi_in = rd_dw_q + 12'd1 < rd_end_q;
      if (c_lo_in && c_hi_in) begin
        dwf_push = 2'd2;
        push_dw[0] = {c_err, bswap(m_axi_rdata[31:0])};
        push_dw[1] = {c_err, bswap(m_axi_rdata[63:32])};
      end else if (c_lo_in) begin
        dwf_push = 2'd1;
        push_dw[0] = {c_err, bswap(m_axi_rdata[31:0])};
      end else begin
        dwf_push = 2'd1;
        push_dw[0] = {c_err, bswap(m_axi_rdata[63:32])};
      end
    end
    // completion beats
    start_ca = rerr_q || (dwf_cnt_q != '0 && pk0[32]);
    c_data_cpl = !ca_q && cj_q.kind != J_STATUS;
    unique case ({cj_q.lk, c_data_cpl})
      2'b00: c_ft = 8'(tlp_pkg::TLP_FMT_TYPE_CPL);
      2'b01: c_ft = 8'(tlp_pkg::TLP_FMT_TYPE_CPLD);
      2'b10: c_ft = 8'(tlp_pkg::TLP_FMT_TYPE_CPLLK);
      default: c_ft = 8'(tlp_pkg::TLP_FMT_TYPE_CPLDLK);
    endcase
    begin
      c_h = '0;
      c_h.dw0.fmt_type = tlp_pkg::tlp_fmt_type_t'(c_ft);
      c_h.dw0.t9 = cj_q.tag[9];
      c_h.dw0.t8 = cj_q.tag[8];
      c_h.dw0.tc = cj_q.tc;
      c_h.dw0.attr2 = cj_q.attr[2];
      c_h.dw0.attr = cj_q.attr[1:0];
      c_h.dw0.length = c_data_cpl ? chunk_q[9:0] : 10'd0;
      c_h.completer_id = completer_id_i;
      c_h.status = ca_q ? tlp_pkg::CPL_STATUS_CA : tlp_pkg::cpl_status_t'(
                 cj_q.kind == J_STATUS ? cj_q.status : 3'(tlp_pkg::CPL_STATUS_SC));
      c_h.byte_count = bc_q[11:0];
      c_h.requester_id = cj_q.rid;
      c_h.tag = cj_q.tag[7:0];
      c_h.lower_address = la_q;
      {hdw0, hdw1, hdw2} = c_h;
    end
  end

  // Completion beats: a block of their own, so that VALID never waits for READY (the egress
  // arbiter's READY follows VALID combinationally).
  always_comb begin
    cpl_tx_o = '0;
    cpl_tx_valid_o = 1'b0;
    dwf_pop_want = '0;
    unique case (e_q)
      E_H0: begin
        cpl_tx_valid_o = !err_valid_q;  // room for the ERR_CA event it may raise
        cpl_tx_o.data = {hdw1, hdw0};
        cpl_tx_o.keep = 2'b11;
        cpl_tx_o.sop = 1'b1;
      end
      E_H1: begin
        cpl_tx_valid_o = 1'b1;
        cpl_tx_o.keep = c_data_cpl ? 2'b11 : 2'b01;
        cpl_tx_o.eop = !c_data_cpl || cleft_q == 11'd1;
        cpl_tx_o.data = {cj_q.kind == J_ATS ? cj_q.ent[63:32] : pk0[31:0], hdw2};
        if (c_data_cpl && cj_q.kind == J_DATA) dwf_pop_want = 2'd1;
        if (!c_data_cpl) cpl_tx_o.data[63:32] = '0;
      end
      E_DATA: begin
        if (cj_q.kind == J_ATS) begin
          cpl_tx_valid_o = 1'b1;
          cpl_tx_o.data = {32'd0, cj_q.ent[31:0]};
          cpl_tx_o.keep = 2'b01;
          cpl_tx_o.eop = 1'b1;
        end else begin
          cpl_tx_valid_o = cleft_q == 11'd1 ? dwf_cnt_q >= 4'd1 : dwf_cnt_q >= 4'd2;
          cpl_tx_o.data = {cleft_q == 11'd1 ? 32'd0 : pk1[31:0], pk0[31:0]};
          cpl_tx_o.keep = cleft_q == 11'd1 ? 2'b01 : 2'b11;
          cpl_tx_o.eop = cleft_q <= 11'd2;
          dwf_pop_want = cleft_q == 11'd1 ? 2'd1 : 2'd2;
        end
      end
      default: ;
    endcase
  end

  logic [1:0] dwf_pop_want;
  assign cpl_hs = cpl_tx_valid_o && cpl_tx_ready_i;
  assign dwf_pop = cpl_hs ? dwf_pop_want : '0;
  assign emit_ca_err = cpl_hs && e_q == E_H0 && (ca_q || (cj_q.kind == J_STATUS && cj_q.ca_err));

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      jobs_q <= '0;
      j_rd_q <= '0;
      j_wr_q <= '0;
      j_cnt_q <= '0;
      e_q <= E_IDLE;
      cj_q <= '0;
      s_q <= '0;
      rem_q <= '0;
      bc_q <= '0;
      la_q <= '0;
      chunk_q <= '0;
      cleft_q <= '0;
      ca_q <= 1'b0;
      rerr_q <= 1'b0;
      rd_dw_q <= '0;
      rd_end_q <= '0;
      dwf_q <= '0;
      dwf_rd_q <= '0;
      dwf_wr_q <= '0;
      dwf_cnt_q <= '0;
      err_valid_q <= 1'b0;
      err_q <= '0;
    end else begin
      if (job_push) begin
        jobs_q[32'(j_wr_q) * JOB_W +: JOB_W] <= job_new;
        j_wr_q <= j_wr_q == JW'(JOB_DEPTH - 1) ? '0 : j_wr_q + JW'(1);
      end
      if (job_pop) j_rd_q <= j_rd_q == JW'(JOB_DEPTH - 1) ? '0 : j_rd_q + JW'(1);
      j_cnt_q <= j_cnt_q + (JW+1)'(job_push) - (JW+1)'(job_pop);
      // aligner
      for (int unsigned i = 0; i < 2; i++)
        if (2'(i) < dwf_push) dwf_q[32'(3'(dwf_wr_q + 3'(i))) * 33 +: 33] <= push_dw[i];
      dwf_wr_q <= dwf_wr_q + 3'(dwf_push);
      dwf_rd_q <= dwf_rd_q + 3'(dwf_pop);
      dwf_cnt_q <= dwf_cnt_q + 4'(dwf_push) - 4'(dwf_pop);
      if (r_take && m_axi_rvalid) begin
        rd_dw_q <= rd_dw_q + 12'd2;
        if (m_axi_rresp[1]) rerr_q <= 1'b1;
      end
      if (err_valid_q && err_ready_i) err_valid_q <= 1'b0;
      if (emit_ca_err) begin
        err_valid_q <= 1'b1;
        err_q <= '0;
        err_q.kind <= rp_pkg::ERR_CA;
        err_q.log_valid <= 1'b1;
        err_q.source_id <= cj_q.rid;
        err_q.header <= cj_q.hdr;
        err_q.prefix_count <= cj_q.pfx != '0 ? 3'd1 : 3'd0;
        err_q.prefix <= {96'd0, cj_q.pfx};
      end
      unique case (e_q)
        E_IDLE: if (job_pop) begin
          cj_q <= job_hd;
          s_q <= {1'b0, job_hd.dw};
          rem_q <= job_hd.kind == J_DATA ? job_hd.len : 11'd2;
          bc_q <= job_hd.bc;
          la_q <= job_hd.la;
          chunk_q <= job_hd.kind == J_ATS ? 11'd2 : 11'd0;
          cleft_q <= job_hd.kind == J_ATS ? 11'd2 : 11'd0;
          ca_q <= 1'b0;
          rerr_q <= 1'b0;
          rd_dw_q <= {2'b00, job_hd.dw[9:1], 1'b0};
          rd_end_q <= job_hd.kind == J_DATA ? 12'(job_hd.dw) + 12'(job_hd.len) : '0;
          e_q <= job_hd.kind == J_DATA ? E_CH : E_H0;
        end
        E_CH: if (dwf_cnt_q != '0 || rerr_q) begin
          ca_q <= start_ca;
          chunk_q <= chunk_new;
          cleft_q <= chunk_new;
          e_q <= E_H0;
        end
        E_H0: if (cpl_hs) e_q <= E_H1;
        E_H1: if (cpl_hs) begin
          if (ca_q) e_q <= E_DRAIN;
          else if (cj_q.kind == J_STATUS) e_q <= E_IDLE;
          else if (cleft_q == 11'd1) begin
            e_q <= rem_q == chunk_q ? E_IDLE : E_CH;
            s_q <= s_q + chunk_q;
            rem_q <= rem_q - chunk_q;
            bc_q <= bc_q - ({2'b00, chunk_q} << 2) + 13'(la_q[1:0]);
            la_q <= {s_q[4:0] + chunk_q[4:0], 2'b00};
          end else begin
            cleft_q <= cleft_q - 11'd1;
            e_q <= E_DATA;
          end
        end
        E_DATA: if (cpl_hs) begin
          if (cleft_q <= 11'd2) begin
            e_q <= (cj_q.kind == J_ATS || rem_q == chunk_q) ? E_IDLE : E_CH;
            s_q <= s_q + chunk_q;
            rem_q <= rem_q - chunk_q;
            bc_q <= bc_q - ({2'b00, chunk_q} << 2) + 13'(la_q[1:0]);
            la_q <= {s_q[4:0] + chunk_q[4:0], 2'b00};
          end else cleft_q <= cleft_q - 11'd2;
        end
        E_DRAIN: if (rd_dw_q >= rd_end_q && dwf_cnt_q == '0) e_q <= E_IDLE;
        default: e_q <= E_IDLE;
      endcase
      // drain the aligner of a failed read
      if (e_q == E_DRAIN && dwf_cnt_q != '0) begin
        dwf_rd_q <= dwf_rd_q + 3'(dwf_cnt_q);
        dwf_cnt_q <= 4'(dwf_push);
      end
    end
  end

  // ---------------------------------------------------------------------------------------
  // Assertions
  // ---------------------------------------------------------------------------------------
`ifndef SYNTHESIS
  a_cpl_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    cpl_tx_valid_o && !cpl_tx_ready_i |=> cpl_tx_valid_o && $stable(cpl_tx_o));
  a_aw_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    m_axi_awvalid && !m_axi_awready |=> m_axi_awvalid && $stable(m_axi_awaddr));
  a_w_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    m_axi_wvalid && !m_axi_wready |=> m_axi_wvalid && $stable(m_axi_wdata) && $stable(m_axi_wstrb));
  a_ar_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    m_axi_arvalid && !m_axi_arready |=> m_axi_arvalid && $stable(m_axi_araddr));
  a_err_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    err_valid_o && !err_ready_i |=> err_valid_o && $stable(err_o));
  // no memory write for a write the IOMMU refused
  a_no_fault_write: assert property (@(posedge clk_i) disable iff (!rst_ni)
    m_axi_awvalid |-> hd.op == rp_rx_pkg::RX_OP_WRITE &&
                      hr.status == iommu_xlate_pkg::XLATE_STATUS_OK);
  // memory is addressed only through untranslated or translated requests, never through an
  // ATS answer (which grants no access)
  a_no_ats_access: assert property (@(posedge clk_i) disable iff (!rst_ni)
    (m_axi_awvalid || m_axi_arvalid) |-> hd.at != tlp_pkg::AT_TRANSLATION_REQUEST);
  // a read's AR only with no write response outstanding
  a_read_order: assert property (@(posedge clk_i) disable iff (!rst_ni)
    job_push && job_new.kind == J_DATA |-> b_out_q == '0);
  // a burst never crosses 4 KiB
  a_aw_4k: assert property (@(posedge clk_i) disable iff (!rst_ni)
    m_axi_awvalid |-> 13'(m_axi_awaddr[11:0]) + ((13'(m_axi_awlen) + 13'd1) << 3) <= 13'd4096);
  a_ar_4k: assert property (@(posedge clk_i) disable iff (!rst_ni)
    m_axi_arvalid |-> 13'(m_axi_araddr[11:0]) + ((13'(m_axi_arlen) + 13'd1) << 3) <= 13'd4096);
  a_dwf: assert property (@(posedge clk_i) disable iff (!rst_ni) dwf_cnt_q <= 4'(DWF));
  // one answer per translation request: its entry is still waiting for it
  always_ff @(posedge clk_i)
    if (rst_ni && xlate_rsp_valid_i)
      a_tag_known: assert (cnt_q != '0 && !done_q[xlate_rsp_i.tag[TW-1:0]]);
`endif

endmodule

`resetall

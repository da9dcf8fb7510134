// rp_rx: link ingress of the root port. Parses the 64-bit TLP stream (rp_pkg conventions),
// runs every receive check, and only after the last beat of a TLP has arrived and every check
// passed hands it on: memory requests as descriptors to rp_dma (write payload in a slot of
// the store-and-forward buffer), completions to the host bridge, messages to the message
// block. A refused non-posted request becomes a RX_OP_REFUSE descriptor (rp_dma sends its
// completion, keeping completion order); every error leaves as one rp_err_t event.
//
// PCIe choices (PCIe Base 6.x section in brackets; "choice" where PCIe leaves one):
//   - Local prefixes: this port supports none; any Local prefix, or one after an End-End
//     prefix, is Malformed [2.2.1.1 TLP prefix rules].
//   - End-End prefix while EE_PREFIX_SUPPORTED = 0, more than 4, an End-End type other than
//     PASID, two PASID prefixes, prefixes without a header: Malformed [2.2.10.2, 6.20.2.1].
//   - More End-End prefixes than MAX_EE_PREFIXES (<= 4): requests Unsupported Request (the
//     recommended handling for a root port), completions Unexpected Completion [2.2.10.2].
//   - PASID prefix allowed only on memory requests with AT 00b, translation requests (MRd,
//     AT 01b), AtomicOps with AT 00b and the messages ATS Invalidate Request, Page Request,
//     PRG Response; on anything else Malformed [6.20.2.1].
//   - Reserved Fmt/Type: Malformed. IO, configuration (from the link), locked reads and
//     AtomicOps exist but this port completes none: Unsupported Request [2.3.1].
//   - Length vs DWs received (with TD the digest DW; ECRC not checked), payload above
//     max_payload_size or MAX_PAYLOAD_BYTES, byte-enable rules, 4 KiB crossing: Malformed
//     [2.2.2, 2.2.5, 2.2.7].
//   - Poisoned MWr / MsgD: dropped, ERR_POISONED [2.7.2.2]. Poisoned CplD: ERR_POISONED and
//     handed on with cpl_o.poisoned set (choice: the host bridge must not report it again).
//   - bus_master_en clear: memory requests (and AtomicOps) Unsupported Request [7.5.1.1.3].
//   - Address Type 01b (Translation Request) on anything but a memory read, or the reserved
//     11b: Malformed [2.2.4.1].
//   - ACS source validation (requests whose requester bus is not in secondary..subordinate;
//     completions are never affected) and translation blocking (memory requests with AT !=
//     00b): ACS Violation; a non-posted request is completed with Completer Abort [6.12.1.1].
//   - Precedence when several apply (one report per TLP) [6.2.3.2.3]: Malformed, ACS
//     Violation, UR / Unexpected Completion, Poisoned.
//   - Completions with more than 2 data DWs match no request of this port (rp_pkg): choice,
//     rp_rx reports Unexpected Completion and drops them. MsgD with more than 2 DWs: UR.
//   - Framing: a beat without sop while idle is Malformed (one report per run of such beats,
//     nothing logged) and dropped; sop inside a TLP ends that TLP as Malformed and the new
//     sop starts the next TLP (resynchronisation).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_rx #(
  parameter bit          EE_PREFIX_SUPPORTED = 1'b1, // DEVCAP2 End-End TLP Prefix Supported
  parameter int unsigned MAX_EE_PREFIXES     = 1,    // DEVCAP2 Max End-End TLP Prefixes, 1..4
  parameter int unsigned MAX_PAYLOAD_BYTES   = 512,  // DEVCAP Max_Payload_Size Supported
  parameter int unsigned RX_SLOTS            = 3,    // write payload slots (>= 2: double buffer)
  parameter int unsigned DESC_DEPTH          = 4,    // descriptor FIFO towards rp_dma
  // derived
  parameter int unsigned SLOT_WORDS = MAX_PAYLOAD_BYTES / 8 + 1,  // 64-bit words per slot
  parameter int unsigned BUF_IW     = $clog2(RX_SLOTS * SLOT_WORDS)
) (
  input  wire logic                    clk_i,
  // verilator lint_off SYNCASYNCNET
  input  wire logic                    rst_ni,
  // verilator lint_on SYNCASYNCNET
  // verilator lint_off UNUSEDSIGNAL
  input  wire rp_pkg::rp_ctrl_t        ctrl_i,       // bus numbers, ACS, MPS, bus master
  input  wire logic [63:0]             rx_tlp_data,
  input  wire logic [1:0]              rx_tlp_keep,  // keep[0] is always 1
  // verilator lint_on UNUSEDSIGNAL
  // link ingress (data and keep above)
  input  wire logic                    rx_tlp_sop,
  input  wire logic                    rx_tlp_eop,
  input  wire logic                    rx_tlp_valid,
  output logic                         rx_tlp_ready,
  // completions for the host bridge
  output logic                         cpl_valid_o,
  input  wire logic                    cpl_ready_i,
  output rp_pkg::rp_cpl_in_t           cpl_o,
  // messages for the message block
  output logic                         msg_valid_o,
  input  wire logic                    msg_ready_i,
  output rp_pkg::rp_msg_in_t           msg_o,
  // errors for rp_cfg (AER)
  output logic                         err_valid_o,
  input  wire logic                    err_ready_i,
  output rp_pkg::rp_err_t              err_o,
  // descriptors for rp_dma
  output logic                         desc_valid_o,
  input  wire logic                    desc_ready_i,
  output rp_rx_pkg::rx_desc_t          desc_o,
  // payload slots, read by rp_dma (combinational read), released in commit order
  input  wire logic [rp_rx_pkg::SLOT_IDX_W-1:0] buf_rd_slot_i,
  input  wire logic [BUF_IW-1:0]       buf_rd_word_i,  // word inside the slot
  output logic [63:0]                  buf_rd_data_o,
  input  wire logic                    slot_release_i
);
  localparam int unsigned SLOT_DWS = 2 * SLOT_WORDS;
  localparam int unsigned DESC_W = $bits(desc_o);
  localparam int unsigned DIW = DESC_DEPTH > 1 ? $clog2(DESC_DEPTH) : 1;
  localparam int unsigned SIW = rp_rx_pkg::SLOT_IDX_W;

  initial begin
    if (MAX_EE_PREFIXES < 1 || MAX_EE_PREFIXES > rp_pkg::MAX_EE_PREFIXES_ANY)
      $error("rp_rx: MAX_EE_PREFIXES must be 1..4");
    if (RX_SLOTS < 2 || RX_SLOTS > (1 << rp_rx_pkg::SLOT_IDX_W))
      $error("rp_rx: RX_SLOTS must be 2..%0d", 1 << rp_rx_pkg::SLOT_IDX_W);
    if (MAX_PAYLOAD_BYTES < 128 || MAX_PAYLOAD_BYTES > 4096)
      $error("rp_rx: MAX_PAYLOAD_BYTES must be 128..4096");
    if (tlp_pkg::TLP_CPL_BYTES * 8 != $bits(cpl_o.hdr))
      $error("rp_rx: completion header width");
    if (tlp_pkg::TLP_MSG_BYTES * 8 != $bits(msg_o.hdr))
      $error("rp_rx: message header width");
  end

  // ---------------------------------------------------------------------------------------
  // Parse state of the TLP being received (one DW at a time, two per beat)
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic             in_tlp;     // between sop and eop
    logic             in_hdr;     // prefixes done, header DWs arriving
    logic [2:0]       n_ee;       // End-End prefixes seen (saturates at 7)
    logic [3:0][31:0] pfx;        // the first four End-End prefixes
    logic             bad_local;  // a Local prefix (none supported)
    logic             bad_order;  // a Local prefix after an End-End one
    logic             bad_type;   // an End-End prefix type other than PASID
    logic             two_pasid;  // more than one PASID prefix
    logic             pasid_v;    // a PASID prefix came
    logic [31:0]      pasid;      // the PASID prefix
    logic [2:0]       hdr_n;      // header DWs received
    logic [3:0][31:0] hdr;        // header, hdr[0] = DW0, zero beyond hdr_n
    logic [11:0]      data_n;     // DWs after the header (payload + digest), saturating
    logic [1:0][31:0] dat;        // the first two of them (completion / message data)
  } pst_t;

  // width of pst_t (Yosys has no $bits of a type; Verilator WIDTH checks the casts)
  localparam int unsigned PST_W = 2 + 3 + 128 + 4 + 1 + 32 + 3 + 128 + 12 + 64;
  pst_t st_q, st_d;
  logic garbage_q, garbage_d;  // dropping beats that came without sop

  // verilator lint_off UNUSEDSIGNAL
  function automatic logic [2:0] hdr_len(input logic [31:0] dw0);
    hdr_len = dw0[29] ? 3'd4 : 3'd3;  // Fmt bit 0: 4 DW header
  endfunction
  // verilator lint_on UNUSEDSIGNAL

  // Slot buffer: two banks of DWs (even / odd slot positions).
  logic [31:0] buf_lo [RX_SLOTS * SLOT_WORDS];
  logic [31:0] buf_hi [RX_SLOTS * SLOT_WORDS];
  logic [SIW-1:0] wr_slot_q;     // slot being filled (the next to commit)
  logic [SIW:0]   free_q;        // free slots (the filled one included)
  logic           lo_we, hi_we;
  logic [BUF_IW-1:0] lo_idx, hi_idx;
  logic [31:0]    lo_wd, hi_wd;

  // Step of one DW through the parser; also yields the slot write of a payload DW.
  function automatic logic [PST_W-1:0] step(input logic [PST_W-1:0] sv, input logic [31:0] dw);
    pst_t s;
    pst_t n;
    logic [7:0] ft;
    s = pst_t'(sv);
    n = s;
    ft = dw[31:24];
    if (!s.in_hdr && ft[7:5] == 3'(tlp_pkg::TLP_FMT_PREFIX)) begin
      if (!ft[4]) begin  // Local prefix
        n.bad_local = 1'b1;
        if (s.n_ee != 0) n.bad_order = 1'b1;
      end else begin     // End-End prefix
        if (s.n_ee < 3'd4) n.pfx[s.n_ee[1:0]] = dw;
        if (s.n_ee != 3'd7) n.n_ee = s.n_ee + 3'd1;
        if (ft == 8'(tlp_pkg::TLP_FMT_TYPE_PREFIX_PASID)) begin
          if (s.pasid_v) n.two_pasid = 1'b1;
          n.pasid_v = 1'b1;
          if (!s.pasid_v) n.pasid = dw;
        end else n.bad_type = 1'b1;
      end
    end else if (!s.in_hdr || s.hdr_n < hdr_len(s.hdr[0])) begin
      n.in_hdr = 1'b1;
      n.hdr[s.hdr_n[1:0]] = dw;
      n.hdr_n = s.hdr_n + 3'd1;
    end else begin
      if (s.data_n < 12'd2) n.dat[s.data_n[0]] = dw;
      if (s.data_n != 12'hfff) n.data_n = s.data_n + 12'd1;
    end
    step = n;
  endfunction

  // ---------------------------------------------------------------------------------------
  // Beat acceptance and the two DW steps
  // ---------------------------------------------------------------------------------------
  logic out_busy;        // an output of the previous TLP still waits
  logic desc_full;
  logic can_take;
  logic resync;          // sop inside a TLP: end that TLP as Malformed this cycle (beat kept)
  logic beat;            // a beat is accepted this cycle
  logic fin;             // a TLP ends this cycle (eop accepted or resync)
  // verilator lint_off UNUSEDSIGNAL
  pst_t fin_st;          // its final state
  // verilator lint_on UNUSEDSIGNAL
  logic fin_frame;       // it ended by resync (Malformed)
  logic garbage_report;  // first beat of a run without sop

  // working values of the beat's two DW steps
  pst_t s;
  logic [31:0] dw;
  logic a2;
  logic [12:0] pos;
  logic [BUF_IW-1:0] idx;

  always_comb begin
    s = '0; dw = '0; a2 = 1'b0; pos = '0; idx = '0;
    can_take = !out_busy && !desc_full && free_q != '0;
    resync = can_take && rx_tlp_valid && rx_tlp_sop && st_q.in_tlp;
    rx_tlp_ready = can_take && !resync;
    beat = rx_tlp_valid && rx_tlp_ready;
    garbage_d = garbage_q;
    garbage_report = 1'b0;
    st_d = st_q;
    lo_we = 1'b0; hi_we = 1'b0; lo_idx = '0; hi_idx = '0; lo_wd = '0; hi_wd = '0;
    fin = resync;
    fin_st = st_q;
    fin_frame = resync;
    if (resync) st_d = '0;
    if (beat) begin
      if (!rx_tlp_sop && !st_q.in_tlp) begin
        garbage_report = !garbage_q;
        garbage_d = 1'b1;
      end else begin
        garbage_d = 1'b0;
        s = rx_tlp_sop ? pst_t'(0) : st_q;
        s.in_tlp = 1'b1;
        for (int unsigned l = 0; l < 2; l++) begin
          if (l == 0 || rx_tlp_keep[1]) begin
            dw = rx_tlp_data[32*l +: 32];
            if (s.in_hdr && s.hdr_n == hdr_len(s.hdr[0])) begin
              // payload (or digest) DW k at slot position addr[2] + k
              a2 = s.hdr[0][29] ? s.hdr[3][2] : s.hdr[2][2];
              pos = 13'(a2) + 13'(s.data_n);
              if (pos < 13'(SLOT_DWS)) begin
                idx = BUF_IW'(32'(wr_slot_q) * SLOT_WORDS + 32'(pos >> 1));
                if (pos[0]) begin hi_we = 1'b1; hi_idx = idx; hi_wd = dw; end
                else begin lo_we = 1'b1; lo_idx = idx; lo_wd = dw; end
              end
            end
            s = pst_t'(step(s, dw));
          end
        end
        st_d = s;
        if (rx_tlp_eop) begin
          fin = 1'b1;
          fin_st = s;
          st_d = '0;
        end
      end
    end
  end

  // verilator lint_off SYNCASYNCNET
  always_ff @(posedge clk_i) begin  // the buffer has no reset
    if (lo_we) buf_lo[lo_idx] <= lo_wd;
    if (hi_we) buf_hi[hi_idx] <= hi_wd;
  end
  // verilator lint_on SYNCASYNCNET

  logic [BUF_IW-1:0] ridx;
  always_comb begin
    ridx = BUF_IW'(32'(buf_rd_slot_i) * SLOT_WORDS + 32'(buf_rd_word_i));
    buf_rd_data_o = {buf_hi[ridx], buf_lo[ridx]};
  end

  // ---------------------------------------------------------------------------------------
  // Decision on a finished TLP
  // ---------------------------------------------------------------------------------------
  typedef enum logic [2:0] {
    C_BAD,      // reserved Fmt/Type
    C_MEM,      // MRd / MWr
    C_UR_REQ,   // request this port does not complete: MRdLk, IO, configuration
    C_ATOMIC,   // AtomicOp (not supported)
    C_CPL,      // completion
    C_MSG       // message
  } tlp_class_t;

  // verilator lint_off UNUSEDSIGNAL
  tlp_pkg::tlp_dw0_t d0;
  // verilator lint_on UNUSEDSIGNAL
  tlp_class_t cls;
  logic        is4, has_data, non_posted, is_read, is_lk, mem_like;
  logic [10:0] len;
  logic [11:0] data_expect;
  logic [63:0] addr;
  logic [15:0] rid;
  logic [7:0]  tag8;
  logic [3:0]  fbe, lbe;
  logic [7:0]  msg_code;
  logic        m_pfx, m_hdr, m_len, m_mps, m_be, m_4k, m_pasid, m_at, malformed;
  logic        too_many_ee, acs_src, acs_at, acs_viol, ur, unexp_cpl, poisoned;
  logic [13:0] mps_bytes;
  logic [12:0] read_bc;
  logic [6:0]  read_la;

  function automatic logic [1:0] lo_idx_of(input logic [3:0] be);  // lowest enabled byte
    if (be[0]) lo_idx_of = 2'd0;
    else if (be[1]) lo_idx_of = 2'd1;
    else if (be[2]) lo_idx_of = 2'd2;
    else if (be[3]) lo_idx_of = 2'd3;
    else lo_idx_of = 2'd0;
  endfunction
  // verilator lint_off UNUSEDSIGNAL
  function automatic logic [1:0] hi_idx_of(input logic [3:0] be);  // highest enabled byte
    if (be[3]) hi_idx_of = 2'd3;
    else if (be[2]) hi_idx_of = 2'd2;
    else if (be[1]) hi_idx_of = 2'd1;
    else hi_idx_of = 2'd0;
  endfunction
  // verilator lint_on UNUSEDSIGNAL

  logic [7:0] ft;

  always_comb begin
    d0 = tlp_pkg::tlp_dw0_t'(fin_st.hdr[0]);
    ft = 8'(d0.fmt_type);
    is4 = ft[5];
    has_data = ft[6];
    len = d0.length == 10'd0 ? 11'd1024 : {1'b0, d0.length};
    unique case (ft)
      8'(tlp_pkg::TLP_FMT_TYPE_MRD32), 8'(tlp_pkg::TLP_FMT_TYPE_MRD64),
      8'(tlp_pkg::TLP_FMT_TYPE_MWR32), 8'(tlp_pkg::TLP_FMT_TYPE_MWR64): cls = C_MEM;
      8'(tlp_pkg::TLP_FMT_TYPE_MRDLK32), 8'(tlp_pkg::TLP_FMT_TYPE_MRDLK64),
      8'(tlp_pkg::TLP_FMT_TYPE_IORD), 8'(tlp_pkg::TLP_FMT_TYPE_IOWR),
      8'(tlp_pkg::TLP_FMT_TYPE_CFGRD0), 8'(tlp_pkg::TLP_FMT_TYPE_CFGWR0),
      8'(tlp_pkg::TLP_FMT_TYPE_CFGRD1), 8'(tlp_pkg::TLP_FMT_TYPE_CFGWR1): cls = C_UR_REQ;
      8'(tlp_pkg::TLP_FMT_TYPE_FETCHADD32), 8'(tlp_pkg::TLP_FMT_TYPE_FETCHADD64),
      8'(tlp_pkg::TLP_FMT_TYPE_SWAP32), 8'(tlp_pkg::TLP_FMT_TYPE_SWAP64),
      8'(tlp_pkg::TLP_FMT_TYPE_CAS32), 8'(tlp_pkg::TLP_FMT_TYPE_CAS64): cls = C_ATOMIC;
      8'(tlp_pkg::TLP_FMT_TYPE_CPL), 8'(tlp_pkg::TLP_FMT_TYPE_CPLD),
      8'(tlp_pkg::TLP_FMT_TYPE_CPLLK), 8'(tlp_pkg::TLP_FMT_TYPE_CPLDLK): cls = C_CPL;
      8'(tlp_pkg::TLP_FMT_TYPE_MSG_RC), 8'(tlp_pkg::TLP_FMT_TYPE_MSG_ADDR),
      8'(tlp_pkg::TLP_FMT_TYPE_MSG_ID), 8'(tlp_pkg::TLP_FMT_TYPE_MSG_BCAST),
      8'(tlp_pkg::TLP_FMT_TYPE_MSG_LOCAL), 8'(tlp_pkg::TLP_FMT_TYPE_MSG_GATHER),
      8'(tlp_pkg::TLP_FMT_TYPE_MSGD_RC), 8'(tlp_pkg::TLP_FMT_TYPE_MSGD_ADDR),
      8'(tlp_pkg::TLP_FMT_TYPE_MSGD_ID), 8'(tlp_pkg::TLP_FMT_TYPE_MSGD_BCAST),
      8'(tlp_pkg::TLP_FMT_TYPE_MSGD_LOCAL), 8'(tlp_pkg::TLP_FMT_TYPE_MSGD_GATHER): cls = C_MSG;
      default: cls = C_BAD;
    endcase
    is_read = (cls == C_MEM) && !has_data;
    is_lk = ft == 8'(tlp_pkg::TLP_FMT_TYPE_MRDLK32) || ft == 8'(tlp_pkg::TLP_FMT_TYPE_MRDLK64);
    non_posted = (cls == C_UR_REQ) || (cls == C_ATOMIC) || is_read;
    mem_like = (cls == C_MEM) || (cls == C_ATOMIC) || is_lk;
    // memory-request header fields (same place in IO / configuration / atomic headers)
    rid  = fin_st.hdr[1][31:16];
    tag8 = fin_st.hdr[1][15:8];
    lbe  = fin_st.hdr[1][7:4];
    fbe  = fin_st.hdr[1][3:0];
    msg_code = fin_st.hdr[1][7:0];
    addr = is4 ? {fin_st.hdr[2], fin_st.hdr[3][31:2], 2'b00} : {32'd0, fin_st.hdr[2][31:2], 2'b00};
    data_expect = (has_data ? 12'(len) : 12'd0) + 12'(d0.td);
    mps_bytes = 14'd128 << ctrl_i.max_payload_size;
    if (mps_bytes > 14'(MAX_PAYLOAD_BYTES)) mps_bytes = 14'(MAX_PAYLOAD_BYTES);

    // Malformed
    // (prefixes beyond MAX_EE_PREFIXES are not examined: their number decides, UR below)
    too_many_ee = fin_st.n_ee > 3'(MAX_EE_PREFIXES);
    m_pfx = fin_st.bad_local || fin_st.bad_order ||
            (!too_many_ee && (fin_st.bad_type || fin_st.two_pasid)) ||
            fin_st.n_ee > 3'(rp_pkg::MAX_EE_PREFIXES_ANY) ||
            (!EE_PREFIX_SUPPORTED && fin_st.n_ee != 3'd0);
    m_hdr = fin_st.hdr_n == 3'd0 || fin_st.hdr_n < hdr_len(fin_st.hdr[0]) || cls == C_BAD;
    m_len = fin_st.data_n != data_expect;
    m_mps = has_data && {len, 2'b00} > 13'(mps_bytes);
    m_be  = (cls == C_MEM) && (len == 11'd1 ? lbe != 4'd0 : (fbe == 4'd0 || lbe == 4'd0));
    m_4k  = (cls == C_MEM) && (12'(addr[11:2]) + 12'(len)) > 12'd1024;
    m_pasid = fin_st.pasid_v && !(
        ((cls == C_MEM) && (d0.at == tlp_pkg::AT_UNTRANSLATED ||
                           (is_read && d0.at == tlp_pkg::AT_TRANSLATION_REQUEST))) ||
        ((cls == C_ATOMIC) && d0.at == tlp_pkg::AT_UNTRANSLATED) ||
        ((cls == C_MSG) && (msg_code == 8'(tlp_pkg::MSG_CODE_ATS_INVALIDATE_REQUEST) ||
                            msg_code == 8'(tlp_pkg::MSG_CODE_PAGE_REQUEST) ||
                            msg_code == 8'(tlp_pkg::MSG_CODE_PRG_RESPONSE))));
    // Address Type: Translation Request (01b) exists only for memory reads, 11b is reserved
    // (PCIe Base 6.x 2.2.4.1, 10.2.2); a write or AtomicOp with AT 01b would otherwise reach
    // memory through an ATS answer, which grants no access.
    m_at = mem_like && (d0.at == 2'b11 ||
                        (d0.at == tlp_pkg::AT_TRANSLATION_REQUEST && !(cls == C_MEM && is_read)));
    malformed = fin_frame || m_pfx || m_hdr || m_len || m_mps || m_be || m_4k || m_pasid || m_at;

    // ACS Source Validation: requests only, by requester bus on the link (PCIe Base 6.x
    // 6.12.1.1: completions are never affected by ACS Source Validation).
    acs_src = ctrl_i.acs_source_validation_en && cls != C_CPL &&
              (rid[15:8] < ctrl_i.secondary_bus || rid[15:8] > ctrl_i.subordinate_bus);
    acs_at = ctrl_i.acs_translation_blocking_en && mem_like && d0.at != tlp_pkg::AT_UNTRANSLATED;
    acs_viol = acs_src || acs_at;
    unexp_cpl = (cls == C_CPL) && (too_many_ee || (has_data && len > 11'd2));
    ur = (cls != C_CPL) && (too_many_ee || cls == C_UR_REQ || cls == C_ATOMIC ||
          (mem_like && !ctrl_i.bus_master_en) || ((cls == C_MSG) && has_data && len > 11'd2));
    poisoned = d0.ep && has_data;

    // byte count / lower address of a read's first completion [2.2.9]
    if (len == 11'd1) read_bc = 13'(hi_idx_of(fbe)) - 13'(lo_idx_of(fbe)) + 13'd1;
    else read_bc = {len, 2'b00} - 13'(lo_idx_of(fbe)) - 13'(2'd3 - hi_idx_of(lbe));
    read_la = {addr[6:2], lo_idx_of(fbe)};
  end

  // ---------------------------------------------------------------------------------------
  // Outputs: error event, descriptor FIFO, completion, message
  // ---------------------------------------------------------------------------------------
  rp_pkg::rp_err_t err_q;
  logic err_valid_q, cpl_valid_q, msg_valid_q;
  rp_pkg::rp_cpl_in_t cpl_q;
  rp_pkg::rp_msg_in_t msg_q;
  logic [DESC_DEPTH*DESC_W-1:0] fifo_q;
  logic [DIW-1:0] f_rd_q, f_wr_q;
  logic [DIW:0]   f_cnt_q;

  assign out_busy = err_valid_q || cpl_valid_q || msg_valid_q;
  assign desc_full = f_cnt_q == (DIW+1)'(DESC_DEPTH);
  assign err_valid_o = err_valid_q;
  assign err_o = err_q;
  assign cpl_valid_o = cpl_valid_q;
  assign cpl_o = cpl_q;
  assign msg_valid_o = msg_valid_q;
  assign msg_o = msg_q;
  assign desc_valid_o = f_cnt_q != '0;
  assign desc_o = rp_rx_pkg::rx_desc_t'(fifo_q[32'(f_rd_q) * DESC_W +: DESC_W]);

  logic push_desc, commit_slot, emit_err, emit_cpl, emit_msg;
  rp_rx_pkg::rx_desc_t new_desc;
  rp_pkg::rp_err_t new_err;

  logic [3:0][31:0] hlog;  // header as logged: zero beyond its length

  always_comb begin
    push_desc = 1'b0; commit_slot = 1'b0; emit_err = 1'b0; emit_cpl = 1'b0; emit_msg = 1'b0;
    new_err = '0;
    new_desc = '0;
    hlog = fin_st.hdr;
    if (fin_st.hdr_n < 3'd4) hlog[3] = '0;  // a 3 DW header logs zero in DW3
    new_err.log_valid = fin_st.hdr_n != 3'd0;
    new_err.posted = !non_posted;
    new_err.source_id = rid;
    new_err.header = fin_st.hdr_n == 3'd0 ? '0 : hlog;
    new_err.prefix_count = fin_st.n_ee > 3'd4 ? 3'd4 : fin_st.n_ee;
    new_err.prefix = fin_st.pfx;

    new_desc.addr = addr;
    new_desc.nw = is4 ? fin_st.hdr[3][0] : fin_st.hdr[2][0];
    new_desc.len_dw = len;
    new_desc.first_be = fbe;
    new_desc.last_be = lbe;
    new_desc.requester_id = rid;
    new_desc.tag = {d0.t9, d0.t8, tag8};
    new_desc.tc = d0.tc;
    new_desc.attr = {d0.attr2, d0.attr};
    new_desc.at = d0.at;
    new_desc.pv = fin_st.pasid_v;
    new_desc.pmr = fin_st.pasid[23];
    new_desc.er = fin_st.pasid[22];
    new_desc.pasid = fin_st.pasid[19:0];
    new_desc.slot = wr_slot_q;
    new_desc.hdr = hlog;
    new_desc.pfx = fin_st.pasid_v ? fin_st.pasid : '0;
    new_desc.cpl_lk = is_lk;
    // A locked read is a memory read: its CplLk UR carries the read's Byte Count and Lower
    // Address like any memory read completion [2.2.9]; IO / configuration: 4 and 0.
    if (is_read || is_lk) begin
      new_desc.cpl_bc = read_bc;
      new_desc.cpl_la = read_la;
    end else if (cls == C_ATOMIC) begin
      // AtomicOp completion byte count: the operand size (CAS carries two operands)
      new_desc.cpl_bc = (fin_st.hdr[0][26:24] == 3'b110) ? {1'b0, len, 1'b0} : {len, 2'b00};
      new_desc.cpl_la = '0;
    end else begin
      new_desc.cpl_bc = 13'd4;
      new_desc.cpl_la = '0;
    end

    if (garbage_report) begin
      emit_err = 1'b1;
      new_err = '0;
      new_err.kind = rp_pkg::ERR_MALFORMED;
    end else if (fin) begin
      if (malformed) begin
        emit_err = 1'b1;
        new_err.kind = rp_pkg::ERR_MALFORMED;
      end else if (acs_viol || ur) begin
        emit_err = 1'b1;
        new_err.kind = acs_viol ? rp_pkg::ERR_ACS_VIOLATION : rp_pkg::ERR_UR;
        if (non_posted) begin
          push_desc = 1'b1;
          new_desc.op = rp_rx_pkg::RX_OP_REFUSE;
          new_desc.cpl_status = acs_viol ? 3'(tlp_pkg::CPL_STATUS_CA) : 3'(tlp_pkg::CPL_STATUS_UR);
        end
      end else if (unexp_cpl) begin
        emit_err = 1'b1;
        new_err.kind = rp_pkg::ERR_UNEXPECTED_CPL;
      end else if (poisoned && cls != C_CPL) begin
        emit_err = 1'b1;
        new_err.kind = rp_pkg::ERR_POISONED;
      end else begin
        unique case (cls)
          C_MEM: begin
            push_desc = 1'b1;
            new_desc.op = is_read ? rp_rx_pkg::RX_OP_READ : rp_rx_pkg::RX_OP_WRITE;
            commit_slot = !is_read;
          end
          C_CPL: begin
            emit_cpl = 1'b1;
            if (poisoned) begin
              emit_err = 1'b1;
              new_err.kind = rp_pkg::ERR_POISONED;
            end
          end
          C_MSG: emit_msg = 1'b1;
          default: ;
        endcase
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      st_q <= '0;
      garbage_q <= 1'b0;
      err_valid_q <= 1'b0;
      cpl_valid_q <= 1'b0;
      msg_valid_q <= 1'b0;
      err_q <= '0;
      cpl_q <= '0;
      msg_q <= '0;
      fifo_q <= '0;
      f_rd_q <= '0;
      f_wr_q <= '0;
      f_cnt_q <= '0;
      wr_slot_q <= '0;
      free_q <= (SIW+1)'(RX_SLOTS);
    end else begin
      st_q <= st_d;
      garbage_q <= garbage_d;
      if (err_valid_q && err_ready_i) err_valid_q <= 1'b0;
      if (cpl_valid_q && cpl_ready_i) cpl_valid_q <= 1'b0;
      if (msg_valid_q && msg_ready_i) msg_valid_q <= 1'b0;
      if (emit_err) begin
        err_valid_q <= 1'b1;
        err_q <= new_err;
      end
      if (emit_cpl) begin
        cpl_valid_q <= 1'b1;
        cpl_q.hdr <= {fin_st.hdr[0], fin_st.hdr[1], fin_st.hdr[2]};
        cpl_q.dw_count <= has_data ? len[1:0] : 2'd0;
        cpl_q.data <= has_data ? fin_st.dat : '0;
        cpl_q.poisoned <= d0.ep;
      end
      if (emit_msg) begin
        msg_valid_q <= 1'b1;
        msg_q.pasid_valid <= fin_st.pasid_v;
        msg_q.pasid <= fin_st.pasid_v ? fin_st.pasid : '0;
        msg_q.hdr <= {fin_st.hdr[0], fin_st.hdr[1], fin_st.hdr[2], fin_st.hdr[3]};
        msg_q.dw_count <= has_data ? len[1:0] : 2'd0;
        msg_q.data <= has_data ? fin_st.dat : '0;
      end
      if (push_desc) begin
        fifo_q[32'(f_wr_q) * DESC_W +: DESC_W] <= new_desc;
        f_wr_q <= f_wr_q == DIW'(DESC_DEPTH - 1) ? '0 : f_wr_q + DIW'(1);
      end
      if (desc_valid_o && desc_ready_i)
        f_rd_q <= f_rd_q == DIW'(DESC_DEPTH - 1) ? '0 : f_rd_q + DIW'(1);
      f_cnt_q <= f_cnt_q + (DIW+1)'(push_desc) - (DIW+1)'(desc_valid_o && desc_ready_i);
      if (commit_slot) wr_slot_q <= wr_slot_q == SIW'(RX_SLOTS - 1) ? '0 : wr_slot_q + SIW'(1);
      free_q <= free_q - (SIW+1)'(commit_slot) + (SIW+1)'(slot_release_i);
    end
  end

  // ---------------------------------------------------------------------------------------
  // Assertions
  // ---------------------------------------------------------------------------------------
`ifndef SYNTHESIS
  // outputs hold their payload until taken
  a_err_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    err_valid_o && !err_ready_i |=> err_valid_o && $stable(err_o));
  a_desc_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    desc_valid_o && !desc_ready_i |=> desc_valid_o && $stable(desc_o));
  a_cpl_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    cpl_valid_o && !cpl_ready_i |=> cpl_valid_o && $stable(cpl_o));
  a_msg_hold: assert property (@(posedge clk_i) disable iff (!rst_ni)
    msg_valid_o && !msg_ready_i |=> msg_valid_o && $stable(msg_o));
  // a malformed TLP never reaches memory, the host bridge or the message block
  a_malformed_dropped: assert property (@(posedge clk_i) disable iff (!rst_ni)
    fin && malformed |-> !commit_slot && !emit_cpl && !emit_msg &&
                         !(push_desc && new_desc.op != rp_rx_pkg::RX_OP_REFUSE));
  // slots: never more released than committed
  a_slots: assert property (@(posedge clk_i) disable iff (!rst_ni)
    free_q <= (SIW+1)'(RX_SLOTS));
  a_desc_room: assert property (@(posedge clk_i) disable iff (!rst_ni) push_desc |-> !desc_full);
`endif

endmodule

`resetall

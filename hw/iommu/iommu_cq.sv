// iommu_cq: the command-queue processor (iommu_in_memory_queues.adoc, "Command-Queue (CQ)").
//
// While run_i is high (cqon, cqen, no cmd_ill/cmd_to/cqmf, not stalled) and head_i != tail_i
// it fetches the 16-byte command at base_ppn_i * 4096 + head_i * 16 (one 2-beat read with id
// RD_ID), decodes it and executes it; commands run one at a time, so each one is complete
// before the next is fetched (what IOFENCE.C waits for). Outcomes, one pulse each:
//   done_o      the command completed: iommu_ctrl advances cqh;
//   ill_o       illegal or unsupported command: cqcsr.cmd_ill, cqh stays on it;
//   mf_o        the fetch or the IOFENCE.C data write was refused: cqcsr.cqmf, cqh stays;
//   fence_wip_o an IOFENCE.C with WSI = 1 completed: cqcsr.fence_w_ip (with done_o);
//   to_o        an IOFENCE.C found an ATS.INVAL timed out: cqcsr.cmd_to, cqh stays on it.
// Legality follows the reference model (cosim/model/src/commands.rs): every rsvd field of the
// command's layout (iommu_mem_pkg) must be zero, opcodes other than IOTINVAL, IOFENCE, IODIR
// and ATS (capabilities.ats) are illegal, and the functions:
//   IOTINVAL.VMA  -> one invalidation of the engine (none with GV = 1: no VM address spaces);
//   IOTINVAL.GVMA -> nothing to invalidate without a second stage; PSCV = 1 is illegal;
//   IODIR.INVAL_DDT (PID must be 0) / INVAL_PDT (DV must be 1) -> one invalidation, none when
//                 DV = 1 and the DID is wider than the 1LVL/2LVL DDT indexes;
//   IOFENCE.C     -> waits until no fault- or page-request-record write is in flight (PR/PW:
//                 records written before the fence are visible before it completes) and no
//                 ATS.INVAL is outstanding (ats_inval_busy_i: the link side still waits for
//                 its Invalidate Completion; this unit's own ATS.INVAL has left, since a
//                 command completes when taken) and the page-request unit has finished the
//                 request it took (pq_busy_i: a Page Request sent before an Invalidate
//                 Completion, posted messages keeping their order, is queued or answered
//                 before the fence completes). Then, if one of them timed out
//                 (ats_inval_timeout_i; iommu_in_memory_queues.adoc, IOFENCE.C: "cmd_to"),
//                 cqcsr.cmd_to is set, cqh stays on the fence, no AV write, no fence_w_ip,
//                 and timeout_ack_o consumes the time-out; else the AV data write, then
//                 fence_w_ip for WSI (WSI is reserved unless fctl.wsi);
//   ATS.INVAL / ATS.PRGR -> the command is handed out on ats_* and completes when taken
//                 (payload not checked: it is the message body); an ATS.INVAL is then
//                 tracked by the link side (ats_inval_busy_i / ats_inval_timeout_i). The
//                 link side must raise ats_inval_busy_i at the latest in the cycle after it
//                 takes the ATS.INVAL: the next command is fetched no earlier.
`resetall
`timescale 1ns / 1ps
`default_nettype none

module iommu_cq #(
  // Memory-read id of command fetches (must differ from the walkers' ids).
  parameter logic [iommu_core_pkg::MEM_ID_WIDTH-1:0] RD_ID = '1
) (
  input  wire logic clk_i,
  input  wire logic rst_ni,  // asynchronous reset, active low

  input  wire logic                        run_i,
  input  wire logic [43:0]                 base_ppn_i,
  input  wire logic [31:0]                 head_i,
  input  wire logic [31:0]                 tail_i,
  input  wire iommu_regs_pkg::iommu_mode_t ddtp_mode_i,
  input  wire logic                        fq_idle_i,   // no fault- or page-request-record write in flight
  input  wire logic                        ats_inval_busy_i,     // an ATS.INVAL awaits completion
  input  wire logic                        pq_busy_i,   // a page request taken is not finished
  input  wire logic                        ats_inval_timeout_i,  // an ATS.INVAL timed out (sticky)
  output logic                             ats_inval_timeout_ack_o,  // the time-out is reported

  output logic done_o,
  output logic ill_o,
  output logic mf_o,
  output logic fence_wip_o,
  output logic to_o,         // IOFENCE.C met an ATS.INVAL time-out: cqcsr.cmd_to
  output logic idle_o,       // no command in progress
  output logic wr_claim_o,   // a fence owns (or waits for) the memory write port

  // Command fetch
  output logic                             rd_req_valid_o,
  input  wire logic                        rd_req_ready_i,
  output iommu_core_pkg::mem_rd_req_t      rd_req_o,
  input  wire logic                        rd_rsp_valid_i,
  output logic                             rd_rsp_ready_o,
  input  wire iommu_core_pkg::mem_rd_rsp_t rd_rsp_i,

  // IOFENCE.C data write
  output logic                             wr_req_valid_o,
  input  wire logic                        wr_req_ready_i,
  output iommu_core_pkg::mem_wr_req_t      wr_req_o,
  input  wire logic                        wr_rsp_valid_i,
  input  wire logic                        wr_rsp_err_i,

  // Invalidations of the translation engine
  output logic                             inval_valid_o,
  input  wire logic                        inval_ready_i,
  output iommu_core_pkg::inval_req_t       inval_o,

  // ATS commands towards the link
  output logic                             ats_cmd_valid_o,
  input  wire logic                        ats_cmd_ready_i,
  output iommu_mem_pkg::cmd_t              ats_cmd_o
);

  // The fixed capabilities and feature control (struct-typed so that Yosys folds the fields).
  localparam iommu_regs_pkg::capabilities_t CAPS = iommu_regs_pkg::CAPABILITIES_RESET;
  localparam iommu_regs_pkg::fctl_t         FCTL = iommu_regs_pkg::FCTL_RESET;
  localparam int unsigned PA_WIDTH   = iommu_core_pkg::PA_WIDTH;
  localparam int unsigned PAGE_SHIFT = iommu_mem_pkg::PAGE_SHIFT;
  localparam int unsigned CMD_SHIFT  = $clog2(iommu_mem_pkg::CMD_BYTES);
  localparam int unsigned PAS        = 32'(CAPS.pas);
  localparam bit          HAS_ATS    = CAPS.ats;
  localparam bit          HAS_WSI    = FCTL.wsi;

  typedef enum logic [2:0] {
    S_IDLE,     // waiting for a command
    S_FETCH,    // read request out
    S_DATA,     // read beats coming back
    S_EXEC,     // decode and dispatch
    S_INVAL,    // invalidation handed to the engine
    S_ATS,      // ATS command handed out
    S_FENCE,    // fence: wait for record writes, then the data write
    S_FENCE_B   // fence data write in flight
  } state_e;

  state_e                     state_q, state_d;
  iommu_mem_pkg::cmd_t        cmd_q, cmd_d;
  logic                       beat_q, beat_d;     // index of the next read beat
  logic                       rd_err_q, rd_err_d; // a beat of this fetch was refused
  logic                       fence_req_q, fence_req_d;  // data write requested, not taken

  // ---------------------------------------------------------------------------------------
  // Decode: one view of the fetched command per opcode
  // ---------------------------------------------------------------------------------------

  // Views of one command: each uses only its own fields (GSCID, PR/PW: nothing to do here).
  // verilator lint_off UNUSEDSIGNAL
  iommu_mem_pkg::cmd_iotinval_t c_inv;
  iommu_mem_pkg::cmd_iofence_t  c_fen;
  iommu_mem_pkg::cmd_iodir_t    c_dir;
  iommu_mem_pkg::cmd_ats_t      c_ats;
  // verilator lint_on UNUSEDSIGNAL
  assign c_inv = cmd_q;
  assign c_fen = cmd_q;
  assign c_dir = cmd_q;
  assign c_ats = cmd_q;

  logic legal;      // the command may execute
  logic do_inval;   // it needs an invalidation of the engine
  logic is_fence;
  logic is_ats;
  logic did_fits;   // IODIR: DID within the DDT's index width (or DV = 0)
  logic fence_addr_ok;  // IOFENCE.C AV address within the physical address space
  iommu_core_pkg::inval_req_t inval;

  always_comb begin
    unique case (ddtp_mode_i)
      iommu_regs_pkg::IOMMU_MODE_LVL1:
        did_fits = !c_dir.dv || (c_dir.did >> iommu_mem_pkg::DDI1_SHIFT) == '0;
      iommu_regs_pkg::IOMMU_MODE_LVL2:
        did_fits = !c_dir.dv || (c_dir.did >> iommu_mem_pkg::DDI2_SHIFT) == '0;
      default: did_fits = 1'b1;
    endcase
  end

  assign fence_addr_ok = (c_fen.addr >> (PAS - 2)) == '0;

  always_comb begin
    legal    = 1'b0;
    do_inval = 1'b0;
    is_fence = 1'b0;
    is_ats   = 1'b0;
    inval    = '0;
    unique case (cmd_q.opcode)
      iommu_mem_pkg::CMD_OPCODE_IOTINVAL: begin
        inval.kind  = iommu_core_pkg::INVAL_VMA;
        inval.av    = c_inv.av;
        inval.vpn   = c_inv.addr;
        inval.pscv  = c_inv.pscv;
        inval.pscid = c_inv.pscid;
        if (!(|{c_inv.rsvd_127_126, c_inv.rsvd_s, c_inv.rsvd_72_64, c_inv.rsvd_63_60,
                c_inv.rsvd_43_35, c_inv.rsvd_nl, c_inv.rsvd_11})) begin
          if (c_inv.func3 == iommu_mem_pkg::IOTINVAL_FUNC3_VMA) begin
            legal    = 1'b1;
            do_inval = !c_inv.gv;
          end else if (c_inv.func3 == iommu_mem_pkg::IOTINVAL_FUNC3_GVMA) begin
            legal = !c_inv.pscv;
          end
        end
      end
      iommu_mem_pkg::CMD_OPCODE_IOFENCE: begin
        is_fence = 1'b1;
        legal = !(|{c_fen.rsvd_127_126, c_fen.rsvd_31_14})
             && c_fen.func3 == iommu_mem_pkg::IOFENCE_FUNC3_C
             && !(c_fen.wsi && !HAS_WSI);
      end
      iommu_mem_pkg::CMD_OPCODE_IODIR: begin
        inval.dv  = c_dir.dv;
        inval.did = c_dir.did;
        inval.pid = c_dir.pid;
        if (!(|{c_dir.rsvd_127_64, c_dir.rsvd_39_34, c_dir.rsvd_32, c_dir.rsvd_11_10})) begin
          if (c_dir.func3 == iommu_mem_pkg::IODIR_FUNC3_INVAL_DDT) begin
            inval.kind = iommu_core_pkg::INVAL_DDT;
            legal      = c_dir.pid == '0;
            do_inval   = did_fits;
          end else if (c_dir.func3 == iommu_mem_pkg::IODIR_FUNC3_INVAL_PDT) begin
            inval.kind = iommu_core_pkg::INVAL_PDT;
            legal      = c_dir.dv;
            do_inval   = did_fits;
          end
        end
      end
      iommu_mem_pkg::CMD_OPCODE_ATS: begin
        is_ats = 1'b1;
        legal  = HAS_ATS && !(|{c_ats.rsvd_39_34, c_ats.rsvd_11_10})
              && (c_ats.func3 == iommu_mem_pkg::ATS_FUNC3_INVAL
               || c_ats.func3 == iommu_mem_pkg::ATS_FUNC3_PRGR);
      end
      default: ;  // opcode 0, 5..63 reserved, 64..127 custom (none defined): illegal
    endcase
  end

  // ---------------------------------------------------------------------------------------
  // Sequencing
  // ---------------------------------------------------------------------------------------

  always_comb begin
    state_d     = state_q;
    cmd_d       = cmd_q;
    beat_d      = beat_q;
    rd_err_d    = rd_err_q;
    fence_req_d = fence_req_q;
    done_o      = 1'b0;
    ill_o       = 1'b0;
    mf_o        = 1'b0;
    fence_wip_o = 1'b0;
    to_o        = 1'b0;
    ats_inval_timeout_ack_o = 1'b0;
    unique case (state_q)
      S_IDLE: if (run_i && head_i != tail_i) state_d = S_FETCH;
      S_FETCH: if (rd_req_ready_i) begin
        state_d  = S_DATA;
        beat_d   = 1'b0;
        rd_err_d = 1'b0;
      end
      S_DATA: if (rd_rsp_valid_i) begin
        if (beat_q) cmd_d.dw1 = rd_rsp_i.data;
        else {cmd_d.operands, cmd_d.func3, cmd_d.opcode} = rd_rsp_i.data;
        beat_d   = 1'b1;
        rd_err_d = rd_err_q || rd_rsp_i.err;
        if (rd_rsp_i.last) begin
          if (rd_err_q || rd_rsp_i.err) begin
            mf_o    = 1'b1;
            state_d = S_IDLE;
          end else begin
            state_d = S_EXEC;
          end
        end
      end
      S_EXEC: begin
        if (!legal) begin
          ill_o   = 1'b1;
          state_d = S_IDLE;
        end else if (do_inval) begin
          state_d = S_INVAL;
        end else if (is_ats) begin
          state_d = S_ATS;
        end else if (is_fence) begin
          state_d = S_FENCE;
        end else begin
          done_o  = 1'b1;
          state_d = S_IDLE;
        end
      end
      S_INVAL: if (inval_ready_i) begin
        done_o  = 1'b1;
        state_d = S_IDLE;
      end
      S_ATS: if (ats_cmd_ready_i) begin
        done_o  = 1'b1;
        state_d = S_IDLE;
      end
      S_FENCE: if (fq_idle_i && !ats_inval_busy_i && !pq_busy_i) begin
        if (ats_inval_timeout_i) begin
          to_o                    = 1'b1;
          ats_inval_timeout_ack_o = 1'b1;
          state_d                 = S_IDLE;
        end else if (!c_fen.av) begin
          done_o      = 1'b1;
          fence_wip_o = c_fen.wsi;
          state_d     = S_IDLE;
        end else if (!fence_addr_ok) begin
          mf_o    = 1'b1;  // beyond capabilities.pas: no memory can answer
          state_d = S_IDLE;
        end else begin
          fence_req_d = 1'b1;
          state_d     = S_FENCE_B;
        end
      end
      S_FENCE_B: begin
        if (wr_req_ready_i) fence_req_d = 1'b0;
        if (wr_rsp_valid_i) begin
          if (wr_rsp_err_i) begin
            mf_o = 1'b1;
          end else begin
            done_o      = 1'b1;
            fence_wip_o = c_fen.wsi;
          end
          state_d = S_IDLE;
        end
      end
      default: state_d = S_IDLE;
    endcase
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      state_q     <= S_IDLE;
      cmd_q       <= '0;
      beat_q      <= 1'b0;
      rd_err_q    <= 1'b0;
      fence_req_q <= 1'b0;
    end else begin
      state_q     <= state_d;
      cmd_q       <= cmd_d;
      beat_q      <= beat_d;
      rd_err_q    <= rd_err_d;
      fence_req_q <= fence_req_d;
    end
  end

  assign idle_o     = state_q == S_IDLE;
  // The fence claims the write port only once no ATS.INVAL is outstanding: while it waits
  // for an Invalidate Completion, fault and page-request records keep flowing (a Page Request
  // the root port cannot hand over would hold up the posted Invalidate Completion behind it),
  // nor while the page-request unit works on a request it took: the fence waits for it (a
  // Page Request the device sent before its Invalidate Completion is in the queue, or
  // answered, before the fence completes: what lets software's drain after an unbind's fence
  // see every request of the PASID), and must not keep it from the port. Nor while a record
  // write is in flight (fq_idle_i = 0): the port is the record writer's until its B, and a
  // claim then would swap the fence's address and data in under the record's request while
  // the record's B still advances fqt over a slot never written (found by the stress suite).
  assign wr_claim_o = (state_q == S_FENCE && fq_idle_i && !ats_inval_busy_i && !pq_busy_i)
                      || state_q == S_FENCE_B;

  // Fetch: 2 beats of the 16-byte command at cqb.ppn * 4096 + cqh * 16.
  assign rd_req_valid_o = state_q == S_FETCH;
  assign rd_req_o.id       = RD_ID;
  assign rd_req_o.addr     = PA_WIDTH'({base_ppn_i, {PAGE_SHIFT{1'b0}}})
                           + PA_WIDTH'({head_i, {CMD_SHIFT{1'b0}}});
  assign rd_req_o.beats_m1 = 3'd1;
  assign rd_rsp_ready_o = state_q == S_DATA;

  // Fence: 4 bytes of DATA at ADDR * 4, in the 8-byte beat that holds them.
  // verilator lint_off UNUSEDSIGNAL
  logic [PA_WIDTH-1:0] fence_byte_addr;  // bits 1:0 are zero
  // verilator lint_on UNUSEDSIGNAL
  assign fence_byte_addr = PA_WIDTH'({c_fen.addr, 2'b00});
  assign wr_req_valid_o    = state_q == S_FENCE_B && fence_req_q;
  assign wr_req_o.addr     = {fence_byte_addr[PA_WIDTH-1:3], 3'b000};
  assign wr_req_o.beats_m1 = 2'd0;
  assign wr_req_o.data     = 256'({c_fen.data, c_fen.data});
  assign wr_req_o.strb     = fence_byte_addr[2] ? 8'hf0 : 8'h0f;

  assign inval_valid_o   = state_q == S_INVAL;
  assign inval_o         = inval;
  assign ats_cmd_valid_o = state_q == S_ATS;
  assign ats_cmd_o       = cmd_q;

`ifdef FORMAL
  // ---------------------------------------------------------------------------------------
  // Formal checks (hw/formal/cq_formal.sv, `cargo xtask formal cq_fence`): the SVA block above
  // as immediate assertions, and the invalidation ordering IOFENCE.C relies on.
  // ---------------------------------------------------------------------------------------
  // Shadow, from the command layouts (iommu_in_memory_queues.adoc): a fetched command that
  // executes (not illegal) and is an IOTINVAL.VMA with GV = 0 or an IODIR owes the engine one
  // invalidation with its operands; IODIR with DV = 1 and a DID wider than the DDT indexes
  // names no device that can be cached (the spec forbids such a DID), so it owes none.
  logic                       f_owed_q, f_past_q, f_inval_wait_q, f_ats_wait_q, f_wr_sent_q;
  iommu_core_pkg::inval_req_t f_exp_q, f_inval_q;
  iommu_mem_pkg::cmd_t        f_ats_q;
  logic                       f_is_vma, f_is_dir, f_dir_wide;
  assign f_is_vma = cmd_q.opcode == iommu_mem_pkg::CMD_OPCODE_IOTINVAL &&
                    cmd_q.func3 == 3'(iommu_mem_pkg::IOTINVAL_FUNC3_VMA) && !c_inv.gv;
  assign f_is_dir = cmd_q.opcode == iommu_mem_pkg::CMD_OPCODE_IODIR;
  assign f_dir_wide =
    c_dir.dv && ((ddtp_mode_i == iommu_regs_pkg::IOMMU_MODE_LVL1 &&
                  32'(c_dir.did) >= (32'd1 << iommu_mem_pkg::DDI1_SHIFT)) ||
                 (ddtp_mode_i == iommu_regs_pkg::IOMMU_MODE_LVL2 &&
                  32'(c_dir.did) >= (32'd1 << iommu_mem_pkg::DDI2_SHIFT)));
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      f_owed_q       <= 1'b0;
      f_past_q       <= 1'b0;
      f_exp_q        <= '0;
      f_inval_wait_q <= 1'b0;
      f_ats_wait_q   <= 1'b0;
      f_wr_sent_q    <= 1'b0;
      f_inval_q      <= '0;
      f_ats_q        <= '0;
    end else begin
      f_past_q       <= 1'b1;
      f_inval_wait_q <= inval_valid_o && !inval_ready_i;
      f_ats_wait_q   <= ats_cmd_valid_o && !ats_cmd_ready_i;
      f_inval_q      <= inval_o;
      f_ats_q        <= ats_cmd_o;
      if (wr_req_valid_o && wr_req_ready_i) f_wr_sent_q <= 1'b1;
      else if (wr_rsp_valid_i) f_wr_sent_q <= 1'b0;
      if (state_q == S_EXEC && !ill_o && (f_is_vma || (f_is_dir && !f_dir_wide))) begin
        f_owed_q      <= 1'b1;
        f_exp_q       <= '0;
        f_exp_q.kind  <= f_is_vma ? iommu_core_pkg::INVAL_VMA :
                         c_dir.func3 == iommu_mem_pkg::IODIR_FUNC3_INVAL_DDT ?
                         iommu_core_pkg::INVAL_DDT : iommu_core_pkg::INVAL_PDT;
        f_exp_q.av    <= f_is_vma && c_inv.av;
        f_exp_q.vpn   <= f_is_vma ? c_inv.addr : '0;
        f_exp_q.pscv  <= f_is_vma && c_inv.pscv;
        f_exp_q.pscid <= f_is_vma ? c_inv.pscid : '0;
        f_exp_q.dv    <= f_is_dir && c_dir.dv;
        f_exp_q.did   <= f_is_dir ? c_dir.did : '0;
        f_exp_q.pid   <= f_is_dir ? c_dir.pid : '0;
      end else if (inval_valid_o && inval_ready_i) begin
        f_owed_q <= 1'b0;
      end
    end
  end

  always_comb begin
    if (rst_ni) begin
      // The invalidation leaves with the command's operands, only when one is owed.
      if (inval_valid_o) begin
        assert (f_owed_q);
        assert (inval_o.kind == f_exp_q.kind);
        if (f_exp_q.kind == iommu_core_pkg::INVAL_VMA) begin
          assert (inval_o.av == f_exp_q.av && inval_o.pscv == f_exp_q.pscv);
          if (f_exp_q.av) assert (inval_o.vpn == f_exp_q.vpn);
          if (f_exp_q.pscv) assert (inval_o.pscid == f_exp_q.pscid);
        end else begin
          assert (inval_o.did == f_exp_q.did);
          if (f_exp_q.kind == iommu_core_pkg::INVAL_DDT) assert (inval_o.dv == f_exp_q.dv);
          else assert (inval_o.pid == f_exp_q.pid);
        end
      end
      // Invariant (for induction): an invalidation is owed exactly while it is handed out.
      assert (f_owed_q == (state_q == S_INVAL));
      if (state_q == S_FENCE || state_q == S_FENCE_B) assert (is_fence && legal);
      if (state_q == S_INVAL) assert (legal && (f_is_vma || f_is_dir));
      if (state_q == S_ATS) assert (is_ats && legal);
      // One fence write at a time, and only the fence's.
      if (wr_req_valid_o) assert (!f_wr_sent_q);
      if (f_wr_sent_q) assert (state_q == S_FENCE_B && !fence_req_q);
      // A command owing an invalidation completes only with the engine's handshake; nothing
      // is fetched, and no fence completes, while one is owed.
      if (done_o && f_owed_q) assert (inval_valid_o && inval_ready_i);
      if (rd_req_valid_o) assert (!f_owed_q);
      if (done_o && (state_q == S_FENCE || state_q == S_FENCE_B)) assert (!f_owed_q);
      // a_one_outcome, a_to_ack, a_fence_waits, a_wip_done.
      assert (!(32'(done_o) + 32'(ill_o) + 32'(mf_o) + 32'(to_o) > 1));
      if (to_o) assert (ats_inval_timeout_ack_o && ats_inval_timeout_i && !ats_inval_busy_i &&
                        state_q == S_FENCE);
      if (state_q == S_FENCE && done_o) assert (!ats_inval_busy_i && !ats_inval_timeout_i);
      if (fence_wip_o) assert (done_o);
      // a_inval_held, a_ats_held.
      if (f_past_q && f_inval_wait_q) assert (inval_valid_o && inval_o == f_inval_q);
      if (f_past_q && f_ats_wait_q) assert (ats_cmd_valid_o && ats_cmd_o == f_ats_q);
    end
  end
`endif

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  // One outcome per command; only a fetch error can end a read.
  a_one_outcome: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $onehot0({done_o, ill_o, mf_o, to_o}));
  // A time-out is reported only by a fence, once, when no ATS.INVAL is outstanding.
  a_to_ack: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    to_o |-> ats_inval_timeout_ack_o && ats_inval_timeout_i && !ats_inval_busy_i &&
             state_q == S_FENCE);
  // No fence completes while an ATS.INVAL is outstanding or has timed out.
  a_fence_waits: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    (state_q == S_FENCE && done_o) |-> !ats_inval_busy_i && !ats_inval_timeout_i);
  a_wip_done: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    fence_wip_o |-> done_o);
  // The command-read response belongs to our id.
  a_rsp_id: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    rd_rsp_valid_i && rd_rsp_ready_o |-> rd_rsp_i.id == RD_ID);
  a_inval_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(inval_valid_o && !inval_ready_i) |-> inval_valid_o && $stable(inval_o));
  a_ats_held: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $past(ats_cmd_valid_o && !ats_cmd_ready_i) |-> ats_cmd_valid_o && $stable(ats_cmd_o));
`endif

endmodule

`resetall

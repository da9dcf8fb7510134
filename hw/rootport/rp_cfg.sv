// rp_cfg: the root port's configuration space (the generated pcie_rp_cfg_reg_top), the
// control state it hands to the data path (rp_pkg::rp_ctrl_t), and Advanced Error Reporting.
//
// Error events (rp_pkg::rp_err_t) from N_ERR sources are taken one per cycle, round robin.
// Per event, following PCIe Base 6.2 ("Error Signaling and Logging", Figure 6-2 flowchart)
// and 7.8.4 (AER registers):
//   - the port's own uncorrectable errors (Malformed, UR, CA, Unexpected Completion, Poisoned,
//     ACS Violation, TLP Prefix Blocked, Completion Timeout) set their Uncorrectable Error
//     Status bit whether masked or not (7.8.4.3: the mask stops logging and reporting only);
//   - unmasked: when no earlier error is logged (the log is occupied while the status bit the
//     First Error Pointer names is set, 7.8.4.7), First Error Pointer, Header Log and TLP Prefix
//     Log are recorded (Header Log zero for an event without a header, e.g. Completion Timeout:
//     cpl_timeout_log_capable is 0); TLP Prefix Log Present = the TLP had End-End prefixes;
//   - unmasked, non-fatal severity, and an Advisory Non-Fatal case (6.2.3.2.4: the port sent a
//     UR completion for a non-posted request, completed with CA, or got an Unexpected
//     Completion): Advisory Non-Fatal Error Status (correctable) and, unless that is masked,
//     Correctable Error Detected, reported as correctable (role-based error reporting);
//     otherwise Fatal / Non-Fatal Error Detected per the severity register, reported when the
//     Device Control enable for the class or Command SERR# Enable is set (and, for UR, UR
//     Reporting Enable); a reported fatal / non-fatal error sets Status Signaled System Error
//     when SERR# Enable is set. A reported error of the port itself is logged in its own Root
//     Error Status with the port's own ID as source (6.2.4.1.2: a Root Port's own errors are
//     handled as if it had received the message);
//   - Device Status UR Detected for every UR (7.5.3.5: logged regardless of the enables);
//     masked: Fatal / Non-Fatal Error Detected by severity (7.5.3.5: regardless of the
//     Uncorrectable Error Mask), nothing logged or reported;
//   - Secondary Status (7.5.1.3.7): Signaled Target Abort when the port sent CA, Received
//     Master / Target Abort for UR / CA completions of its own requests (ERR_RX_UR_CPL /
//     ERR_RX_CA_CPL, no AER error), Detected Parity Error for a poisoned TLP (and Master Data
//     Parity Error for a poisoned completion with Bridge Control Parity Error Response);
//   - ERR_COR / ERR_NONFATAL / ERR_FATAL messages from the link: Root Error Status (the first
//     of each class loads Error Source Identification, later ones set the Multiple bit; First
//     Uncorrectable Fatal for a fatal first), Secondary Status Received System Error for the
//     uncorrectable ones.
// PM_PME (pme_valid_i): Root Status PME Status and Requester ID; a PME arriving while PME
// Status is set is held (PME Pending) and delivered when software clears PME Status; one PME
// is held, later ones while one is pending are lost (PCIe 6.1.6 leaves the depth open).
// irq_o (INTx, level): Root Error Command enables x Root Error Status, and Root Control PME
// Interrupt Enable x PME Status; Command Interrupt Disable masks it (Status Interrupt Status
// shows the pending state regardless).
// The link state (Link Status, Link Status 2) comes from link_up_i; Device Status
// Transactions Pending from np_pending_i (rp_host).
`resetall
`timescale 1ns / 1ps
`default_nettype none

module rp_cfg #(
  parameter bit          EE_PREFIX_SUPPORTED = 1'b1,  // DEVCAP2 End-End TLP Prefix Supported
  parameter int unsigned MAX_EE_PREFIXES     = 1,     // DEVCAP2 Max End-End TLP Prefixes, 1..4
  parameter int unsigned N_ERR               = 5      // error event sources
) (
  input  wire logic                        clk_i,
  input  wire logic                        rst_ni,  // asynchronous reset, active low

  // The configuration space, 32-bit AXI4-Lite (from rp_host)
  input  wire logic [11:0]                 s_axil_awaddr,
  input  wire logic [2:0]                  s_axil_awprot,
  input  wire logic                        s_axil_awvalid,
  output logic                             s_axil_awready,
  input  wire logic [31:0]                 s_axil_wdata,
  input  wire logic [3:0]                  s_axil_wstrb,
  input  wire logic                        s_axil_wvalid,
  output logic                             s_axil_wready,
  output logic [1:0]                       s_axil_bresp,
  output logic                             s_axil_bvalid,
  input  wire logic                        s_axil_bready,
  input  wire logic [11:0]                 s_axil_araddr,
  input  wire logic [2:0]                  s_axil_arprot,
  input  wire logic                        s_axil_arvalid,
  output logic                             s_axil_arready,
  output logic [31:0]                      s_axil_rdata,
  output logic [1:0]                       s_axil_rresp,
  output logic                             s_axil_rvalid,
  input  wire logic                        s_axil_rready,

  output rp_pkg::rp_ctrl_t                 ctrl_o,
  output logic [15:0]                      requester_id_o,  // the port's own ID

  input  wire logic [N_ERR-1:0]            err_valid_i,
  output logic [N_ERR-1:0]                 err_ready_o,
  input  wire logic [N_ERR-1:0][rp_pkg::RP_ERR_W-1:0] err_i,  // rp_pkg::rp_err_t each

  input  wire logic                        pme_valid_i,         // PM_PME received
  input  wire logic [15:0]                 pme_requester_id_i,

  input  wire logic                        link_up_i,     // the Data Link Layer is DL_Active
  input  wire logic                        np_pending_i,  // the port's own request is outstanding

  output logic                             irq_o  // INTx level: AER root error / PME per enables
);
  localparam int unsigned IW = (N_ERR > 1) ? $clog2(N_ERR) : 1;  // width of a source index
  // The link the port is built for (Link Capabilities): its width and speed once up.
  localparam pcie_rp_cfg_pkg::lnkcap_t LNKCAP = pcie_rp_cfg_pkg::LNKCAP_RESET;

  initial begin
    if (MAX_EE_PREFIXES < 1 || MAX_EE_PREFIXES > rp_pkg::MAX_EE_PREFIXES_ANY)
      $error("rp_cfg: MAX_EE_PREFIXES must be 1..%0d", rp_pkg::MAX_EE_PREFIXES_ANY);
    if (N_ERR < 1) $error("rp_cfg: N_ERR must be >= 1");
  end

  // ---------------------------------------------------------------------------------------
  // Register block
  // ---------------------------------------------------------------------------------------
  pcie_rp_cfg_reg_pkg::pcie_rp_cfg_reg2hw_t reg2hw;
  pcie_rp_cfg_reg_pkg::pcie_rp_cfg_hw2reg_t hw2reg;

  pcie_rp_cfg_reg_top u_regs (
    .clk_i, .rst_ni,
    .s_axil_awaddr, .s_axil_awprot, .s_axil_awvalid, .s_axil_awready,
    .s_axil_wdata, .s_axil_wstrb, .s_axil_wvalid, .s_axil_wready,
    .s_axil_bresp, .s_axil_bvalid, .s_axil_bready,
    .s_axil_araddr, .s_axil_arprot, .s_axil_arvalid, .s_axil_arready,
    .s_axil_rdata, .s_axil_rresp, .s_axil_rvalid, .s_axil_rready,
    .reg2hw, .hw2reg
  );

  // ---------------------------------------------------------------------------------------
  // Control state
  // ---------------------------------------------------------------------------------------
  always_comb begin
    ctrl_o = '0;
    ctrl_o.bus_master_en              = reg2hw.command.bus_master_en.q;
    ctrl_o.mem_space_en               = reg2hw.command.mem_space_en.q;
    ctrl_o.parity_err_response        = reg2hw.command.parity_err_response.q;
    ctrl_o.sec_parity_err_response    = reg2hw.bridge_control.parity_err_response.q;
    ctrl_o.serr_en                    = reg2hw.command.serr_en.q;
    ctrl_o.max_payload_size           = reg2hw.devctl.max_payload_size.q;
    ctrl_o.max_read_request_size      = reg2hw.devctl.max_read_request_size.q;
    ctrl_o.ur_report_en               = reg2hw.devctl.unsupported_req_report_en.q;
    ctrl_o.primary_bus                = reg2hw.primary_bus.bus.q;
    ctrl_o.secondary_bus              = reg2hw.secondary_bus.bus.q;
    ctrl_o.subordinate_bus            = reg2hw.subordinate_bus.bus.q;
    ctrl_o.mem_base                   = reg2hw.memory_base.addr.q;
    ctrl_o.mem_limit                  = reg2hw.memory_limit.addr.q;
    ctrl_o.pref_base                  = {reg2hw.pref_base_upper.addr.q, reg2hw.pref_memory_base.addr.q};
    ctrl_o.pref_limit                 = {reg2hw.pref_limit_upper.addr.q, reg2hw.pref_memory_limit.addr.q};
    ctrl_o.ee_prefix_blocking         = reg2hw.devctl2.ee_prefix_blocking.q;
    ctrl_o.completion_timeout_disable = reg2hw.devctl2.completion_timeout_disable.q;
    ctrl_o.crs_sw_visibility_en       = reg2hw.rootctl.crs_sw_visibility_en.q;
    ctrl_o.acs_source_validation_en       = reg2hw.acs_ctrl.source_validation_en.q;
    ctrl_o.acs_translation_blocking_en    = reg2hw.acs_ctrl.translation_blocking_en.q;
    ctrl_o.acs_p2p_request_redirect_en    = reg2hw.acs_ctrl.p2p_request_redirect_en.q;
    ctrl_o.acs_p2p_completion_redirect_en = reg2hw.acs_ctrl.p2p_completion_redirect_en.q;
    ctrl_o.acs_upstream_forwarding_en     = reg2hw.acs_ctrl.upstream_forwarding_en.q;
  end
  assign requester_id_o = {reg2hw.primary_bus.bus.q, 5'(kit_map_pkg::RP_DEVICE),
                           3'(kit_map_pkg::RP_FUNCTION)};

  // ---------------------------------------------------------------------------------------
  // AER registers as their pcie_rp_cfg_pkg layouts (the error bits the port can set)
  // ---------------------------------------------------------------------------------------
  pcie_rp_cfg_pkg::aer_uncor_status_t ust, umask, usev;
  logic [31:0] ust_v;
  assign ust_v = 32'(ust);
  always_comb begin
    ust   = '0;
    umask = '0;
    usev  = '0;
    ust.malformed_tlp           = reg2hw.aer_uncor_status.malformed_tlp.q;
    ust.unsupported_request     = reg2hw.aer_uncor_status.unsupported_request.q;
    ust.completer_abort         = reg2hw.aer_uncor_status.completer_abort.q;
    ust.unexpected_completion   = reg2hw.aer_uncor_status.unexpected_completion.q;
    ust.poisoned_tlp_received   = reg2hw.aer_uncor_status.poisoned_tlp_received.q;
    ust.acs_violation           = reg2hw.aer_uncor_status.acs_violation.q;
    ust.tlp_prefix_blocked      = reg2hw.aer_uncor_status.tlp_prefix_blocked.q;
    ust.completion_timeout      = reg2hw.aer_uncor_status.completion_timeout.q;
    umask.malformed_tlp         = reg2hw.aer_uncor_mask.malformed_tlp.q;
    umask.unsupported_request   = reg2hw.aer_uncor_mask.unsupported_request.q;
    umask.completer_abort       = reg2hw.aer_uncor_mask.completer_abort.q;
    umask.unexpected_completion = reg2hw.aer_uncor_mask.unexpected_completion.q;
    umask.poisoned_tlp_received = reg2hw.aer_uncor_mask.poisoned_tlp_received.q;
    umask.acs_violation         = reg2hw.aer_uncor_mask.acs_violation.q;
    umask.tlp_prefix_blocked    = reg2hw.aer_uncor_mask.tlp_prefix_blocked.q;
    umask.completion_timeout    = reg2hw.aer_uncor_mask.completion_timeout.q;
    usev.malformed_tlp          = reg2hw.aer_uncor_severity.malformed_tlp.q;
    usev.unsupported_request    = reg2hw.aer_uncor_severity.unsupported_request.q;
    usev.completer_abort        = reg2hw.aer_uncor_severity.completer_abort.q;
    usev.unexpected_completion  = reg2hw.aer_uncor_severity.unexpected_completion.q;
    usev.poisoned_tlp_received  = reg2hw.aer_uncor_severity.poisoned_tlp_received.q;
    usev.acs_violation          = reg2hw.aer_uncor_severity.acs_violation.q;
    usev.tlp_prefix_blocked     = reg2hw.aer_uncor_severity.tlp_prefix_blocked.q;
    usev.completion_timeout     = reg2hw.aer_uncor_severity.completion_timeout.q;
  end

  // ---------------------------------------------------------------------------------------
  // Error events: round-robin grant, one per cycle
  // ---------------------------------------------------------------------------------------
  logic [IW-1:0] rr_q, pick;
  logic          any;
  logic [IW:0] idx;
  always_comb begin
    pick = '0;
    any  = 1'b0;
    idx  = '0;
    for (int unsigned k = 0; k < N_ERR; k++) begin
      idx = {1'b0, rr_q} + (IW+1)'(k);
      if (idx >= (IW+1)'(N_ERR)) idx = idx - (IW+1)'(N_ERR);
      if (!any && err_valid_i[idx[IW-1:0]]) begin
        any  = 1'b1;
        pick = idx[IW-1:0];
      end
    end
    err_ready_o = '0;
    if (any) err_ready_o[pick] = 1'b1;
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) rr_q <= '0;
    else if (any) rr_q <= (32'(pick) + 1 >= N_ERR) ? '0 : IW'(32'(pick) + 1);
  end

  rp_pkg::rp_err_t e;
  assign e = rp_pkg::rp_err_t'(err_i[pick]);
`ifndef SYNTHESIS
  initial assert ($bits(rp_pkg::rp_err_t) == rp_pkg::RP_ERR_W)
    else $fatal(1, "rp_cfg: rp_pkg::RP_ERR_W is not the width of rp_err_t");
`endif

  // Log state (sticky in PCIe terms; reset here with the port).
  logic [4:0]       fep_q, fep_d;
  logic [3:0][31:0] hlog_q, hlog_d, plog_q, plog_d;
  logic             plog_present_q, plog_present_d;
  logic [15:0]      cor_src_q, cor_src_d, fnf_src_q, fnf_src_d;
  logic             pme_pend_q, pme_pend_d;
  logic [15:0]      pme_id_q, pme_id_d, pme_pend_id_q, pme_pend_id_d;

  // Decoded event
  pcie_rp_cfg_pkg::aer_uncor_status_t ue;  // the event's uncorrectable error bit
  logic       is_uncor, u_masked, u_fatal, advisory, occupied, is_cpl_hdr;
  logic [4:0] ue_bit;
  always_comb begin
    ue = '0;
    unique case (e.kind)
      rp_pkg::ERR_MALFORMED:      ue.malformed_tlp         = 1'b1;
      rp_pkg::ERR_UR:             ue.unsupported_request   = 1'b1;
      rp_pkg::ERR_CA:             ue.completer_abort       = 1'b1;
      rp_pkg::ERR_UNEXPECTED_CPL: ue.unexpected_completion = 1'b1;
      rp_pkg::ERR_POISONED:       ue.poisoned_tlp_received = 1'b1;
      rp_pkg::ERR_ACS_VIOLATION:  ue.acs_violation         = 1'b1;
      rp_pkg::ERR_PREFIX_BLOCKED: ue.tlp_prefix_blocked    = 1'b1;
      rp_pkg::ERR_CPL_TIMEOUT:    ue.completion_timeout    = 1'b1;
      default: ;
    endcase
    is_uncor = any && (32'(ue) != '0);
    u_masked = (32'(ue) & 32'(umask)) != '0;
    u_fatal  = (32'(ue) & 32'(usev)) != '0;
    ue_bit   = '0;
    for (int unsigned b = 0; b < 32; b++) if (32'(ue) == (32'd1 << b)) ue_bit = 5'(b);
    advisory = !u_fatal && ((e.kind == rp_pkg::ERR_UR && !e.posted)
                            || e.kind == rp_pkg::ERR_CA || e.kind == rp_pkg::ERR_UNEXPECTED_CPL);
    occupied = ust_v[fep_q];
    is_cpl_hdr = e.header[0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_CPLD)
                 || e.header[0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_CPL)
                 || e.header[0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_CPLDLK)
                 || e.header[0][31:24] == 8'(tlp_pkg::TLP_FMT_TYPE_CPLLK);
  end

  // Reporting of the event and root error logging
  logic rep_cor, rep_nf, rep_f;             // a message of this class reaches Root Error Status
  logic [15:0] rep_src;
  logic set_cor_det, set_nf_det, set_f_det, set_adv, set_sse;
  logic ur_ok;
  always_comb begin
    rep_cor = 1'b0;
    rep_nf  = 1'b0;
    rep_f   = 1'b0;
    rep_src = requester_id_o;
    set_cor_det = 1'b0;
    set_nf_det  = 1'b0;
    set_f_det   = 1'b0;
    set_adv     = 1'b0;
    set_sse     = 1'b0;
    ur_ok = e.kind != rp_pkg::ERR_UR || reg2hw.devctl.unsupported_req_report_en.q;
    // A masked error is neither logged nor reported, but Device Status still records it:
    // PCIe 7.5.3.5, Fatal / Non-Fatal Error Detected "For Functions supporting Advanced Error
    // Handling, errors are logged in this register regardless of the settings of the
    // Uncorrectable Error Mask register".
    if (is_uncor && u_masked) begin
      set_f_det  = u_fatal;
      set_nf_det = !u_fatal;
    end
    if (is_uncor && !u_masked) begin
      if (advisory) begin
        set_adv = 1'b1;
        if (!reg2hw.aer_cor_mask.advisory_non_fatal.q) begin
          set_cor_det = 1'b1;
          rep_cor = ur_ok && reg2hw.devctl.correctable_err_report_en.q;
        end
      end else if (u_fatal) begin
        set_f_det = 1'b1;
        rep_f = ur_ok && (reg2hw.devctl.fatal_err_report_en.q || reg2hw.command.serr_en.q);
        set_sse = rep_f && reg2hw.command.serr_en.q;
      end else begin
        set_nf_det = 1'b1;
        rep_nf = ur_ok && (reg2hw.devctl.non_fatal_err_report_en.q || reg2hw.command.serr_en.q);
        set_sse = rep_nf && reg2hw.command.serr_en.q;
      end
    end
    if (any) begin
      unique case (e.kind)
        rp_pkg::ERR_MSG_COR:      begin rep_cor = 1'b1; rep_src = e.source_id; end
        rp_pkg::ERR_MSG_NONFATAL: begin rep_nf  = 1'b1; rep_src = e.source_id; end
        rp_pkg::ERR_MSG_FATAL:    begin rep_f   = 1'b1; rep_src = e.source_id; end
        default: ;
      endcase
    end
  end

  // ---------------------------------------------------------------------------------------
  // hw2reg
  // ---------------------------------------------------------------------------------------
  logic aer_int, pme_int;
  assign aer_int = (reg2hw.aer_root_err_cmd.correctable_err_report_en.q
                    && reg2hw.aer_root_err_status.cor_received.q)
                || (reg2hw.aer_root_err_cmd.non_fatal_err_report_en.q
                    && reg2hw.aer_root_err_status.non_fatal_msg_received.q)
                || (reg2hw.aer_root_err_cmd.fatal_err_report_en.q
                    && reg2hw.aer_root_err_status.fatal_msg_received.q);
  assign pme_int = reg2hw.rootctl.pme_int_en.q && reg2hw.rootsta.pme_status.q;
  assign irq_o   = (aer_int || pme_int) && !reg2hw.command.intx_disable.q;

  pcie_rp_cfg_reg_pkg::devcap2_t devcap2;
  logic msg_uncor;
  always_comb begin
    devcap2 = pcie_rp_cfg_reg_pkg::devcap2_t'(pcie_rp_cfg_pkg::DEVCAP2_RESET);
    devcap2.ee_prefix_supported = EE_PREFIX_SUPPORTED;
    devcap2.max_ee_prefixes     = 2'(MAX_EE_PREFIXES % rp_pkg::MAX_EE_PREFIXES_ANY);
    msg_uncor = any && (e.kind == rp_pkg::ERR_MSG_NONFATAL || e.kind == rp_pkg::ERR_MSG_FATAL);

    hw2reg = '0;
    hw2reg.devcap2.d = devcap2;

    // Status (primary) and Secondary Status
    hw2reg.status.interrupt_status.d = aer_int || pme_int;
    hw2reg.status.signaled_system_error.set = set_sse;
    hw2reg.secondary_status.signaled_target_abort.set = any && e.kind == rp_pkg::ERR_CA;
    hw2reg.secondary_status.received_master_abort.set = any && e.kind == rp_pkg::ERR_RX_UR_CPL;
    hw2reg.secondary_status.received_target_abort.set = any && e.kind == rp_pkg::ERR_RX_CA_CPL;
    hw2reg.secondary_status.detected_parity_error.set = any && e.kind == rp_pkg::ERR_POISONED;
    hw2reg.secondary_status.master_data_parity_error.set =
        any && e.kind == rp_pkg::ERR_POISONED && is_cpl_hdr
        && reg2hw.bridge_control.parity_err_response.q;
    hw2reg.secondary_status.received_system_error.set = msg_uncor;

    // Device Status
    hw2reg.devsta.transactions_pending.d = np_pending_i;
    hw2reg.devsta.unsupported_req_detected.set = any && e.kind == rp_pkg::ERR_UR;
    hw2reg.devsta.correctable_err_detected.set = set_cor_det;
    hw2reg.devsta.non_fatal_err_detected.set   = set_nf_det;
    hw2reg.devsta.fatal_err_detected.set       = set_f_det;

    // Link
    hw2reg.lnksta.dll_link_active.d       = link_up_i;
    hw2reg.lnksta.negotiated_link_width.d = link_up_i ? LNKCAP.max_link_width : '0;
    hw2reg.lnksta.current_link_speed.d    = LNKCAP.max_link_speed;

    // Root Status
    hw2reg.rootsta.pme_status.set       = (pme_valid_i && !reg2hw.rootsta.pme_status.q)
                                          || (pme_pend_q && !reg2hw.rootsta.pme_status.q);
    hw2reg.rootsta.pme_pending.d        = pme_pend_q;
    hw2reg.rootsta.pme_requester_id.d   = pme_id_q;

    // AER
    hw2reg.aer_uncor_status.malformed_tlp.set         = is_uncor && ue.malformed_tlp;
    hw2reg.aer_uncor_status.unsupported_request.set   = is_uncor && ue.unsupported_request;
    hw2reg.aer_uncor_status.completer_abort.set       = is_uncor && ue.completer_abort;
    hw2reg.aer_uncor_status.unexpected_completion.set = is_uncor && ue.unexpected_completion;
    hw2reg.aer_uncor_status.poisoned_tlp_received.set = is_uncor && ue.poisoned_tlp_received;
    hw2reg.aer_uncor_status.acs_violation.set         = is_uncor && ue.acs_violation;
    hw2reg.aer_uncor_status.tlp_prefix_blocked.set    = is_uncor && ue.tlp_prefix_blocked;
    hw2reg.aer_uncor_status.completion_timeout.set    = is_uncor && ue.completion_timeout;
    hw2reg.aer_cor_status.advisory_non_fatal.set      = set_adv;
    hw2reg.aer_cap_ctrl.first_error_pointer.d    = fep_q;
    hw2reg.aer_cap_ctrl.tlp_prefix_log_present.d = plog_present_q;
    hw2reg.aer_header_log_0.dw.d = hlog_q[0];
    hw2reg.aer_header_log_1.dw.d = hlog_q[1];
    hw2reg.aer_header_log_2.dw.d = hlog_q[2];
    hw2reg.aer_header_log_3.dw.d = hlog_q[3];
    hw2reg.aer_tlp_prefix_log_0.dw.d = plog_q[0];
    hw2reg.aer_tlp_prefix_log_1.dw.d = plog_q[1];
    hw2reg.aer_tlp_prefix_log_2.dw.d = plog_q[2];
    hw2reg.aer_tlp_prefix_log_3.dw.d = plog_q[3];

    // Root Error Status / Error Source Identification
    if (rep_cor) begin
      hw2reg.aer_root_err_status.cor_received.set       = !reg2hw.aer_root_err_status.cor_received.q;
      hw2reg.aer_root_err_status.multi_cor_received.set = reg2hw.aer_root_err_status.cor_received.q;
    end
    if (rep_nf || rep_f) begin
      hw2reg.aer_root_err_status.fatal_non_fatal_received.set =
          !reg2hw.aer_root_err_status.fatal_non_fatal_received.q;
      hw2reg.aer_root_err_status.multi_fatal_non_fatal_received.set =
          reg2hw.aer_root_err_status.fatal_non_fatal_received.q;
      hw2reg.aer_root_err_status.first_uncor_fatal.set =
          rep_f && !reg2hw.aer_root_err_status.fatal_non_fatal_received.q;
      hw2reg.aer_root_err_status.non_fatal_msg_received.set = rep_nf;
      hw2reg.aer_root_err_status.fatal_msg_received.set     = rep_f;
    end
    hw2reg.aer_err_source_id.cor_source_id.d             = cor_src_q;
    hw2reg.aer_err_source_id.fatal_non_fatal_source_id.d = fnf_src_q;
  end

  // ---------------------------------------------------------------------------------------
  // Log registers
  // ---------------------------------------------------------------------------------------
  always_comb begin
    fep_d          = fep_q;
    hlog_d         = hlog_q;
    plog_d         = plog_q;
    plog_present_d = plog_present_q;
    cor_src_d      = cor_src_q;
    fnf_src_d      = fnf_src_q;
    // An advisory non-fatal error whose Correctable Error Mask bit (Advisory Non-Fatal) is set
    // stops before the First Error Pointer and the Header Log (PCIe Base 6.x Figure 6-2): it
    // must not take the single log from a later real error.
    if (is_uncor && !u_masked && !occupied &&
        !(advisory && reg2hw.aer_cor_mask.advisory_non_fatal.q)) begin
      fep_d          = ue_bit;
      hlog_d         = e.log_valid ? e.header : '0;
      plog_d         = (e.log_valid && e.prefix_count != '0) ? e.prefix : '0;
      plog_present_d = e.log_valid && e.prefix_count != '0;
    end
    if (rep_cor && !reg2hw.aer_root_err_status.cor_received.q) cor_src_d = rep_src;
    if ((rep_nf || rep_f) && !reg2hw.aer_root_err_status.fatal_non_fatal_received.q)
      fnf_src_d = rep_src;

    pme_pend_d    = pme_pend_q;
    pme_id_d      = pme_id_q;
    pme_pend_id_d = pme_pend_id_q;
    if (!reg2hw.rootsta.pme_status.q && pme_pend_q) begin
      // software cleared PME Status: deliver the held PME (a new one is then held)
      pme_id_d   = pme_pend_id_q;
      pme_pend_d = pme_valid_i;
      if (pme_valid_i) pme_pend_id_d = pme_requester_id_i;
    end else if (pme_valid_i) begin
      if (!reg2hw.rootsta.pme_status.q) begin
        pme_id_d = pme_requester_id_i;
      end else if (!pme_pend_q) begin
        pme_pend_d    = 1'b1;
        pme_pend_id_d = pme_requester_id_i;
      end
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fep_q          <= '0;
      hlog_q         <= '0;
      plog_q         <= '0;
      plog_present_q <= 1'b0;
      cor_src_q      <= '0;
      fnf_src_q      <= '0;
      pme_pend_q     <= 1'b0;
      pme_id_q       <= '0;
      pme_pend_id_q  <= '0;
    end else begin
      fep_q          <= fep_d;
      hlog_q         <= hlog_d;
      plog_q         <= plog_d;
      plog_present_q <= plog_present_d;
      cor_src_q      <= cor_src_d;
      fnf_src_q      <= fnf_src_d;
      pme_pend_q     <= pme_pend_d;
      pme_id_q       <= pme_id_d;
      pme_pend_id_q  <= pme_pend_id_d;
    end
  end

  // verilator lint_off UNUSEDSIGNAL
  logic unused;
  assign unused = ^{reg2hw, e.prefix_count, s_axil_awprot, s_axil_arprot};
  // verilator lint_on UNUSEDSIGNAL

`ifndef SYNTHESIS
  logic past_valid_q;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) past_valid_q <= 1'b0;
    else past_valid_q <= 1'b1;
  end
  a_one_grant: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    $onehot0(err_ready_o) && (err_ready_o & ~err_valid_i) == '0);
  // The log is written only while it is free (the first error's log is never overwritten).
  a_log_first: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    occupied |=> $stable({fep_q, hlog_q, plog_q, plog_present_q}));
  // The First Error Pointer names a bit the port sets.
  a_fep_ours: assert property (@(posedge clk_i) disable iff (!rst_ni || !past_valid_q)
    is_uncor |-> 32'(ue) == (32'd1 << ue_bit));
`endif
endmodule

`resetall

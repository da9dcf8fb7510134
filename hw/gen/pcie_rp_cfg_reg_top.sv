// Generated from regmaps/pcie_rp_cfg_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//
// pcie_rp_cfg_reg_top: AXI4-Lite register slave of the 4096-byte pcie_rp_cfg_pkg block.
// PCIe root port configuration space (4 KiB, DWORD-wide configuration accesses).
//
// Bus: 32-bit AXI4-Lite, one write and one read outstanding. AW and W are taken
// in either order, in the same or in different cycles; the write is performed once both are
// held and answered OKAY on B. R is valid the cycle after the AR handshake (registered data:
// no combinational path from bus inputs to bus outputs). Reads and writes are independent.
// Address bits below the word (4 bytes) and AxPROT are ignored; WSTRB selects the bytes
// written: a field changes only in the bytes whose strobe is set.
// Every response is OKAY: offsets not covered by a register (and rsvd/hwinit bits) ignore
// writes and read zero, as regmaps/README.md says for reserved offsets (no SLVERR).
// Reset: rst_ni, asynchronous assertion, active low (as OpenTitan); fields reset to the
// bits of <REG>_RESET of pcie_rp_cfg_pkg.
// Fields by access tag: rw/wo store the written bytes (wo reads zero), warl like rw but an
// enum-typed field ignores a write whose result is not an enum member and hw2reg .de loads
// .d (hardware wins over software in the same cycle); rw1c clears the bits written 1 and
// hw2reg .set sets (set wins); rw1s sets the bits written 1 and hw2reg .clr clears (clear
// wins); ro reads hw2reg .d; hwinit reads its reset bits. .qe is high in the first cycle q
// shows a value software wrote (the cycle after the internal write).
// Registers held by the core (<NAME>_HWEXT; their section below): nothing is stored here
// but the last write: reg2hw .q (its data in the bytes written; other bytes keep earlier
// data), .be (its byte enables) and .qe (one cycle, the same cycle as the fields' .qe; be
// is zero in every other cycle); reads return hw2reg .d with the rsvd members zero.

`resetall
`timescale 1ns / 1ps
`default_nettype none

module pcie_rp_cfg_reg_top #(
  // Width of the byte address; the register map fixes it (4096-byte window).
  parameter int unsigned ADDR_WIDTH = 12,
  // Width of the data bus in bits; the register map fixes it (4-byte bus).
  parameter int unsigned DATA_WIDTH = 32,
  // Width of the write strobe: one bit per data byte.
  parameter int unsigned STRB_WIDTH = DATA_WIDTH / 8
) (
  input  wire logic                  clk_i,
  input  wire logic                  rst_ni,  // asynchronous reset, active low

  // AXI4-Lite register slave
  input  wire logic [ADDR_WIDTH-1:0] s_axil_awaddr,
  input  wire logic [2:0]            s_axil_awprot,
  input  wire logic                  s_axil_awvalid,
  output logic                       s_axil_awready,
  input  wire logic [DATA_WIDTH-1:0] s_axil_wdata,
  input  wire logic [STRB_WIDTH-1:0] s_axil_wstrb,
  input  wire logic                  s_axil_wvalid,
  output logic                       s_axil_wready,
  output logic [1:0]                 s_axil_bresp,
  output logic                       s_axil_bvalid,
  input  wire logic                  s_axil_bready,
  input  wire logic [ADDR_WIDTH-1:0] s_axil_araddr,
  input  wire logic [2:0]            s_axil_arprot,
  input  wire logic                  s_axil_arvalid,
  output logic                       s_axil_arready,
  output logic [DATA_WIDTH-1:0]      s_axil_rdata,
  output logic [1:0]                 s_axil_rresp,
  output logic                       s_axil_rvalid,
  input  wire logic                  s_axil_rready,

  // Hardware interface: fields to the core, and what the core drives
  output pcie_rp_cfg_reg_pkg::pcie_rp_cfg_reg2hw_t reg2hw,
  input  wire pcie_rp_cfg_reg_pkg::pcie_rp_cfg_hw2reg_t hw2reg
);

  // The register map fixes the widths; any other value would decode wrong addresses.
  if (ADDR_WIDTH != 12 || DATA_WIDTH != 32 || STRB_WIDTH != DATA_WIDTH / 8) begin : g_bad_params
    $error("pcie_rp_cfg_reg_top: ADDR_WIDTH must be 12, DATA_WIDTH 32, STRB_WIDTH DATA_WIDTH/8");
  end

  // Byte-in-word address bits: the word address is addr[ADDR_WIDTH-1:ADDR_LSB].
  localparam int unsigned ADDR_LSB = $clog2(STRB_WIDTH);

  // ---------------------------------------------------------------------------------------
  // AXI4-Lite adapter: one internal write request and one read request
  // ---------------------------------------------------------------------------------------

  logic                         aw_held_q, aw_held_d;  // AW taken, write not yet performed
  logic [ADDR_WIDTH-1:ADDR_LSB] aw_addr_q, aw_addr_d;
  logic                         w_held_q, w_held_d;    // W taken, write not yet performed
  logic [DATA_WIDTH-1:0]        w_data_q, w_data_d;
  logic [STRB_WIDTH-1:0]        w_strb_q, w_strb_d;
  logic                         bvalid_q, bvalid_d;
  logic                         rvalid_q, rvalid_d;
  logic [DATA_WIDTH-1:0]        rdata_q, rdata_d;

  // Internal write request: valid (for one cycle), word address, data, byte strobes.
  logic                         wr_en;
  logic [ADDR_WIDTH-1:ADDR_LSB] wr_addr;
  logic [DATA_WIDTH-1:0]        wr_data;
  logic [STRB_WIDTH-1:0]        wr_strb;
  logic [DATA_WIDTH-1:0]        wr_bmask;  // wr_strb widened to one bit per data bit

  // Internal read request: valid, word address; rd_data is the OR of the selected fields.
  logic                         rd_en;
  logic [ADDR_WIDTH-1:ADDR_LSB] rd_addr;
  logic [DATA_WIDTH-1:0]        rd_data;

  assign s_axil_awready = !aw_held_q && !bvalid_q;
  assign s_axil_wready  = !w_held_q && !bvalid_q;
  assign s_axil_bvalid  = bvalid_q;
  assign s_axil_bresp   = 2'b00;  // OKAY, also for unmapped offsets
  assign s_axil_arready = !rvalid_q;
  assign s_axil_rvalid  = rvalid_q;
  assign s_axil_rdata   = rdata_q;
  assign s_axil_rresp   = 2'b00;  // OKAY, also for unmapped offsets

  assign wr_en    = aw_held_q && w_held_q;
  assign wr_addr  = aw_addr_q;
  assign wr_data  = w_data_q;
  assign wr_strb  = w_strb_q;
  assign wr_bmask = {{8{wr_strb[3]}}, {8{wr_strb[2]}}, {8{wr_strb[1]}}, {8{wr_strb[0]}}};

  assign rd_en   = s_axil_arvalid && !rvalid_q;
  assign rd_addr = s_axil_araddr[ADDR_WIDTH-1:ADDR_LSB];

  always_comb begin
    aw_held_d = aw_held_q;
    aw_addr_d = aw_addr_q;
    w_held_d  = w_held_q;
    w_data_d  = w_data_q;
    w_strb_d  = w_strb_q;
    bvalid_d  = bvalid_q;
    if (s_axil_awvalid && s_axil_awready) begin
      aw_held_d = 1'b1;
      aw_addr_d = s_axil_awaddr[ADDR_WIDTH-1:ADDR_LSB];
    end
    if (s_axil_wvalid && s_axil_wready) begin
      w_held_d = 1'b1;
      w_data_d = s_axil_wdata;
      w_strb_d = s_axil_wstrb;
    end
    if (wr_en) begin
      aw_held_d = 1'b0;
      w_held_d  = 1'b0;
      bvalid_d  = 1'b1;
    end else if (s_axil_bready) begin
      bvalid_d = 1'b0;
    end
  end

  always_comb begin
    rvalid_d = rvalid_q;
    rdata_d  = rdata_q;
    if (rd_en) begin
      rvalid_d = 1'b1;
      rdata_d  = rd_data;
    end else if (s_axil_rready) begin
      rvalid_d = 1'b0;
    end
  end

  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aw_held_q <= 1'b0;
      aw_addr_q <= '0;
      w_held_q  <= 1'b0;
      w_data_q  <= '0;
      w_strb_q  <= '0;
      bvalid_q  <= 1'b0;
      rvalid_q  <= 1'b0;
      rdata_q   <= '0;
    end else begin
      aw_held_q <= aw_held_d;
      aw_addr_q <= aw_addr_d;
      w_held_q  <= w_held_d;
      w_data_q  <= w_data_d;
      w_strb_q  <= w_strb_d;
      bvalid_q  <= bvalid_d;
      rvalid_q  <= rvalid_d;
      rdata_q   <= rdata_d;
    end
  end

  // ---------------------------------------------------------------------------------------
  // Address decode: one select per register and bus word (write: gated by wr_en)
  // ---------------------------------------------------------------------------------------

  logic vendor_id_rsel;  // read of vendor_id word at 0x000
  logic device_id_rsel;  // read of device_id word at 0x000
  logic command_wsel;  // write to command word at 0x004
  logic command_rsel;  // read of command word at 0x004
  logic status_wsel;  // write to status word at 0x004
  logic status_rsel;  // read of status word at 0x004
  logic class_rev_rsel;  // read of class_rev word at 0x008
  logic cache_line_size_wsel;  // write to cache_line_size word at 0x00c
  logic cache_line_size_rsel;  // read of cache_line_size word at 0x00c
  logic header_type_rsel;  // read of header_type word at 0x00c
  logic primary_bus_wsel;  // write to primary_bus word at 0x018
  logic primary_bus_rsel;  // read of primary_bus word at 0x018
  logic secondary_bus_wsel;  // write to secondary_bus word at 0x018
  logic secondary_bus_rsel;  // read of secondary_bus word at 0x018
  logic subordinate_bus_wsel;  // write to subordinate_bus word at 0x018
  logic subordinate_bus_rsel;  // read of subordinate_bus word at 0x018
  logic secondary_status_wsel;  // write to secondary_status word at 0x01c
  logic secondary_status_rsel;  // read of secondary_status word at 0x01c
  logic memory_base_wsel;  // write to memory_base word at 0x020
  logic memory_base_rsel;  // read of memory_base word at 0x020
  logic memory_limit_wsel;  // write to memory_limit word at 0x020
  logic memory_limit_rsel;  // read of memory_limit word at 0x020
  logic pref_memory_base_wsel;  // write to pref_memory_base word at 0x024
  logic pref_memory_base_rsel;  // read of pref_memory_base word at 0x024
  logic pref_memory_limit_wsel;  // write to pref_memory_limit word at 0x024
  logic pref_memory_limit_rsel;  // read of pref_memory_limit word at 0x024
  logic pref_base_upper_wsel;  // write to pref_base_upper word at 0x028
  logic pref_base_upper_rsel;  // read of pref_base_upper word at 0x028
  logic pref_limit_upper_wsel;  // write to pref_limit_upper word at 0x02c
  logic pref_limit_upper_rsel;  // read of pref_limit_upper word at 0x02c
  logic cap_ptr_rsel;  // read of cap_ptr word at 0x034
  logic interrupt_line_wsel;  // write to interrupt_line word at 0x03c
  logic interrupt_line_rsel;  // read of interrupt_line word at 0x03c
  logic interrupt_pin_rsel;  // read of interrupt_pin word at 0x03c
  logic bridge_control_wsel;  // write to bridge_control word at 0x03c
  logic bridge_control_rsel;  // read of bridge_control word at 0x03c
  logic pcie_cap_hdr_rsel;  // read of pcie_cap_hdr word at 0x040
  logic pcie_caps_rsel;  // read of pcie_caps word at 0x040
  logic devcap_rsel;  // read of devcap word at 0x044
  logic devctl_wsel;  // write to devctl word at 0x048
  logic devctl_rsel;  // read of devctl word at 0x048
  logic devsta_wsel;  // write to devsta word at 0x048
  logic devsta_rsel;  // read of devsta word at 0x048
  logic lnkcap_rsel;  // read of lnkcap word at 0x04c
  logic lnkctl_wsel;  // write to lnkctl word at 0x050
  logic lnkctl_rsel;  // read of lnkctl word at 0x050
  logic lnksta_wsel;  // write to lnksta word at 0x050
  logic lnksta_rsel;  // read of lnksta word at 0x050
  logic slotsta_rsel;  // read of slotsta word at 0x058
  logic rootctl_wsel;  // write to rootctl word at 0x05c
  logic rootctl_rsel;  // read of rootctl word at 0x05c
  logic rootcap_rsel;  // read of rootcap word at 0x05c
  logic rootsta_wsel;  // write to rootsta word at 0x060
  logic rootsta_rsel;  // read of rootsta word at 0x060
  logic devcap2_wsel;  // write to devcap2 word at 0x064
  logic devcap2_rsel;  // read of devcap2 word at 0x064
  logic devctl2_wsel;  // write to devctl2 word at 0x068
  logic devctl2_rsel;  // read of devctl2 word at 0x068
  logic lnkcap2_rsel;  // read of lnkcap2 word at 0x06c
  logic lnkctl2_wsel;  // write to lnkctl2 word at 0x070
  logic lnkctl2_rsel;  // read of lnkctl2 word at 0x070
  logic lnksta2_rsel;  // read of lnksta2 word at 0x070
  logic pm_cap_hdr_rsel;  // read of pm_cap_hdr word at 0x080
  logic pmc_rsel;  // read of pmc word at 0x080
  logic pmcsr_wsel;  // write to pmcsr word at 0x084
  logic pmcsr_rsel;  // read of pmcsr word at 0x084
  logic aer_ext_cap_hdr_rsel;  // read of aer_ext_cap_hdr word at 0x100
  logic aer_uncor_status_wsel;  // write to aer_uncor_status word at 0x104
  logic aer_uncor_status_rsel;  // read of aer_uncor_status word at 0x104
  logic aer_uncor_mask_wsel;  // write to aer_uncor_mask word at 0x108
  logic aer_uncor_mask_rsel;  // read of aer_uncor_mask word at 0x108
  logic aer_uncor_severity_wsel;  // write to aer_uncor_severity word at 0x10c
  logic aer_uncor_severity_rsel;  // read of aer_uncor_severity word at 0x10c
  logic aer_cor_status_wsel;  // write to aer_cor_status word at 0x110
  logic aer_cor_status_rsel;  // read of aer_cor_status word at 0x110
  logic aer_cor_mask_wsel;  // write to aer_cor_mask word at 0x114
  logic aer_cor_mask_rsel;  // read of aer_cor_mask word at 0x114
  logic aer_cap_ctrl_rsel;  // read of aer_cap_ctrl word at 0x118
  logic aer_header_log_0_rsel;  // read of aer_header_log[0] word at 0x11c
  logic aer_header_log_1_rsel;  // read of aer_header_log[1] word at 0x120
  logic aer_header_log_2_rsel;  // read of aer_header_log[2] word at 0x124
  logic aer_header_log_3_rsel;  // read of aer_header_log[3] word at 0x128
  logic aer_root_err_cmd_wsel;  // write to aer_root_err_cmd word at 0x12c
  logic aer_root_err_cmd_rsel;  // read of aer_root_err_cmd word at 0x12c
  logic aer_root_err_status_wsel;  // write to aer_root_err_status word at 0x130
  logic aer_root_err_status_rsel;  // read of aer_root_err_status word at 0x130
  logic aer_err_source_id_rsel;  // read of aer_err_source_id word at 0x134
  logic aer_tlp_prefix_log_0_rsel;  // read of aer_tlp_prefix_log[0] word at 0x138
  logic aer_tlp_prefix_log_1_rsel;  // read of aer_tlp_prefix_log[1] word at 0x13c
  logic aer_tlp_prefix_log_2_rsel;  // read of aer_tlp_prefix_log[2] word at 0x140
  logic aer_tlp_prefix_log_3_rsel;  // read of aer_tlp_prefix_log[3] word at 0x144
  logic acs_ext_cap_hdr_rsel;  // read of acs_ext_cap_hdr word at 0x148
  logic acs_caps_rsel;  // read of acs_caps word at 0x14c
  logic acs_ctrl_wsel;  // write to acs_ctrl word at 0x14c
  logic acs_ctrl_rsel;  // read of acs_ctrl word at 0x14c
  assign vendor_id_rsel = rd_addr == 10'h000;
  assign device_id_rsel = rd_addr == 10'h000;
  assign command_wsel = wr_en && (wr_addr == 10'h001);
  assign command_rsel = rd_addr == 10'h001;
  assign status_wsel = wr_en && (wr_addr == 10'h001);
  assign status_rsel = rd_addr == 10'h001;
  assign class_rev_rsel = rd_addr == 10'h002;
  assign cache_line_size_wsel = wr_en && (wr_addr == 10'h003);
  assign cache_line_size_rsel = rd_addr == 10'h003;
  assign header_type_rsel = rd_addr == 10'h003;
  assign primary_bus_wsel = wr_en && (wr_addr == 10'h006);
  assign primary_bus_rsel = rd_addr == 10'h006;
  assign secondary_bus_wsel = wr_en && (wr_addr == 10'h006);
  assign secondary_bus_rsel = rd_addr == 10'h006;
  assign subordinate_bus_wsel = wr_en && (wr_addr == 10'h006);
  assign subordinate_bus_rsel = rd_addr == 10'h006;
  assign secondary_status_wsel = wr_en && (wr_addr == 10'h007);
  assign secondary_status_rsel = rd_addr == 10'h007;
  assign memory_base_wsel = wr_en && (wr_addr == 10'h008);
  assign memory_base_rsel = rd_addr == 10'h008;
  assign memory_limit_wsel = wr_en && (wr_addr == 10'h008);
  assign memory_limit_rsel = rd_addr == 10'h008;
  assign pref_memory_base_wsel = wr_en && (wr_addr == 10'h009);
  assign pref_memory_base_rsel = rd_addr == 10'h009;
  assign pref_memory_limit_wsel = wr_en && (wr_addr == 10'h009);
  assign pref_memory_limit_rsel = rd_addr == 10'h009;
  assign pref_base_upper_wsel = wr_en && (wr_addr == 10'h00a);
  assign pref_base_upper_rsel = rd_addr == 10'h00a;
  assign pref_limit_upper_wsel = wr_en && (wr_addr == 10'h00b);
  assign pref_limit_upper_rsel = rd_addr == 10'h00b;
  assign cap_ptr_rsel = rd_addr == 10'h00d;
  assign interrupt_line_wsel = wr_en && (wr_addr == 10'h00f);
  assign interrupt_line_rsel = rd_addr == 10'h00f;
  assign interrupt_pin_rsel = rd_addr == 10'h00f;
  assign bridge_control_wsel = wr_en && (wr_addr == 10'h00f);
  assign bridge_control_rsel = rd_addr == 10'h00f;
  assign pcie_cap_hdr_rsel = rd_addr == 10'h010;
  assign pcie_caps_rsel = rd_addr == 10'h010;
  assign devcap_rsel = rd_addr == 10'h011;
  assign devctl_wsel = wr_en && (wr_addr == 10'h012);
  assign devctl_rsel = rd_addr == 10'h012;
  assign devsta_wsel = wr_en && (wr_addr == 10'h012);
  assign devsta_rsel = rd_addr == 10'h012;
  assign lnkcap_rsel = rd_addr == 10'h013;
  assign lnkctl_wsel = wr_en && (wr_addr == 10'h014);
  assign lnkctl_rsel = rd_addr == 10'h014;
  assign lnksta_wsel = wr_en && (wr_addr == 10'h014);
  assign lnksta_rsel = rd_addr == 10'h014;
  assign slotsta_rsel = rd_addr == 10'h016;
  assign rootctl_wsel = wr_en && (wr_addr == 10'h017);
  assign rootctl_rsel = rd_addr == 10'h017;
  assign rootcap_rsel = rd_addr == 10'h017;
  assign rootsta_wsel = wr_en && (wr_addr == 10'h018);
  assign rootsta_rsel = rd_addr == 10'h018;
  assign devcap2_wsel = wr_en && (wr_addr == 10'h019);
  assign devcap2_rsel = rd_addr == 10'h019;
  assign devctl2_wsel = wr_en && (wr_addr == 10'h01a);
  assign devctl2_rsel = rd_addr == 10'h01a;
  assign lnkcap2_rsel = rd_addr == 10'h01b;
  assign lnkctl2_wsel = wr_en && (wr_addr == 10'h01c);
  assign lnkctl2_rsel = rd_addr == 10'h01c;
  assign lnksta2_rsel = rd_addr == 10'h01c;
  assign pm_cap_hdr_rsel = rd_addr == 10'h020;
  assign pmc_rsel = rd_addr == 10'h020;
  assign pmcsr_wsel = wr_en && (wr_addr == 10'h021);
  assign pmcsr_rsel = rd_addr == 10'h021;
  assign aer_ext_cap_hdr_rsel = rd_addr == 10'h040;
  assign aer_uncor_status_wsel = wr_en && (wr_addr == 10'h041);
  assign aer_uncor_status_rsel = rd_addr == 10'h041;
  assign aer_uncor_mask_wsel = wr_en && (wr_addr == 10'h042);
  assign aer_uncor_mask_rsel = rd_addr == 10'h042;
  assign aer_uncor_severity_wsel = wr_en && (wr_addr == 10'h043);
  assign aer_uncor_severity_rsel = rd_addr == 10'h043;
  assign aer_cor_status_wsel = wr_en && (wr_addr == 10'h044);
  assign aer_cor_status_rsel = rd_addr == 10'h044;
  assign aer_cor_mask_wsel = wr_en && (wr_addr == 10'h045);
  assign aer_cor_mask_rsel = rd_addr == 10'h045;
  assign aer_cap_ctrl_rsel = rd_addr == 10'h046;
  assign aer_header_log_0_rsel = rd_addr == 10'h047;
  assign aer_header_log_1_rsel = rd_addr == 10'h048;
  assign aer_header_log_2_rsel = rd_addr == 10'h049;
  assign aer_header_log_3_rsel = rd_addr == 10'h04a;
  assign aer_root_err_cmd_wsel = wr_en && (wr_addr == 10'h04b);
  assign aer_root_err_cmd_rsel = rd_addr == 10'h04b;
  assign aer_root_err_status_wsel = wr_en && (wr_addr == 10'h04c);
  assign aer_root_err_status_rsel = rd_addr == 10'h04c;
  assign aer_err_source_id_rsel = rd_addr == 10'h04d;
  assign aer_tlp_prefix_log_0_rsel = rd_addr == 10'h04e;
  assign aer_tlp_prefix_log_1_rsel = rd_addr == 10'h04f;
  assign aer_tlp_prefix_log_2_rsel = rd_addr == 10'h050;
  assign aer_tlp_prefix_log_3_rsel = rd_addr == 10'h051;
  assign acs_ext_cap_hdr_rsel = rd_addr == 10'h052;
  assign acs_caps_rsel = rd_addr == 10'h053;
  assign acs_ctrl_wsel = wr_en && (wr_addr == 10'h053);
  assign acs_ctrl_rsel = rd_addr == 10'h053;

  // ---------------------------------------------------------------------------------------
  // Fields: <p>_wm = bits the current write touches, <p>_wd = write data, <p>_q = state
  // ---------------------------------------------------------------------------------------

  // command.intx_disable (rw): stop the port from asserting INTx for its own events
  logic command_intx_disable_q, command_intx_disable_d, command_intx_disable_wm, command_intx_disable_wd;
  logic command_intx_disable_wv;  // value after the write
  logic command_intx_disable_qe_q, command_intx_disable_qe_d;
  assign command_intx_disable_wm = command_wsel & wr_bmask[10];
  assign command_intx_disable_wd = wr_data[10];
  assign command_intx_disable_wv = (command_intx_disable_q & ~command_intx_disable_wm) | (command_intx_disable_wd & command_intx_disable_wm);
  assign command_intx_disable_d    = command_intx_disable_wv;
  assign command_intx_disable_qe_d = |command_intx_disable_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_intx_disable_q <= 1'h0;
      command_intx_disable_qe_q <= 1'b0;
    end else begin
      command_intx_disable_q <= command_intx_disable_d;
      command_intx_disable_qe_q <= command_intx_disable_qe_d;
    end
  end
  assign reg2hw.command.intx_disable.q = command_intx_disable_q;
  assign reg2hw.command.intx_disable.qe = command_intx_disable_qe_q;

  // command.serr_en (rw): report fatal and non-fatal errors to the system
  logic command_serr_en_q, command_serr_en_d, command_serr_en_wm, command_serr_en_wd;
  logic command_serr_en_wv;  // value after the write
  logic command_serr_en_qe_q, command_serr_en_qe_d;
  assign command_serr_en_wm = command_wsel & wr_bmask[8];
  assign command_serr_en_wd = wr_data[8];
  assign command_serr_en_wv = (command_serr_en_q & ~command_serr_en_wm) | (command_serr_en_wd & command_serr_en_wm);
  assign command_serr_en_d    = command_serr_en_wv;
  assign command_serr_en_qe_d = |command_serr_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_serr_en_q <= 1'h0;
      command_serr_en_qe_q <= 1'b0;
    end else begin
      command_serr_en_q <= command_serr_en_d;
      command_serr_en_qe_q <= command_serr_en_qe_d;
    end
  end
  assign reg2hw.command.serr_en.q = command_serr_en_q;
  assign reg2hw.command.serr_en.qe = command_serr_en_qe_q;

  // command.parity_err_response (rw): act on poisoned TLPs (Master Data Parity Error)
  logic command_parity_err_response_q, command_parity_err_response_d, command_parity_err_response_wm, command_parity_err_response_wd;
  logic command_parity_err_response_wv;  // value after the write
  logic command_parity_err_response_qe_q, command_parity_err_response_qe_d;
  assign command_parity_err_response_wm = command_wsel & wr_bmask[6];
  assign command_parity_err_response_wd = wr_data[6];
  assign command_parity_err_response_wv = (command_parity_err_response_q & ~command_parity_err_response_wm) | (command_parity_err_response_wd & command_parity_err_response_wm);
  assign command_parity_err_response_d    = command_parity_err_response_wv;
  assign command_parity_err_response_qe_d = |command_parity_err_response_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_parity_err_response_q <= 1'h0;
      command_parity_err_response_qe_q <= 1'b0;
    end else begin
      command_parity_err_response_q <= command_parity_err_response_d;
      command_parity_err_response_qe_q <= command_parity_err_response_qe_d;
    end
  end
  assign reg2hw.command.parity_err_response.q = command_parity_err_response_q;
  assign reg2hw.command.parity_err_response.qe = command_parity_err_response_qe_q;

  // command.bus_master_en (rw): forward memory requests from the link upstream (DMA)
  logic command_bus_master_en_q, command_bus_master_en_d, command_bus_master_en_wm, command_bus_master_en_wd;
  logic command_bus_master_en_wv;  // value after the write
  logic command_bus_master_en_qe_q, command_bus_master_en_qe_d;
  assign command_bus_master_en_wm = command_wsel & wr_bmask[2];
  assign command_bus_master_en_wd = wr_data[2];
  assign command_bus_master_en_wv = (command_bus_master_en_q & ~command_bus_master_en_wm) | (command_bus_master_en_wd & command_bus_master_en_wm);
  assign command_bus_master_en_d    = command_bus_master_en_wv;
  assign command_bus_master_en_qe_d = |command_bus_master_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_bus_master_en_q <= 1'h0;
      command_bus_master_en_qe_q <= 1'b0;
    end else begin
      command_bus_master_en_q <= command_bus_master_en_d;
      command_bus_master_en_qe_q <= command_bus_master_en_qe_d;
    end
  end
  assign reg2hw.command.bus_master_en.q = command_bus_master_en_q;
  assign reg2hw.command.bus_master_en.qe = command_bus_master_en_qe_q;

  // command.mem_space_en (rw): forward memory requests downstream through the windows
  logic command_mem_space_en_q, command_mem_space_en_d, command_mem_space_en_wm, command_mem_space_en_wd;
  logic command_mem_space_en_wv;  // value after the write
  logic command_mem_space_en_qe_q, command_mem_space_en_qe_d;
  assign command_mem_space_en_wm = command_wsel & wr_bmask[1];
  assign command_mem_space_en_wd = wr_data[1];
  assign command_mem_space_en_wv = (command_mem_space_en_q & ~command_mem_space_en_wm) | (command_mem_space_en_wd & command_mem_space_en_wm);
  assign command_mem_space_en_d    = command_mem_space_en_wv;
  assign command_mem_space_en_qe_d = |command_mem_space_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_mem_space_en_q <= 1'h0;
      command_mem_space_en_qe_q <= 1'b0;
    end else begin
      command_mem_space_en_q <= command_mem_space_en_d;
      command_mem_space_en_qe_q <= command_mem_space_en_qe_d;
    end
  end
  assign reg2hw.command.mem_space_en.q = command_mem_space_en_q;
  assign reg2hw.command.mem_space_en.qe = command_mem_space_en_qe_q;

  // command.io_space_en (rw): forward I/O requests downstream (no I/O window here)
  logic command_io_space_en_q, command_io_space_en_d, command_io_space_en_wm, command_io_space_en_wd;
  logic command_io_space_en_wv;  // value after the write
  logic command_io_space_en_qe_q, command_io_space_en_qe_d;
  assign command_io_space_en_wm = command_wsel & wr_bmask[0];
  assign command_io_space_en_wd = wr_data[0];
  assign command_io_space_en_wv = (command_io_space_en_q & ~command_io_space_en_wm) | (command_io_space_en_wd & command_io_space_en_wm);
  assign command_io_space_en_d    = command_io_space_en_wv;
  assign command_io_space_en_qe_d = |command_io_space_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      command_io_space_en_q <= 1'h0;
      command_io_space_en_qe_q <= 1'b0;
    end else begin
      command_io_space_en_q <= command_io_space_en_d;
      command_io_space_en_qe_q <= command_io_space_en_qe_d;
    end
  end
  assign reg2hw.command.io_space_en.q = command_io_space_en_q;
  assign reg2hw.command.io_space_en.qe = command_io_space_en_qe_q;

  // status.detected_parity_error (rw1c): a poisoned TLP was received on the primary side
  logic status_detected_parity_error_q, status_detected_parity_error_d, status_detected_parity_error_wm, status_detected_parity_error_wd;
  assign status_detected_parity_error_wm = status_wsel & wr_bmask[31];
  assign status_detected_parity_error_wd = wr_data[31];
  assign status_detected_parity_error_d = (status_detected_parity_error_q & ~(status_detected_parity_error_wd & status_detected_parity_error_wm)) | hw2reg.status.detected_parity_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      status_detected_parity_error_q <= 1'h0;
    end else begin
      status_detected_parity_error_q <= status_detected_parity_error_d;
    end
  end
  assign reg2hw.status.detected_parity_error.q = status_detected_parity_error_q;

  // status.signaled_system_error (rw1c): the port sent ERR_FATAL or ERR_NONFATAL
  logic status_signaled_system_error_q, status_signaled_system_error_d, status_signaled_system_error_wm, status_signaled_system_error_wd;
  assign status_signaled_system_error_wm = status_wsel & wr_bmask[30];
  assign status_signaled_system_error_wd = wr_data[30];
  assign status_signaled_system_error_d = (status_signaled_system_error_q & ~(status_signaled_system_error_wd & status_signaled_system_error_wm)) | hw2reg.status.signaled_system_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      status_signaled_system_error_q <= 1'h0;
    end else begin
      status_signaled_system_error_q <= status_signaled_system_error_d;
    end
  end
  assign reg2hw.status.signaled_system_error.q = status_signaled_system_error_q;

  // status.received_master_abort (rw1c): a request of the port completed with UR
  logic status_received_master_abort_q, status_received_master_abort_d, status_received_master_abort_wm, status_received_master_abort_wd;
  assign status_received_master_abort_wm = status_wsel & wr_bmask[29];
  assign status_received_master_abort_wd = wr_data[29];
  assign status_received_master_abort_d = (status_received_master_abort_q & ~(status_received_master_abort_wd & status_received_master_abort_wm)) | hw2reg.status.received_master_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      status_received_master_abort_q <= 1'h0;
    end else begin
      status_received_master_abort_q <= status_received_master_abort_d;
    end
  end
  assign reg2hw.status.received_master_abort.q = status_received_master_abort_q;

  // status.received_target_abort (rw1c): a request of the port completed with CA
  logic status_received_target_abort_q, status_received_target_abort_d, status_received_target_abort_wm, status_received_target_abort_wd;
  assign status_received_target_abort_wm = status_wsel & wr_bmask[28];
  assign status_received_target_abort_wd = wr_data[28];
  assign status_received_target_abort_d = (status_received_target_abort_q & ~(status_received_target_abort_wd & status_received_target_abort_wm)) | hw2reg.status.received_target_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      status_received_target_abort_q <= 1'h0;
    end else begin
      status_received_target_abort_q <= status_received_target_abort_d;
    end
  end
  assign reg2hw.status.received_target_abort.q = status_received_target_abort_q;

  // status.signaled_target_abort (rw1c): the port completed a request with CA
  logic status_signaled_target_abort_q, status_signaled_target_abort_d, status_signaled_target_abort_wm, status_signaled_target_abort_wd;
  assign status_signaled_target_abort_wm = status_wsel & wr_bmask[27];
  assign status_signaled_target_abort_wd = wr_data[27];
  assign status_signaled_target_abort_d = (status_signaled_target_abort_q & ~(status_signaled_target_abort_wd & status_signaled_target_abort_wm)) | hw2reg.status.signaled_target_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      status_signaled_target_abort_q <= 1'h0;
    end else begin
      status_signaled_target_abort_q <= status_signaled_target_abort_d;
    end
  end
  assign reg2hw.status.signaled_target_abort.q = status_signaled_target_abort_q;

  // status.master_data_parity_error (rw1c): poisoned completion or poisoned write, parity response enabled
  logic status_master_data_parity_error_q, status_master_data_parity_error_d, status_master_data_parity_error_wm, status_master_data_parity_error_wd;
  assign status_master_data_parity_error_wm = status_wsel & wr_bmask[24];
  assign status_master_data_parity_error_wd = wr_data[24];
  assign status_master_data_parity_error_d = (status_master_data_parity_error_q & ~(status_master_data_parity_error_wd & status_master_data_parity_error_wm)) | hw2reg.status.master_data_parity_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      status_master_data_parity_error_q <= 1'h0;
    end else begin
      status_master_data_parity_error_q <= status_master_data_parity_error_d;
    end
  end
  assign reg2hw.status.master_data_parity_error.q = status_master_data_parity_error_q;

  // cache_line_size.size (rw): system cache line size in DWORDs
  logic [7:0] cache_line_size_size_q, cache_line_size_size_d, cache_line_size_size_wm, cache_line_size_size_wd;
  logic [7:0] cache_line_size_size_wv;  // value after the write
  logic cache_line_size_size_qe_q, cache_line_size_size_qe_d;
  assign cache_line_size_size_wm = {8{cache_line_size_wsel}} & wr_bmask[7:0];
  assign cache_line_size_size_wd = wr_data[7:0];
  assign cache_line_size_size_wv = (cache_line_size_size_q & ~cache_line_size_size_wm) | (cache_line_size_size_wd & cache_line_size_size_wm);
  assign cache_line_size_size_d    = cache_line_size_size_wv;
  assign cache_line_size_size_qe_d = |cache_line_size_size_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cache_line_size_size_q <= 8'h00;
      cache_line_size_size_qe_q <= 1'b0;
    end else begin
      cache_line_size_size_q <= cache_line_size_size_d;
      cache_line_size_size_qe_q <= cache_line_size_size_qe_d;
    end
  end
  assign reg2hw.cache_line_size.size.q = cache_line_size_size_q;
  assign reg2hw.cache_line_size.size.qe = cache_line_size_size_qe_q;

  // primary_bus.bus (rw): bus number
  logic [7:0] primary_bus_bus_q, primary_bus_bus_d, primary_bus_bus_wm, primary_bus_bus_wd;
  logic [7:0] primary_bus_bus_wv;  // value after the write
  logic primary_bus_bus_qe_q, primary_bus_bus_qe_d;
  assign primary_bus_bus_wm = {8{primary_bus_wsel}} & wr_bmask[7:0];
  assign primary_bus_bus_wd = wr_data[7:0];
  assign primary_bus_bus_wv = (primary_bus_bus_q & ~primary_bus_bus_wm) | (primary_bus_bus_wd & primary_bus_bus_wm);
  assign primary_bus_bus_d    = primary_bus_bus_wv;
  assign primary_bus_bus_qe_d = |primary_bus_bus_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      primary_bus_bus_q <= 8'h00;
      primary_bus_bus_qe_q <= 1'b0;
    end else begin
      primary_bus_bus_q <= primary_bus_bus_d;
      primary_bus_bus_qe_q <= primary_bus_bus_qe_d;
    end
  end
  assign reg2hw.primary_bus.bus.q = primary_bus_bus_q;
  assign reg2hw.primary_bus.bus.qe = primary_bus_bus_qe_q;

  // secondary_bus.bus (rw): bus number
  logic [7:0] secondary_bus_bus_q, secondary_bus_bus_d, secondary_bus_bus_wm, secondary_bus_bus_wd;
  logic [7:0] secondary_bus_bus_wv;  // value after the write
  logic secondary_bus_bus_qe_q, secondary_bus_bus_qe_d;
  assign secondary_bus_bus_wm = {8{secondary_bus_wsel}} & wr_bmask[15:8];
  assign secondary_bus_bus_wd = wr_data[15:8];
  assign secondary_bus_bus_wv = (secondary_bus_bus_q & ~secondary_bus_bus_wm) | (secondary_bus_bus_wd & secondary_bus_bus_wm);
  assign secondary_bus_bus_d    = secondary_bus_bus_wv;
  assign secondary_bus_bus_qe_d = |secondary_bus_bus_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_bus_bus_q <= 8'h00;
      secondary_bus_bus_qe_q <= 1'b0;
    end else begin
      secondary_bus_bus_q <= secondary_bus_bus_d;
      secondary_bus_bus_qe_q <= secondary_bus_bus_qe_d;
    end
  end
  assign reg2hw.secondary_bus.bus.q = secondary_bus_bus_q;
  assign reg2hw.secondary_bus.bus.qe = secondary_bus_bus_qe_q;

  // subordinate_bus.bus (rw): bus number
  logic [7:0] subordinate_bus_bus_q, subordinate_bus_bus_d, subordinate_bus_bus_wm, subordinate_bus_bus_wd;
  logic [7:0] subordinate_bus_bus_wv;  // value after the write
  logic subordinate_bus_bus_qe_q, subordinate_bus_bus_qe_d;
  assign subordinate_bus_bus_wm = {8{subordinate_bus_wsel}} & wr_bmask[23:16];
  assign subordinate_bus_bus_wd = wr_data[23:16];
  assign subordinate_bus_bus_wv = (subordinate_bus_bus_q & ~subordinate_bus_bus_wm) | (subordinate_bus_bus_wd & subordinate_bus_bus_wm);
  assign subordinate_bus_bus_d    = subordinate_bus_bus_wv;
  assign subordinate_bus_bus_qe_d = |subordinate_bus_bus_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      subordinate_bus_bus_q <= 8'h00;
      subordinate_bus_bus_qe_q <= 1'b0;
    end else begin
      subordinate_bus_bus_q <= subordinate_bus_bus_d;
      subordinate_bus_bus_qe_q <= subordinate_bus_bus_qe_d;
    end
  end
  assign reg2hw.subordinate_bus.bus.q = subordinate_bus_bus_q;
  assign reg2hw.subordinate_bus.bus.qe = subordinate_bus_bus_qe_q;

  // secondary_status.detected_parity_error (rw1c): a poisoned TLP was received on the link
  logic secondary_status_detected_parity_error_q, secondary_status_detected_parity_error_d, secondary_status_detected_parity_error_wm, secondary_status_detected_parity_error_wd;
  assign secondary_status_detected_parity_error_wm = secondary_status_wsel & wr_bmask[31];
  assign secondary_status_detected_parity_error_wd = wr_data[31];
  assign secondary_status_detected_parity_error_d = (secondary_status_detected_parity_error_q & ~(secondary_status_detected_parity_error_wd & secondary_status_detected_parity_error_wm)) | hw2reg.secondary_status.detected_parity_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_status_detected_parity_error_q <= 1'h0;
    end else begin
      secondary_status_detected_parity_error_q <= secondary_status_detected_parity_error_d;
    end
  end
  assign reg2hw.secondary_status.detected_parity_error.q = secondary_status_detected_parity_error_q;

  // secondary_status.received_system_error (rw1c): an ERR_FATAL or ERR_NONFATAL was received on the link
  logic secondary_status_received_system_error_q, secondary_status_received_system_error_d, secondary_status_received_system_error_wm, secondary_status_received_system_error_wd;
  assign secondary_status_received_system_error_wm = secondary_status_wsel & wr_bmask[30];
  assign secondary_status_received_system_error_wd = wr_data[30];
  assign secondary_status_received_system_error_d = (secondary_status_received_system_error_q & ~(secondary_status_received_system_error_wd & secondary_status_received_system_error_wm)) | hw2reg.secondary_status.received_system_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_status_received_system_error_q <= 1'h0;
    end else begin
      secondary_status_received_system_error_q <= secondary_status_received_system_error_d;
    end
  end
  assign reg2hw.secondary_status.received_system_error.q = secondary_status_received_system_error_q;

  // secondary_status.received_master_abort (rw1c): a request forwarded downstream completed with UR
  logic secondary_status_received_master_abort_q, secondary_status_received_master_abort_d, secondary_status_received_master_abort_wm, secondary_status_received_master_abort_wd;
  assign secondary_status_received_master_abort_wm = secondary_status_wsel & wr_bmask[29];
  assign secondary_status_received_master_abort_wd = wr_data[29];
  assign secondary_status_received_master_abort_d = (secondary_status_received_master_abort_q & ~(secondary_status_received_master_abort_wd & secondary_status_received_master_abort_wm)) | hw2reg.secondary_status.received_master_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_status_received_master_abort_q <= 1'h0;
    end else begin
      secondary_status_received_master_abort_q <= secondary_status_received_master_abort_d;
    end
  end
  assign reg2hw.secondary_status.received_master_abort.q = secondary_status_received_master_abort_q;

  // secondary_status.received_target_abort (rw1c): a request forwarded downstream completed with CA
  logic secondary_status_received_target_abort_q, secondary_status_received_target_abort_d, secondary_status_received_target_abort_wm, secondary_status_received_target_abort_wd;
  assign secondary_status_received_target_abort_wm = secondary_status_wsel & wr_bmask[28];
  assign secondary_status_received_target_abort_wd = wr_data[28];
  assign secondary_status_received_target_abort_d = (secondary_status_received_target_abort_q & ~(secondary_status_received_target_abort_wd & secondary_status_received_target_abort_wm)) | hw2reg.secondary_status.received_target_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_status_received_target_abort_q <= 1'h0;
    end else begin
      secondary_status_received_target_abort_q <= secondary_status_received_target_abort_d;
    end
  end
  assign reg2hw.secondary_status.received_target_abort.q = secondary_status_received_target_abort_q;

  // secondary_status.signaled_target_abort (rw1c): the port completed a request from the link with CA
  logic secondary_status_signaled_target_abort_q, secondary_status_signaled_target_abort_d, secondary_status_signaled_target_abort_wm, secondary_status_signaled_target_abort_wd;
  assign secondary_status_signaled_target_abort_wm = secondary_status_wsel & wr_bmask[27];
  assign secondary_status_signaled_target_abort_wd = wr_data[27];
  assign secondary_status_signaled_target_abort_d = (secondary_status_signaled_target_abort_q & ~(secondary_status_signaled_target_abort_wd & secondary_status_signaled_target_abort_wm)) | hw2reg.secondary_status.signaled_target_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_status_signaled_target_abort_q <= 1'h0;
    end else begin
      secondary_status_signaled_target_abort_q <= secondary_status_signaled_target_abort_d;
    end
  end
  assign reg2hw.secondary_status.signaled_target_abort.q = secondary_status_signaled_target_abort_q;

  // secondary_status.master_data_parity_error (rw1c): poisoned data seen on the link, parity response enabled
  logic secondary_status_master_data_parity_error_q, secondary_status_master_data_parity_error_d, secondary_status_master_data_parity_error_wm, secondary_status_master_data_parity_error_wd;
  assign secondary_status_master_data_parity_error_wm = secondary_status_wsel & wr_bmask[24];
  assign secondary_status_master_data_parity_error_wd = wr_data[24];
  assign secondary_status_master_data_parity_error_d = (secondary_status_master_data_parity_error_q & ~(secondary_status_master_data_parity_error_wd & secondary_status_master_data_parity_error_wm)) | hw2reg.secondary_status.master_data_parity_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      secondary_status_master_data_parity_error_q <= 1'h0;
    end else begin
      secondary_status_master_data_parity_error_q <= secondary_status_master_data_parity_error_d;
    end
  end
  assign reg2hw.secondary_status.master_data_parity_error.q = secondary_status_master_data_parity_error_q;

  // memory_base.addr (rw): window address bits [31:20]
  logic [11:0] memory_base_addr_q, memory_base_addr_d, memory_base_addr_wm, memory_base_addr_wd;
  logic [11:0] memory_base_addr_wv;  // value after the write
  logic memory_base_addr_qe_q, memory_base_addr_qe_d;
  assign memory_base_addr_wm = {12{memory_base_wsel}} & wr_bmask[15:4];
  assign memory_base_addr_wd = wr_data[15:4];
  assign memory_base_addr_wv = (memory_base_addr_q & ~memory_base_addr_wm) | (memory_base_addr_wd & memory_base_addr_wm);
  assign memory_base_addr_d    = memory_base_addr_wv;
  assign memory_base_addr_qe_d = |memory_base_addr_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      memory_base_addr_q <= 12'h000;
      memory_base_addr_qe_q <= 1'b0;
    end else begin
      memory_base_addr_q <= memory_base_addr_d;
      memory_base_addr_qe_q <= memory_base_addr_qe_d;
    end
  end
  assign reg2hw.memory_base.addr.q = memory_base_addr_q;
  assign reg2hw.memory_base.addr.qe = memory_base_addr_qe_q;

  // memory_limit.addr (rw): window address bits [31:20]
  logic [11:0] memory_limit_addr_q, memory_limit_addr_d, memory_limit_addr_wm, memory_limit_addr_wd;
  logic [11:0] memory_limit_addr_wv;  // value after the write
  logic memory_limit_addr_qe_q, memory_limit_addr_qe_d;
  assign memory_limit_addr_wm = {12{memory_limit_wsel}} & wr_bmask[31:20];
  assign memory_limit_addr_wd = wr_data[31:20];
  assign memory_limit_addr_wv = (memory_limit_addr_q & ~memory_limit_addr_wm) | (memory_limit_addr_wd & memory_limit_addr_wm);
  assign memory_limit_addr_d    = memory_limit_addr_wv;
  assign memory_limit_addr_qe_d = |memory_limit_addr_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      memory_limit_addr_q <= 12'h000;
      memory_limit_addr_qe_q <= 1'b0;
    end else begin
      memory_limit_addr_q <= memory_limit_addr_d;
      memory_limit_addr_qe_q <= memory_limit_addr_qe_d;
    end
  end
  assign reg2hw.memory_limit.addr.q = memory_limit_addr_q;
  assign reg2hw.memory_limit.addr.qe = memory_limit_addr_qe_q;

  // pref_memory_base.addr (rw): window address bits [31:20]
  logic [11:0] pref_memory_base_addr_q, pref_memory_base_addr_d, pref_memory_base_addr_wm, pref_memory_base_addr_wd;
  logic [11:0] pref_memory_base_addr_wv;  // value after the write
  logic pref_memory_base_addr_qe_q, pref_memory_base_addr_qe_d;
  assign pref_memory_base_addr_wm = {12{pref_memory_base_wsel}} & wr_bmask[15:4];
  assign pref_memory_base_addr_wd = wr_data[15:4];
  assign pref_memory_base_addr_wv = (pref_memory_base_addr_q & ~pref_memory_base_addr_wm) | (pref_memory_base_addr_wd & pref_memory_base_addr_wm);
  assign pref_memory_base_addr_d    = pref_memory_base_addr_wv;
  assign pref_memory_base_addr_qe_d = |pref_memory_base_addr_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pref_memory_base_addr_q <= 12'h000;
      pref_memory_base_addr_qe_q <= 1'b0;
    end else begin
      pref_memory_base_addr_q <= pref_memory_base_addr_d;
      pref_memory_base_addr_qe_q <= pref_memory_base_addr_qe_d;
    end
  end
  assign reg2hw.pref_memory_base.addr.q = pref_memory_base_addr_q;
  assign reg2hw.pref_memory_base.addr.qe = pref_memory_base_addr_qe_q;

  // pref_memory_limit.addr (rw): window address bits [31:20]
  logic [11:0] pref_memory_limit_addr_q, pref_memory_limit_addr_d, pref_memory_limit_addr_wm, pref_memory_limit_addr_wd;
  logic [11:0] pref_memory_limit_addr_wv;  // value after the write
  logic pref_memory_limit_addr_qe_q, pref_memory_limit_addr_qe_d;
  assign pref_memory_limit_addr_wm = {12{pref_memory_limit_wsel}} & wr_bmask[31:20];
  assign pref_memory_limit_addr_wd = wr_data[31:20];
  assign pref_memory_limit_addr_wv = (pref_memory_limit_addr_q & ~pref_memory_limit_addr_wm) | (pref_memory_limit_addr_wd & pref_memory_limit_addr_wm);
  assign pref_memory_limit_addr_d    = pref_memory_limit_addr_wv;
  assign pref_memory_limit_addr_qe_d = |pref_memory_limit_addr_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pref_memory_limit_addr_q <= 12'h000;
      pref_memory_limit_addr_qe_q <= 1'b0;
    end else begin
      pref_memory_limit_addr_q <= pref_memory_limit_addr_d;
      pref_memory_limit_addr_qe_q <= pref_memory_limit_addr_qe_d;
    end
  end
  assign reg2hw.pref_memory_limit.addr.q = pref_memory_limit_addr_q;
  assign reg2hw.pref_memory_limit.addr.qe = pref_memory_limit_addr_qe_q;

  // pref_base_upper.addr (rw): prefetchable window address bits [63:32]
  logic [31:0] pref_base_upper_addr_q, pref_base_upper_addr_d, pref_base_upper_addr_wm, pref_base_upper_addr_wd;
  logic [31:0] pref_base_upper_addr_wv;  // value after the write
  logic pref_base_upper_addr_qe_q, pref_base_upper_addr_qe_d;
  assign pref_base_upper_addr_wm = {32{pref_base_upper_wsel}} & wr_bmask[31:0];
  assign pref_base_upper_addr_wd = wr_data[31:0];
  assign pref_base_upper_addr_wv = (pref_base_upper_addr_q & ~pref_base_upper_addr_wm) | (pref_base_upper_addr_wd & pref_base_upper_addr_wm);
  assign pref_base_upper_addr_d    = pref_base_upper_addr_wv;
  assign pref_base_upper_addr_qe_d = |pref_base_upper_addr_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pref_base_upper_addr_q <= 32'h00000000;
      pref_base_upper_addr_qe_q <= 1'b0;
    end else begin
      pref_base_upper_addr_q <= pref_base_upper_addr_d;
      pref_base_upper_addr_qe_q <= pref_base_upper_addr_qe_d;
    end
  end
  assign reg2hw.pref_base_upper.addr.q = pref_base_upper_addr_q;
  assign reg2hw.pref_base_upper.addr.qe = pref_base_upper_addr_qe_q;

  // pref_limit_upper.addr (rw): prefetchable window address bits [63:32]
  logic [31:0] pref_limit_upper_addr_q, pref_limit_upper_addr_d, pref_limit_upper_addr_wm, pref_limit_upper_addr_wd;
  logic [31:0] pref_limit_upper_addr_wv;  // value after the write
  logic pref_limit_upper_addr_qe_q, pref_limit_upper_addr_qe_d;
  assign pref_limit_upper_addr_wm = {32{pref_limit_upper_wsel}} & wr_bmask[31:0];
  assign pref_limit_upper_addr_wd = wr_data[31:0];
  assign pref_limit_upper_addr_wv = (pref_limit_upper_addr_q & ~pref_limit_upper_addr_wm) | (pref_limit_upper_addr_wd & pref_limit_upper_addr_wm);
  assign pref_limit_upper_addr_d    = pref_limit_upper_addr_wv;
  assign pref_limit_upper_addr_qe_d = |pref_limit_upper_addr_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pref_limit_upper_addr_q <= 32'h00000000;
      pref_limit_upper_addr_qe_q <= 1'b0;
    end else begin
      pref_limit_upper_addr_q <= pref_limit_upper_addr_d;
      pref_limit_upper_addr_qe_q <= pref_limit_upper_addr_qe_d;
    end
  end
  assign reg2hw.pref_limit_upper.addr.q = pref_limit_upper_addr_q;
  assign reg2hw.pref_limit_upper.addr.qe = pref_limit_upper_addr_qe_q;

  // interrupt_line.line (rw): interrupt routing information written by firmware
  logic [7:0] interrupt_line_line_q, interrupt_line_line_d, interrupt_line_line_wm, interrupt_line_line_wd;
  logic [7:0] interrupt_line_line_wv;  // value after the write
  logic interrupt_line_line_qe_q, interrupt_line_line_qe_d;
  assign interrupt_line_line_wm = {8{interrupt_line_wsel}} & wr_bmask[7:0];
  assign interrupt_line_line_wd = wr_data[7:0];
  assign interrupt_line_line_wv = (interrupt_line_line_q & ~interrupt_line_line_wm) | (interrupt_line_line_wd & interrupt_line_line_wm);
  assign interrupt_line_line_d    = interrupt_line_line_wv;
  assign interrupt_line_line_qe_d = |interrupt_line_line_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      interrupt_line_line_q <= 8'h00;
      interrupt_line_line_qe_q <= 1'b0;
    end else begin
      interrupt_line_line_q <= interrupt_line_line_d;
      interrupt_line_line_qe_q <= interrupt_line_line_qe_d;
    end
  end
  assign reg2hw.interrupt_line.line.q = interrupt_line_line_q;
  assign reg2hw.interrupt_line.line.qe = interrupt_line_line_qe_q;

  // bridge_control.secondary_bus_reset (rw): hold the link in hot reset while set
  logic bridge_control_secondary_bus_reset_q, bridge_control_secondary_bus_reset_d, bridge_control_secondary_bus_reset_wm, bridge_control_secondary_bus_reset_wd;
  logic bridge_control_secondary_bus_reset_wv;  // value after the write
  logic bridge_control_secondary_bus_reset_qe_q, bridge_control_secondary_bus_reset_qe_d;
  assign bridge_control_secondary_bus_reset_wm = bridge_control_wsel & wr_bmask[22];
  assign bridge_control_secondary_bus_reset_wd = wr_data[22];
  assign bridge_control_secondary_bus_reset_wv = (bridge_control_secondary_bus_reset_q & ~bridge_control_secondary_bus_reset_wm) | (bridge_control_secondary_bus_reset_wd & bridge_control_secondary_bus_reset_wm);
  assign bridge_control_secondary_bus_reset_d    = bridge_control_secondary_bus_reset_wv;
  assign bridge_control_secondary_bus_reset_qe_d = |bridge_control_secondary_bus_reset_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      bridge_control_secondary_bus_reset_q <= 1'h0;
      bridge_control_secondary_bus_reset_qe_q <= 1'b0;
    end else begin
      bridge_control_secondary_bus_reset_q <= bridge_control_secondary_bus_reset_d;
      bridge_control_secondary_bus_reset_qe_q <= bridge_control_secondary_bus_reset_qe_d;
    end
  end
  assign reg2hw.bridge_control.secondary_bus_reset.q = bridge_control_secondary_bus_reset_q;
  assign reg2hw.bridge_control.secondary_bus_reset.qe = bridge_control_secondary_bus_reset_qe_q;

  // bridge_control.serr_en (rw): forward ERR_FATAL and ERR_NONFATAL from the link
  logic bridge_control_serr_en_q, bridge_control_serr_en_d, bridge_control_serr_en_wm, bridge_control_serr_en_wd;
  logic bridge_control_serr_en_wv;  // value after the write
  logic bridge_control_serr_en_qe_q, bridge_control_serr_en_qe_d;
  assign bridge_control_serr_en_wm = bridge_control_wsel & wr_bmask[17];
  assign bridge_control_serr_en_wd = wr_data[17];
  assign bridge_control_serr_en_wv = (bridge_control_serr_en_q & ~bridge_control_serr_en_wm) | (bridge_control_serr_en_wd & bridge_control_serr_en_wm);
  assign bridge_control_serr_en_d    = bridge_control_serr_en_wv;
  assign bridge_control_serr_en_qe_d = |bridge_control_serr_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      bridge_control_serr_en_q <= 1'h0;
      bridge_control_serr_en_qe_q <= 1'b0;
    end else begin
      bridge_control_serr_en_q <= bridge_control_serr_en_d;
      bridge_control_serr_en_qe_q <= bridge_control_serr_en_qe_d;
    end
  end
  assign reg2hw.bridge_control.serr_en.q = bridge_control_serr_en_q;
  assign reg2hw.bridge_control.serr_en.qe = bridge_control_serr_en_qe_q;

  // bridge_control.parity_err_response (rw): act on poisoned TLPs received on the link
  logic bridge_control_parity_err_response_q, bridge_control_parity_err_response_d, bridge_control_parity_err_response_wm, bridge_control_parity_err_response_wd;
  logic bridge_control_parity_err_response_wv;  // value after the write
  logic bridge_control_parity_err_response_qe_q, bridge_control_parity_err_response_qe_d;
  assign bridge_control_parity_err_response_wm = bridge_control_wsel & wr_bmask[16];
  assign bridge_control_parity_err_response_wd = wr_data[16];
  assign bridge_control_parity_err_response_wv = (bridge_control_parity_err_response_q & ~bridge_control_parity_err_response_wm) | (bridge_control_parity_err_response_wd & bridge_control_parity_err_response_wm);
  assign bridge_control_parity_err_response_d    = bridge_control_parity_err_response_wv;
  assign bridge_control_parity_err_response_qe_d = |bridge_control_parity_err_response_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      bridge_control_parity_err_response_q <= 1'h0;
      bridge_control_parity_err_response_qe_q <= 1'b0;
    end else begin
      bridge_control_parity_err_response_q <= bridge_control_parity_err_response_d;
      bridge_control_parity_err_response_qe_q <= bridge_control_parity_err_response_qe_d;
    end
  end
  assign reg2hw.bridge_control.parity_err_response.q = bridge_control_parity_err_response_q;
  assign reg2hw.bridge_control.parity_err_response.qe = bridge_control_parity_err_response_qe_q;

  // devctl.max_read_request_size (rw): max read request size, 128 << n bytes
  logic [2:0] devctl_max_read_request_size_q, devctl_max_read_request_size_d, devctl_max_read_request_size_wm, devctl_max_read_request_size_wd;
  logic [2:0] devctl_max_read_request_size_wv;  // value after the write
  logic devctl_max_read_request_size_qe_q, devctl_max_read_request_size_qe_d;
  assign devctl_max_read_request_size_wm = {3{devctl_wsel}} & wr_bmask[14:12];
  assign devctl_max_read_request_size_wd = wr_data[14:12];
  assign devctl_max_read_request_size_wv = (devctl_max_read_request_size_q & ~devctl_max_read_request_size_wm) | (devctl_max_read_request_size_wd & devctl_max_read_request_size_wm);
  assign devctl_max_read_request_size_d    = devctl_max_read_request_size_wv;
  assign devctl_max_read_request_size_qe_d = |devctl_max_read_request_size_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_max_read_request_size_q <= 3'h2;
      devctl_max_read_request_size_qe_q <= 1'b0;
    end else begin
      devctl_max_read_request_size_q <= devctl_max_read_request_size_d;
      devctl_max_read_request_size_qe_q <= devctl_max_read_request_size_qe_d;
    end
  end
  assign reg2hw.devctl.max_read_request_size.q = devctl_max_read_request_size_q;
  assign reg2hw.devctl.max_read_request_size.qe = devctl_max_read_request_size_qe_q;

  // devctl.no_snoop_en (rw): the port may set No Snoop on its requests
  logic devctl_no_snoop_en_q, devctl_no_snoop_en_d, devctl_no_snoop_en_wm, devctl_no_snoop_en_wd;
  logic devctl_no_snoop_en_wv;  // value after the write
  logic devctl_no_snoop_en_qe_q, devctl_no_snoop_en_qe_d;
  assign devctl_no_snoop_en_wm = devctl_wsel & wr_bmask[11];
  assign devctl_no_snoop_en_wd = wr_data[11];
  assign devctl_no_snoop_en_wv = (devctl_no_snoop_en_q & ~devctl_no_snoop_en_wm) | (devctl_no_snoop_en_wd & devctl_no_snoop_en_wm);
  assign devctl_no_snoop_en_d    = devctl_no_snoop_en_wv;
  assign devctl_no_snoop_en_qe_d = |devctl_no_snoop_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_no_snoop_en_q <= 1'h1;
      devctl_no_snoop_en_qe_q <= 1'b0;
    end else begin
      devctl_no_snoop_en_q <= devctl_no_snoop_en_d;
      devctl_no_snoop_en_qe_q <= devctl_no_snoop_en_qe_d;
    end
  end
  assign reg2hw.devctl.no_snoop_en.q = devctl_no_snoop_en_q;
  assign reg2hw.devctl.no_snoop_en.qe = devctl_no_snoop_en_qe_q;

  // devctl.max_payload_size (warl): max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
  logic [2:0] devctl_max_payload_size_q, devctl_max_payload_size_d, devctl_max_payload_size_wm, devctl_max_payload_size_wd;
  logic [2:0] devctl_max_payload_size_wv;  // value after the write
  logic devctl_max_payload_size_qe_q, devctl_max_payload_size_qe_d;
  logic devctl_max_payload_size_legal;  // devctl_max_payload_size_wv is a member of the enum
  assign devctl_max_payload_size_wm = {3{devctl_wsel}} & wr_bmask[7:5];
  assign devctl_max_payload_size_wd = wr_data[7:5];
  assign devctl_max_payload_size_wv = (devctl_max_payload_size_q & ~devctl_max_payload_size_wm) | (devctl_max_payload_size_wd & devctl_max_payload_size_wm);
  assign devctl_max_payload_size_legal = ((devctl_max_payload_size_wv == pcie_rp_cfg_pkg::MPS_128B) || (devctl_max_payload_size_wv == pcie_rp_cfg_pkg::MPS_256B) || (devctl_max_payload_size_wv == pcie_rp_cfg_pkg::MPS_512B));
  always_comb begin
    devctl_max_payload_size_d    = devctl_max_payload_size_q;
    devctl_max_payload_size_qe_d = 1'b0;
    if (hw2reg.devctl.max_payload_size.de) begin
      devctl_max_payload_size_d = hw2reg.devctl.max_payload_size.d;
    end else if (|devctl_max_payload_size_wm && devctl_max_payload_size_legal) begin
      devctl_max_payload_size_d    = devctl_max_payload_size_wv;
      devctl_max_payload_size_qe_d = 1'b1;
    end
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_max_payload_size_q <= 3'h0;
      devctl_max_payload_size_qe_q <= 1'b0;
    end else begin
      devctl_max_payload_size_q <= devctl_max_payload_size_d;
      devctl_max_payload_size_qe_q <= devctl_max_payload_size_qe_d;
    end
  end
  assign reg2hw.devctl.max_payload_size.q = devctl_max_payload_size_q;
  assign reg2hw.devctl.max_payload_size.qe = devctl_max_payload_size_qe_q;

  // devctl.relaxed_ordering_en (rw): the port may set Relaxed Ordering on its requests
  logic devctl_relaxed_ordering_en_q, devctl_relaxed_ordering_en_d, devctl_relaxed_ordering_en_wm, devctl_relaxed_ordering_en_wd;
  logic devctl_relaxed_ordering_en_wv;  // value after the write
  logic devctl_relaxed_ordering_en_qe_q, devctl_relaxed_ordering_en_qe_d;
  assign devctl_relaxed_ordering_en_wm = devctl_wsel & wr_bmask[4];
  assign devctl_relaxed_ordering_en_wd = wr_data[4];
  assign devctl_relaxed_ordering_en_wv = (devctl_relaxed_ordering_en_q & ~devctl_relaxed_ordering_en_wm) | (devctl_relaxed_ordering_en_wd & devctl_relaxed_ordering_en_wm);
  assign devctl_relaxed_ordering_en_d    = devctl_relaxed_ordering_en_wv;
  assign devctl_relaxed_ordering_en_qe_d = |devctl_relaxed_ordering_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_relaxed_ordering_en_q <= 1'h1;
      devctl_relaxed_ordering_en_qe_q <= 1'b0;
    end else begin
      devctl_relaxed_ordering_en_q <= devctl_relaxed_ordering_en_d;
      devctl_relaxed_ordering_en_qe_q <= devctl_relaxed_ordering_en_qe_d;
    end
  end
  assign reg2hw.devctl.relaxed_ordering_en.q = devctl_relaxed_ordering_en_q;
  assign reg2hw.devctl.relaxed_ordering_en.qe = devctl_relaxed_ordering_en_qe_q;

  // devctl.unsupported_req_report_en (rw): report Unsupported Requests
  logic devctl_unsupported_req_report_en_q, devctl_unsupported_req_report_en_d, devctl_unsupported_req_report_en_wm, devctl_unsupported_req_report_en_wd;
  logic devctl_unsupported_req_report_en_wv;  // value after the write
  logic devctl_unsupported_req_report_en_qe_q, devctl_unsupported_req_report_en_qe_d;
  assign devctl_unsupported_req_report_en_wm = devctl_wsel & wr_bmask[3];
  assign devctl_unsupported_req_report_en_wd = wr_data[3];
  assign devctl_unsupported_req_report_en_wv = (devctl_unsupported_req_report_en_q & ~devctl_unsupported_req_report_en_wm) | (devctl_unsupported_req_report_en_wd & devctl_unsupported_req_report_en_wm);
  assign devctl_unsupported_req_report_en_d    = devctl_unsupported_req_report_en_wv;
  assign devctl_unsupported_req_report_en_qe_d = |devctl_unsupported_req_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_unsupported_req_report_en_q <= 1'h0;
      devctl_unsupported_req_report_en_qe_q <= 1'b0;
    end else begin
      devctl_unsupported_req_report_en_q <= devctl_unsupported_req_report_en_d;
      devctl_unsupported_req_report_en_qe_q <= devctl_unsupported_req_report_en_qe_d;
    end
  end
  assign reg2hw.devctl.unsupported_req_report_en.q = devctl_unsupported_req_report_en_q;
  assign reg2hw.devctl.unsupported_req_report_en.qe = devctl_unsupported_req_report_en_qe_q;

  // devctl.fatal_err_report_en (rw): report fatal errors
  logic devctl_fatal_err_report_en_q, devctl_fatal_err_report_en_d, devctl_fatal_err_report_en_wm, devctl_fatal_err_report_en_wd;
  logic devctl_fatal_err_report_en_wv;  // value after the write
  logic devctl_fatal_err_report_en_qe_q, devctl_fatal_err_report_en_qe_d;
  assign devctl_fatal_err_report_en_wm = devctl_wsel & wr_bmask[2];
  assign devctl_fatal_err_report_en_wd = wr_data[2];
  assign devctl_fatal_err_report_en_wv = (devctl_fatal_err_report_en_q & ~devctl_fatal_err_report_en_wm) | (devctl_fatal_err_report_en_wd & devctl_fatal_err_report_en_wm);
  assign devctl_fatal_err_report_en_d    = devctl_fatal_err_report_en_wv;
  assign devctl_fatal_err_report_en_qe_d = |devctl_fatal_err_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_fatal_err_report_en_q <= 1'h0;
      devctl_fatal_err_report_en_qe_q <= 1'b0;
    end else begin
      devctl_fatal_err_report_en_q <= devctl_fatal_err_report_en_d;
      devctl_fatal_err_report_en_qe_q <= devctl_fatal_err_report_en_qe_d;
    end
  end
  assign reg2hw.devctl.fatal_err_report_en.q = devctl_fatal_err_report_en_q;
  assign reg2hw.devctl.fatal_err_report_en.qe = devctl_fatal_err_report_en_qe_q;

  // devctl.non_fatal_err_report_en (rw): report non-fatal errors
  logic devctl_non_fatal_err_report_en_q, devctl_non_fatal_err_report_en_d, devctl_non_fatal_err_report_en_wm, devctl_non_fatal_err_report_en_wd;
  logic devctl_non_fatal_err_report_en_wv;  // value after the write
  logic devctl_non_fatal_err_report_en_qe_q, devctl_non_fatal_err_report_en_qe_d;
  assign devctl_non_fatal_err_report_en_wm = devctl_wsel & wr_bmask[1];
  assign devctl_non_fatal_err_report_en_wd = wr_data[1];
  assign devctl_non_fatal_err_report_en_wv = (devctl_non_fatal_err_report_en_q & ~devctl_non_fatal_err_report_en_wm) | (devctl_non_fatal_err_report_en_wd & devctl_non_fatal_err_report_en_wm);
  assign devctl_non_fatal_err_report_en_d    = devctl_non_fatal_err_report_en_wv;
  assign devctl_non_fatal_err_report_en_qe_d = |devctl_non_fatal_err_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_non_fatal_err_report_en_q <= 1'h0;
      devctl_non_fatal_err_report_en_qe_q <= 1'b0;
    end else begin
      devctl_non_fatal_err_report_en_q <= devctl_non_fatal_err_report_en_d;
      devctl_non_fatal_err_report_en_qe_q <= devctl_non_fatal_err_report_en_qe_d;
    end
  end
  assign reg2hw.devctl.non_fatal_err_report_en.q = devctl_non_fatal_err_report_en_q;
  assign reg2hw.devctl.non_fatal_err_report_en.qe = devctl_non_fatal_err_report_en_qe_q;

  // devctl.correctable_err_report_en (rw): report correctable errors
  logic devctl_correctable_err_report_en_q, devctl_correctable_err_report_en_d, devctl_correctable_err_report_en_wm, devctl_correctable_err_report_en_wd;
  logic devctl_correctable_err_report_en_wv;  // value after the write
  logic devctl_correctable_err_report_en_qe_q, devctl_correctable_err_report_en_qe_d;
  assign devctl_correctable_err_report_en_wm = devctl_wsel & wr_bmask[0];
  assign devctl_correctable_err_report_en_wd = wr_data[0];
  assign devctl_correctable_err_report_en_wv = (devctl_correctable_err_report_en_q & ~devctl_correctable_err_report_en_wm) | (devctl_correctable_err_report_en_wd & devctl_correctable_err_report_en_wm);
  assign devctl_correctable_err_report_en_d    = devctl_correctable_err_report_en_wv;
  assign devctl_correctable_err_report_en_qe_d = |devctl_correctable_err_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl_correctable_err_report_en_q <= 1'h0;
      devctl_correctable_err_report_en_qe_q <= 1'b0;
    end else begin
      devctl_correctable_err_report_en_q <= devctl_correctable_err_report_en_d;
      devctl_correctable_err_report_en_qe_q <= devctl_correctable_err_report_en_qe_d;
    end
  end
  assign reg2hw.devctl.correctable_err_report_en.q = devctl_correctable_err_report_en_q;
  assign reg2hw.devctl.correctable_err_report_en.qe = devctl_correctable_err_report_en_qe_q;

  // devsta.unsupported_req_detected (rw1c): an Unsupported Request was received
  logic devsta_unsupported_req_detected_q, devsta_unsupported_req_detected_d, devsta_unsupported_req_detected_wm, devsta_unsupported_req_detected_wd;
  assign devsta_unsupported_req_detected_wm = devsta_wsel & wr_bmask[19];
  assign devsta_unsupported_req_detected_wd = wr_data[19];
  assign devsta_unsupported_req_detected_d = (devsta_unsupported_req_detected_q & ~(devsta_unsupported_req_detected_wd & devsta_unsupported_req_detected_wm)) | hw2reg.devsta.unsupported_req_detected.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devsta_unsupported_req_detected_q <= 1'h0;
    end else begin
      devsta_unsupported_req_detected_q <= devsta_unsupported_req_detected_d;
    end
  end
  assign reg2hw.devsta.unsupported_req_detected.q = devsta_unsupported_req_detected_q;

  // devsta.fatal_err_detected (rw1c): a fatal error was detected
  logic devsta_fatal_err_detected_q, devsta_fatal_err_detected_d, devsta_fatal_err_detected_wm, devsta_fatal_err_detected_wd;
  assign devsta_fatal_err_detected_wm = devsta_wsel & wr_bmask[18];
  assign devsta_fatal_err_detected_wd = wr_data[18];
  assign devsta_fatal_err_detected_d = (devsta_fatal_err_detected_q & ~(devsta_fatal_err_detected_wd & devsta_fatal_err_detected_wm)) | hw2reg.devsta.fatal_err_detected.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devsta_fatal_err_detected_q <= 1'h0;
    end else begin
      devsta_fatal_err_detected_q <= devsta_fatal_err_detected_d;
    end
  end
  assign reg2hw.devsta.fatal_err_detected.q = devsta_fatal_err_detected_q;

  // devsta.non_fatal_err_detected (rw1c): a non-fatal error was detected
  logic devsta_non_fatal_err_detected_q, devsta_non_fatal_err_detected_d, devsta_non_fatal_err_detected_wm, devsta_non_fatal_err_detected_wd;
  assign devsta_non_fatal_err_detected_wm = devsta_wsel & wr_bmask[17];
  assign devsta_non_fatal_err_detected_wd = wr_data[17];
  assign devsta_non_fatal_err_detected_d = (devsta_non_fatal_err_detected_q & ~(devsta_non_fatal_err_detected_wd & devsta_non_fatal_err_detected_wm)) | hw2reg.devsta.non_fatal_err_detected.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devsta_non_fatal_err_detected_q <= 1'h0;
    end else begin
      devsta_non_fatal_err_detected_q <= devsta_non_fatal_err_detected_d;
    end
  end
  assign reg2hw.devsta.non_fatal_err_detected.q = devsta_non_fatal_err_detected_q;

  // devsta.correctable_err_detected (rw1c): a correctable error was detected
  logic devsta_correctable_err_detected_q, devsta_correctable_err_detected_d, devsta_correctable_err_detected_wm, devsta_correctable_err_detected_wd;
  assign devsta_correctable_err_detected_wm = devsta_wsel & wr_bmask[16];
  assign devsta_correctable_err_detected_wd = wr_data[16];
  assign devsta_correctable_err_detected_d = (devsta_correctable_err_detected_q & ~(devsta_correctable_err_detected_wd & devsta_correctable_err_detected_wm)) | hw2reg.devsta.correctable_err_detected.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devsta_correctable_err_detected_q <= 1'h0;
    end else begin
      devsta_correctable_err_detected_q <= devsta_correctable_err_detected_d;
    end
  end
  assign reg2hw.devsta.correctable_err_detected.q = devsta_correctable_err_detected_q;

  // lnkctl.link_autonomous_bw_int_en (rw): interrupt on link autonomous bandwidth status
  logic lnkctl_link_autonomous_bw_int_en_q, lnkctl_link_autonomous_bw_int_en_d, lnkctl_link_autonomous_bw_int_en_wm, lnkctl_link_autonomous_bw_int_en_wd;
  logic lnkctl_link_autonomous_bw_int_en_wv;  // value after the write
  logic lnkctl_link_autonomous_bw_int_en_qe_q, lnkctl_link_autonomous_bw_int_en_qe_d;
  assign lnkctl_link_autonomous_bw_int_en_wm = lnkctl_wsel & wr_bmask[11];
  assign lnkctl_link_autonomous_bw_int_en_wd = wr_data[11];
  assign lnkctl_link_autonomous_bw_int_en_wv = (lnkctl_link_autonomous_bw_int_en_q & ~lnkctl_link_autonomous_bw_int_en_wm) | (lnkctl_link_autonomous_bw_int_en_wd & lnkctl_link_autonomous_bw_int_en_wm);
  assign lnkctl_link_autonomous_bw_int_en_d    = lnkctl_link_autonomous_bw_int_en_wv;
  assign lnkctl_link_autonomous_bw_int_en_qe_d = |lnkctl_link_autonomous_bw_int_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_link_autonomous_bw_int_en_q <= 1'h0;
      lnkctl_link_autonomous_bw_int_en_qe_q <= 1'b0;
    end else begin
      lnkctl_link_autonomous_bw_int_en_q <= lnkctl_link_autonomous_bw_int_en_d;
      lnkctl_link_autonomous_bw_int_en_qe_q <= lnkctl_link_autonomous_bw_int_en_qe_d;
    end
  end
  assign reg2hw.lnkctl.link_autonomous_bw_int_en.q = lnkctl_link_autonomous_bw_int_en_q;
  assign reg2hw.lnkctl.link_autonomous_bw_int_en.qe = lnkctl_link_autonomous_bw_int_en_qe_q;

  // lnkctl.link_bw_mgmt_int_en (rw): interrupt on link bandwidth management status
  logic lnkctl_link_bw_mgmt_int_en_q, lnkctl_link_bw_mgmt_int_en_d, lnkctl_link_bw_mgmt_int_en_wm, lnkctl_link_bw_mgmt_int_en_wd;
  logic lnkctl_link_bw_mgmt_int_en_wv;  // value after the write
  logic lnkctl_link_bw_mgmt_int_en_qe_q, lnkctl_link_bw_mgmt_int_en_qe_d;
  assign lnkctl_link_bw_mgmt_int_en_wm = lnkctl_wsel & wr_bmask[10];
  assign lnkctl_link_bw_mgmt_int_en_wd = wr_data[10];
  assign lnkctl_link_bw_mgmt_int_en_wv = (lnkctl_link_bw_mgmt_int_en_q & ~lnkctl_link_bw_mgmt_int_en_wm) | (lnkctl_link_bw_mgmt_int_en_wd & lnkctl_link_bw_mgmt_int_en_wm);
  assign lnkctl_link_bw_mgmt_int_en_d    = lnkctl_link_bw_mgmt_int_en_wv;
  assign lnkctl_link_bw_mgmt_int_en_qe_d = |lnkctl_link_bw_mgmt_int_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_link_bw_mgmt_int_en_q <= 1'h0;
      lnkctl_link_bw_mgmt_int_en_qe_q <= 1'b0;
    end else begin
      lnkctl_link_bw_mgmt_int_en_q <= lnkctl_link_bw_mgmt_int_en_d;
      lnkctl_link_bw_mgmt_int_en_qe_q <= lnkctl_link_bw_mgmt_int_en_qe_d;
    end
  end
  assign reg2hw.lnkctl.link_bw_mgmt_int_en.q = lnkctl_link_bw_mgmt_int_en_q;
  assign reg2hw.lnkctl.link_bw_mgmt_int_en.qe = lnkctl_link_bw_mgmt_int_en_qe_q;

  // lnkctl.extended_synch (rw): send extended FTS and TS1 ordered sets
  logic lnkctl_extended_synch_q, lnkctl_extended_synch_d, lnkctl_extended_synch_wm, lnkctl_extended_synch_wd;
  logic lnkctl_extended_synch_wv;  // value after the write
  logic lnkctl_extended_synch_qe_q, lnkctl_extended_synch_qe_d;
  assign lnkctl_extended_synch_wm = lnkctl_wsel & wr_bmask[7];
  assign lnkctl_extended_synch_wd = wr_data[7];
  assign lnkctl_extended_synch_wv = (lnkctl_extended_synch_q & ~lnkctl_extended_synch_wm) | (lnkctl_extended_synch_wd & lnkctl_extended_synch_wm);
  assign lnkctl_extended_synch_d    = lnkctl_extended_synch_wv;
  assign lnkctl_extended_synch_qe_d = |lnkctl_extended_synch_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_extended_synch_q <= 1'h0;
      lnkctl_extended_synch_qe_q <= 1'b0;
    end else begin
      lnkctl_extended_synch_q <= lnkctl_extended_synch_d;
      lnkctl_extended_synch_qe_q <= lnkctl_extended_synch_qe_d;
    end
  end
  assign reg2hw.lnkctl.extended_synch.q = lnkctl_extended_synch_q;
  assign reg2hw.lnkctl.extended_synch.qe = lnkctl_extended_synch_qe_q;

  // lnkctl.common_clock_config (rw): both ends of the link use a common reference clock
  logic lnkctl_common_clock_config_q, lnkctl_common_clock_config_d, lnkctl_common_clock_config_wm, lnkctl_common_clock_config_wd;
  logic lnkctl_common_clock_config_wv;  // value after the write
  logic lnkctl_common_clock_config_qe_q, lnkctl_common_clock_config_qe_d;
  assign lnkctl_common_clock_config_wm = lnkctl_wsel & wr_bmask[6];
  assign lnkctl_common_clock_config_wd = wr_data[6];
  assign lnkctl_common_clock_config_wv = (lnkctl_common_clock_config_q & ~lnkctl_common_clock_config_wm) | (lnkctl_common_clock_config_wd & lnkctl_common_clock_config_wm);
  assign lnkctl_common_clock_config_d    = lnkctl_common_clock_config_wv;
  assign lnkctl_common_clock_config_qe_d = |lnkctl_common_clock_config_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_common_clock_config_q <= 1'h0;
      lnkctl_common_clock_config_qe_q <= 1'b0;
    end else begin
      lnkctl_common_clock_config_q <= lnkctl_common_clock_config_d;
      lnkctl_common_clock_config_qe_q <= lnkctl_common_clock_config_qe_d;
    end
  end
  assign reg2hw.lnkctl.common_clock_config.q = lnkctl_common_clock_config_q;
  assign reg2hw.lnkctl.common_clock_config.qe = lnkctl_common_clock_config_qe_q;

  // lnkctl.retrain_link (wo): write 1 to retrain the link (reads zero)
  logic lnkctl_retrain_link_q, lnkctl_retrain_link_d, lnkctl_retrain_link_wm, lnkctl_retrain_link_wd;
  logic lnkctl_retrain_link_wv;  // value after the write
  logic lnkctl_retrain_link_qe_q, lnkctl_retrain_link_qe_d;
  assign lnkctl_retrain_link_wm = lnkctl_wsel & wr_bmask[5];
  assign lnkctl_retrain_link_wd = wr_data[5];
  assign lnkctl_retrain_link_wv = (lnkctl_retrain_link_q & ~lnkctl_retrain_link_wm) | (lnkctl_retrain_link_wd & lnkctl_retrain_link_wm);
  assign lnkctl_retrain_link_d    = lnkctl_retrain_link_wv;
  assign lnkctl_retrain_link_qe_d = |lnkctl_retrain_link_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_retrain_link_q <= 1'h0;
      lnkctl_retrain_link_qe_q <= 1'b0;
    end else begin
      lnkctl_retrain_link_q <= lnkctl_retrain_link_d;
      lnkctl_retrain_link_qe_q <= lnkctl_retrain_link_qe_d;
    end
  end
  assign reg2hw.lnkctl.retrain_link.q = lnkctl_retrain_link_q;
  assign reg2hw.lnkctl.retrain_link.qe = lnkctl_retrain_link_qe_q;

  // lnkctl.link_disable (rw): disable the link
  logic lnkctl_link_disable_q, lnkctl_link_disable_d, lnkctl_link_disable_wm, lnkctl_link_disable_wd;
  logic lnkctl_link_disable_wv;  // value after the write
  logic lnkctl_link_disable_qe_q, lnkctl_link_disable_qe_d;
  assign lnkctl_link_disable_wm = lnkctl_wsel & wr_bmask[4];
  assign lnkctl_link_disable_wd = wr_data[4];
  assign lnkctl_link_disable_wv = (lnkctl_link_disable_q & ~lnkctl_link_disable_wm) | (lnkctl_link_disable_wd & lnkctl_link_disable_wm);
  assign lnkctl_link_disable_d    = lnkctl_link_disable_wv;
  assign lnkctl_link_disable_qe_d = |lnkctl_link_disable_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_link_disable_q <= 1'h0;
      lnkctl_link_disable_qe_q <= 1'b0;
    end else begin
      lnkctl_link_disable_q <= lnkctl_link_disable_d;
      lnkctl_link_disable_qe_q <= lnkctl_link_disable_qe_d;
    end
  end
  assign reg2hw.lnkctl.link_disable.q = lnkctl_link_disable_q;
  assign reg2hw.lnkctl.link_disable.qe = lnkctl_link_disable_qe_q;

  // lnkctl.aspm_control (rw): ASPM enables (no ASPM is supported: keep zero)
  logic [1:0] lnkctl_aspm_control_q, lnkctl_aspm_control_d, lnkctl_aspm_control_wm, lnkctl_aspm_control_wd;
  logic [1:0] lnkctl_aspm_control_wv;  // value after the write
  logic lnkctl_aspm_control_qe_q, lnkctl_aspm_control_qe_d;
  assign lnkctl_aspm_control_wm = {2{lnkctl_wsel}} & wr_bmask[1:0];
  assign lnkctl_aspm_control_wd = wr_data[1:0];
  assign lnkctl_aspm_control_wv = (lnkctl_aspm_control_q & ~lnkctl_aspm_control_wm) | (lnkctl_aspm_control_wd & lnkctl_aspm_control_wm);
  assign lnkctl_aspm_control_d    = lnkctl_aspm_control_wv;
  assign lnkctl_aspm_control_qe_d = |lnkctl_aspm_control_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl_aspm_control_q <= 2'h0;
      lnkctl_aspm_control_qe_q <= 1'b0;
    end else begin
      lnkctl_aspm_control_q <= lnkctl_aspm_control_d;
      lnkctl_aspm_control_qe_q <= lnkctl_aspm_control_qe_d;
    end
  end
  assign reg2hw.lnkctl.aspm_control.q = lnkctl_aspm_control_q;
  assign reg2hw.lnkctl.aspm_control.qe = lnkctl_aspm_control_qe_q;

  // lnksta.link_autonomous_bw_status (rw1c): hardware changed speed or width autonomously
  logic lnksta_link_autonomous_bw_status_q, lnksta_link_autonomous_bw_status_d, lnksta_link_autonomous_bw_status_wm, lnksta_link_autonomous_bw_status_wd;
  assign lnksta_link_autonomous_bw_status_wm = lnksta_wsel & wr_bmask[31];
  assign lnksta_link_autonomous_bw_status_wd = wr_data[31];
  assign lnksta_link_autonomous_bw_status_d = (lnksta_link_autonomous_bw_status_q & ~(lnksta_link_autonomous_bw_status_wd & lnksta_link_autonomous_bw_status_wm)) | hw2reg.lnksta.link_autonomous_bw_status.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnksta_link_autonomous_bw_status_q <= 1'h0;
    end else begin
      lnksta_link_autonomous_bw_status_q <= lnksta_link_autonomous_bw_status_d;
    end
  end
  assign reg2hw.lnksta.link_autonomous_bw_status.q = lnksta_link_autonomous_bw_status_q;

  // lnksta.link_bw_mgmt_status (rw1c): link retrained by software or speed/width changed for reliability
  logic lnksta_link_bw_mgmt_status_q, lnksta_link_bw_mgmt_status_d, lnksta_link_bw_mgmt_status_wm, lnksta_link_bw_mgmt_status_wd;
  assign lnksta_link_bw_mgmt_status_wm = lnksta_wsel & wr_bmask[30];
  assign lnksta_link_bw_mgmt_status_wd = wr_data[30];
  assign lnksta_link_bw_mgmt_status_d = (lnksta_link_bw_mgmt_status_q & ~(lnksta_link_bw_mgmt_status_wd & lnksta_link_bw_mgmt_status_wm)) | hw2reg.lnksta.link_bw_mgmt_status.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnksta_link_bw_mgmt_status_q <= 1'h0;
    end else begin
      lnksta_link_bw_mgmt_status_q <= lnksta_link_bw_mgmt_status_d;
    end
  end
  assign reg2hw.lnksta.link_bw_mgmt_status.q = lnksta_link_bw_mgmt_status_q;

  // rootctl.crs_sw_visibility_en (rw): CRS software visibility enable (a Vendor ID read that gets CRS returns 0001h)
  logic rootctl_crs_sw_visibility_en_q, rootctl_crs_sw_visibility_en_d, rootctl_crs_sw_visibility_en_wm, rootctl_crs_sw_visibility_en_wd;
  logic rootctl_crs_sw_visibility_en_wv;  // value after the write
  logic rootctl_crs_sw_visibility_en_qe_q, rootctl_crs_sw_visibility_en_qe_d;
  assign rootctl_crs_sw_visibility_en_wm = rootctl_wsel & wr_bmask[4];
  assign rootctl_crs_sw_visibility_en_wd = wr_data[4];
  assign rootctl_crs_sw_visibility_en_wv = (rootctl_crs_sw_visibility_en_q & ~rootctl_crs_sw_visibility_en_wm) | (rootctl_crs_sw_visibility_en_wd & rootctl_crs_sw_visibility_en_wm);
  assign rootctl_crs_sw_visibility_en_d    = rootctl_crs_sw_visibility_en_wv;
  assign rootctl_crs_sw_visibility_en_qe_d = |rootctl_crs_sw_visibility_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rootctl_crs_sw_visibility_en_q <= 1'h0;
      rootctl_crs_sw_visibility_en_qe_q <= 1'b0;
    end else begin
      rootctl_crs_sw_visibility_en_q <= rootctl_crs_sw_visibility_en_d;
      rootctl_crs_sw_visibility_en_qe_q <= rootctl_crs_sw_visibility_en_qe_d;
    end
  end
  assign reg2hw.rootctl.crs_sw_visibility_en.q = rootctl_crs_sw_visibility_en_q;
  assign reg2hw.rootctl.crs_sw_visibility_en.qe = rootctl_crs_sw_visibility_en_qe_q;

  // rootctl.pme_int_en (rw): interrupt on PME messages (Root Status PME Status)
  logic rootctl_pme_int_en_q, rootctl_pme_int_en_d, rootctl_pme_int_en_wm, rootctl_pme_int_en_wd;
  logic rootctl_pme_int_en_wv;  // value after the write
  logic rootctl_pme_int_en_qe_q, rootctl_pme_int_en_qe_d;
  assign rootctl_pme_int_en_wm = rootctl_wsel & wr_bmask[3];
  assign rootctl_pme_int_en_wd = wr_data[3];
  assign rootctl_pme_int_en_wv = (rootctl_pme_int_en_q & ~rootctl_pme_int_en_wm) | (rootctl_pme_int_en_wd & rootctl_pme_int_en_wm);
  assign rootctl_pme_int_en_d    = rootctl_pme_int_en_wv;
  assign rootctl_pme_int_en_qe_d = |rootctl_pme_int_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rootctl_pme_int_en_q <= 1'h0;
      rootctl_pme_int_en_qe_q <= 1'b0;
    end else begin
      rootctl_pme_int_en_q <= rootctl_pme_int_en_d;
      rootctl_pme_int_en_qe_q <= rootctl_pme_int_en_qe_d;
    end
  end
  assign reg2hw.rootctl.pme_int_en.q = rootctl_pme_int_en_q;
  assign reg2hw.rootctl.pme_int_en.qe = rootctl_pme_int_en_qe_q;

  // rootctl.sys_err_on_fatal_en (rw): system error on fatal errors
  logic rootctl_sys_err_on_fatal_en_q, rootctl_sys_err_on_fatal_en_d, rootctl_sys_err_on_fatal_en_wm, rootctl_sys_err_on_fatal_en_wd;
  logic rootctl_sys_err_on_fatal_en_wv;  // value after the write
  logic rootctl_sys_err_on_fatal_en_qe_q, rootctl_sys_err_on_fatal_en_qe_d;
  assign rootctl_sys_err_on_fatal_en_wm = rootctl_wsel & wr_bmask[2];
  assign rootctl_sys_err_on_fatal_en_wd = wr_data[2];
  assign rootctl_sys_err_on_fatal_en_wv = (rootctl_sys_err_on_fatal_en_q & ~rootctl_sys_err_on_fatal_en_wm) | (rootctl_sys_err_on_fatal_en_wd & rootctl_sys_err_on_fatal_en_wm);
  assign rootctl_sys_err_on_fatal_en_d    = rootctl_sys_err_on_fatal_en_wv;
  assign rootctl_sys_err_on_fatal_en_qe_d = |rootctl_sys_err_on_fatal_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rootctl_sys_err_on_fatal_en_q <= 1'h0;
      rootctl_sys_err_on_fatal_en_qe_q <= 1'b0;
    end else begin
      rootctl_sys_err_on_fatal_en_q <= rootctl_sys_err_on_fatal_en_d;
      rootctl_sys_err_on_fatal_en_qe_q <= rootctl_sys_err_on_fatal_en_qe_d;
    end
  end
  assign reg2hw.rootctl.sys_err_on_fatal_en.q = rootctl_sys_err_on_fatal_en_q;
  assign reg2hw.rootctl.sys_err_on_fatal_en.qe = rootctl_sys_err_on_fatal_en_qe_q;

  // rootctl.sys_err_on_non_fatal_en (rw): system error on non-fatal errors
  logic rootctl_sys_err_on_non_fatal_en_q, rootctl_sys_err_on_non_fatal_en_d, rootctl_sys_err_on_non_fatal_en_wm, rootctl_sys_err_on_non_fatal_en_wd;
  logic rootctl_sys_err_on_non_fatal_en_wv;  // value after the write
  logic rootctl_sys_err_on_non_fatal_en_qe_q, rootctl_sys_err_on_non_fatal_en_qe_d;
  assign rootctl_sys_err_on_non_fatal_en_wm = rootctl_wsel & wr_bmask[1];
  assign rootctl_sys_err_on_non_fatal_en_wd = wr_data[1];
  assign rootctl_sys_err_on_non_fatal_en_wv = (rootctl_sys_err_on_non_fatal_en_q & ~rootctl_sys_err_on_non_fatal_en_wm) | (rootctl_sys_err_on_non_fatal_en_wd & rootctl_sys_err_on_non_fatal_en_wm);
  assign rootctl_sys_err_on_non_fatal_en_d    = rootctl_sys_err_on_non_fatal_en_wv;
  assign rootctl_sys_err_on_non_fatal_en_qe_d = |rootctl_sys_err_on_non_fatal_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rootctl_sys_err_on_non_fatal_en_q <= 1'h0;
      rootctl_sys_err_on_non_fatal_en_qe_q <= 1'b0;
    end else begin
      rootctl_sys_err_on_non_fatal_en_q <= rootctl_sys_err_on_non_fatal_en_d;
      rootctl_sys_err_on_non_fatal_en_qe_q <= rootctl_sys_err_on_non_fatal_en_qe_d;
    end
  end
  assign reg2hw.rootctl.sys_err_on_non_fatal_en.q = rootctl_sys_err_on_non_fatal_en_q;
  assign reg2hw.rootctl.sys_err_on_non_fatal_en.qe = rootctl_sys_err_on_non_fatal_en_qe_q;

  // rootctl.sys_err_on_correctable_en (rw): system error on correctable errors
  logic rootctl_sys_err_on_correctable_en_q, rootctl_sys_err_on_correctable_en_d, rootctl_sys_err_on_correctable_en_wm, rootctl_sys_err_on_correctable_en_wd;
  logic rootctl_sys_err_on_correctable_en_wv;  // value after the write
  logic rootctl_sys_err_on_correctable_en_qe_q, rootctl_sys_err_on_correctable_en_qe_d;
  assign rootctl_sys_err_on_correctable_en_wm = rootctl_wsel & wr_bmask[0];
  assign rootctl_sys_err_on_correctable_en_wd = wr_data[0];
  assign rootctl_sys_err_on_correctable_en_wv = (rootctl_sys_err_on_correctable_en_q & ~rootctl_sys_err_on_correctable_en_wm) | (rootctl_sys_err_on_correctable_en_wd & rootctl_sys_err_on_correctable_en_wm);
  assign rootctl_sys_err_on_correctable_en_d    = rootctl_sys_err_on_correctable_en_wv;
  assign rootctl_sys_err_on_correctable_en_qe_d = |rootctl_sys_err_on_correctable_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rootctl_sys_err_on_correctable_en_q <= 1'h0;
      rootctl_sys_err_on_correctable_en_qe_q <= 1'b0;
    end else begin
      rootctl_sys_err_on_correctable_en_q <= rootctl_sys_err_on_correctable_en_d;
      rootctl_sys_err_on_correctable_en_qe_q <= rootctl_sys_err_on_correctable_en_qe_d;
    end
  end
  assign reg2hw.rootctl.sys_err_on_correctable_en.q = rootctl_sys_err_on_correctable_en_q;
  assign reg2hw.rootctl.sys_err_on_correctable_en.qe = rootctl_sys_err_on_correctable_en_qe_q;

  // rootsta.pme_status (rw1c): a PME message was received
  logic rootsta_pme_status_q, rootsta_pme_status_d, rootsta_pme_status_wm, rootsta_pme_status_wd;
  assign rootsta_pme_status_wm = rootsta_wsel & wr_bmask[16];
  assign rootsta_pme_status_wd = wr_data[16];
  assign rootsta_pme_status_d = (rootsta_pme_status_q & ~(rootsta_pme_status_wd & rootsta_pme_status_wm)) | hw2reg.rootsta.pme_status.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      rootsta_pme_status_q <= 1'h0;
    end else begin
      rootsta_pme_status_q <= rootsta_pme_status_d;
    end
  end
  assign reg2hw.rootsta.pme_status.q = rootsta_pme_status_q;

  // devctl2.ee_prefix_blocking (rw): do not transmit TLPs with End-End prefixes on the link (TLP Prefix Blocked instead)
  logic devctl2_ee_prefix_blocking_q, devctl2_ee_prefix_blocking_d, devctl2_ee_prefix_blocking_wm, devctl2_ee_prefix_blocking_wd;
  logic devctl2_ee_prefix_blocking_wv;  // value after the write
  logic devctl2_ee_prefix_blocking_qe_q, devctl2_ee_prefix_blocking_qe_d;
  assign devctl2_ee_prefix_blocking_wm = devctl2_wsel & wr_bmask[15];
  assign devctl2_ee_prefix_blocking_wd = wr_data[15];
  assign devctl2_ee_prefix_blocking_wv = (devctl2_ee_prefix_blocking_q & ~devctl2_ee_prefix_blocking_wm) | (devctl2_ee_prefix_blocking_wd & devctl2_ee_prefix_blocking_wm);
  assign devctl2_ee_prefix_blocking_d    = devctl2_ee_prefix_blocking_wv;
  assign devctl2_ee_prefix_blocking_qe_d = |devctl2_ee_prefix_blocking_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl2_ee_prefix_blocking_q <= 1'h0;
      devctl2_ee_prefix_blocking_qe_q <= 1'b0;
    end else begin
      devctl2_ee_prefix_blocking_q <= devctl2_ee_prefix_blocking_d;
      devctl2_ee_prefix_blocking_qe_q <= devctl2_ee_prefix_blocking_qe_d;
    end
  end
  assign reg2hw.devctl2.ee_prefix_blocking.q = devctl2_ee_prefix_blocking_q;
  assign reg2hw.devctl2.ee_prefix_blocking.qe = devctl2_ee_prefix_blocking_qe_q;

  // devctl2.completion_timeout_disable (rw): disable the completion timeout of the port's requests
  logic devctl2_completion_timeout_disable_q, devctl2_completion_timeout_disable_d, devctl2_completion_timeout_disable_wm, devctl2_completion_timeout_disable_wd;
  logic devctl2_completion_timeout_disable_wv;  // value after the write
  logic devctl2_completion_timeout_disable_qe_q, devctl2_completion_timeout_disable_qe_d;
  assign devctl2_completion_timeout_disable_wm = devctl2_wsel & wr_bmask[4];
  assign devctl2_completion_timeout_disable_wd = wr_data[4];
  assign devctl2_completion_timeout_disable_wv = (devctl2_completion_timeout_disable_q & ~devctl2_completion_timeout_disable_wm) | (devctl2_completion_timeout_disable_wd & devctl2_completion_timeout_disable_wm);
  assign devctl2_completion_timeout_disable_d    = devctl2_completion_timeout_disable_wv;
  assign devctl2_completion_timeout_disable_qe_d = |devctl2_completion_timeout_disable_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devctl2_completion_timeout_disable_q <= 1'h0;
      devctl2_completion_timeout_disable_qe_q <= 1'b0;
    end else begin
      devctl2_completion_timeout_disable_q <= devctl2_completion_timeout_disable_d;
      devctl2_completion_timeout_disable_qe_q <= devctl2_completion_timeout_disable_qe_d;
    end
  end
  assign reg2hw.devctl2.completion_timeout_disable.q = devctl2_completion_timeout_disable_q;
  assign reg2hw.devctl2.completion_timeout_disable.qe = devctl2_completion_timeout_disable_qe_q;

  // lnkctl2.compliance_preset_deemphasis (rw): de-emphasis or preset in compliance mode
  logic [3:0] lnkctl2_compliance_preset_deemphasis_q, lnkctl2_compliance_preset_deemphasis_d, lnkctl2_compliance_preset_deemphasis_wm, lnkctl2_compliance_preset_deemphasis_wd;
  logic [3:0] lnkctl2_compliance_preset_deemphasis_wv;  // value after the write
  logic lnkctl2_compliance_preset_deemphasis_qe_q, lnkctl2_compliance_preset_deemphasis_qe_d;
  assign lnkctl2_compliance_preset_deemphasis_wm = {4{lnkctl2_wsel}} & wr_bmask[15:12];
  assign lnkctl2_compliance_preset_deemphasis_wd = wr_data[15:12];
  assign lnkctl2_compliance_preset_deemphasis_wv = (lnkctl2_compliance_preset_deemphasis_q & ~lnkctl2_compliance_preset_deemphasis_wm) | (lnkctl2_compliance_preset_deemphasis_wd & lnkctl2_compliance_preset_deemphasis_wm);
  assign lnkctl2_compliance_preset_deemphasis_d    = lnkctl2_compliance_preset_deemphasis_wv;
  assign lnkctl2_compliance_preset_deemphasis_qe_d = |lnkctl2_compliance_preset_deemphasis_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_compliance_preset_deemphasis_q <= 4'h0;
      lnkctl2_compliance_preset_deemphasis_qe_q <= 1'b0;
    end else begin
      lnkctl2_compliance_preset_deemphasis_q <= lnkctl2_compliance_preset_deemphasis_d;
      lnkctl2_compliance_preset_deemphasis_qe_q <= lnkctl2_compliance_preset_deemphasis_qe_d;
    end
  end
  assign reg2hw.lnkctl2.compliance_preset_deemphasis.q = lnkctl2_compliance_preset_deemphasis_q;
  assign reg2hw.lnkctl2.compliance_preset_deemphasis.qe = lnkctl2_compliance_preset_deemphasis_qe_q;

  // lnkctl2.compliance_sos (rw): send SKP ordered sets in compliance mode
  logic lnkctl2_compliance_sos_q, lnkctl2_compliance_sos_d, lnkctl2_compliance_sos_wm, lnkctl2_compliance_sos_wd;
  logic lnkctl2_compliance_sos_wv;  // value after the write
  logic lnkctl2_compliance_sos_qe_q, lnkctl2_compliance_sos_qe_d;
  assign lnkctl2_compliance_sos_wm = lnkctl2_wsel & wr_bmask[11];
  assign lnkctl2_compliance_sos_wd = wr_data[11];
  assign lnkctl2_compliance_sos_wv = (lnkctl2_compliance_sos_q & ~lnkctl2_compliance_sos_wm) | (lnkctl2_compliance_sos_wd & lnkctl2_compliance_sos_wm);
  assign lnkctl2_compliance_sos_d    = lnkctl2_compliance_sos_wv;
  assign lnkctl2_compliance_sos_qe_d = |lnkctl2_compliance_sos_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_compliance_sos_q <= 1'h0;
      lnkctl2_compliance_sos_qe_q <= 1'b0;
    end else begin
      lnkctl2_compliance_sos_q <= lnkctl2_compliance_sos_d;
      lnkctl2_compliance_sos_qe_q <= lnkctl2_compliance_sos_qe_d;
    end
  end
  assign reg2hw.lnkctl2.compliance_sos.q = lnkctl2_compliance_sos_q;
  assign reg2hw.lnkctl2.compliance_sos.qe = lnkctl2_compliance_sos_qe_q;

  // lnkctl2.enter_modified_compliance (rw): enter modified compliance
  logic lnkctl2_enter_modified_compliance_q, lnkctl2_enter_modified_compliance_d, lnkctl2_enter_modified_compliance_wm, lnkctl2_enter_modified_compliance_wd;
  logic lnkctl2_enter_modified_compliance_wv;  // value after the write
  logic lnkctl2_enter_modified_compliance_qe_q, lnkctl2_enter_modified_compliance_qe_d;
  assign lnkctl2_enter_modified_compliance_wm = lnkctl2_wsel & wr_bmask[10];
  assign lnkctl2_enter_modified_compliance_wd = wr_data[10];
  assign lnkctl2_enter_modified_compliance_wv = (lnkctl2_enter_modified_compliance_q & ~lnkctl2_enter_modified_compliance_wm) | (lnkctl2_enter_modified_compliance_wd & lnkctl2_enter_modified_compliance_wm);
  assign lnkctl2_enter_modified_compliance_d    = lnkctl2_enter_modified_compliance_wv;
  assign lnkctl2_enter_modified_compliance_qe_d = |lnkctl2_enter_modified_compliance_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_enter_modified_compliance_q <= 1'h0;
      lnkctl2_enter_modified_compliance_qe_q <= 1'b0;
    end else begin
      lnkctl2_enter_modified_compliance_q <= lnkctl2_enter_modified_compliance_d;
      lnkctl2_enter_modified_compliance_qe_q <= lnkctl2_enter_modified_compliance_qe_d;
    end
  end
  assign reg2hw.lnkctl2.enter_modified_compliance.q = lnkctl2_enter_modified_compliance_q;
  assign reg2hw.lnkctl2.enter_modified_compliance.qe = lnkctl2_enter_modified_compliance_qe_q;

  // lnkctl2.transmit_margin (rw): transmitter voltage margin (test only)
  logic [2:0] lnkctl2_transmit_margin_q, lnkctl2_transmit_margin_d, lnkctl2_transmit_margin_wm, lnkctl2_transmit_margin_wd;
  logic [2:0] lnkctl2_transmit_margin_wv;  // value after the write
  logic lnkctl2_transmit_margin_qe_q, lnkctl2_transmit_margin_qe_d;
  assign lnkctl2_transmit_margin_wm = {3{lnkctl2_wsel}} & wr_bmask[9:7];
  assign lnkctl2_transmit_margin_wd = wr_data[9:7];
  assign lnkctl2_transmit_margin_wv = (lnkctl2_transmit_margin_q & ~lnkctl2_transmit_margin_wm) | (lnkctl2_transmit_margin_wd & lnkctl2_transmit_margin_wm);
  assign lnkctl2_transmit_margin_d    = lnkctl2_transmit_margin_wv;
  assign lnkctl2_transmit_margin_qe_d = |lnkctl2_transmit_margin_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_transmit_margin_q <= 3'h0;
      lnkctl2_transmit_margin_qe_q <= 1'b0;
    end else begin
      lnkctl2_transmit_margin_q <= lnkctl2_transmit_margin_d;
      lnkctl2_transmit_margin_qe_q <= lnkctl2_transmit_margin_qe_d;
    end
  end
  assign reg2hw.lnkctl2.transmit_margin.q = lnkctl2_transmit_margin_q;
  assign reg2hw.lnkctl2.transmit_margin.qe = lnkctl2_transmit_margin_qe_q;

  // lnkctl2.hw_autonomous_speed_disable (rw): forbid autonomous speed changes
  logic lnkctl2_hw_autonomous_speed_disable_q, lnkctl2_hw_autonomous_speed_disable_d, lnkctl2_hw_autonomous_speed_disable_wm, lnkctl2_hw_autonomous_speed_disable_wd;
  logic lnkctl2_hw_autonomous_speed_disable_wv;  // value after the write
  logic lnkctl2_hw_autonomous_speed_disable_qe_q, lnkctl2_hw_autonomous_speed_disable_qe_d;
  assign lnkctl2_hw_autonomous_speed_disable_wm = lnkctl2_wsel & wr_bmask[5];
  assign lnkctl2_hw_autonomous_speed_disable_wd = wr_data[5];
  assign lnkctl2_hw_autonomous_speed_disable_wv = (lnkctl2_hw_autonomous_speed_disable_q & ~lnkctl2_hw_autonomous_speed_disable_wm) | (lnkctl2_hw_autonomous_speed_disable_wd & lnkctl2_hw_autonomous_speed_disable_wm);
  assign lnkctl2_hw_autonomous_speed_disable_d    = lnkctl2_hw_autonomous_speed_disable_wv;
  assign lnkctl2_hw_autonomous_speed_disable_qe_d = |lnkctl2_hw_autonomous_speed_disable_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_hw_autonomous_speed_disable_q <= 1'h0;
      lnkctl2_hw_autonomous_speed_disable_qe_q <= 1'b0;
    end else begin
      lnkctl2_hw_autonomous_speed_disable_q <= lnkctl2_hw_autonomous_speed_disable_d;
      lnkctl2_hw_autonomous_speed_disable_qe_q <= lnkctl2_hw_autonomous_speed_disable_qe_d;
    end
  end
  assign reg2hw.lnkctl2.hw_autonomous_speed_disable.q = lnkctl2_hw_autonomous_speed_disable_q;
  assign reg2hw.lnkctl2.hw_autonomous_speed_disable.qe = lnkctl2_hw_autonomous_speed_disable_qe_q;

  // lnkctl2.enter_compliance (rw): enter compliance at the target link speed
  logic lnkctl2_enter_compliance_q, lnkctl2_enter_compliance_d, lnkctl2_enter_compliance_wm, lnkctl2_enter_compliance_wd;
  logic lnkctl2_enter_compliance_wv;  // value after the write
  logic lnkctl2_enter_compliance_qe_q, lnkctl2_enter_compliance_qe_d;
  assign lnkctl2_enter_compliance_wm = lnkctl2_wsel & wr_bmask[4];
  assign lnkctl2_enter_compliance_wd = wr_data[4];
  assign lnkctl2_enter_compliance_wv = (lnkctl2_enter_compliance_q & ~lnkctl2_enter_compliance_wm) | (lnkctl2_enter_compliance_wd & lnkctl2_enter_compliance_wm);
  assign lnkctl2_enter_compliance_d    = lnkctl2_enter_compliance_wv;
  assign lnkctl2_enter_compliance_qe_d = |lnkctl2_enter_compliance_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_enter_compliance_q <= 1'h0;
      lnkctl2_enter_compliance_qe_q <= 1'b0;
    end else begin
      lnkctl2_enter_compliance_q <= lnkctl2_enter_compliance_d;
      lnkctl2_enter_compliance_qe_q <= lnkctl2_enter_compliance_qe_d;
    end
  end
  assign reg2hw.lnkctl2.enter_compliance.q = lnkctl2_enter_compliance_q;
  assign reg2hw.lnkctl2.enter_compliance.qe = lnkctl2_enter_compliance_qe_q;

  // lnkctl2.target_link_speed (rw): upper limit of the link speed
  logic [3:0] lnkctl2_target_link_speed_q, lnkctl2_target_link_speed_d, lnkctl2_target_link_speed_wm, lnkctl2_target_link_speed_wd;
  logic [3:0] lnkctl2_target_link_speed_wv;  // value after the write
  logic lnkctl2_target_link_speed_qe_q, lnkctl2_target_link_speed_qe_d;
  assign lnkctl2_target_link_speed_wm = {4{lnkctl2_wsel}} & wr_bmask[3:0];
  assign lnkctl2_target_link_speed_wd = wr_data[3:0];
  assign lnkctl2_target_link_speed_wv = (lnkctl2_target_link_speed_q & ~lnkctl2_target_link_speed_wm) | (lnkctl2_target_link_speed_wd & lnkctl2_target_link_speed_wm);
  assign lnkctl2_target_link_speed_d    = lnkctl2_target_link_speed_wv;
  assign lnkctl2_target_link_speed_qe_d = |lnkctl2_target_link_speed_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      lnkctl2_target_link_speed_q <= 4'h2;
      lnkctl2_target_link_speed_qe_q <= 1'b0;
    end else begin
      lnkctl2_target_link_speed_q <= lnkctl2_target_link_speed_d;
      lnkctl2_target_link_speed_qe_q <= lnkctl2_target_link_speed_qe_d;
    end
  end
  assign reg2hw.lnkctl2.target_link_speed.q = lnkctl2_target_link_speed_q;
  assign reg2hw.lnkctl2.target_link_speed.qe = lnkctl2_target_link_speed_qe_q;

  // pmcsr.power_state (warl): current power state (D0 or D3hot)
  logic [1:0] pmcsr_power_state_q, pmcsr_power_state_d, pmcsr_power_state_wm, pmcsr_power_state_wd;
  logic [1:0] pmcsr_power_state_wv;  // value after the write
  logic pmcsr_power_state_qe_q, pmcsr_power_state_qe_d;
  logic pmcsr_power_state_legal;  // pmcsr_power_state_wv is a member of the enum
  assign pmcsr_power_state_wm = {2{pmcsr_wsel}} & wr_bmask[1:0];
  assign pmcsr_power_state_wd = wr_data[1:0];
  assign pmcsr_power_state_wv = (pmcsr_power_state_q & ~pmcsr_power_state_wm) | (pmcsr_power_state_wd & pmcsr_power_state_wm);
  assign pmcsr_power_state_legal = ((pmcsr_power_state_wv == pcie_rp_cfg_pkg::PM_STATE_D0) || (pmcsr_power_state_wv == pcie_rp_cfg_pkg::PM_STATE_D3HOT));
  always_comb begin
    pmcsr_power_state_d    = pmcsr_power_state_q;
    pmcsr_power_state_qe_d = 1'b0;
    if (hw2reg.pmcsr.power_state.de) begin
      pmcsr_power_state_d = hw2reg.pmcsr.power_state.d;
    end else if (|pmcsr_power_state_wm && pmcsr_power_state_legal) begin
      pmcsr_power_state_d    = pmcsr_power_state_wv;
      pmcsr_power_state_qe_d = 1'b1;
    end
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pmcsr_power_state_q <= 2'h0;
      pmcsr_power_state_qe_q <= 1'b0;
    end else begin
      pmcsr_power_state_q <= pmcsr_power_state_d;
      pmcsr_power_state_qe_q <= pmcsr_power_state_qe_d;
    end
  end
  assign reg2hw.pmcsr.power_state.q = pmcsr_power_state_q;
  assign reg2hw.pmcsr.power_state.qe = pmcsr_power_state_qe_q;

  // aer_uncor_status.poisoned_tlp_egress_blocked (rw1c): a poisoned TLP was blocked on egress
  logic aer_uncor_status_poisoned_tlp_egress_blocked_q, aer_uncor_status_poisoned_tlp_egress_blocked_d, aer_uncor_status_poisoned_tlp_egress_blocked_wm, aer_uncor_status_poisoned_tlp_egress_blocked_wd;
  assign aer_uncor_status_poisoned_tlp_egress_blocked_wm = aer_uncor_status_wsel & wr_bmask[26];
  assign aer_uncor_status_poisoned_tlp_egress_blocked_wd = wr_data[26];
  assign aer_uncor_status_poisoned_tlp_egress_blocked_d = (aer_uncor_status_poisoned_tlp_egress_blocked_q & ~(aer_uncor_status_poisoned_tlp_egress_blocked_wd & aer_uncor_status_poisoned_tlp_egress_blocked_wm)) | hw2reg.aer_uncor_status.poisoned_tlp_egress_blocked.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_poisoned_tlp_egress_blocked_q <= 1'h0;
    end else begin
      aer_uncor_status_poisoned_tlp_egress_blocked_q <= aer_uncor_status_poisoned_tlp_egress_blocked_d;
    end
  end
  assign reg2hw.aer_uncor_status.poisoned_tlp_egress_blocked.q = aer_uncor_status_poisoned_tlp_egress_blocked_q;

  // aer_uncor_status.tlp_prefix_blocked (rw1c): a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
  logic aer_uncor_status_tlp_prefix_blocked_q, aer_uncor_status_tlp_prefix_blocked_d, aer_uncor_status_tlp_prefix_blocked_wm, aer_uncor_status_tlp_prefix_blocked_wd;
  assign aer_uncor_status_tlp_prefix_blocked_wm = aer_uncor_status_wsel & wr_bmask[25];
  assign aer_uncor_status_tlp_prefix_blocked_wd = wr_data[25];
  assign aer_uncor_status_tlp_prefix_blocked_d = (aer_uncor_status_tlp_prefix_blocked_q & ~(aer_uncor_status_tlp_prefix_blocked_wd & aer_uncor_status_tlp_prefix_blocked_wm)) | hw2reg.aer_uncor_status.tlp_prefix_blocked.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_tlp_prefix_blocked_q <= 1'h0;
    end else begin
      aer_uncor_status_tlp_prefix_blocked_q <= aer_uncor_status_tlp_prefix_blocked_d;
    end
  end
  assign reg2hw.aer_uncor_status.tlp_prefix_blocked.q = aer_uncor_status_tlp_prefix_blocked_q;

  // aer_uncor_status.atomic_op_egress_blocked (rw1c): an AtomicOp was blocked on egress
  logic aer_uncor_status_atomic_op_egress_blocked_q, aer_uncor_status_atomic_op_egress_blocked_d, aer_uncor_status_atomic_op_egress_blocked_wm, aer_uncor_status_atomic_op_egress_blocked_wd;
  assign aer_uncor_status_atomic_op_egress_blocked_wm = aer_uncor_status_wsel & wr_bmask[24];
  assign aer_uncor_status_atomic_op_egress_blocked_wd = wr_data[24];
  assign aer_uncor_status_atomic_op_egress_blocked_d = (aer_uncor_status_atomic_op_egress_blocked_q & ~(aer_uncor_status_atomic_op_egress_blocked_wd & aer_uncor_status_atomic_op_egress_blocked_wm)) | hw2reg.aer_uncor_status.atomic_op_egress_blocked.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_atomic_op_egress_blocked_q <= 1'h0;
    end else begin
      aer_uncor_status_atomic_op_egress_blocked_q <= aer_uncor_status_atomic_op_egress_blocked_d;
    end
  end
  assign reg2hw.aer_uncor_status.atomic_op_egress_blocked.q = aer_uncor_status_atomic_op_egress_blocked_q;

  // aer_uncor_status.mc_blocked_tlp (rw1c): a multicast TLP was blocked
  logic aer_uncor_status_mc_blocked_tlp_q, aer_uncor_status_mc_blocked_tlp_d, aer_uncor_status_mc_blocked_tlp_wm, aer_uncor_status_mc_blocked_tlp_wd;
  assign aer_uncor_status_mc_blocked_tlp_wm = aer_uncor_status_wsel & wr_bmask[23];
  assign aer_uncor_status_mc_blocked_tlp_wd = wr_data[23];
  assign aer_uncor_status_mc_blocked_tlp_d = (aer_uncor_status_mc_blocked_tlp_q & ~(aer_uncor_status_mc_blocked_tlp_wd & aer_uncor_status_mc_blocked_tlp_wm)) | hw2reg.aer_uncor_status.mc_blocked_tlp.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_mc_blocked_tlp_q <= 1'h0;
    end else begin
      aer_uncor_status_mc_blocked_tlp_q <= aer_uncor_status_mc_blocked_tlp_d;
    end
  end
  assign reg2hw.aer_uncor_status.mc_blocked_tlp.q = aer_uncor_status_mc_blocked_tlp_q;

  // aer_uncor_status.internal_error (rw1c): uncorrectable internal error
  logic aer_uncor_status_internal_error_q, aer_uncor_status_internal_error_d, aer_uncor_status_internal_error_wm, aer_uncor_status_internal_error_wd;
  assign aer_uncor_status_internal_error_wm = aer_uncor_status_wsel & wr_bmask[22];
  assign aer_uncor_status_internal_error_wd = wr_data[22];
  assign aer_uncor_status_internal_error_d = (aer_uncor_status_internal_error_q & ~(aer_uncor_status_internal_error_wd & aer_uncor_status_internal_error_wm)) | hw2reg.aer_uncor_status.internal_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_internal_error_q <= 1'h0;
    end else begin
      aer_uncor_status_internal_error_q <= aer_uncor_status_internal_error_d;
    end
  end
  assign reg2hw.aer_uncor_status.internal_error.q = aer_uncor_status_internal_error_q;

  // aer_uncor_status.acs_violation (rw1c): a request violated an enabled ACS control
  logic aer_uncor_status_acs_violation_q, aer_uncor_status_acs_violation_d, aer_uncor_status_acs_violation_wm, aer_uncor_status_acs_violation_wd;
  assign aer_uncor_status_acs_violation_wm = aer_uncor_status_wsel & wr_bmask[21];
  assign aer_uncor_status_acs_violation_wd = wr_data[21];
  assign aer_uncor_status_acs_violation_d = (aer_uncor_status_acs_violation_q & ~(aer_uncor_status_acs_violation_wd & aer_uncor_status_acs_violation_wm)) | hw2reg.aer_uncor_status.acs_violation.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_acs_violation_q <= 1'h0;
    end else begin
      aer_uncor_status_acs_violation_q <= aer_uncor_status_acs_violation_d;
    end
  end
  assign reg2hw.aer_uncor_status.acs_violation.q = aer_uncor_status_acs_violation_q;

  // aer_uncor_status.unsupported_request (rw1c): an Unsupported Request was received
  logic aer_uncor_status_unsupported_request_q, aer_uncor_status_unsupported_request_d, aer_uncor_status_unsupported_request_wm, aer_uncor_status_unsupported_request_wd;
  assign aer_uncor_status_unsupported_request_wm = aer_uncor_status_wsel & wr_bmask[20];
  assign aer_uncor_status_unsupported_request_wd = wr_data[20];
  assign aer_uncor_status_unsupported_request_d = (aer_uncor_status_unsupported_request_q & ~(aer_uncor_status_unsupported_request_wd & aer_uncor_status_unsupported_request_wm)) | hw2reg.aer_uncor_status.unsupported_request.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_unsupported_request_q <= 1'h0;
    end else begin
      aer_uncor_status_unsupported_request_q <= aer_uncor_status_unsupported_request_d;
    end
  end
  assign reg2hw.aer_uncor_status.unsupported_request.q = aer_uncor_status_unsupported_request_q;

  // aer_uncor_status.ecrc_error (rw1c): ECRC check failed
  logic aer_uncor_status_ecrc_error_q, aer_uncor_status_ecrc_error_d, aer_uncor_status_ecrc_error_wm, aer_uncor_status_ecrc_error_wd;
  assign aer_uncor_status_ecrc_error_wm = aer_uncor_status_wsel & wr_bmask[19];
  assign aer_uncor_status_ecrc_error_wd = wr_data[19];
  assign aer_uncor_status_ecrc_error_d = (aer_uncor_status_ecrc_error_q & ~(aer_uncor_status_ecrc_error_wd & aer_uncor_status_ecrc_error_wm)) | hw2reg.aer_uncor_status.ecrc_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_ecrc_error_q <= 1'h0;
    end else begin
      aer_uncor_status_ecrc_error_q <= aer_uncor_status_ecrc_error_d;
    end
  end
  assign reg2hw.aer_uncor_status.ecrc_error.q = aer_uncor_status_ecrc_error_q;

  // aer_uncor_status.malformed_tlp (rw1c): a malformed TLP was received
  logic aer_uncor_status_malformed_tlp_q, aer_uncor_status_malformed_tlp_d, aer_uncor_status_malformed_tlp_wm, aer_uncor_status_malformed_tlp_wd;
  assign aer_uncor_status_malformed_tlp_wm = aer_uncor_status_wsel & wr_bmask[18];
  assign aer_uncor_status_malformed_tlp_wd = wr_data[18];
  assign aer_uncor_status_malformed_tlp_d = (aer_uncor_status_malformed_tlp_q & ~(aer_uncor_status_malformed_tlp_wd & aer_uncor_status_malformed_tlp_wm)) | hw2reg.aer_uncor_status.malformed_tlp.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_malformed_tlp_q <= 1'h0;
    end else begin
      aer_uncor_status_malformed_tlp_q <= aer_uncor_status_malformed_tlp_d;
    end
  end
  assign reg2hw.aer_uncor_status.malformed_tlp.q = aer_uncor_status_malformed_tlp_q;

  // aer_uncor_status.receiver_overflow (rw1c): a receive buffer overflowed
  logic aer_uncor_status_receiver_overflow_q, aer_uncor_status_receiver_overflow_d, aer_uncor_status_receiver_overflow_wm, aer_uncor_status_receiver_overflow_wd;
  assign aer_uncor_status_receiver_overflow_wm = aer_uncor_status_wsel & wr_bmask[17];
  assign aer_uncor_status_receiver_overflow_wd = wr_data[17];
  assign aer_uncor_status_receiver_overflow_d = (aer_uncor_status_receiver_overflow_q & ~(aer_uncor_status_receiver_overflow_wd & aer_uncor_status_receiver_overflow_wm)) | hw2reg.aer_uncor_status.receiver_overflow.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_receiver_overflow_q <= 1'h0;
    end else begin
      aer_uncor_status_receiver_overflow_q <= aer_uncor_status_receiver_overflow_d;
    end
  end
  assign reg2hw.aer_uncor_status.receiver_overflow.q = aer_uncor_status_receiver_overflow_q;

  // aer_uncor_status.unexpected_completion (rw1c): a completion matched no outstanding request
  logic aer_uncor_status_unexpected_completion_q, aer_uncor_status_unexpected_completion_d, aer_uncor_status_unexpected_completion_wm, aer_uncor_status_unexpected_completion_wd;
  assign aer_uncor_status_unexpected_completion_wm = aer_uncor_status_wsel & wr_bmask[16];
  assign aer_uncor_status_unexpected_completion_wd = wr_data[16];
  assign aer_uncor_status_unexpected_completion_d = (aer_uncor_status_unexpected_completion_q & ~(aer_uncor_status_unexpected_completion_wd & aer_uncor_status_unexpected_completion_wm)) | hw2reg.aer_uncor_status.unexpected_completion.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_unexpected_completion_q <= 1'h0;
    end else begin
      aer_uncor_status_unexpected_completion_q <= aer_uncor_status_unexpected_completion_d;
    end
  end
  assign reg2hw.aer_uncor_status.unexpected_completion.q = aer_uncor_status_unexpected_completion_q;

  // aer_uncor_status.completer_abort (rw1c): the port completed a request with CA
  logic aer_uncor_status_completer_abort_q, aer_uncor_status_completer_abort_d, aer_uncor_status_completer_abort_wm, aer_uncor_status_completer_abort_wd;
  assign aer_uncor_status_completer_abort_wm = aer_uncor_status_wsel & wr_bmask[15];
  assign aer_uncor_status_completer_abort_wd = wr_data[15];
  assign aer_uncor_status_completer_abort_d = (aer_uncor_status_completer_abort_q & ~(aer_uncor_status_completer_abort_wd & aer_uncor_status_completer_abort_wm)) | hw2reg.aer_uncor_status.completer_abort.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_completer_abort_q <= 1'h0;
    end else begin
      aer_uncor_status_completer_abort_q <= aer_uncor_status_completer_abort_d;
    end
  end
  assign reg2hw.aer_uncor_status.completer_abort.q = aer_uncor_status_completer_abort_q;

  // aer_uncor_status.completion_timeout (rw1c): a request of the port timed out
  logic aer_uncor_status_completion_timeout_q, aer_uncor_status_completion_timeout_d, aer_uncor_status_completion_timeout_wm, aer_uncor_status_completion_timeout_wd;
  assign aer_uncor_status_completion_timeout_wm = aer_uncor_status_wsel & wr_bmask[14];
  assign aer_uncor_status_completion_timeout_wd = wr_data[14];
  assign aer_uncor_status_completion_timeout_d = (aer_uncor_status_completion_timeout_q & ~(aer_uncor_status_completion_timeout_wd & aer_uncor_status_completion_timeout_wm)) | hw2reg.aer_uncor_status.completion_timeout.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_completion_timeout_q <= 1'h0;
    end else begin
      aer_uncor_status_completion_timeout_q <= aer_uncor_status_completion_timeout_d;
    end
  end
  assign reg2hw.aer_uncor_status.completion_timeout.q = aer_uncor_status_completion_timeout_q;

  // aer_uncor_status.fc_protocol_error (rw1c): flow control protocol error
  logic aer_uncor_status_fc_protocol_error_q, aer_uncor_status_fc_protocol_error_d, aer_uncor_status_fc_protocol_error_wm, aer_uncor_status_fc_protocol_error_wd;
  assign aer_uncor_status_fc_protocol_error_wm = aer_uncor_status_wsel & wr_bmask[13];
  assign aer_uncor_status_fc_protocol_error_wd = wr_data[13];
  assign aer_uncor_status_fc_protocol_error_d = (aer_uncor_status_fc_protocol_error_q & ~(aer_uncor_status_fc_protocol_error_wd & aer_uncor_status_fc_protocol_error_wm)) | hw2reg.aer_uncor_status.fc_protocol_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_fc_protocol_error_q <= 1'h0;
    end else begin
      aer_uncor_status_fc_protocol_error_q <= aer_uncor_status_fc_protocol_error_d;
    end
  end
  assign reg2hw.aer_uncor_status.fc_protocol_error.q = aer_uncor_status_fc_protocol_error_q;

  // aer_uncor_status.poisoned_tlp_received (rw1c): a poisoned TLP was received
  logic aer_uncor_status_poisoned_tlp_received_q, aer_uncor_status_poisoned_tlp_received_d, aer_uncor_status_poisoned_tlp_received_wm, aer_uncor_status_poisoned_tlp_received_wd;
  assign aer_uncor_status_poisoned_tlp_received_wm = aer_uncor_status_wsel & wr_bmask[12];
  assign aer_uncor_status_poisoned_tlp_received_wd = wr_data[12];
  assign aer_uncor_status_poisoned_tlp_received_d = (aer_uncor_status_poisoned_tlp_received_q & ~(aer_uncor_status_poisoned_tlp_received_wd & aer_uncor_status_poisoned_tlp_received_wm)) | hw2reg.aer_uncor_status.poisoned_tlp_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_poisoned_tlp_received_q <= 1'h0;
    end else begin
      aer_uncor_status_poisoned_tlp_received_q <= aer_uncor_status_poisoned_tlp_received_d;
    end
  end
  assign reg2hw.aer_uncor_status.poisoned_tlp_received.q = aer_uncor_status_poisoned_tlp_received_q;

  // aer_uncor_status.surprise_down_error (rw1c): the link went down unexpectedly
  logic aer_uncor_status_surprise_down_error_q, aer_uncor_status_surprise_down_error_d, aer_uncor_status_surprise_down_error_wm, aer_uncor_status_surprise_down_error_wd;
  assign aer_uncor_status_surprise_down_error_wm = aer_uncor_status_wsel & wr_bmask[5];
  assign aer_uncor_status_surprise_down_error_wd = wr_data[5];
  assign aer_uncor_status_surprise_down_error_d = (aer_uncor_status_surprise_down_error_q & ~(aer_uncor_status_surprise_down_error_wd & aer_uncor_status_surprise_down_error_wm)) | hw2reg.aer_uncor_status.surprise_down_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_surprise_down_error_q <= 1'h0;
    end else begin
      aer_uncor_status_surprise_down_error_q <= aer_uncor_status_surprise_down_error_d;
    end
  end
  assign reg2hw.aer_uncor_status.surprise_down_error.q = aer_uncor_status_surprise_down_error_q;

  // aer_uncor_status.dl_protocol_error (rw1c): Data Link Layer protocol error
  logic aer_uncor_status_dl_protocol_error_q, aer_uncor_status_dl_protocol_error_d, aer_uncor_status_dl_protocol_error_wm, aer_uncor_status_dl_protocol_error_wd;
  assign aer_uncor_status_dl_protocol_error_wm = aer_uncor_status_wsel & wr_bmask[4];
  assign aer_uncor_status_dl_protocol_error_wd = wr_data[4];
  assign aer_uncor_status_dl_protocol_error_d = (aer_uncor_status_dl_protocol_error_q & ~(aer_uncor_status_dl_protocol_error_wd & aer_uncor_status_dl_protocol_error_wm)) | hw2reg.aer_uncor_status.dl_protocol_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_status_dl_protocol_error_q <= 1'h0;
    end else begin
      aer_uncor_status_dl_protocol_error_q <= aer_uncor_status_dl_protocol_error_d;
    end
  end
  assign reg2hw.aer_uncor_status.dl_protocol_error.q = aer_uncor_status_dl_protocol_error_q;

  // aer_uncor_mask.poisoned_tlp_egress_blocked (rw): a poisoned TLP was blocked on egress
  logic aer_uncor_mask_poisoned_tlp_egress_blocked_q, aer_uncor_mask_poisoned_tlp_egress_blocked_d, aer_uncor_mask_poisoned_tlp_egress_blocked_wm, aer_uncor_mask_poisoned_tlp_egress_blocked_wd;
  logic aer_uncor_mask_poisoned_tlp_egress_blocked_wv;  // value after the write
  logic aer_uncor_mask_poisoned_tlp_egress_blocked_qe_q, aer_uncor_mask_poisoned_tlp_egress_blocked_qe_d;
  assign aer_uncor_mask_poisoned_tlp_egress_blocked_wm = aer_uncor_mask_wsel & wr_bmask[26];
  assign aer_uncor_mask_poisoned_tlp_egress_blocked_wd = wr_data[26];
  assign aer_uncor_mask_poisoned_tlp_egress_blocked_wv = (aer_uncor_mask_poisoned_tlp_egress_blocked_q & ~aer_uncor_mask_poisoned_tlp_egress_blocked_wm) | (aer_uncor_mask_poisoned_tlp_egress_blocked_wd & aer_uncor_mask_poisoned_tlp_egress_blocked_wm);
  assign aer_uncor_mask_poisoned_tlp_egress_blocked_d    = aer_uncor_mask_poisoned_tlp_egress_blocked_wv;
  assign aer_uncor_mask_poisoned_tlp_egress_blocked_qe_d = |aer_uncor_mask_poisoned_tlp_egress_blocked_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_poisoned_tlp_egress_blocked_q <= 1'h1;
      aer_uncor_mask_poisoned_tlp_egress_blocked_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_poisoned_tlp_egress_blocked_q <= aer_uncor_mask_poisoned_tlp_egress_blocked_d;
      aer_uncor_mask_poisoned_tlp_egress_blocked_qe_q <= aer_uncor_mask_poisoned_tlp_egress_blocked_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.poisoned_tlp_egress_blocked.q = aer_uncor_mask_poisoned_tlp_egress_blocked_q;
  assign reg2hw.aer_uncor_mask.poisoned_tlp_egress_blocked.qe = aer_uncor_mask_poisoned_tlp_egress_blocked_qe_q;

  // aer_uncor_mask.tlp_prefix_blocked (rw): a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
  logic aer_uncor_mask_tlp_prefix_blocked_q, aer_uncor_mask_tlp_prefix_blocked_d, aer_uncor_mask_tlp_prefix_blocked_wm, aer_uncor_mask_tlp_prefix_blocked_wd;
  logic aer_uncor_mask_tlp_prefix_blocked_wv;  // value after the write
  logic aer_uncor_mask_tlp_prefix_blocked_qe_q, aer_uncor_mask_tlp_prefix_blocked_qe_d;
  assign aer_uncor_mask_tlp_prefix_blocked_wm = aer_uncor_mask_wsel & wr_bmask[25];
  assign aer_uncor_mask_tlp_prefix_blocked_wd = wr_data[25];
  assign aer_uncor_mask_tlp_prefix_blocked_wv = (aer_uncor_mask_tlp_prefix_blocked_q & ~aer_uncor_mask_tlp_prefix_blocked_wm) | (aer_uncor_mask_tlp_prefix_blocked_wd & aer_uncor_mask_tlp_prefix_blocked_wm);
  assign aer_uncor_mask_tlp_prefix_blocked_d    = aer_uncor_mask_tlp_prefix_blocked_wv;
  assign aer_uncor_mask_tlp_prefix_blocked_qe_d = |aer_uncor_mask_tlp_prefix_blocked_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_tlp_prefix_blocked_q <= 1'h0;
      aer_uncor_mask_tlp_prefix_blocked_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_tlp_prefix_blocked_q <= aer_uncor_mask_tlp_prefix_blocked_d;
      aer_uncor_mask_tlp_prefix_blocked_qe_q <= aer_uncor_mask_tlp_prefix_blocked_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.tlp_prefix_blocked.q = aer_uncor_mask_tlp_prefix_blocked_q;
  assign reg2hw.aer_uncor_mask.tlp_prefix_blocked.qe = aer_uncor_mask_tlp_prefix_blocked_qe_q;

  // aer_uncor_mask.atomic_op_egress_blocked (rw): an AtomicOp was blocked on egress
  logic aer_uncor_mask_atomic_op_egress_blocked_q, aer_uncor_mask_atomic_op_egress_blocked_d, aer_uncor_mask_atomic_op_egress_blocked_wm, aer_uncor_mask_atomic_op_egress_blocked_wd;
  logic aer_uncor_mask_atomic_op_egress_blocked_wv;  // value after the write
  logic aer_uncor_mask_atomic_op_egress_blocked_qe_q, aer_uncor_mask_atomic_op_egress_blocked_qe_d;
  assign aer_uncor_mask_atomic_op_egress_blocked_wm = aer_uncor_mask_wsel & wr_bmask[24];
  assign aer_uncor_mask_atomic_op_egress_blocked_wd = wr_data[24];
  assign aer_uncor_mask_atomic_op_egress_blocked_wv = (aer_uncor_mask_atomic_op_egress_blocked_q & ~aer_uncor_mask_atomic_op_egress_blocked_wm) | (aer_uncor_mask_atomic_op_egress_blocked_wd & aer_uncor_mask_atomic_op_egress_blocked_wm);
  assign aer_uncor_mask_atomic_op_egress_blocked_d    = aer_uncor_mask_atomic_op_egress_blocked_wv;
  assign aer_uncor_mask_atomic_op_egress_blocked_qe_d = |aer_uncor_mask_atomic_op_egress_blocked_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_atomic_op_egress_blocked_q <= 1'h0;
      aer_uncor_mask_atomic_op_egress_blocked_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_atomic_op_egress_blocked_q <= aer_uncor_mask_atomic_op_egress_blocked_d;
      aer_uncor_mask_atomic_op_egress_blocked_qe_q <= aer_uncor_mask_atomic_op_egress_blocked_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.atomic_op_egress_blocked.q = aer_uncor_mask_atomic_op_egress_blocked_q;
  assign reg2hw.aer_uncor_mask.atomic_op_egress_blocked.qe = aer_uncor_mask_atomic_op_egress_blocked_qe_q;

  // aer_uncor_mask.mc_blocked_tlp (rw): a multicast TLP was blocked
  logic aer_uncor_mask_mc_blocked_tlp_q, aer_uncor_mask_mc_blocked_tlp_d, aer_uncor_mask_mc_blocked_tlp_wm, aer_uncor_mask_mc_blocked_tlp_wd;
  logic aer_uncor_mask_mc_blocked_tlp_wv;  // value after the write
  logic aer_uncor_mask_mc_blocked_tlp_qe_q, aer_uncor_mask_mc_blocked_tlp_qe_d;
  assign aer_uncor_mask_mc_blocked_tlp_wm = aer_uncor_mask_wsel & wr_bmask[23];
  assign aer_uncor_mask_mc_blocked_tlp_wd = wr_data[23];
  assign aer_uncor_mask_mc_blocked_tlp_wv = (aer_uncor_mask_mc_blocked_tlp_q & ~aer_uncor_mask_mc_blocked_tlp_wm) | (aer_uncor_mask_mc_blocked_tlp_wd & aer_uncor_mask_mc_blocked_tlp_wm);
  assign aer_uncor_mask_mc_blocked_tlp_d    = aer_uncor_mask_mc_blocked_tlp_wv;
  assign aer_uncor_mask_mc_blocked_tlp_qe_d = |aer_uncor_mask_mc_blocked_tlp_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_mc_blocked_tlp_q <= 1'h0;
      aer_uncor_mask_mc_blocked_tlp_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_mc_blocked_tlp_q <= aer_uncor_mask_mc_blocked_tlp_d;
      aer_uncor_mask_mc_blocked_tlp_qe_q <= aer_uncor_mask_mc_blocked_tlp_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.mc_blocked_tlp.q = aer_uncor_mask_mc_blocked_tlp_q;
  assign reg2hw.aer_uncor_mask.mc_blocked_tlp.qe = aer_uncor_mask_mc_blocked_tlp_qe_q;

  // aer_uncor_mask.internal_error (rw): uncorrectable internal error
  logic aer_uncor_mask_internal_error_q, aer_uncor_mask_internal_error_d, aer_uncor_mask_internal_error_wm, aer_uncor_mask_internal_error_wd;
  logic aer_uncor_mask_internal_error_wv;  // value after the write
  logic aer_uncor_mask_internal_error_qe_q, aer_uncor_mask_internal_error_qe_d;
  assign aer_uncor_mask_internal_error_wm = aer_uncor_mask_wsel & wr_bmask[22];
  assign aer_uncor_mask_internal_error_wd = wr_data[22];
  assign aer_uncor_mask_internal_error_wv = (aer_uncor_mask_internal_error_q & ~aer_uncor_mask_internal_error_wm) | (aer_uncor_mask_internal_error_wd & aer_uncor_mask_internal_error_wm);
  assign aer_uncor_mask_internal_error_d    = aer_uncor_mask_internal_error_wv;
  assign aer_uncor_mask_internal_error_qe_d = |aer_uncor_mask_internal_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_internal_error_q <= 1'h1;
      aer_uncor_mask_internal_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_internal_error_q <= aer_uncor_mask_internal_error_d;
      aer_uncor_mask_internal_error_qe_q <= aer_uncor_mask_internal_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.internal_error.q = aer_uncor_mask_internal_error_q;
  assign reg2hw.aer_uncor_mask.internal_error.qe = aer_uncor_mask_internal_error_qe_q;

  // aer_uncor_mask.acs_violation (rw): a request violated an enabled ACS control
  logic aer_uncor_mask_acs_violation_q, aer_uncor_mask_acs_violation_d, aer_uncor_mask_acs_violation_wm, aer_uncor_mask_acs_violation_wd;
  logic aer_uncor_mask_acs_violation_wv;  // value after the write
  logic aer_uncor_mask_acs_violation_qe_q, aer_uncor_mask_acs_violation_qe_d;
  assign aer_uncor_mask_acs_violation_wm = aer_uncor_mask_wsel & wr_bmask[21];
  assign aer_uncor_mask_acs_violation_wd = wr_data[21];
  assign aer_uncor_mask_acs_violation_wv = (aer_uncor_mask_acs_violation_q & ~aer_uncor_mask_acs_violation_wm) | (aer_uncor_mask_acs_violation_wd & aer_uncor_mask_acs_violation_wm);
  assign aer_uncor_mask_acs_violation_d    = aer_uncor_mask_acs_violation_wv;
  assign aer_uncor_mask_acs_violation_qe_d = |aer_uncor_mask_acs_violation_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_acs_violation_q <= 1'h0;
      aer_uncor_mask_acs_violation_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_acs_violation_q <= aer_uncor_mask_acs_violation_d;
      aer_uncor_mask_acs_violation_qe_q <= aer_uncor_mask_acs_violation_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.acs_violation.q = aer_uncor_mask_acs_violation_q;
  assign reg2hw.aer_uncor_mask.acs_violation.qe = aer_uncor_mask_acs_violation_qe_q;

  // aer_uncor_mask.unsupported_request (rw): an Unsupported Request was received
  logic aer_uncor_mask_unsupported_request_q, aer_uncor_mask_unsupported_request_d, aer_uncor_mask_unsupported_request_wm, aer_uncor_mask_unsupported_request_wd;
  logic aer_uncor_mask_unsupported_request_wv;  // value after the write
  logic aer_uncor_mask_unsupported_request_qe_q, aer_uncor_mask_unsupported_request_qe_d;
  assign aer_uncor_mask_unsupported_request_wm = aer_uncor_mask_wsel & wr_bmask[20];
  assign aer_uncor_mask_unsupported_request_wd = wr_data[20];
  assign aer_uncor_mask_unsupported_request_wv = (aer_uncor_mask_unsupported_request_q & ~aer_uncor_mask_unsupported_request_wm) | (aer_uncor_mask_unsupported_request_wd & aer_uncor_mask_unsupported_request_wm);
  assign aer_uncor_mask_unsupported_request_d    = aer_uncor_mask_unsupported_request_wv;
  assign aer_uncor_mask_unsupported_request_qe_d = |aer_uncor_mask_unsupported_request_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_unsupported_request_q <= 1'h0;
      aer_uncor_mask_unsupported_request_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_unsupported_request_q <= aer_uncor_mask_unsupported_request_d;
      aer_uncor_mask_unsupported_request_qe_q <= aer_uncor_mask_unsupported_request_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.unsupported_request.q = aer_uncor_mask_unsupported_request_q;
  assign reg2hw.aer_uncor_mask.unsupported_request.qe = aer_uncor_mask_unsupported_request_qe_q;

  // aer_uncor_mask.ecrc_error (rw): ECRC check failed
  logic aer_uncor_mask_ecrc_error_q, aer_uncor_mask_ecrc_error_d, aer_uncor_mask_ecrc_error_wm, aer_uncor_mask_ecrc_error_wd;
  logic aer_uncor_mask_ecrc_error_wv;  // value after the write
  logic aer_uncor_mask_ecrc_error_qe_q, aer_uncor_mask_ecrc_error_qe_d;
  assign aer_uncor_mask_ecrc_error_wm = aer_uncor_mask_wsel & wr_bmask[19];
  assign aer_uncor_mask_ecrc_error_wd = wr_data[19];
  assign aer_uncor_mask_ecrc_error_wv = (aer_uncor_mask_ecrc_error_q & ~aer_uncor_mask_ecrc_error_wm) | (aer_uncor_mask_ecrc_error_wd & aer_uncor_mask_ecrc_error_wm);
  assign aer_uncor_mask_ecrc_error_d    = aer_uncor_mask_ecrc_error_wv;
  assign aer_uncor_mask_ecrc_error_qe_d = |aer_uncor_mask_ecrc_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_ecrc_error_q <= 1'h0;
      aer_uncor_mask_ecrc_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_ecrc_error_q <= aer_uncor_mask_ecrc_error_d;
      aer_uncor_mask_ecrc_error_qe_q <= aer_uncor_mask_ecrc_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.ecrc_error.q = aer_uncor_mask_ecrc_error_q;
  assign reg2hw.aer_uncor_mask.ecrc_error.qe = aer_uncor_mask_ecrc_error_qe_q;

  // aer_uncor_mask.malformed_tlp (rw): a malformed TLP was received
  logic aer_uncor_mask_malformed_tlp_q, aer_uncor_mask_malformed_tlp_d, aer_uncor_mask_malformed_tlp_wm, aer_uncor_mask_malformed_tlp_wd;
  logic aer_uncor_mask_malformed_tlp_wv;  // value after the write
  logic aer_uncor_mask_malformed_tlp_qe_q, aer_uncor_mask_malformed_tlp_qe_d;
  assign aer_uncor_mask_malformed_tlp_wm = aer_uncor_mask_wsel & wr_bmask[18];
  assign aer_uncor_mask_malformed_tlp_wd = wr_data[18];
  assign aer_uncor_mask_malformed_tlp_wv = (aer_uncor_mask_malformed_tlp_q & ~aer_uncor_mask_malformed_tlp_wm) | (aer_uncor_mask_malformed_tlp_wd & aer_uncor_mask_malformed_tlp_wm);
  assign aer_uncor_mask_malformed_tlp_d    = aer_uncor_mask_malformed_tlp_wv;
  assign aer_uncor_mask_malformed_tlp_qe_d = |aer_uncor_mask_malformed_tlp_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_malformed_tlp_q <= 1'h0;
      aer_uncor_mask_malformed_tlp_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_malformed_tlp_q <= aer_uncor_mask_malformed_tlp_d;
      aer_uncor_mask_malformed_tlp_qe_q <= aer_uncor_mask_malformed_tlp_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.malformed_tlp.q = aer_uncor_mask_malformed_tlp_q;
  assign reg2hw.aer_uncor_mask.malformed_tlp.qe = aer_uncor_mask_malformed_tlp_qe_q;

  // aer_uncor_mask.receiver_overflow (rw): a receive buffer overflowed
  logic aer_uncor_mask_receiver_overflow_q, aer_uncor_mask_receiver_overflow_d, aer_uncor_mask_receiver_overflow_wm, aer_uncor_mask_receiver_overflow_wd;
  logic aer_uncor_mask_receiver_overflow_wv;  // value after the write
  logic aer_uncor_mask_receiver_overflow_qe_q, aer_uncor_mask_receiver_overflow_qe_d;
  assign aer_uncor_mask_receiver_overflow_wm = aer_uncor_mask_wsel & wr_bmask[17];
  assign aer_uncor_mask_receiver_overflow_wd = wr_data[17];
  assign aer_uncor_mask_receiver_overflow_wv = (aer_uncor_mask_receiver_overflow_q & ~aer_uncor_mask_receiver_overflow_wm) | (aer_uncor_mask_receiver_overflow_wd & aer_uncor_mask_receiver_overflow_wm);
  assign aer_uncor_mask_receiver_overflow_d    = aer_uncor_mask_receiver_overflow_wv;
  assign aer_uncor_mask_receiver_overflow_qe_d = |aer_uncor_mask_receiver_overflow_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_receiver_overflow_q <= 1'h0;
      aer_uncor_mask_receiver_overflow_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_receiver_overflow_q <= aer_uncor_mask_receiver_overflow_d;
      aer_uncor_mask_receiver_overflow_qe_q <= aer_uncor_mask_receiver_overflow_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.receiver_overflow.q = aer_uncor_mask_receiver_overflow_q;
  assign reg2hw.aer_uncor_mask.receiver_overflow.qe = aer_uncor_mask_receiver_overflow_qe_q;

  // aer_uncor_mask.unexpected_completion (rw): a completion matched no outstanding request
  logic aer_uncor_mask_unexpected_completion_q, aer_uncor_mask_unexpected_completion_d, aer_uncor_mask_unexpected_completion_wm, aer_uncor_mask_unexpected_completion_wd;
  logic aer_uncor_mask_unexpected_completion_wv;  // value after the write
  logic aer_uncor_mask_unexpected_completion_qe_q, aer_uncor_mask_unexpected_completion_qe_d;
  assign aer_uncor_mask_unexpected_completion_wm = aer_uncor_mask_wsel & wr_bmask[16];
  assign aer_uncor_mask_unexpected_completion_wd = wr_data[16];
  assign aer_uncor_mask_unexpected_completion_wv = (aer_uncor_mask_unexpected_completion_q & ~aer_uncor_mask_unexpected_completion_wm) | (aer_uncor_mask_unexpected_completion_wd & aer_uncor_mask_unexpected_completion_wm);
  assign aer_uncor_mask_unexpected_completion_d    = aer_uncor_mask_unexpected_completion_wv;
  assign aer_uncor_mask_unexpected_completion_qe_d = |aer_uncor_mask_unexpected_completion_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_unexpected_completion_q <= 1'h0;
      aer_uncor_mask_unexpected_completion_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_unexpected_completion_q <= aer_uncor_mask_unexpected_completion_d;
      aer_uncor_mask_unexpected_completion_qe_q <= aer_uncor_mask_unexpected_completion_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.unexpected_completion.q = aer_uncor_mask_unexpected_completion_q;
  assign reg2hw.aer_uncor_mask.unexpected_completion.qe = aer_uncor_mask_unexpected_completion_qe_q;

  // aer_uncor_mask.completer_abort (rw): the port completed a request with CA
  logic aer_uncor_mask_completer_abort_q, aer_uncor_mask_completer_abort_d, aer_uncor_mask_completer_abort_wm, aer_uncor_mask_completer_abort_wd;
  logic aer_uncor_mask_completer_abort_wv;  // value after the write
  logic aer_uncor_mask_completer_abort_qe_q, aer_uncor_mask_completer_abort_qe_d;
  assign aer_uncor_mask_completer_abort_wm = aer_uncor_mask_wsel & wr_bmask[15];
  assign aer_uncor_mask_completer_abort_wd = wr_data[15];
  assign aer_uncor_mask_completer_abort_wv = (aer_uncor_mask_completer_abort_q & ~aer_uncor_mask_completer_abort_wm) | (aer_uncor_mask_completer_abort_wd & aer_uncor_mask_completer_abort_wm);
  assign aer_uncor_mask_completer_abort_d    = aer_uncor_mask_completer_abort_wv;
  assign aer_uncor_mask_completer_abort_qe_d = |aer_uncor_mask_completer_abort_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_completer_abort_q <= 1'h0;
      aer_uncor_mask_completer_abort_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_completer_abort_q <= aer_uncor_mask_completer_abort_d;
      aer_uncor_mask_completer_abort_qe_q <= aer_uncor_mask_completer_abort_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.completer_abort.q = aer_uncor_mask_completer_abort_q;
  assign reg2hw.aer_uncor_mask.completer_abort.qe = aer_uncor_mask_completer_abort_qe_q;

  // aer_uncor_mask.completion_timeout (rw): a request of the port timed out
  logic aer_uncor_mask_completion_timeout_q, aer_uncor_mask_completion_timeout_d, aer_uncor_mask_completion_timeout_wm, aer_uncor_mask_completion_timeout_wd;
  logic aer_uncor_mask_completion_timeout_wv;  // value after the write
  logic aer_uncor_mask_completion_timeout_qe_q, aer_uncor_mask_completion_timeout_qe_d;
  assign aer_uncor_mask_completion_timeout_wm = aer_uncor_mask_wsel & wr_bmask[14];
  assign aer_uncor_mask_completion_timeout_wd = wr_data[14];
  assign aer_uncor_mask_completion_timeout_wv = (aer_uncor_mask_completion_timeout_q & ~aer_uncor_mask_completion_timeout_wm) | (aer_uncor_mask_completion_timeout_wd & aer_uncor_mask_completion_timeout_wm);
  assign aer_uncor_mask_completion_timeout_d    = aer_uncor_mask_completion_timeout_wv;
  assign aer_uncor_mask_completion_timeout_qe_d = |aer_uncor_mask_completion_timeout_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_completion_timeout_q <= 1'h0;
      aer_uncor_mask_completion_timeout_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_completion_timeout_q <= aer_uncor_mask_completion_timeout_d;
      aer_uncor_mask_completion_timeout_qe_q <= aer_uncor_mask_completion_timeout_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.completion_timeout.q = aer_uncor_mask_completion_timeout_q;
  assign reg2hw.aer_uncor_mask.completion_timeout.qe = aer_uncor_mask_completion_timeout_qe_q;

  // aer_uncor_mask.fc_protocol_error (rw): flow control protocol error
  logic aer_uncor_mask_fc_protocol_error_q, aer_uncor_mask_fc_protocol_error_d, aer_uncor_mask_fc_protocol_error_wm, aer_uncor_mask_fc_protocol_error_wd;
  logic aer_uncor_mask_fc_protocol_error_wv;  // value after the write
  logic aer_uncor_mask_fc_protocol_error_qe_q, aer_uncor_mask_fc_protocol_error_qe_d;
  assign aer_uncor_mask_fc_protocol_error_wm = aer_uncor_mask_wsel & wr_bmask[13];
  assign aer_uncor_mask_fc_protocol_error_wd = wr_data[13];
  assign aer_uncor_mask_fc_protocol_error_wv = (aer_uncor_mask_fc_protocol_error_q & ~aer_uncor_mask_fc_protocol_error_wm) | (aer_uncor_mask_fc_protocol_error_wd & aer_uncor_mask_fc_protocol_error_wm);
  assign aer_uncor_mask_fc_protocol_error_d    = aer_uncor_mask_fc_protocol_error_wv;
  assign aer_uncor_mask_fc_protocol_error_qe_d = |aer_uncor_mask_fc_protocol_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_fc_protocol_error_q <= 1'h0;
      aer_uncor_mask_fc_protocol_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_fc_protocol_error_q <= aer_uncor_mask_fc_protocol_error_d;
      aer_uncor_mask_fc_protocol_error_qe_q <= aer_uncor_mask_fc_protocol_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.fc_protocol_error.q = aer_uncor_mask_fc_protocol_error_q;
  assign reg2hw.aer_uncor_mask.fc_protocol_error.qe = aer_uncor_mask_fc_protocol_error_qe_q;

  // aer_uncor_mask.poisoned_tlp_received (rw): a poisoned TLP was received
  logic aer_uncor_mask_poisoned_tlp_received_q, aer_uncor_mask_poisoned_tlp_received_d, aer_uncor_mask_poisoned_tlp_received_wm, aer_uncor_mask_poisoned_tlp_received_wd;
  logic aer_uncor_mask_poisoned_tlp_received_wv;  // value after the write
  logic aer_uncor_mask_poisoned_tlp_received_qe_q, aer_uncor_mask_poisoned_tlp_received_qe_d;
  assign aer_uncor_mask_poisoned_tlp_received_wm = aer_uncor_mask_wsel & wr_bmask[12];
  assign aer_uncor_mask_poisoned_tlp_received_wd = wr_data[12];
  assign aer_uncor_mask_poisoned_tlp_received_wv = (aer_uncor_mask_poisoned_tlp_received_q & ~aer_uncor_mask_poisoned_tlp_received_wm) | (aer_uncor_mask_poisoned_tlp_received_wd & aer_uncor_mask_poisoned_tlp_received_wm);
  assign aer_uncor_mask_poisoned_tlp_received_d    = aer_uncor_mask_poisoned_tlp_received_wv;
  assign aer_uncor_mask_poisoned_tlp_received_qe_d = |aer_uncor_mask_poisoned_tlp_received_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_poisoned_tlp_received_q <= 1'h0;
      aer_uncor_mask_poisoned_tlp_received_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_poisoned_tlp_received_q <= aer_uncor_mask_poisoned_tlp_received_d;
      aer_uncor_mask_poisoned_tlp_received_qe_q <= aer_uncor_mask_poisoned_tlp_received_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.poisoned_tlp_received.q = aer_uncor_mask_poisoned_tlp_received_q;
  assign reg2hw.aer_uncor_mask.poisoned_tlp_received.qe = aer_uncor_mask_poisoned_tlp_received_qe_q;

  // aer_uncor_mask.surprise_down_error (rw): the link went down unexpectedly
  logic aer_uncor_mask_surprise_down_error_q, aer_uncor_mask_surprise_down_error_d, aer_uncor_mask_surprise_down_error_wm, aer_uncor_mask_surprise_down_error_wd;
  logic aer_uncor_mask_surprise_down_error_wv;  // value after the write
  logic aer_uncor_mask_surprise_down_error_qe_q, aer_uncor_mask_surprise_down_error_qe_d;
  assign aer_uncor_mask_surprise_down_error_wm = aer_uncor_mask_wsel & wr_bmask[5];
  assign aer_uncor_mask_surprise_down_error_wd = wr_data[5];
  assign aer_uncor_mask_surprise_down_error_wv = (aer_uncor_mask_surprise_down_error_q & ~aer_uncor_mask_surprise_down_error_wm) | (aer_uncor_mask_surprise_down_error_wd & aer_uncor_mask_surprise_down_error_wm);
  assign aer_uncor_mask_surprise_down_error_d    = aer_uncor_mask_surprise_down_error_wv;
  assign aer_uncor_mask_surprise_down_error_qe_d = |aer_uncor_mask_surprise_down_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_surprise_down_error_q <= 1'h0;
      aer_uncor_mask_surprise_down_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_surprise_down_error_q <= aer_uncor_mask_surprise_down_error_d;
      aer_uncor_mask_surprise_down_error_qe_q <= aer_uncor_mask_surprise_down_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.surprise_down_error.q = aer_uncor_mask_surprise_down_error_q;
  assign reg2hw.aer_uncor_mask.surprise_down_error.qe = aer_uncor_mask_surprise_down_error_qe_q;

  // aer_uncor_mask.dl_protocol_error (rw): Data Link Layer protocol error
  logic aer_uncor_mask_dl_protocol_error_q, aer_uncor_mask_dl_protocol_error_d, aer_uncor_mask_dl_protocol_error_wm, aer_uncor_mask_dl_protocol_error_wd;
  logic aer_uncor_mask_dl_protocol_error_wv;  // value after the write
  logic aer_uncor_mask_dl_protocol_error_qe_q, aer_uncor_mask_dl_protocol_error_qe_d;
  assign aer_uncor_mask_dl_protocol_error_wm = aer_uncor_mask_wsel & wr_bmask[4];
  assign aer_uncor_mask_dl_protocol_error_wd = wr_data[4];
  assign aer_uncor_mask_dl_protocol_error_wv = (aer_uncor_mask_dl_protocol_error_q & ~aer_uncor_mask_dl_protocol_error_wm) | (aer_uncor_mask_dl_protocol_error_wd & aer_uncor_mask_dl_protocol_error_wm);
  assign aer_uncor_mask_dl_protocol_error_d    = aer_uncor_mask_dl_protocol_error_wv;
  assign aer_uncor_mask_dl_protocol_error_qe_d = |aer_uncor_mask_dl_protocol_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_mask_dl_protocol_error_q <= 1'h0;
      aer_uncor_mask_dl_protocol_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_mask_dl_protocol_error_q <= aer_uncor_mask_dl_protocol_error_d;
      aer_uncor_mask_dl_protocol_error_qe_q <= aer_uncor_mask_dl_protocol_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_mask.dl_protocol_error.q = aer_uncor_mask_dl_protocol_error_q;
  assign reg2hw.aer_uncor_mask.dl_protocol_error.qe = aer_uncor_mask_dl_protocol_error_qe_q;

  // aer_uncor_severity.poisoned_tlp_egress_blocked (rw): a poisoned TLP was blocked on egress
  logic aer_uncor_severity_poisoned_tlp_egress_blocked_q, aer_uncor_severity_poisoned_tlp_egress_blocked_d, aer_uncor_severity_poisoned_tlp_egress_blocked_wm, aer_uncor_severity_poisoned_tlp_egress_blocked_wd;
  logic aer_uncor_severity_poisoned_tlp_egress_blocked_wv;  // value after the write
  logic aer_uncor_severity_poisoned_tlp_egress_blocked_qe_q, aer_uncor_severity_poisoned_tlp_egress_blocked_qe_d;
  assign aer_uncor_severity_poisoned_tlp_egress_blocked_wm = aer_uncor_severity_wsel & wr_bmask[26];
  assign aer_uncor_severity_poisoned_tlp_egress_blocked_wd = wr_data[26];
  assign aer_uncor_severity_poisoned_tlp_egress_blocked_wv = (aer_uncor_severity_poisoned_tlp_egress_blocked_q & ~aer_uncor_severity_poisoned_tlp_egress_blocked_wm) | (aer_uncor_severity_poisoned_tlp_egress_blocked_wd & aer_uncor_severity_poisoned_tlp_egress_blocked_wm);
  assign aer_uncor_severity_poisoned_tlp_egress_blocked_d    = aer_uncor_severity_poisoned_tlp_egress_blocked_wv;
  assign aer_uncor_severity_poisoned_tlp_egress_blocked_qe_d = |aer_uncor_severity_poisoned_tlp_egress_blocked_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_poisoned_tlp_egress_blocked_q <= 1'h0;
      aer_uncor_severity_poisoned_tlp_egress_blocked_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_poisoned_tlp_egress_blocked_q <= aer_uncor_severity_poisoned_tlp_egress_blocked_d;
      aer_uncor_severity_poisoned_tlp_egress_blocked_qe_q <= aer_uncor_severity_poisoned_tlp_egress_blocked_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.poisoned_tlp_egress_blocked.q = aer_uncor_severity_poisoned_tlp_egress_blocked_q;
  assign reg2hw.aer_uncor_severity.poisoned_tlp_egress_blocked.qe = aer_uncor_severity_poisoned_tlp_egress_blocked_qe_q;

  // aer_uncor_severity.tlp_prefix_blocked (rw): a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
  logic aer_uncor_severity_tlp_prefix_blocked_q, aer_uncor_severity_tlp_prefix_blocked_d, aer_uncor_severity_tlp_prefix_blocked_wm, aer_uncor_severity_tlp_prefix_blocked_wd;
  logic aer_uncor_severity_tlp_prefix_blocked_wv;  // value after the write
  logic aer_uncor_severity_tlp_prefix_blocked_qe_q, aer_uncor_severity_tlp_prefix_blocked_qe_d;
  assign aer_uncor_severity_tlp_prefix_blocked_wm = aer_uncor_severity_wsel & wr_bmask[25];
  assign aer_uncor_severity_tlp_prefix_blocked_wd = wr_data[25];
  assign aer_uncor_severity_tlp_prefix_blocked_wv = (aer_uncor_severity_tlp_prefix_blocked_q & ~aer_uncor_severity_tlp_prefix_blocked_wm) | (aer_uncor_severity_tlp_prefix_blocked_wd & aer_uncor_severity_tlp_prefix_blocked_wm);
  assign aer_uncor_severity_tlp_prefix_blocked_d    = aer_uncor_severity_tlp_prefix_blocked_wv;
  assign aer_uncor_severity_tlp_prefix_blocked_qe_d = |aer_uncor_severity_tlp_prefix_blocked_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_tlp_prefix_blocked_q <= 1'h0;
      aer_uncor_severity_tlp_prefix_blocked_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_tlp_prefix_blocked_q <= aer_uncor_severity_tlp_prefix_blocked_d;
      aer_uncor_severity_tlp_prefix_blocked_qe_q <= aer_uncor_severity_tlp_prefix_blocked_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.tlp_prefix_blocked.q = aer_uncor_severity_tlp_prefix_blocked_q;
  assign reg2hw.aer_uncor_severity.tlp_prefix_blocked.qe = aer_uncor_severity_tlp_prefix_blocked_qe_q;

  // aer_uncor_severity.atomic_op_egress_blocked (rw): an AtomicOp was blocked on egress
  logic aer_uncor_severity_atomic_op_egress_blocked_q, aer_uncor_severity_atomic_op_egress_blocked_d, aer_uncor_severity_atomic_op_egress_blocked_wm, aer_uncor_severity_atomic_op_egress_blocked_wd;
  logic aer_uncor_severity_atomic_op_egress_blocked_wv;  // value after the write
  logic aer_uncor_severity_atomic_op_egress_blocked_qe_q, aer_uncor_severity_atomic_op_egress_blocked_qe_d;
  assign aer_uncor_severity_atomic_op_egress_blocked_wm = aer_uncor_severity_wsel & wr_bmask[24];
  assign aer_uncor_severity_atomic_op_egress_blocked_wd = wr_data[24];
  assign aer_uncor_severity_atomic_op_egress_blocked_wv = (aer_uncor_severity_atomic_op_egress_blocked_q & ~aer_uncor_severity_atomic_op_egress_blocked_wm) | (aer_uncor_severity_atomic_op_egress_blocked_wd & aer_uncor_severity_atomic_op_egress_blocked_wm);
  assign aer_uncor_severity_atomic_op_egress_blocked_d    = aer_uncor_severity_atomic_op_egress_blocked_wv;
  assign aer_uncor_severity_atomic_op_egress_blocked_qe_d = |aer_uncor_severity_atomic_op_egress_blocked_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_atomic_op_egress_blocked_q <= 1'h0;
      aer_uncor_severity_atomic_op_egress_blocked_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_atomic_op_egress_blocked_q <= aer_uncor_severity_atomic_op_egress_blocked_d;
      aer_uncor_severity_atomic_op_egress_blocked_qe_q <= aer_uncor_severity_atomic_op_egress_blocked_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.atomic_op_egress_blocked.q = aer_uncor_severity_atomic_op_egress_blocked_q;
  assign reg2hw.aer_uncor_severity.atomic_op_egress_blocked.qe = aer_uncor_severity_atomic_op_egress_blocked_qe_q;

  // aer_uncor_severity.mc_blocked_tlp (rw): a multicast TLP was blocked
  logic aer_uncor_severity_mc_blocked_tlp_q, aer_uncor_severity_mc_blocked_tlp_d, aer_uncor_severity_mc_blocked_tlp_wm, aer_uncor_severity_mc_blocked_tlp_wd;
  logic aer_uncor_severity_mc_blocked_tlp_wv;  // value after the write
  logic aer_uncor_severity_mc_blocked_tlp_qe_q, aer_uncor_severity_mc_blocked_tlp_qe_d;
  assign aer_uncor_severity_mc_blocked_tlp_wm = aer_uncor_severity_wsel & wr_bmask[23];
  assign aer_uncor_severity_mc_blocked_tlp_wd = wr_data[23];
  assign aer_uncor_severity_mc_blocked_tlp_wv = (aer_uncor_severity_mc_blocked_tlp_q & ~aer_uncor_severity_mc_blocked_tlp_wm) | (aer_uncor_severity_mc_blocked_tlp_wd & aer_uncor_severity_mc_blocked_tlp_wm);
  assign aer_uncor_severity_mc_blocked_tlp_d    = aer_uncor_severity_mc_blocked_tlp_wv;
  assign aer_uncor_severity_mc_blocked_tlp_qe_d = |aer_uncor_severity_mc_blocked_tlp_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_mc_blocked_tlp_q <= 1'h0;
      aer_uncor_severity_mc_blocked_tlp_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_mc_blocked_tlp_q <= aer_uncor_severity_mc_blocked_tlp_d;
      aer_uncor_severity_mc_blocked_tlp_qe_q <= aer_uncor_severity_mc_blocked_tlp_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.mc_blocked_tlp.q = aer_uncor_severity_mc_blocked_tlp_q;
  assign reg2hw.aer_uncor_severity.mc_blocked_tlp.qe = aer_uncor_severity_mc_blocked_tlp_qe_q;

  // aer_uncor_severity.internal_error (rw): uncorrectable internal error
  logic aer_uncor_severity_internal_error_q, aer_uncor_severity_internal_error_d, aer_uncor_severity_internal_error_wm, aer_uncor_severity_internal_error_wd;
  logic aer_uncor_severity_internal_error_wv;  // value after the write
  logic aer_uncor_severity_internal_error_qe_q, aer_uncor_severity_internal_error_qe_d;
  assign aer_uncor_severity_internal_error_wm = aer_uncor_severity_wsel & wr_bmask[22];
  assign aer_uncor_severity_internal_error_wd = wr_data[22];
  assign aer_uncor_severity_internal_error_wv = (aer_uncor_severity_internal_error_q & ~aer_uncor_severity_internal_error_wm) | (aer_uncor_severity_internal_error_wd & aer_uncor_severity_internal_error_wm);
  assign aer_uncor_severity_internal_error_d    = aer_uncor_severity_internal_error_wv;
  assign aer_uncor_severity_internal_error_qe_d = |aer_uncor_severity_internal_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_internal_error_q <= 1'h1;
      aer_uncor_severity_internal_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_internal_error_q <= aer_uncor_severity_internal_error_d;
      aer_uncor_severity_internal_error_qe_q <= aer_uncor_severity_internal_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.internal_error.q = aer_uncor_severity_internal_error_q;
  assign reg2hw.aer_uncor_severity.internal_error.qe = aer_uncor_severity_internal_error_qe_q;

  // aer_uncor_severity.acs_violation (rw): a request violated an enabled ACS control
  logic aer_uncor_severity_acs_violation_q, aer_uncor_severity_acs_violation_d, aer_uncor_severity_acs_violation_wm, aer_uncor_severity_acs_violation_wd;
  logic aer_uncor_severity_acs_violation_wv;  // value after the write
  logic aer_uncor_severity_acs_violation_qe_q, aer_uncor_severity_acs_violation_qe_d;
  assign aer_uncor_severity_acs_violation_wm = aer_uncor_severity_wsel & wr_bmask[21];
  assign aer_uncor_severity_acs_violation_wd = wr_data[21];
  assign aer_uncor_severity_acs_violation_wv = (aer_uncor_severity_acs_violation_q & ~aer_uncor_severity_acs_violation_wm) | (aer_uncor_severity_acs_violation_wd & aer_uncor_severity_acs_violation_wm);
  assign aer_uncor_severity_acs_violation_d    = aer_uncor_severity_acs_violation_wv;
  assign aer_uncor_severity_acs_violation_qe_d = |aer_uncor_severity_acs_violation_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_acs_violation_q <= 1'h0;
      aer_uncor_severity_acs_violation_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_acs_violation_q <= aer_uncor_severity_acs_violation_d;
      aer_uncor_severity_acs_violation_qe_q <= aer_uncor_severity_acs_violation_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.acs_violation.q = aer_uncor_severity_acs_violation_q;
  assign reg2hw.aer_uncor_severity.acs_violation.qe = aer_uncor_severity_acs_violation_qe_q;

  // aer_uncor_severity.unsupported_request (rw): an Unsupported Request was received
  logic aer_uncor_severity_unsupported_request_q, aer_uncor_severity_unsupported_request_d, aer_uncor_severity_unsupported_request_wm, aer_uncor_severity_unsupported_request_wd;
  logic aer_uncor_severity_unsupported_request_wv;  // value after the write
  logic aer_uncor_severity_unsupported_request_qe_q, aer_uncor_severity_unsupported_request_qe_d;
  assign aer_uncor_severity_unsupported_request_wm = aer_uncor_severity_wsel & wr_bmask[20];
  assign aer_uncor_severity_unsupported_request_wd = wr_data[20];
  assign aer_uncor_severity_unsupported_request_wv = (aer_uncor_severity_unsupported_request_q & ~aer_uncor_severity_unsupported_request_wm) | (aer_uncor_severity_unsupported_request_wd & aer_uncor_severity_unsupported_request_wm);
  assign aer_uncor_severity_unsupported_request_d    = aer_uncor_severity_unsupported_request_wv;
  assign aer_uncor_severity_unsupported_request_qe_d = |aer_uncor_severity_unsupported_request_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_unsupported_request_q <= 1'h0;
      aer_uncor_severity_unsupported_request_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_unsupported_request_q <= aer_uncor_severity_unsupported_request_d;
      aer_uncor_severity_unsupported_request_qe_q <= aer_uncor_severity_unsupported_request_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.unsupported_request.q = aer_uncor_severity_unsupported_request_q;
  assign reg2hw.aer_uncor_severity.unsupported_request.qe = aer_uncor_severity_unsupported_request_qe_q;

  // aer_uncor_severity.ecrc_error (rw): ECRC check failed
  logic aer_uncor_severity_ecrc_error_q, aer_uncor_severity_ecrc_error_d, aer_uncor_severity_ecrc_error_wm, aer_uncor_severity_ecrc_error_wd;
  logic aer_uncor_severity_ecrc_error_wv;  // value after the write
  logic aer_uncor_severity_ecrc_error_qe_q, aer_uncor_severity_ecrc_error_qe_d;
  assign aer_uncor_severity_ecrc_error_wm = aer_uncor_severity_wsel & wr_bmask[19];
  assign aer_uncor_severity_ecrc_error_wd = wr_data[19];
  assign aer_uncor_severity_ecrc_error_wv = (aer_uncor_severity_ecrc_error_q & ~aer_uncor_severity_ecrc_error_wm) | (aer_uncor_severity_ecrc_error_wd & aer_uncor_severity_ecrc_error_wm);
  assign aer_uncor_severity_ecrc_error_d    = aer_uncor_severity_ecrc_error_wv;
  assign aer_uncor_severity_ecrc_error_qe_d = |aer_uncor_severity_ecrc_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_ecrc_error_q <= 1'h0;
      aer_uncor_severity_ecrc_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_ecrc_error_q <= aer_uncor_severity_ecrc_error_d;
      aer_uncor_severity_ecrc_error_qe_q <= aer_uncor_severity_ecrc_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.ecrc_error.q = aer_uncor_severity_ecrc_error_q;
  assign reg2hw.aer_uncor_severity.ecrc_error.qe = aer_uncor_severity_ecrc_error_qe_q;

  // aer_uncor_severity.malformed_tlp (rw): a malformed TLP was received
  logic aer_uncor_severity_malformed_tlp_q, aer_uncor_severity_malformed_tlp_d, aer_uncor_severity_malformed_tlp_wm, aer_uncor_severity_malformed_tlp_wd;
  logic aer_uncor_severity_malformed_tlp_wv;  // value after the write
  logic aer_uncor_severity_malformed_tlp_qe_q, aer_uncor_severity_malformed_tlp_qe_d;
  assign aer_uncor_severity_malformed_tlp_wm = aer_uncor_severity_wsel & wr_bmask[18];
  assign aer_uncor_severity_malformed_tlp_wd = wr_data[18];
  assign aer_uncor_severity_malformed_tlp_wv = (aer_uncor_severity_malformed_tlp_q & ~aer_uncor_severity_malformed_tlp_wm) | (aer_uncor_severity_malformed_tlp_wd & aer_uncor_severity_malformed_tlp_wm);
  assign aer_uncor_severity_malformed_tlp_d    = aer_uncor_severity_malformed_tlp_wv;
  assign aer_uncor_severity_malformed_tlp_qe_d = |aer_uncor_severity_malformed_tlp_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_malformed_tlp_q <= 1'h1;
      aer_uncor_severity_malformed_tlp_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_malformed_tlp_q <= aer_uncor_severity_malformed_tlp_d;
      aer_uncor_severity_malformed_tlp_qe_q <= aer_uncor_severity_malformed_tlp_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.malformed_tlp.q = aer_uncor_severity_malformed_tlp_q;
  assign reg2hw.aer_uncor_severity.malformed_tlp.qe = aer_uncor_severity_malformed_tlp_qe_q;

  // aer_uncor_severity.receiver_overflow (rw): a receive buffer overflowed
  logic aer_uncor_severity_receiver_overflow_q, aer_uncor_severity_receiver_overflow_d, aer_uncor_severity_receiver_overflow_wm, aer_uncor_severity_receiver_overflow_wd;
  logic aer_uncor_severity_receiver_overflow_wv;  // value after the write
  logic aer_uncor_severity_receiver_overflow_qe_q, aer_uncor_severity_receiver_overflow_qe_d;
  assign aer_uncor_severity_receiver_overflow_wm = aer_uncor_severity_wsel & wr_bmask[17];
  assign aer_uncor_severity_receiver_overflow_wd = wr_data[17];
  assign aer_uncor_severity_receiver_overflow_wv = (aer_uncor_severity_receiver_overflow_q & ~aer_uncor_severity_receiver_overflow_wm) | (aer_uncor_severity_receiver_overflow_wd & aer_uncor_severity_receiver_overflow_wm);
  assign aer_uncor_severity_receiver_overflow_d    = aer_uncor_severity_receiver_overflow_wv;
  assign aer_uncor_severity_receiver_overflow_qe_d = |aer_uncor_severity_receiver_overflow_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_receiver_overflow_q <= 1'h1;
      aer_uncor_severity_receiver_overflow_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_receiver_overflow_q <= aer_uncor_severity_receiver_overflow_d;
      aer_uncor_severity_receiver_overflow_qe_q <= aer_uncor_severity_receiver_overflow_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.receiver_overflow.q = aer_uncor_severity_receiver_overflow_q;
  assign reg2hw.aer_uncor_severity.receiver_overflow.qe = aer_uncor_severity_receiver_overflow_qe_q;

  // aer_uncor_severity.unexpected_completion (rw): a completion matched no outstanding request
  logic aer_uncor_severity_unexpected_completion_q, aer_uncor_severity_unexpected_completion_d, aer_uncor_severity_unexpected_completion_wm, aer_uncor_severity_unexpected_completion_wd;
  logic aer_uncor_severity_unexpected_completion_wv;  // value after the write
  logic aer_uncor_severity_unexpected_completion_qe_q, aer_uncor_severity_unexpected_completion_qe_d;
  assign aer_uncor_severity_unexpected_completion_wm = aer_uncor_severity_wsel & wr_bmask[16];
  assign aer_uncor_severity_unexpected_completion_wd = wr_data[16];
  assign aer_uncor_severity_unexpected_completion_wv = (aer_uncor_severity_unexpected_completion_q & ~aer_uncor_severity_unexpected_completion_wm) | (aer_uncor_severity_unexpected_completion_wd & aer_uncor_severity_unexpected_completion_wm);
  assign aer_uncor_severity_unexpected_completion_d    = aer_uncor_severity_unexpected_completion_wv;
  assign aer_uncor_severity_unexpected_completion_qe_d = |aer_uncor_severity_unexpected_completion_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_unexpected_completion_q <= 1'h0;
      aer_uncor_severity_unexpected_completion_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_unexpected_completion_q <= aer_uncor_severity_unexpected_completion_d;
      aer_uncor_severity_unexpected_completion_qe_q <= aer_uncor_severity_unexpected_completion_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.unexpected_completion.q = aer_uncor_severity_unexpected_completion_q;
  assign reg2hw.aer_uncor_severity.unexpected_completion.qe = aer_uncor_severity_unexpected_completion_qe_q;

  // aer_uncor_severity.completer_abort (rw): the port completed a request with CA
  logic aer_uncor_severity_completer_abort_q, aer_uncor_severity_completer_abort_d, aer_uncor_severity_completer_abort_wm, aer_uncor_severity_completer_abort_wd;
  logic aer_uncor_severity_completer_abort_wv;  // value after the write
  logic aer_uncor_severity_completer_abort_qe_q, aer_uncor_severity_completer_abort_qe_d;
  assign aer_uncor_severity_completer_abort_wm = aer_uncor_severity_wsel & wr_bmask[15];
  assign aer_uncor_severity_completer_abort_wd = wr_data[15];
  assign aer_uncor_severity_completer_abort_wv = (aer_uncor_severity_completer_abort_q & ~aer_uncor_severity_completer_abort_wm) | (aer_uncor_severity_completer_abort_wd & aer_uncor_severity_completer_abort_wm);
  assign aer_uncor_severity_completer_abort_d    = aer_uncor_severity_completer_abort_wv;
  assign aer_uncor_severity_completer_abort_qe_d = |aer_uncor_severity_completer_abort_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_completer_abort_q <= 1'h0;
      aer_uncor_severity_completer_abort_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_completer_abort_q <= aer_uncor_severity_completer_abort_d;
      aer_uncor_severity_completer_abort_qe_q <= aer_uncor_severity_completer_abort_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.completer_abort.q = aer_uncor_severity_completer_abort_q;
  assign reg2hw.aer_uncor_severity.completer_abort.qe = aer_uncor_severity_completer_abort_qe_q;

  // aer_uncor_severity.completion_timeout (rw): a request of the port timed out
  logic aer_uncor_severity_completion_timeout_q, aer_uncor_severity_completion_timeout_d, aer_uncor_severity_completion_timeout_wm, aer_uncor_severity_completion_timeout_wd;
  logic aer_uncor_severity_completion_timeout_wv;  // value after the write
  logic aer_uncor_severity_completion_timeout_qe_q, aer_uncor_severity_completion_timeout_qe_d;
  assign aer_uncor_severity_completion_timeout_wm = aer_uncor_severity_wsel & wr_bmask[14];
  assign aer_uncor_severity_completion_timeout_wd = wr_data[14];
  assign aer_uncor_severity_completion_timeout_wv = (aer_uncor_severity_completion_timeout_q & ~aer_uncor_severity_completion_timeout_wm) | (aer_uncor_severity_completion_timeout_wd & aer_uncor_severity_completion_timeout_wm);
  assign aer_uncor_severity_completion_timeout_d    = aer_uncor_severity_completion_timeout_wv;
  assign aer_uncor_severity_completion_timeout_qe_d = |aer_uncor_severity_completion_timeout_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_completion_timeout_q <= 1'h0;
      aer_uncor_severity_completion_timeout_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_completion_timeout_q <= aer_uncor_severity_completion_timeout_d;
      aer_uncor_severity_completion_timeout_qe_q <= aer_uncor_severity_completion_timeout_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.completion_timeout.q = aer_uncor_severity_completion_timeout_q;
  assign reg2hw.aer_uncor_severity.completion_timeout.qe = aer_uncor_severity_completion_timeout_qe_q;

  // aer_uncor_severity.fc_protocol_error (rw): flow control protocol error
  logic aer_uncor_severity_fc_protocol_error_q, aer_uncor_severity_fc_protocol_error_d, aer_uncor_severity_fc_protocol_error_wm, aer_uncor_severity_fc_protocol_error_wd;
  logic aer_uncor_severity_fc_protocol_error_wv;  // value after the write
  logic aer_uncor_severity_fc_protocol_error_qe_q, aer_uncor_severity_fc_protocol_error_qe_d;
  assign aer_uncor_severity_fc_protocol_error_wm = aer_uncor_severity_wsel & wr_bmask[13];
  assign aer_uncor_severity_fc_protocol_error_wd = wr_data[13];
  assign aer_uncor_severity_fc_protocol_error_wv = (aer_uncor_severity_fc_protocol_error_q & ~aer_uncor_severity_fc_protocol_error_wm) | (aer_uncor_severity_fc_protocol_error_wd & aer_uncor_severity_fc_protocol_error_wm);
  assign aer_uncor_severity_fc_protocol_error_d    = aer_uncor_severity_fc_protocol_error_wv;
  assign aer_uncor_severity_fc_protocol_error_qe_d = |aer_uncor_severity_fc_protocol_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_fc_protocol_error_q <= 1'h1;
      aer_uncor_severity_fc_protocol_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_fc_protocol_error_q <= aer_uncor_severity_fc_protocol_error_d;
      aer_uncor_severity_fc_protocol_error_qe_q <= aer_uncor_severity_fc_protocol_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.fc_protocol_error.q = aer_uncor_severity_fc_protocol_error_q;
  assign reg2hw.aer_uncor_severity.fc_protocol_error.qe = aer_uncor_severity_fc_protocol_error_qe_q;

  // aer_uncor_severity.poisoned_tlp_received (rw): a poisoned TLP was received
  logic aer_uncor_severity_poisoned_tlp_received_q, aer_uncor_severity_poisoned_tlp_received_d, aer_uncor_severity_poisoned_tlp_received_wm, aer_uncor_severity_poisoned_tlp_received_wd;
  logic aer_uncor_severity_poisoned_tlp_received_wv;  // value after the write
  logic aer_uncor_severity_poisoned_tlp_received_qe_q, aer_uncor_severity_poisoned_tlp_received_qe_d;
  assign aer_uncor_severity_poisoned_tlp_received_wm = aer_uncor_severity_wsel & wr_bmask[12];
  assign aer_uncor_severity_poisoned_tlp_received_wd = wr_data[12];
  assign aer_uncor_severity_poisoned_tlp_received_wv = (aer_uncor_severity_poisoned_tlp_received_q & ~aer_uncor_severity_poisoned_tlp_received_wm) | (aer_uncor_severity_poisoned_tlp_received_wd & aer_uncor_severity_poisoned_tlp_received_wm);
  assign aer_uncor_severity_poisoned_tlp_received_d    = aer_uncor_severity_poisoned_tlp_received_wv;
  assign aer_uncor_severity_poisoned_tlp_received_qe_d = |aer_uncor_severity_poisoned_tlp_received_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_poisoned_tlp_received_q <= 1'h0;
      aer_uncor_severity_poisoned_tlp_received_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_poisoned_tlp_received_q <= aer_uncor_severity_poisoned_tlp_received_d;
      aer_uncor_severity_poisoned_tlp_received_qe_q <= aer_uncor_severity_poisoned_tlp_received_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.poisoned_tlp_received.q = aer_uncor_severity_poisoned_tlp_received_q;
  assign reg2hw.aer_uncor_severity.poisoned_tlp_received.qe = aer_uncor_severity_poisoned_tlp_received_qe_q;

  // aer_uncor_severity.surprise_down_error (rw): the link went down unexpectedly
  logic aer_uncor_severity_surprise_down_error_q, aer_uncor_severity_surprise_down_error_d, aer_uncor_severity_surprise_down_error_wm, aer_uncor_severity_surprise_down_error_wd;
  logic aer_uncor_severity_surprise_down_error_wv;  // value after the write
  logic aer_uncor_severity_surprise_down_error_qe_q, aer_uncor_severity_surprise_down_error_qe_d;
  assign aer_uncor_severity_surprise_down_error_wm = aer_uncor_severity_wsel & wr_bmask[5];
  assign aer_uncor_severity_surprise_down_error_wd = wr_data[5];
  assign aer_uncor_severity_surprise_down_error_wv = (aer_uncor_severity_surprise_down_error_q & ~aer_uncor_severity_surprise_down_error_wm) | (aer_uncor_severity_surprise_down_error_wd & aer_uncor_severity_surprise_down_error_wm);
  assign aer_uncor_severity_surprise_down_error_d    = aer_uncor_severity_surprise_down_error_wv;
  assign aer_uncor_severity_surprise_down_error_qe_d = |aer_uncor_severity_surprise_down_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_surprise_down_error_q <= 1'h1;
      aer_uncor_severity_surprise_down_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_surprise_down_error_q <= aer_uncor_severity_surprise_down_error_d;
      aer_uncor_severity_surprise_down_error_qe_q <= aer_uncor_severity_surprise_down_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.surprise_down_error.q = aer_uncor_severity_surprise_down_error_q;
  assign reg2hw.aer_uncor_severity.surprise_down_error.qe = aer_uncor_severity_surprise_down_error_qe_q;

  // aer_uncor_severity.dl_protocol_error (rw): Data Link Layer protocol error
  logic aer_uncor_severity_dl_protocol_error_q, aer_uncor_severity_dl_protocol_error_d, aer_uncor_severity_dl_protocol_error_wm, aer_uncor_severity_dl_protocol_error_wd;
  logic aer_uncor_severity_dl_protocol_error_wv;  // value after the write
  logic aer_uncor_severity_dl_protocol_error_qe_q, aer_uncor_severity_dl_protocol_error_qe_d;
  assign aer_uncor_severity_dl_protocol_error_wm = aer_uncor_severity_wsel & wr_bmask[4];
  assign aer_uncor_severity_dl_protocol_error_wd = wr_data[4];
  assign aer_uncor_severity_dl_protocol_error_wv = (aer_uncor_severity_dl_protocol_error_q & ~aer_uncor_severity_dl_protocol_error_wm) | (aer_uncor_severity_dl_protocol_error_wd & aer_uncor_severity_dl_protocol_error_wm);
  assign aer_uncor_severity_dl_protocol_error_d    = aer_uncor_severity_dl_protocol_error_wv;
  assign aer_uncor_severity_dl_protocol_error_qe_d = |aer_uncor_severity_dl_protocol_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_uncor_severity_dl_protocol_error_q <= 1'h1;
      aer_uncor_severity_dl_protocol_error_qe_q <= 1'b0;
    end else begin
      aer_uncor_severity_dl_protocol_error_q <= aer_uncor_severity_dl_protocol_error_d;
      aer_uncor_severity_dl_protocol_error_qe_q <= aer_uncor_severity_dl_protocol_error_qe_d;
    end
  end
  assign reg2hw.aer_uncor_severity.dl_protocol_error.q = aer_uncor_severity_dl_protocol_error_q;
  assign reg2hw.aer_uncor_severity.dl_protocol_error.qe = aer_uncor_severity_dl_protocol_error_qe_q;

  // aer_cor_status.header_log_overflow (rw1c): a header could not be logged (log full)
  logic aer_cor_status_header_log_overflow_q, aer_cor_status_header_log_overflow_d, aer_cor_status_header_log_overflow_wm, aer_cor_status_header_log_overflow_wd;
  assign aer_cor_status_header_log_overflow_wm = aer_cor_status_wsel & wr_bmask[15];
  assign aer_cor_status_header_log_overflow_wd = wr_data[15];
  assign aer_cor_status_header_log_overflow_d = (aer_cor_status_header_log_overflow_q & ~(aer_cor_status_header_log_overflow_wd & aer_cor_status_header_log_overflow_wm)) | hw2reg.aer_cor_status.header_log_overflow.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_header_log_overflow_q <= 1'h0;
    end else begin
      aer_cor_status_header_log_overflow_q <= aer_cor_status_header_log_overflow_d;
    end
  end
  assign reg2hw.aer_cor_status.header_log_overflow.q = aer_cor_status_header_log_overflow_q;

  // aer_cor_status.corrected_internal_error (rw1c): corrected internal error
  logic aer_cor_status_corrected_internal_error_q, aer_cor_status_corrected_internal_error_d, aer_cor_status_corrected_internal_error_wm, aer_cor_status_corrected_internal_error_wd;
  assign aer_cor_status_corrected_internal_error_wm = aer_cor_status_wsel & wr_bmask[14];
  assign aer_cor_status_corrected_internal_error_wd = wr_data[14];
  assign aer_cor_status_corrected_internal_error_d = (aer_cor_status_corrected_internal_error_q & ~(aer_cor_status_corrected_internal_error_wd & aer_cor_status_corrected_internal_error_wm)) | hw2reg.aer_cor_status.corrected_internal_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_corrected_internal_error_q <= 1'h0;
    end else begin
      aer_cor_status_corrected_internal_error_q <= aer_cor_status_corrected_internal_error_d;
    end
  end
  assign reg2hw.aer_cor_status.corrected_internal_error.q = aer_cor_status_corrected_internal_error_q;

  // aer_cor_status.advisory_non_fatal (rw1c): a non-fatal error was reported as correctable (advisory)
  logic aer_cor_status_advisory_non_fatal_q, aer_cor_status_advisory_non_fatal_d, aer_cor_status_advisory_non_fatal_wm, aer_cor_status_advisory_non_fatal_wd;
  assign aer_cor_status_advisory_non_fatal_wm = aer_cor_status_wsel & wr_bmask[13];
  assign aer_cor_status_advisory_non_fatal_wd = wr_data[13];
  assign aer_cor_status_advisory_non_fatal_d = (aer_cor_status_advisory_non_fatal_q & ~(aer_cor_status_advisory_non_fatal_wd & aer_cor_status_advisory_non_fatal_wm)) | hw2reg.aer_cor_status.advisory_non_fatal.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_advisory_non_fatal_q <= 1'h0;
    end else begin
      aer_cor_status_advisory_non_fatal_q <= aer_cor_status_advisory_non_fatal_d;
    end
  end
  assign reg2hw.aer_cor_status.advisory_non_fatal.q = aer_cor_status_advisory_non_fatal_q;

  // aer_cor_status.replay_timer_timeout (rw1c): the replay timer expired
  logic aer_cor_status_replay_timer_timeout_q, aer_cor_status_replay_timer_timeout_d, aer_cor_status_replay_timer_timeout_wm, aer_cor_status_replay_timer_timeout_wd;
  assign aer_cor_status_replay_timer_timeout_wm = aer_cor_status_wsel & wr_bmask[12];
  assign aer_cor_status_replay_timer_timeout_wd = wr_data[12];
  assign aer_cor_status_replay_timer_timeout_d = (aer_cor_status_replay_timer_timeout_q & ~(aer_cor_status_replay_timer_timeout_wd & aer_cor_status_replay_timer_timeout_wm)) | hw2reg.aer_cor_status.replay_timer_timeout.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_replay_timer_timeout_q <= 1'h0;
    end else begin
      aer_cor_status_replay_timer_timeout_q <= aer_cor_status_replay_timer_timeout_d;
    end
  end
  assign reg2hw.aer_cor_status.replay_timer_timeout.q = aer_cor_status_replay_timer_timeout_q;

  // aer_cor_status.replay_num_rollover (rw1c): the replay counter rolled over
  logic aer_cor_status_replay_num_rollover_q, aer_cor_status_replay_num_rollover_d, aer_cor_status_replay_num_rollover_wm, aer_cor_status_replay_num_rollover_wd;
  assign aer_cor_status_replay_num_rollover_wm = aer_cor_status_wsel & wr_bmask[8];
  assign aer_cor_status_replay_num_rollover_wd = wr_data[8];
  assign aer_cor_status_replay_num_rollover_d = (aer_cor_status_replay_num_rollover_q & ~(aer_cor_status_replay_num_rollover_wd & aer_cor_status_replay_num_rollover_wm)) | hw2reg.aer_cor_status.replay_num_rollover.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_replay_num_rollover_q <= 1'h0;
    end else begin
      aer_cor_status_replay_num_rollover_q <= aer_cor_status_replay_num_rollover_d;
    end
  end
  assign reg2hw.aer_cor_status.replay_num_rollover.q = aer_cor_status_replay_num_rollover_q;

  // aer_cor_status.bad_dllp (rw1c): a DLLP failed its CRC
  logic aer_cor_status_bad_dllp_q, aer_cor_status_bad_dllp_d, aer_cor_status_bad_dllp_wm, aer_cor_status_bad_dllp_wd;
  assign aer_cor_status_bad_dllp_wm = aer_cor_status_wsel & wr_bmask[7];
  assign aer_cor_status_bad_dllp_wd = wr_data[7];
  assign aer_cor_status_bad_dllp_d = (aer_cor_status_bad_dllp_q & ~(aer_cor_status_bad_dllp_wd & aer_cor_status_bad_dllp_wm)) | hw2reg.aer_cor_status.bad_dllp.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_bad_dllp_q <= 1'h0;
    end else begin
      aer_cor_status_bad_dllp_q <= aer_cor_status_bad_dllp_d;
    end
  end
  assign reg2hw.aer_cor_status.bad_dllp.q = aer_cor_status_bad_dllp_q;

  // aer_cor_status.bad_tlp (rw1c): a TLP failed its LCRC or sequence check
  logic aer_cor_status_bad_tlp_q, aer_cor_status_bad_tlp_d, aer_cor_status_bad_tlp_wm, aer_cor_status_bad_tlp_wd;
  assign aer_cor_status_bad_tlp_wm = aer_cor_status_wsel & wr_bmask[6];
  assign aer_cor_status_bad_tlp_wd = wr_data[6];
  assign aer_cor_status_bad_tlp_d = (aer_cor_status_bad_tlp_q & ~(aer_cor_status_bad_tlp_wd & aer_cor_status_bad_tlp_wm)) | hw2reg.aer_cor_status.bad_tlp.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_bad_tlp_q <= 1'h0;
    end else begin
      aer_cor_status_bad_tlp_q <= aer_cor_status_bad_tlp_d;
    end
  end
  assign reg2hw.aer_cor_status.bad_tlp.q = aer_cor_status_bad_tlp_q;

  // aer_cor_status.receiver_error (rw1c): physical layer receiver error
  logic aer_cor_status_receiver_error_q, aer_cor_status_receiver_error_d, aer_cor_status_receiver_error_wm, aer_cor_status_receiver_error_wd;
  assign aer_cor_status_receiver_error_wm = aer_cor_status_wsel & wr_bmask[0];
  assign aer_cor_status_receiver_error_wd = wr_data[0];
  assign aer_cor_status_receiver_error_d = (aer_cor_status_receiver_error_q & ~(aer_cor_status_receiver_error_wd & aer_cor_status_receiver_error_wm)) | hw2reg.aer_cor_status.receiver_error.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_status_receiver_error_q <= 1'h0;
    end else begin
      aer_cor_status_receiver_error_q <= aer_cor_status_receiver_error_d;
    end
  end
  assign reg2hw.aer_cor_status.receiver_error.q = aer_cor_status_receiver_error_q;

  // aer_cor_mask.header_log_overflow (rw): a header could not be logged (log full)
  logic aer_cor_mask_header_log_overflow_q, aer_cor_mask_header_log_overflow_d, aer_cor_mask_header_log_overflow_wm, aer_cor_mask_header_log_overflow_wd;
  logic aer_cor_mask_header_log_overflow_wv;  // value after the write
  logic aer_cor_mask_header_log_overflow_qe_q, aer_cor_mask_header_log_overflow_qe_d;
  assign aer_cor_mask_header_log_overflow_wm = aer_cor_mask_wsel & wr_bmask[15];
  assign aer_cor_mask_header_log_overflow_wd = wr_data[15];
  assign aer_cor_mask_header_log_overflow_wv = (aer_cor_mask_header_log_overflow_q & ~aer_cor_mask_header_log_overflow_wm) | (aer_cor_mask_header_log_overflow_wd & aer_cor_mask_header_log_overflow_wm);
  assign aer_cor_mask_header_log_overflow_d    = aer_cor_mask_header_log_overflow_wv;
  assign aer_cor_mask_header_log_overflow_qe_d = |aer_cor_mask_header_log_overflow_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_header_log_overflow_q <= 1'h1;
      aer_cor_mask_header_log_overflow_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_header_log_overflow_q <= aer_cor_mask_header_log_overflow_d;
      aer_cor_mask_header_log_overflow_qe_q <= aer_cor_mask_header_log_overflow_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.header_log_overflow.q = aer_cor_mask_header_log_overflow_q;
  assign reg2hw.aer_cor_mask.header_log_overflow.qe = aer_cor_mask_header_log_overflow_qe_q;

  // aer_cor_mask.corrected_internal_error (rw): corrected internal error
  logic aer_cor_mask_corrected_internal_error_q, aer_cor_mask_corrected_internal_error_d, aer_cor_mask_corrected_internal_error_wm, aer_cor_mask_corrected_internal_error_wd;
  logic aer_cor_mask_corrected_internal_error_wv;  // value after the write
  logic aer_cor_mask_corrected_internal_error_qe_q, aer_cor_mask_corrected_internal_error_qe_d;
  assign aer_cor_mask_corrected_internal_error_wm = aer_cor_mask_wsel & wr_bmask[14];
  assign aer_cor_mask_corrected_internal_error_wd = wr_data[14];
  assign aer_cor_mask_corrected_internal_error_wv = (aer_cor_mask_corrected_internal_error_q & ~aer_cor_mask_corrected_internal_error_wm) | (aer_cor_mask_corrected_internal_error_wd & aer_cor_mask_corrected_internal_error_wm);
  assign aer_cor_mask_corrected_internal_error_d    = aer_cor_mask_corrected_internal_error_wv;
  assign aer_cor_mask_corrected_internal_error_qe_d = |aer_cor_mask_corrected_internal_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_corrected_internal_error_q <= 1'h1;
      aer_cor_mask_corrected_internal_error_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_corrected_internal_error_q <= aer_cor_mask_corrected_internal_error_d;
      aer_cor_mask_corrected_internal_error_qe_q <= aer_cor_mask_corrected_internal_error_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.corrected_internal_error.q = aer_cor_mask_corrected_internal_error_q;
  assign reg2hw.aer_cor_mask.corrected_internal_error.qe = aer_cor_mask_corrected_internal_error_qe_q;

  // aer_cor_mask.advisory_non_fatal (rw): a non-fatal error was reported as correctable (advisory)
  logic aer_cor_mask_advisory_non_fatal_q, aer_cor_mask_advisory_non_fatal_d, aer_cor_mask_advisory_non_fatal_wm, aer_cor_mask_advisory_non_fatal_wd;
  logic aer_cor_mask_advisory_non_fatal_wv;  // value after the write
  logic aer_cor_mask_advisory_non_fatal_qe_q, aer_cor_mask_advisory_non_fatal_qe_d;
  assign aer_cor_mask_advisory_non_fatal_wm = aer_cor_mask_wsel & wr_bmask[13];
  assign aer_cor_mask_advisory_non_fatal_wd = wr_data[13];
  assign aer_cor_mask_advisory_non_fatal_wv = (aer_cor_mask_advisory_non_fatal_q & ~aer_cor_mask_advisory_non_fatal_wm) | (aer_cor_mask_advisory_non_fatal_wd & aer_cor_mask_advisory_non_fatal_wm);
  assign aer_cor_mask_advisory_non_fatal_d    = aer_cor_mask_advisory_non_fatal_wv;
  assign aer_cor_mask_advisory_non_fatal_qe_d = |aer_cor_mask_advisory_non_fatal_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_advisory_non_fatal_q <= 1'h1;
      aer_cor_mask_advisory_non_fatal_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_advisory_non_fatal_q <= aer_cor_mask_advisory_non_fatal_d;
      aer_cor_mask_advisory_non_fatal_qe_q <= aer_cor_mask_advisory_non_fatal_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.advisory_non_fatal.q = aer_cor_mask_advisory_non_fatal_q;
  assign reg2hw.aer_cor_mask.advisory_non_fatal.qe = aer_cor_mask_advisory_non_fatal_qe_q;

  // aer_cor_mask.replay_timer_timeout (rw): the replay timer expired
  logic aer_cor_mask_replay_timer_timeout_q, aer_cor_mask_replay_timer_timeout_d, aer_cor_mask_replay_timer_timeout_wm, aer_cor_mask_replay_timer_timeout_wd;
  logic aer_cor_mask_replay_timer_timeout_wv;  // value after the write
  logic aer_cor_mask_replay_timer_timeout_qe_q, aer_cor_mask_replay_timer_timeout_qe_d;
  assign aer_cor_mask_replay_timer_timeout_wm = aer_cor_mask_wsel & wr_bmask[12];
  assign aer_cor_mask_replay_timer_timeout_wd = wr_data[12];
  assign aer_cor_mask_replay_timer_timeout_wv = (aer_cor_mask_replay_timer_timeout_q & ~aer_cor_mask_replay_timer_timeout_wm) | (aer_cor_mask_replay_timer_timeout_wd & aer_cor_mask_replay_timer_timeout_wm);
  assign aer_cor_mask_replay_timer_timeout_d    = aer_cor_mask_replay_timer_timeout_wv;
  assign aer_cor_mask_replay_timer_timeout_qe_d = |aer_cor_mask_replay_timer_timeout_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_replay_timer_timeout_q <= 1'h0;
      aer_cor_mask_replay_timer_timeout_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_replay_timer_timeout_q <= aer_cor_mask_replay_timer_timeout_d;
      aer_cor_mask_replay_timer_timeout_qe_q <= aer_cor_mask_replay_timer_timeout_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.replay_timer_timeout.q = aer_cor_mask_replay_timer_timeout_q;
  assign reg2hw.aer_cor_mask.replay_timer_timeout.qe = aer_cor_mask_replay_timer_timeout_qe_q;

  // aer_cor_mask.replay_num_rollover (rw): the replay counter rolled over
  logic aer_cor_mask_replay_num_rollover_q, aer_cor_mask_replay_num_rollover_d, aer_cor_mask_replay_num_rollover_wm, aer_cor_mask_replay_num_rollover_wd;
  logic aer_cor_mask_replay_num_rollover_wv;  // value after the write
  logic aer_cor_mask_replay_num_rollover_qe_q, aer_cor_mask_replay_num_rollover_qe_d;
  assign aer_cor_mask_replay_num_rollover_wm = aer_cor_mask_wsel & wr_bmask[8];
  assign aer_cor_mask_replay_num_rollover_wd = wr_data[8];
  assign aer_cor_mask_replay_num_rollover_wv = (aer_cor_mask_replay_num_rollover_q & ~aer_cor_mask_replay_num_rollover_wm) | (aer_cor_mask_replay_num_rollover_wd & aer_cor_mask_replay_num_rollover_wm);
  assign aer_cor_mask_replay_num_rollover_d    = aer_cor_mask_replay_num_rollover_wv;
  assign aer_cor_mask_replay_num_rollover_qe_d = |aer_cor_mask_replay_num_rollover_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_replay_num_rollover_q <= 1'h0;
      aer_cor_mask_replay_num_rollover_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_replay_num_rollover_q <= aer_cor_mask_replay_num_rollover_d;
      aer_cor_mask_replay_num_rollover_qe_q <= aer_cor_mask_replay_num_rollover_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.replay_num_rollover.q = aer_cor_mask_replay_num_rollover_q;
  assign reg2hw.aer_cor_mask.replay_num_rollover.qe = aer_cor_mask_replay_num_rollover_qe_q;

  // aer_cor_mask.bad_dllp (rw): a DLLP failed its CRC
  logic aer_cor_mask_bad_dllp_q, aer_cor_mask_bad_dllp_d, aer_cor_mask_bad_dllp_wm, aer_cor_mask_bad_dllp_wd;
  logic aer_cor_mask_bad_dllp_wv;  // value after the write
  logic aer_cor_mask_bad_dllp_qe_q, aer_cor_mask_bad_dllp_qe_d;
  assign aer_cor_mask_bad_dllp_wm = aer_cor_mask_wsel & wr_bmask[7];
  assign aer_cor_mask_bad_dllp_wd = wr_data[7];
  assign aer_cor_mask_bad_dllp_wv = (aer_cor_mask_bad_dllp_q & ~aer_cor_mask_bad_dllp_wm) | (aer_cor_mask_bad_dllp_wd & aer_cor_mask_bad_dllp_wm);
  assign aer_cor_mask_bad_dllp_d    = aer_cor_mask_bad_dllp_wv;
  assign aer_cor_mask_bad_dllp_qe_d = |aer_cor_mask_bad_dllp_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_bad_dllp_q <= 1'h0;
      aer_cor_mask_bad_dllp_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_bad_dllp_q <= aer_cor_mask_bad_dllp_d;
      aer_cor_mask_bad_dllp_qe_q <= aer_cor_mask_bad_dllp_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.bad_dllp.q = aer_cor_mask_bad_dllp_q;
  assign reg2hw.aer_cor_mask.bad_dllp.qe = aer_cor_mask_bad_dllp_qe_q;

  // aer_cor_mask.bad_tlp (rw): a TLP failed its LCRC or sequence check
  logic aer_cor_mask_bad_tlp_q, aer_cor_mask_bad_tlp_d, aer_cor_mask_bad_tlp_wm, aer_cor_mask_bad_tlp_wd;
  logic aer_cor_mask_bad_tlp_wv;  // value after the write
  logic aer_cor_mask_bad_tlp_qe_q, aer_cor_mask_bad_tlp_qe_d;
  assign aer_cor_mask_bad_tlp_wm = aer_cor_mask_wsel & wr_bmask[6];
  assign aer_cor_mask_bad_tlp_wd = wr_data[6];
  assign aer_cor_mask_bad_tlp_wv = (aer_cor_mask_bad_tlp_q & ~aer_cor_mask_bad_tlp_wm) | (aer_cor_mask_bad_tlp_wd & aer_cor_mask_bad_tlp_wm);
  assign aer_cor_mask_bad_tlp_d    = aer_cor_mask_bad_tlp_wv;
  assign aer_cor_mask_bad_tlp_qe_d = |aer_cor_mask_bad_tlp_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_bad_tlp_q <= 1'h0;
      aer_cor_mask_bad_tlp_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_bad_tlp_q <= aer_cor_mask_bad_tlp_d;
      aer_cor_mask_bad_tlp_qe_q <= aer_cor_mask_bad_tlp_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.bad_tlp.q = aer_cor_mask_bad_tlp_q;
  assign reg2hw.aer_cor_mask.bad_tlp.qe = aer_cor_mask_bad_tlp_qe_q;

  // aer_cor_mask.receiver_error (rw): physical layer receiver error
  logic aer_cor_mask_receiver_error_q, aer_cor_mask_receiver_error_d, aer_cor_mask_receiver_error_wm, aer_cor_mask_receiver_error_wd;
  logic aer_cor_mask_receiver_error_wv;  // value after the write
  logic aer_cor_mask_receiver_error_qe_q, aer_cor_mask_receiver_error_qe_d;
  assign aer_cor_mask_receiver_error_wm = aer_cor_mask_wsel & wr_bmask[0];
  assign aer_cor_mask_receiver_error_wd = wr_data[0];
  assign aer_cor_mask_receiver_error_wv = (aer_cor_mask_receiver_error_q & ~aer_cor_mask_receiver_error_wm) | (aer_cor_mask_receiver_error_wd & aer_cor_mask_receiver_error_wm);
  assign aer_cor_mask_receiver_error_d    = aer_cor_mask_receiver_error_wv;
  assign aer_cor_mask_receiver_error_qe_d = |aer_cor_mask_receiver_error_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_cor_mask_receiver_error_q <= 1'h0;
      aer_cor_mask_receiver_error_qe_q <= 1'b0;
    end else begin
      aer_cor_mask_receiver_error_q <= aer_cor_mask_receiver_error_d;
      aer_cor_mask_receiver_error_qe_q <= aer_cor_mask_receiver_error_qe_d;
    end
  end
  assign reg2hw.aer_cor_mask.receiver_error.q = aer_cor_mask_receiver_error_q;
  assign reg2hw.aer_cor_mask.receiver_error.qe = aer_cor_mask_receiver_error_qe_q;

  // aer_root_err_cmd.fatal_err_report_en (rw): interrupt when a fatal error is reported to the port
  logic aer_root_err_cmd_fatal_err_report_en_q, aer_root_err_cmd_fatal_err_report_en_d, aer_root_err_cmd_fatal_err_report_en_wm, aer_root_err_cmd_fatal_err_report_en_wd;
  logic aer_root_err_cmd_fatal_err_report_en_wv;  // value after the write
  logic aer_root_err_cmd_fatal_err_report_en_qe_q, aer_root_err_cmd_fatal_err_report_en_qe_d;
  assign aer_root_err_cmd_fatal_err_report_en_wm = aer_root_err_cmd_wsel & wr_bmask[2];
  assign aer_root_err_cmd_fatal_err_report_en_wd = wr_data[2];
  assign aer_root_err_cmd_fatal_err_report_en_wv = (aer_root_err_cmd_fatal_err_report_en_q & ~aer_root_err_cmd_fatal_err_report_en_wm) | (aer_root_err_cmd_fatal_err_report_en_wd & aer_root_err_cmd_fatal_err_report_en_wm);
  assign aer_root_err_cmd_fatal_err_report_en_d    = aer_root_err_cmd_fatal_err_report_en_wv;
  assign aer_root_err_cmd_fatal_err_report_en_qe_d = |aer_root_err_cmd_fatal_err_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_cmd_fatal_err_report_en_q <= 1'h0;
      aer_root_err_cmd_fatal_err_report_en_qe_q <= 1'b0;
    end else begin
      aer_root_err_cmd_fatal_err_report_en_q <= aer_root_err_cmd_fatal_err_report_en_d;
      aer_root_err_cmd_fatal_err_report_en_qe_q <= aer_root_err_cmd_fatal_err_report_en_qe_d;
    end
  end
  assign reg2hw.aer_root_err_cmd.fatal_err_report_en.q = aer_root_err_cmd_fatal_err_report_en_q;
  assign reg2hw.aer_root_err_cmd.fatal_err_report_en.qe = aer_root_err_cmd_fatal_err_report_en_qe_q;

  // aer_root_err_cmd.non_fatal_err_report_en (rw): interrupt when a non-fatal error is reported to the port
  logic aer_root_err_cmd_non_fatal_err_report_en_q, aer_root_err_cmd_non_fatal_err_report_en_d, aer_root_err_cmd_non_fatal_err_report_en_wm, aer_root_err_cmd_non_fatal_err_report_en_wd;
  logic aer_root_err_cmd_non_fatal_err_report_en_wv;  // value after the write
  logic aer_root_err_cmd_non_fatal_err_report_en_qe_q, aer_root_err_cmd_non_fatal_err_report_en_qe_d;
  assign aer_root_err_cmd_non_fatal_err_report_en_wm = aer_root_err_cmd_wsel & wr_bmask[1];
  assign aer_root_err_cmd_non_fatal_err_report_en_wd = wr_data[1];
  assign aer_root_err_cmd_non_fatal_err_report_en_wv = (aer_root_err_cmd_non_fatal_err_report_en_q & ~aer_root_err_cmd_non_fatal_err_report_en_wm) | (aer_root_err_cmd_non_fatal_err_report_en_wd & aer_root_err_cmd_non_fatal_err_report_en_wm);
  assign aer_root_err_cmd_non_fatal_err_report_en_d    = aer_root_err_cmd_non_fatal_err_report_en_wv;
  assign aer_root_err_cmd_non_fatal_err_report_en_qe_d = |aer_root_err_cmd_non_fatal_err_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_cmd_non_fatal_err_report_en_q <= 1'h0;
      aer_root_err_cmd_non_fatal_err_report_en_qe_q <= 1'b0;
    end else begin
      aer_root_err_cmd_non_fatal_err_report_en_q <= aer_root_err_cmd_non_fatal_err_report_en_d;
      aer_root_err_cmd_non_fatal_err_report_en_qe_q <= aer_root_err_cmd_non_fatal_err_report_en_qe_d;
    end
  end
  assign reg2hw.aer_root_err_cmd.non_fatal_err_report_en.q = aer_root_err_cmd_non_fatal_err_report_en_q;
  assign reg2hw.aer_root_err_cmd.non_fatal_err_report_en.qe = aer_root_err_cmd_non_fatal_err_report_en_qe_q;

  // aer_root_err_cmd.correctable_err_report_en (rw): interrupt when a correctable error is reported to the port
  logic aer_root_err_cmd_correctable_err_report_en_q, aer_root_err_cmd_correctable_err_report_en_d, aer_root_err_cmd_correctable_err_report_en_wm, aer_root_err_cmd_correctable_err_report_en_wd;
  logic aer_root_err_cmd_correctable_err_report_en_wv;  // value after the write
  logic aer_root_err_cmd_correctable_err_report_en_qe_q, aer_root_err_cmd_correctable_err_report_en_qe_d;
  assign aer_root_err_cmd_correctable_err_report_en_wm = aer_root_err_cmd_wsel & wr_bmask[0];
  assign aer_root_err_cmd_correctable_err_report_en_wd = wr_data[0];
  assign aer_root_err_cmd_correctable_err_report_en_wv = (aer_root_err_cmd_correctable_err_report_en_q & ~aer_root_err_cmd_correctable_err_report_en_wm) | (aer_root_err_cmd_correctable_err_report_en_wd & aer_root_err_cmd_correctable_err_report_en_wm);
  assign aer_root_err_cmd_correctable_err_report_en_d    = aer_root_err_cmd_correctable_err_report_en_wv;
  assign aer_root_err_cmd_correctable_err_report_en_qe_d = |aer_root_err_cmd_correctable_err_report_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_cmd_correctable_err_report_en_q <= 1'h0;
      aer_root_err_cmd_correctable_err_report_en_qe_q <= 1'b0;
    end else begin
      aer_root_err_cmd_correctable_err_report_en_q <= aer_root_err_cmd_correctable_err_report_en_d;
      aer_root_err_cmd_correctable_err_report_en_qe_q <= aer_root_err_cmd_correctable_err_report_en_qe_d;
    end
  end
  assign reg2hw.aer_root_err_cmd.correctable_err_report_en.q = aer_root_err_cmd_correctable_err_report_en_q;
  assign reg2hw.aer_root_err_cmd.correctable_err_report_en.qe = aer_root_err_cmd_correctable_err_report_en_qe_q;

  // aer_root_err_status.fatal_msg_received (rw1c): at least one ERR_FATAL was received
  logic aer_root_err_status_fatal_msg_received_q, aer_root_err_status_fatal_msg_received_d, aer_root_err_status_fatal_msg_received_wm, aer_root_err_status_fatal_msg_received_wd;
  assign aer_root_err_status_fatal_msg_received_wm = aer_root_err_status_wsel & wr_bmask[6];
  assign aer_root_err_status_fatal_msg_received_wd = wr_data[6];
  assign aer_root_err_status_fatal_msg_received_d = (aer_root_err_status_fatal_msg_received_q & ~(aer_root_err_status_fatal_msg_received_wd & aer_root_err_status_fatal_msg_received_wm)) | hw2reg.aer_root_err_status.fatal_msg_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_fatal_msg_received_q <= 1'h0;
    end else begin
      aer_root_err_status_fatal_msg_received_q <= aer_root_err_status_fatal_msg_received_d;
    end
  end
  assign reg2hw.aer_root_err_status.fatal_msg_received.q = aer_root_err_status_fatal_msg_received_q;

  // aer_root_err_status.non_fatal_msg_received (rw1c): at least one ERR_NONFATAL was received
  logic aer_root_err_status_non_fatal_msg_received_q, aer_root_err_status_non_fatal_msg_received_d, aer_root_err_status_non_fatal_msg_received_wm, aer_root_err_status_non_fatal_msg_received_wd;
  assign aer_root_err_status_non_fatal_msg_received_wm = aer_root_err_status_wsel & wr_bmask[5];
  assign aer_root_err_status_non_fatal_msg_received_wd = wr_data[5];
  assign aer_root_err_status_non_fatal_msg_received_d = (aer_root_err_status_non_fatal_msg_received_q & ~(aer_root_err_status_non_fatal_msg_received_wd & aer_root_err_status_non_fatal_msg_received_wm)) | hw2reg.aer_root_err_status.non_fatal_msg_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_non_fatal_msg_received_q <= 1'h0;
    end else begin
      aer_root_err_status_non_fatal_msg_received_q <= aer_root_err_status_non_fatal_msg_received_d;
    end
  end
  assign reg2hw.aer_root_err_status.non_fatal_msg_received.q = aer_root_err_status_non_fatal_msg_received_q;

  // aer_root_err_status.first_uncor_fatal (rw1c): the first uncorrectable message received was fatal
  logic aer_root_err_status_first_uncor_fatal_q, aer_root_err_status_first_uncor_fatal_d, aer_root_err_status_first_uncor_fatal_wm, aer_root_err_status_first_uncor_fatal_wd;
  assign aer_root_err_status_first_uncor_fatal_wm = aer_root_err_status_wsel & wr_bmask[4];
  assign aer_root_err_status_first_uncor_fatal_wd = wr_data[4];
  assign aer_root_err_status_first_uncor_fatal_d = (aer_root_err_status_first_uncor_fatal_q & ~(aer_root_err_status_first_uncor_fatal_wd & aer_root_err_status_first_uncor_fatal_wm)) | hw2reg.aer_root_err_status.first_uncor_fatal.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_first_uncor_fatal_q <= 1'h0;
    end else begin
      aer_root_err_status_first_uncor_fatal_q <= aer_root_err_status_first_uncor_fatal_d;
    end
  end
  assign reg2hw.aer_root_err_status.first_uncor_fatal.q = aer_root_err_status_first_uncor_fatal_q;

  // aer_root_err_status.multi_fatal_non_fatal_received (rw1c): another ERR_FATAL/NONFATAL arrived while one was logged
  logic aer_root_err_status_multi_fatal_non_fatal_received_q, aer_root_err_status_multi_fatal_non_fatal_received_d, aer_root_err_status_multi_fatal_non_fatal_received_wm, aer_root_err_status_multi_fatal_non_fatal_received_wd;
  assign aer_root_err_status_multi_fatal_non_fatal_received_wm = aer_root_err_status_wsel & wr_bmask[3];
  assign aer_root_err_status_multi_fatal_non_fatal_received_wd = wr_data[3];
  assign aer_root_err_status_multi_fatal_non_fatal_received_d = (aer_root_err_status_multi_fatal_non_fatal_received_q & ~(aer_root_err_status_multi_fatal_non_fatal_received_wd & aer_root_err_status_multi_fatal_non_fatal_received_wm)) | hw2reg.aer_root_err_status.multi_fatal_non_fatal_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_multi_fatal_non_fatal_received_q <= 1'h0;
    end else begin
      aer_root_err_status_multi_fatal_non_fatal_received_q <= aer_root_err_status_multi_fatal_non_fatal_received_d;
    end
  end
  assign reg2hw.aer_root_err_status.multi_fatal_non_fatal_received.q = aer_root_err_status_multi_fatal_non_fatal_received_q;

  // aer_root_err_status.fatal_non_fatal_received (rw1c): an ERR_FATAL or ERR_NONFATAL was received
  logic aer_root_err_status_fatal_non_fatal_received_q, aer_root_err_status_fatal_non_fatal_received_d, aer_root_err_status_fatal_non_fatal_received_wm, aer_root_err_status_fatal_non_fatal_received_wd;
  assign aer_root_err_status_fatal_non_fatal_received_wm = aer_root_err_status_wsel & wr_bmask[2];
  assign aer_root_err_status_fatal_non_fatal_received_wd = wr_data[2];
  assign aer_root_err_status_fatal_non_fatal_received_d = (aer_root_err_status_fatal_non_fatal_received_q & ~(aer_root_err_status_fatal_non_fatal_received_wd & aer_root_err_status_fatal_non_fatal_received_wm)) | hw2reg.aer_root_err_status.fatal_non_fatal_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_fatal_non_fatal_received_q <= 1'h0;
    end else begin
      aer_root_err_status_fatal_non_fatal_received_q <= aer_root_err_status_fatal_non_fatal_received_d;
    end
  end
  assign reg2hw.aer_root_err_status.fatal_non_fatal_received.q = aer_root_err_status_fatal_non_fatal_received_q;

  // aer_root_err_status.multi_cor_received (rw1c): another ERR_COR arrived while one was logged
  logic aer_root_err_status_multi_cor_received_q, aer_root_err_status_multi_cor_received_d, aer_root_err_status_multi_cor_received_wm, aer_root_err_status_multi_cor_received_wd;
  assign aer_root_err_status_multi_cor_received_wm = aer_root_err_status_wsel & wr_bmask[1];
  assign aer_root_err_status_multi_cor_received_wd = wr_data[1];
  assign aer_root_err_status_multi_cor_received_d = (aer_root_err_status_multi_cor_received_q & ~(aer_root_err_status_multi_cor_received_wd & aer_root_err_status_multi_cor_received_wm)) | hw2reg.aer_root_err_status.multi_cor_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_multi_cor_received_q <= 1'h0;
    end else begin
      aer_root_err_status_multi_cor_received_q <= aer_root_err_status_multi_cor_received_d;
    end
  end
  assign reg2hw.aer_root_err_status.multi_cor_received.q = aer_root_err_status_multi_cor_received_q;

  // aer_root_err_status.cor_received (rw1c): an ERR_COR was received
  logic aer_root_err_status_cor_received_q, aer_root_err_status_cor_received_d, aer_root_err_status_cor_received_wm, aer_root_err_status_cor_received_wd;
  assign aer_root_err_status_cor_received_wm = aer_root_err_status_wsel & wr_bmask[0];
  assign aer_root_err_status_cor_received_wd = wr_data[0];
  assign aer_root_err_status_cor_received_d = (aer_root_err_status_cor_received_q & ~(aer_root_err_status_cor_received_wd & aer_root_err_status_cor_received_wm)) | hw2reg.aer_root_err_status.cor_received.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      aer_root_err_status_cor_received_q <= 1'h0;
    end else begin
      aer_root_err_status_cor_received_q <= aer_root_err_status_cor_received_d;
    end
  end
  assign reg2hw.aer_root_err_status.cor_received.q = aer_root_err_status_cor_received_q;

  // acs_ctrl.direct_translated_p2p_en (rw): route translated P2P requests directly
  logic acs_ctrl_direct_translated_p2p_en_q, acs_ctrl_direct_translated_p2p_en_d, acs_ctrl_direct_translated_p2p_en_wm, acs_ctrl_direct_translated_p2p_en_wd;
  logic acs_ctrl_direct_translated_p2p_en_wv;  // value after the write
  logic acs_ctrl_direct_translated_p2p_en_qe_q, acs_ctrl_direct_translated_p2p_en_qe_d;
  assign acs_ctrl_direct_translated_p2p_en_wm = acs_ctrl_wsel & wr_bmask[22];
  assign acs_ctrl_direct_translated_p2p_en_wd = wr_data[22];
  assign acs_ctrl_direct_translated_p2p_en_wv = (acs_ctrl_direct_translated_p2p_en_q & ~acs_ctrl_direct_translated_p2p_en_wm) | (acs_ctrl_direct_translated_p2p_en_wd & acs_ctrl_direct_translated_p2p_en_wm);
  assign acs_ctrl_direct_translated_p2p_en_d    = acs_ctrl_direct_translated_p2p_en_wv;
  assign acs_ctrl_direct_translated_p2p_en_qe_d = |acs_ctrl_direct_translated_p2p_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acs_ctrl_direct_translated_p2p_en_q <= 1'h0;
      acs_ctrl_direct_translated_p2p_en_qe_q <= 1'b0;
    end else begin
      acs_ctrl_direct_translated_p2p_en_q <= acs_ctrl_direct_translated_p2p_en_d;
      acs_ctrl_direct_translated_p2p_en_qe_q <= acs_ctrl_direct_translated_p2p_en_qe_d;
    end
  end
  assign reg2hw.acs_ctrl.direct_translated_p2p_en.q = acs_ctrl_direct_translated_p2p_en_q;
  assign reg2hw.acs_ctrl.direct_translated_p2p_en.qe = acs_ctrl_direct_translated_p2p_en_qe_q;

  // acs_ctrl.upstream_forwarding_en (rw): forward upstream requests that target the port's own link upstream
  logic acs_ctrl_upstream_forwarding_en_q, acs_ctrl_upstream_forwarding_en_d, acs_ctrl_upstream_forwarding_en_wm, acs_ctrl_upstream_forwarding_en_wd;
  logic acs_ctrl_upstream_forwarding_en_wv;  // value after the write
  logic acs_ctrl_upstream_forwarding_en_qe_q, acs_ctrl_upstream_forwarding_en_qe_d;
  assign acs_ctrl_upstream_forwarding_en_wm = acs_ctrl_wsel & wr_bmask[20];
  assign acs_ctrl_upstream_forwarding_en_wd = wr_data[20];
  assign acs_ctrl_upstream_forwarding_en_wv = (acs_ctrl_upstream_forwarding_en_q & ~acs_ctrl_upstream_forwarding_en_wm) | (acs_ctrl_upstream_forwarding_en_wd & acs_ctrl_upstream_forwarding_en_wm);
  assign acs_ctrl_upstream_forwarding_en_d    = acs_ctrl_upstream_forwarding_en_wv;
  assign acs_ctrl_upstream_forwarding_en_qe_d = |acs_ctrl_upstream_forwarding_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acs_ctrl_upstream_forwarding_en_q <= 1'h0;
      acs_ctrl_upstream_forwarding_en_qe_q <= 1'b0;
    end else begin
      acs_ctrl_upstream_forwarding_en_q <= acs_ctrl_upstream_forwarding_en_d;
      acs_ctrl_upstream_forwarding_en_qe_q <= acs_ctrl_upstream_forwarding_en_qe_d;
    end
  end
  assign reg2hw.acs_ctrl.upstream_forwarding_en.q = acs_ctrl_upstream_forwarding_en_q;
  assign reg2hw.acs_ctrl.upstream_forwarding_en.qe = acs_ctrl_upstream_forwarding_en_qe_q;

  // acs_ctrl.p2p_completion_redirect_en (rw): redirect P2P completions upstream
  logic acs_ctrl_p2p_completion_redirect_en_q, acs_ctrl_p2p_completion_redirect_en_d, acs_ctrl_p2p_completion_redirect_en_wm, acs_ctrl_p2p_completion_redirect_en_wd;
  logic acs_ctrl_p2p_completion_redirect_en_wv;  // value after the write
  logic acs_ctrl_p2p_completion_redirect_en_qe_q, acs_ctrl_p2p_completion_redirect_en_qe_d;
  assign acs_ctrl_p2p_completion_redirect_en_wm = acs_ctrl_wsel & wr_bmask[19];
  assign acs_ctrl_p2p_completion_redirect_en_wd = wr_data[19];
  assign acs_ctrl_p2p_completion_redirect_en_wv = (acs_ctrl_p2p_completion_redirect_en_q & ~acs_ctrl_p2p_completion_redirect_en_wm) | (acs_ctrl_p2p_completion_redirect_en_wd & acs_ctrl_p2p_completion_redirect_en_wm);
  assign acs_ctrl_p2p_completion_redirect_en_d    = acs_ctrl_p2p_completion_redirect_en_wv;
  assign acs_ctrl_p2p_completion_redirect_en_qe_d = |acs_ctrl_p2p_completion_redirect_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acs_ctrl_p2p_completion_redirect_en_q <= 1'h0;
      acs_ctrl_p2p_completion_redirect_en_qe_q <= 1'b0;
    end else begin
      acs_ctrl_p2p_completion_redirect_en_q <= acs_ctrl_p2p_completion_redirect_en_d;
      acs_ctrl_p2p_completion_redirect_en_qe_q <= acs_ctrl_p2p_completion_redirect_en_qe_d;
    end
  end
  assign reg2hw.acs_ctrl.p2p_completion_redirect_en.q = acs_ctrl_p2p_completion_redirect_en_q;
  assign reg2hw.acs_ctrl.p2p_completion_redirect_en.qe = acs_ctrl_p2p_completion_redirect_en_qe_q;

  // acs_ctrl.p2p_request_redirect_en (rw): redirect P2P requests upstream (to the IOMMU)
  logic acs_ctrl_p2p_request_redirect_en_q, acs_ctrl_p2p_request_redirect_en_d, acs_ctrl_p2p_request_redirect_en_wm, acs_ctrl_p2p_request_redirect_en_wd;
  logic acs_ctrl_p2p_request_redirect_en_wv;  // value after the write
  logic acs_ctrl_p2p_request_redirect_en_qe_q, acs_ctrl_p2p_request_redirect_en_qe_d;
  assign acs_ctrl_p2p_request_redirect_en_wm = acs_ctrl_wsel & wr_bmask[18];
  assign acs_ctrl_p2p_request_redirect_en_wd = wr_data[18];
  assign acs_ctrl_p2p_request_redirect_en_wv = (acs_ctrl_p2p_request_redirect_en_q & ~acs_ctrl_p2p_request_redirect_en_wm) | (acs_ctrl_p2p_request_redirect_en_wd & acs_ctrl_p2p_request_redirect_en_wm);
  assign acs_ctrl_p2p_request_redirect_en_d    = acs_ctrl_p2p_request_redirect_en_wv;
  assign acs_ctrl_p2p_request_redirect_en_qe_d = |acs_ctrl_p2p_request_redirect_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acs_ctrl_p2p_request_redirect_en_q <= 1'h0;
      acs_ctrl_p2p_request_redirect_en_qe_q <= 1'b0;
    end else begin
      acs_ctrl_p2p_request_redirect_en_q <= acs_ctrl_p2p_request_redirect_en_d;
      acs_ctrl_p2p_request_redirect_en_qe_q <= acs_ctrl_p2p_request_redirect_en_qe_d;
    end
  end
  assign reg2hw.acs_ctrl.p2p_request_redirect_en.q = acs_ctrl_p2p_request_redirect_en_q;
  assign reg2hw.acs_ctrl.p2p_request_redirect_en.qe = acs_ctrl_p2p_request_redirect_en_qe_q;

  // acs_ctrl.translation_blocking_en (rw): block upstream requests whose AT is not 00b (untranslated)
  logic acs_ctrl_translation_blocking_en_q, acs_ctrl_translation_blocking_en_d, acs_ctrl_translation_blocking_en_wm, acs_ctrl_translation_blocking_en_wd;
  logic acs_ctrl_translation_blocking_en_wv;  // value after the write
  logic acs_ctrl_translation_blocking_en_qe_q, acs_ctrl_translation_blocking_en_qe_d;
  assign acs_ctrl_translation_blocking_en_wm = acs_ctrl_wsel & wr_bmask[17];
  assign acs_ctrl_translation_blocking_en_wd = wr_data[17];
  assign acs_ctrl_translation_blocking_en_wv = (acs_ctrl_translation_blocking_en_q & ~acs_ctrl_translation_blocking_en_wm) | (acs_ctrl_translation_blocking_en_wd & acs_ctrl_translation_blocking_en_wm);
  assign acs_ctrl_translation_blocking_en_d    = acs_ctrl_translation_blocking_en_wv;
  assign acs_ctrl_translation_blocking_en_qe_d = |acs_ctrl_translation_blocking_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acs_ctrl_translation_blocking_en_q <= 1'h0;
      acs_ctrl_translation_blocking_en_qe_q <= 1'b0;
    end else begin
      acs_ctrl_translation_blocking_en_q <= acs_ctrl_translation_blocking_en_d;
      acs_ctrl_translation_blocking_en_qe_q <= acs_ctrl_translation_blocking_en_qe_d;
    end
  end
  assign reg2hw.acs_ctrl.translation_blocking_en.q = acs_ctrl_translation_blocking_en_q;
  assign reg2hw.acs_ctrl.translation_blocking_en.qe = acs_ctrl_translation_blocking_en_qe_q;

  // acs_ctrl.source_validation_en (rw): check the bus number of requester IDs
  logic acs_ctrl_source_validation_en_q, acs_ctrl_source_validation_en_d, acs_ctrl_source_validation_en_wm, acs_ctrl_source_validation_en_wd;
  logic acs_ctrl_source_validation_en_wv;  // value after the write
  logic acs_ctrl_source_validation_en_qe_q, acs_ctrl_source_validation_en_qe_d;
  assign acs_ctrl_source_validation_en_wm = acs_ctrl_wsel & wr_bmask[16];
  assign acs_ctrl_source_validation_en_wd = wr_data[16];
  assign acs_ctrl_source_validation_en_wv = (acs_ctrl_source_validation_en_q & ~acs_ctrl_source_validation_en_wm) | (acs_ctrl_source_validation_en_wd & acs_ctrl_source_validation_en_wm);
  assign acs_ctrl_source_validation_en_d    = acs_ctrl_source_validation_en_wv;
  assign acs_ctrl_source_validation_en_qe_d = |acs_ctrl_source_validation_en_wm;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      acs_ctrl_source_validation_en_q <= 1'h0;
      acs_ctrl_source_validation_en_qe_q <= 1'b0;
    end else begin
      acs_ctrl_source_validation_en_q <= acs_ctrl_source_validation_en_d;
      acs_ctrl_source_validation_en_qe_q <= acs_ctrl_source_validation_en_qe_d;
    end
  end
  assign reg2hw.acs_ctrl.source_validation_en.q = acs_ctrl_source_validation_en_q;
  assign reg2hw.acs_ctrl.source_validation_en.qe = acs_ctrl_source_validation_en_qe_q;

  // ---------------------------------------------------------------------------------------
  // Registers held by the core: <p>_q = data of the last write (bytes in <p>_wm),
  // <p>_be_q = its byte enables, <p>_qe_q = its pulse; reads take hw2reg .d below
  // ---------------------------------------------------------------------------------------

  // devcap2 (held by the core): Device Capabilities 2.
  logic [31:0] devcap2_q, devcap2_d, devcap2_wm, devcap2_wd;
  logic [3:0] devcap2_be_q, devcap2_be_d;
  logic devcap2_qe_q;
  assign devcap2_wm   = {32{devcap2_wsel}} & wr_bmask[31:0];
  assign devcap2_wd   = wr_data[31:0];
  assign devcap2_be_d = {4{devcap2_wsel}} & wr_strb[3:0];
  assign devcap2_d    = (devcap2_q & ~devcap2_wm) | (devcap2_wd & devcap2_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      devcap2_q    <= '0;
      devcap2_be_q <= '0;
      devcap2_qe_q <= 1'b0;
    end else begin
      devcap2_q    <= devcap2_d;
      devcap2_be_q <= devcap2_be_d;
      devcap2_qe_q <= |devcap2_be_d;
    end
  end
  assign reg2hw.devcap2.q  = devcap2_q;
  assign reg2hw.devcap2.qe = devcap2_qe_q;
  assign reg2hw.devcap2.be = devcap2_be_q;

  // ---------------------------------------------------------------------------------------
  // Read data: OR of the fields of the selected word at their byte lanes (wo, rsvd and
  // zero hwinit bits read zero; unmapped words read zero)
  // ---------------------------------------------------------------------------------------

  always_comb begin
    rd_data = '0;
    // vendor_id.id (hwinit): vendor of the root port
    rd_data[15:0] = rd_data[15:0] | ({16{vendor_id_rsel}} & 16'h1234);
    // device_id.id (hwinit): device of the root port
    rd_data[31:16] = rd_data[31:16] | ({16{device_id_rsel}} & 16'h7250);
    // command.intx_disable (rw): stop the port from asserting INTx for its own events
    rd_data[10] = rd_data[10] | (command_rsel & command_intx_disable_q);
    // command.serr_en (rw): report fatal and non-fatal errors to the system
    rd_data[8] = rd_data[8] | (command_rsel & command_serr_en_q);
    // command.parity_err_response (rw): act on poisoned TLPs (Master Data Parity Error)
    rd_data[6] = rd_data[6] | (command_rsel & command_parity_err_response_q);
    // command.bus_master_en (rw): forward memory requests from the link upstream (DMA)
    rd_data[2] = rd_data[2] | (command_rsel & command_bus_master_en_q);
    // command.mem_space_en (rw): forward memory requests downstream through the windows
    rd_data[1] = rd_data[1] | (command_rsel & command_mem_space_en_q);
    // command.io_space_en (rw): forward I/O requests downstream (no I/O window here)
    rd_data[0] = rd_data[0] | (command_rsel & command_io_space_en_q);
    // status.detected_parity_error (rw1c): a poisoned TLP was received on the primary side
    rd_data[31] = rd_data[31] | (status_rsel & status_detected_parity_error_q);
    // status.signaled_system_error (rw1c): the port sent ERR_FATAL or ERR_NONFATAL
    rd_data[30] = rd_data[30] | (status_rsel & status_signaled_system_error_q);
    // status.received_master_abort (rw1c): a request of the port completed with UR
    rd_data[29] = rd_data[29] | (status_rsel & status_received_master_abort_q);
    // status.received_target_abort (rw1c): a request of the port completed with CA
    rd_data[28] = rd_data[28] | (status_rsel & status_received_target_abort_q);
    // status.signaled_target_abort (rw1c): the port completed a request with CA
    rd_data[27] = rd_data[27] | (status_rsel & status_signaled_target_abort_q);
    // status.master_data_parity_error (rw1c): poisoned completion or poisoned write, parity response enabled
    rd_data[24] = rd_data[24] | (status_rsel & status_master_data_parity_error_q);
    // status.cap_list (hwinit): a capability list is present (always 1)
    rd_data[20] = rd_data[20] | (status_rsel & 1'h1);
    // status.interrupt_status (ro): the port has an INTx interrupt pending
    rd_data[19] = rd_data[19] | (status_rsel & hw2reg.status.interrupt_status.d);
    // class_rev.base_class (hwinit): base class (06h, bridge)
    rd_data[31:24] = rd_data[31:24] | ({8{class_rev_rsel}} & 8'h06);
    // class_rev.sub_class (hwinit): sub-class (04h, PCI-to-PCI bridge)
    rd_data[23:16] = rd_data[23:16] | ({8{class_rev_rsel}} & 8'h04);
    // cache_line_size.size (rw): system cache line size in DWORDs
    rd_data[7:0] = rd_data[7:0] | ({8{cache_line_size_rsel}} & cache_line_size_size_q);
    // header_type.layout (hwinit): header layout, 01h = Type 1
    rd_data[22:16] = rd_data[22:16] | ({7{header_type_rsel}} & 7'h01);
    // primary_bus.bus (rw): bus number
    rd_data[7:0] = rd_data[7:0] | ({8{primary_bus_rsel}} & primary_bus_bus_q);
    // secondary_bus.bus (rw): bus number
    rd_data[15:8] = rd_data[15:8] | ({8{secondary_bus_rsel}} & secondary_bus_bus_q);
    // subordinate_bus.bus (rw): bus number
    rd_data[23:16] = rd_data[23:16] | ({8{subordinate_bus_rsel}} & subordinate_bus_bus_q);
    // secondary_status.detected_parity_error (rw1c): a poisoned TLP was received on the link
    rd_data[31] = rd_data[31] | (secondary_status_rsel & secondary_status_detected_parity_error_q);
    // secondary_status.received_system_error (rw1c): an ERR_FATAL or ERR_NONFATAL was received on the link
    rd_data[30] = rd_data[30] | (secondary_status_rsel & secondary_status_received_system_error_q);
    // secondary_status.received_master_abort (rw1c): a request forwarded downstream completed with UR
    rd_data[29] = rd_data[29] | (secondary_status_rsel & secondary_status_received_master_abort_q);
    // secondary_status.received_target_abort (rw1c): a request forwarded downstream completed with CA
    rd_data[28] = rd_data[28] | (secondary_status_rsel & secondary_status_received_target_abort_q);
    // secondary_status.signaled_target_abort (rw1c): the port completed a request from the link with CA
    rd_data[27] = rd_data[27] | (secondary_status_rsel & secondary_status_signaled_target_abort_q);
    // secondary_status.master_data_parity_error (rw1c): poisoned data seen on the link, parity response enabled
    rd_data[24] = rd_data[24] | (secondary_status_rsel & secondary_status_master_data_parity_error_q);
    // memory_base.addr (rw): window address bits [31:20]
    rd_data[15:4] = rd_data[15:4] | ({12{memory_base_rsel}} & memory_base_addr_q);
    // memory_limit.addr (rw): window address bits [31:20]
    rd_data[31:20] = rd_data[31:20] | ({12{memory_limit_rsel}} & memory_limit_addr_q);
    // pref_memory_base.addr (rw): window address bits [31:20]
    rd_data[15:4] = rd_data[15:4] | ({12{pref_memory_base_rsel}} & pref_memory_base_addr_q);
    // pref_memory_base.addr_cap (hwinit): addressing capability, 1 = 64-bit window
    rd_data[3:0] = rd_data[3:0] | ({4{pref_memory_base_rsel}} & 4'h1);
    // pref_memory_limit.addr (rw): window address bits [31:20]
    rd_data[31:20] = rd_data[31:20] | ({12{pref_memory_limit_rsel}} & pref_memory_limit_addr_q);
    // pref_memory_limit.addr_cap (hwinit): addressing capability, 1 = 64-bit window
    rd_data[19:16] = rd_data[19:16] | ({4{pref_memory_limit_rsel}} & 4'h1);
    // pref_base_upper.addr (rw): prefetchable window address bits [63:32]
    rd_data[31:0] = rd_data[31:0] | ({32{pref_base_upper_rsel}} & pref_base_upper_addr_q);
    // pref_limit_upper.addr (rw): prefetchable window address bits [63:32]
    rd_data[31:0] = rd_data[31:0] | ({32{pref_limit_upper_rsel}} & pref_limit_upper_addr_q);
    // cap_ptr.ptr (hwinit): offset of the first capability
    rd_data[7:0] = rd_data[7:0] | ({8{cap_ptr_rsel}} & 8'h40);
    // interrupt_line.line (rw): interrupt routing information written by firmware
    rd_data[7:0] = rd_data[7:0] | ({8{interrupt_line_rsel}} & interrupt_line_line_q);
    // interrupt_pin.pin (hwinit): legacy interrupt pin, 1 = INTA
    rd_data[15:8] = rd_data[15:8] | ({8{interrupt_pin_rsel}} & 8'h01);
    // bridge_control.secondary_bus_reset (rw): hold the link in hot reset while set
    rd_data[22] = rd_data[22] | (bridge_control_rsel & bridge_control_secondary_bus_reset_q);
    // bridge_control.serr_en (rw): forward ERR_FATAL and ERR_NONFATAL from the link
    rd_data[17] = rd_data[17] | (bridge_control_rsel & bridge_control_serr_en_q);
    // bridge_control.parity_err_response (rw): act on poisoned TLPs received on the link
    rd_data[16] = rd_data[16] | (bridge_control_rsel & bridge_control_parity_err_response_q);
    // pcie_cap_hdr.next_ptr (hwinit): offset of the next capability, 0 = end of list
    rd_data[15:8] = rd_data[15:8] | ({8{pcie_cap_hdr_rsel}} & 8'h80);
    // pcie_cap_hdr.cap_id (hwinit): capability ID
    rd_data[7:0] = rd_data[7:0] | ({8{pcie_cap_hdr_rsel}} & 8'h10);
    // pcie_caps.port_type (hwinit): Device/Port Type, Root Port
    rd_data[23:20] = rd_data[23:20] | ({4{pcie_caps_rsel}} & 4'h4);
    // pcie_caps.version (hwinit): capability version, 2
    rd_data[19:16] = rd_data[19:16] | ({4{pcie_caps_rsel}} & 4'h2);
    // devcap.role_based_err_reporting (hwinit): role-based error reporting (yes)
    rd_data[15] = rd_data[15] | (devcap_rsel & 1'h1);
    // devcap.max_payload_supported (hwinit): max payload size supported, 128 << n bytes (2, 512 bytes)
    rd_data[2:0] = rd_data[2:0] | ({3{devcap_rsel}} & 3'h2);
    // devctl.max_read_request_size (rw): max read request size, 128 << n bytes
    rd_data[14:12] = rd_data[14:12] | ({3{devctl_rsel}} & devctl_max_read_request_size_q);
    // devctl.no_snoop_en (rw): the port may set No Snoop on its requests
    rd_data[11] = rd_data[11] | (devctl_rsel & devctl_no_snoop_en_q);
    // devctl.max_payload_size (warl): max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
    rd_data[7:5] = rd_data[7:5] | ({3{devctl_rsel}} & devctl_max_payload_size_q);
    // devctl.relaxed_ordering_en (rw): the port may set Relaxed Ordering on its requests
    rd_data[4] = rd_data[4] | (devctl_rsel & devctl_relaxed_ordering_en_q);
    // devctl.unsupported_req_report_en (rw): report Unsupported Requests
    rd_data[3] = rd_data[3] | (devctl_rsel & devctl_unsupported_req_report_en_q);
    // devctl.fatal_err_report_en (rw): report fatal errors
    rd_data[2] = rd_data[2] | (devctl_rsel & devctl_fatal_err_report_en_q);
    // devctl.non_fatal_err_report_en (rw): report non-fatal errors
    rd_data[1] = rd_data[1] | (devctl_rsel & devctl_non_fatal_err_report_en_q);
    // devctl.correctable_err_report_en (rw): report correctable errors
    rd_data[0] = rd_data[0] | (devctl_rsel & devctl_correctable_err_report_en_q);
    // devsta.transactions_pending (ro): non-posted requests of the port itself are outstanding
    rd_data[21] = rd_data[21] | (devsta_rsel & hw2reg.devsta.transactions_pending.d);
    // devsta.aux_power_detected (ro): aux power is present
    rd_data[20] = rd_data[20] | (devsta_rsel & hw2reg.devsta.aux_power_detected.d);
    // devsta.unsupported_req_detected (rw1c): an Unsupported Request was received
    rd_data[19] = rd_data[19] | (devsta_rsel & devsta_unsupported_req_detected_q);
    // devsta.fatal_err_detected (rw1c): a fatal error was detected
    rd_data[18] = rd_data[18] | (devsta_rsel & devsta_fatal_err_detected_q);
    // devsta.non_fatal_err_detected (rw1c): a non-fatal error was detected
    rd_data[17] = rd_data[17] | (devsta_rsel & devsta_non_fatal_err_detected_q);
    // devsta.correctable_err_detected (rw1c): a correctable error was detected
    rd_data[16] = rd_data[16] | (devsta_rsel & devsta_correctable_err_detected_q);
    // lnkcap.aspm_optionality_compliance (hwinit): ASPM optionality compliance (yes)
    rd_data[22] = rd_data[22] | (lnkcap_rsel & 1'h1);
    // lnkcap.link_bw_notification_capable (hwinit): link bandwidth notification (yes)
    rd_data[21] = rd_data[21] | (lnkcap_rsel & 1'h1);
    // lnkcap.dll_link_active_reporting_capable (hwinit): Data Link Layer Link Active reporting (yes)
    rd_data[20] = rd_data[20] | (lnkcap_rsel & 1'h1);
    // lnkcap.max_link_width (hwinit): maximum link width (x4)
    rd_data[9:4] = rd_data[9:4] | ({6{lnkcap_rsel}} & 6'h04);
    // lnkcap.max_link_speed (hwinit): maximum link speed (5.0 GT/s)
    rd_data[3:0] = rd_data[3:0] | ({4{lnkcap_rsel}} & 4'h2);
    // lnkctl.link_autonomous_bw_int_en (rw): interrupt on link autonomous bandwidth status
    rd_data[11] = rd_data[11] | (lnkctl_rsel & lnkctl_link_autonomous_bw_int_en_q);
    // lnkctl.link_bw_mgmt_int_en (rw): interrupt on link bandwidth management status
    rd_data[10] = rd_data[10] | (lnkctl_rsel & lnkctl_link_bw_mgmt_int_en_q);
    // lnkctl.extended_synch (rw): send extended FTS and TS1 ordered sets
    rd_data[7] = rd_data[7] | (lnkctl_rsel & lnkctl_extended_synch_q);
    // lnkctl.common_clock_config (rw): both ends of the link use a common reference clock
    rd_data[6] = rd_data[6] | (lnkctl_rsel & lnkctl_common_clock_config_q);
    // lnkctl.link_disable (rw): disable the link
    rd_data[4] = rd_data[4] | (lnkctl_rsel & lnkctl_link_disable_q);
    // lnkctl.aspm_control (rw): ASPM enables (no ASPM is supported: keep zero)
    rd_data[1:0] = rd_data[1:0] | ({2{lnkctl_rsel}} & lnkctl_aspm_control_q);
    // lnksta.link_autonomous_bw_status (rw1c): hardware changed speed or width autonomously
    rd_data[31] = rd_data[31] | (lnksta_rsel & lnksta_link_autonomous_bw_status_q);
    // lnksta.link_bw_mgmt_status (rw1c): link retrained by software or speed/width changed for reliability
    rd_data[30] = rd_data[30] | (lnksta_rsel & lnksta_link_bw_mgmt_status_q);
    // lnksta.dll_link_active (ro): the Data Link Layer is DL_Active
    rd_data[29] = rd_data[29] | (lnksta_rsel & hw2reg.lnksta.dll_link_active.d);
    // lnksta.link_training (ro): link training in progress
    rd_data[27] = rd_data[27] | (lnksta_rsel & hw2reg.lnksta.link_training.d);
    // lnksta.negotiated_link_width (ro): negotiated link width
    rd_data[25:20] = rd_data[25:20] | ({6{lnksta_rsel}} & hw2reg.lnksta.negotiated_link_width.d);
    // lnksta.current_link_speed (ro): current link speed
    rd_data[19:16] = rd_data[19:16] | ({4{lnksta_rsel}} & hw2reg.lnksta.current_link_speed.d);
    // slotsta.presence_detect_state (hwinit): adapter present (1, no slot)
    rd_data[22] = rd_data[22] | (slotsta_rsel & 1'h1);
    // rootctl.crs_sw_visibility_en (rw): CRS software visibility enable (a Vendor ID read that gets CRS returns 0001h)
    rd_data[4] = rd_data[4] | (rootctl_rsel & rootctl_crs_sw_visibility_en_q);
    // rootctl.pme_int_en (rw): interrupt on PME messages (Root Status PME Status)
    rd_data[3] = rd_data[3] | (rootctl_rsel & rootctl_pme_int_en_q);
    // rootctl.sys_err_on_fatal_en (rw): system error on fatal errors
    rd_data[2] = rd_data[2] | (rootctl_rsel & rootctl_sys_err_on_fatal_en_q);
    // rootctl.sys_err_on_non_fatal_en (rw): system error on non-fatal errors
    rd_data[1] = rd_data[1] | (rootctl_rsel & rootctl_sys_err_on_non_fatal_en_q);
    // rootctl.sys_err_on_correctable_en (rw): system error on correctable errors
    rd_data[0] = rd_data[0] | (rootctl_rsel & rootctl_sys_err_on_correctable_en_q);
    // rootcap.crs_sw_visibility (hwinit): CRS software visibility supported (yes)
    rd_data[16] = rd_data[16] | (rootcap_rsel & 1'h1);
    // rootsta.pme_pending (ro): another PME is waiting behind the one reported
    rd_data[17] = rd_data[17] | (rootsta_rsel & hw2reg.rootsta.pme_pending.d);
    // rootsta.pme_status (rw1c): a PME message was received
    rd_data[16] = rd_data[16] | (rootsta_rsel & rootsta_pme_status_q);
    // rootsta.pme_requester_id (ro): requester ID of the last PME message
    rd_data[15:0] = rd_data[15:0] | ({16{rootsta_rsel}} & hw2reg.rootsta.pme_requester_id.d);
    // devcap2.frs_supported (hwinit, held by the core): function readiness status (no)
    rd_data[31] = rd_data[31] | (devcap2_rsel & hw2reg.devcap2.d.frs_supported);
    // devcap2.emergency_power_reduction_init_required (hwinit, held by the core): emergency power reduction initialization (no)
    rd_data[26] = rd_data[26] | (devcap2_rsel & hw2reg.devcap2.d.emergency_power_reduction_init_required);
    // devcap2.emergency_power_reduction_supported (hwinit, held by the core): emergency power reduction (no)
    rd_data[25:24] = rd_data[25:24] | ({2{devcap2_rsel}} & hw2reg.devcap2.d.emergency_power_reduction_supported);
    // devcap2.max_ee_prefixes (hwinit, held by the core): max End-End TLP prefixes per TLP, 00b = 4 (build parameter, default 01b, one)
    rd_data[23:22] = rd_data[23:22] | ({2{devcap2_rsel}} & hw2reg.devcap2.d.max_ee_prefixes);
    // devcap2.ee_prefix_supported (hwinit, held by the core): End-End TLP prefixes supported (build parameter, default yes)
    rd_data[21] = rd_data[21] | (devcap2_rsel & hw2reg.devcap2.d.ee_prefix_supported);
    // devcap2.ext_fmt_field_supported (hwinit, held by the core): 3-bit Fmt field supported (yes, required with prefixes)
    rd_data[20] = rd_data[20] | (devcap2_rsel & hw2reg.devcap2.d.ext_fmt_field_supported);
    // devcap2.obff_supported (hwinit, held by the core): optimized buffer flush/fill (no)
    rd_data[19:18] = rd_data[19:18] | ({2{devcap2_rsel}} & hw2reg.devcap2.d.obff_supported);
    // devcap2.tag10_requester_supported (hwinit, held by the core): 10-bit tag requester (no)
    rd_data[17] = rd_data[17] | (devcap2_rsel & hw2reg.devcap2.d.tag10_requester_supported);
    // devcap2.tag10_completer_supported (hwinit, held by the core): 10-bit tag completer (no)
    rd_data[16] = rd_data[16] | (devcap2_rsel & hw2reg.devcap2.d.tag10_completer_supported);
    // devcap2.ln_system_cls (hwinit, held by the core): LN system cache line size (no)
    rd_data[15:14] = rd_data[15:14] | ({2{devcap2_rsel}} & hw2reg.devcap2.d.ln_system_cls);
    // devcap2.tph_completer_supported (hwinit, held by the core): TLP processing hints completer (no)
    rd_data[13:12] = rd_data[13:12] | ({2{devcap2_rsel}} & hw2reg.devcap2.d.tph_completer_supported);
    // devcap2.ltr_supported (hwinit, held by the core): latency tolerance reporting (no)
    rd_data[11] = rd_data[11] | (devcap2_rsel & hw2reg.devcap2.d.ltr_supported);
    // devcap2.no_ro_pr_pr_passing (hwinit, held by the core): no relaxed-ordering PR-PR passing (no)
    rd_data[10] = rd_data[10] | (devcap2_rsel & hw2reg.devcap2.d.no_ro_pr_pr_passing);
    // devcap2.cas128_completer (hwinit, held by the core): 128-bit CAS completer (no)
    rd_data[9] = rd_data[9] | (devcap2_rsel & hw2reg.devcap2.d.cas128_completer);
    // devcap2.atomic_op64_completer (hwinit, held by the core): 64-bit AtomicOp completer (no)
    rd_data[8] = rd_data[8] | (devcap2_rsel & hw2reg.devcap2.d.atomic_op64_completer);
    // devcap2.atomic_op32_completer (hwinit, held by the core): 32-bit AtomicOp completer (no)
    rd_data[7] = rd_data[7] | (devcap2_rsel & hw2reg.devcap2.d.atomic_op32_completer);
    // devcap2.atomic_op_routing (hwinit, held by the core): AtomicOp routing (no)
    rd_data[6] = rd_data[6] | (devcap2_rsel & hw2reg.devcap2.d.atomic_op_routing);
    // devcap2.ari_forwarding_supported (hwinit, held by the core): ARI forwarding (no)
    rd_data[5] = rd_data[5] | (devcap2_rsel & hw2reg.devcap2.d.ari_forwarding_supported);
    // devcap2.completion_timeout_disable_supported (hwinit, held by the core): completion timeout disable (yes)
    rd_data[4] = rd_data[4] | (devcap2_rsel & hw2reg.devcap2.d.completion_timeout_disable_supported);
    // devcap2.completion_timeout_ranges (hwinit, held by the core): programmable completion timeout ranges (none)
    rd_data[3:0] = rd_data[3:0] | ({4{devcap2_rsel}} & hw2reg.devcap2.d.completion_timeout_ranges);
    // devctl2.ee_prefix_blocking (rw): do not transmit TLPs with End-End prefixes on the link (TLP Prefix Blocked instead)
    rd_data[15] = rd_data[15] | (devctl2_rsel & devctl2_ee_prefix_blocking_q);
    // devctl2.completion_timeout_disable (rw): disable the completion timeout of the port's requests
    rd_data[4] = rd_data[4] | (devctl2_rsel & devctl2_completion_timeout_disable_q);
    // lnkcap2.supported_link_speeds (hwinit): supported speeds vector, bit 0 = 2.5 GT/s (2.5 and 5.0)
    rd_data[7:1] = rd_data[7:1] | ({7{lnkcap2_rsel}} & 7'h03);
    // lnkctl2.compliance_preset_deemphasis (rw): de-emphasis or preset in compliance mode
    rd_data[15:12] = rd_data[15:12] | ({4{lnkctl2_rsel}} & lnkctl2_compliance_preset_deemphasis_q);
    // lnkctl2.compliance_sos (rw): send SKP ordered sets in compliance mode
    rd_data[11] = rd_data[11] | (lnkctl2_rsel & lnkctl2_compliance_sos_q);
    // lnkctl2.enter_modified_compliance (rw): enter modified compliance
    rd_data[10] = rd_data[10] | (lnkctl2_rsel & lnkctl2_enter_modified_compliance_q);
    // lnkctl2.transmit_margin (rw): transmitter voltage margin (test only)
    rd_data[9:7] = rd_data[9:7] | ({3{lnkctl2_rsel}} & lnkctl2_transmit_margin_q);
    // lnkctl2.hw_autonomous_speed_disable (rw): forbid autonomous speed changes
    rd_data[5] = rd_data[5] | (lnkctl2_rsel & lnkctl2_hw_autonomous_speed_disable_q);
    // lnkctl2.enter_compliance (rw): enter compliance at the target link speed
    rd_data[4] = rd_data[4] | (lnkctl2_rsel & lnkctl2_enter_compliance_q);
    // lnkctl2.target_link_speed (rw): upper limit of the link speed
    rd_data[3:0] = rd_data[3:0] | ({4{lnkctl2_rsel}} & lnkctl2_target_link_speed_q);
    // lnksta2.downstream_component_presence (ro): presence and link state of the downstream component
    rd_data[30:28] = rd_data[30:28] | ({3{lnksta2_rsel}} & hw2reg.lnksta2.downstream_component_presence.d);
    // lnksta2.current_deemphasis (ro): current de-emphasis at 5.0 GT/s, 1 = -3.5 dB
    rd_data[16] = rd_data[16] | (lnksta2_rsel & hw2reg.lnksta2.current_deemphasis.d);
    // pm_cap_hdr.cap_id (hwinit): capability ID
    rd_data[7:0] = rd_data[7:0] | ({8{pm_cap_hdr_rsel}} & 8'h01);
    // pmc.version (hwinit): PM interface version
    rd_data[18:16] = rd_data[18:16] | ({3{pmc_rsel}} & 3'h3);
    // pmcsr.no_soft_reset (hwinit): D3hot -> D0 does not reset the configuration
    rd_data[3] = rd_data[3] | (pmcsr_rsel & 1'h1);
    // pmcsr.power_state (warl): current power state (D0 or D3hot)
    rd_data[1:0] = rd_data[1:0] | ({2{pmcsr_rsel}} & pmcsr_power_state_q);
    // aer_ext_cap_hdr.next (hwinit): offset of the next extended capability, 0 = end of list
    rd_data[31:20] = rd_data[31:20] | ({12{aer_ext_cap_hdr_rsel}} & 12'h148);
    // aer_ext_cap_hdr.version (hwinit): capability version
    rd_data[19:16] = rd_data[19:16] | ({4{aer_ext_cap_hdr_rsel}} & 4'h2);
    // aer_ext_cap_hdr.cap_id (hwinit): extended capability ID
    rd_data[15:0] = rd_data[15:0] | ({16{aer_ext_cap_hdr_rsel}} & 16'h0001);
    // aer_uncor_status.poisoned_tlp_egress_blocked (rw1c): a poisoned TLP was blocked on egress
    rd_data[26] = rd_data[26] | (aer_uncor_status_rsel & aer_uncor_status_poisoned_tlp_egress_blocked_q);
    // aer_uncor_status.tlp_prefix_blocked (rw1c): a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    rd_data[25] = rd_data[25] | (aer_uncor_status_rsel & aer_uncor_status_tlp_prefix_blocked_q);
    // aer_uncor_status.atomic_op_egress_blocked (rw1c): an AtomicOp was blocked on egress
    rd_data[24] = rd_data[24] | (aer_uncor_status_rsel & aer_uncor_status_atomic_op_egress_blocked_q);
    // aer_uncor_status.mc_blocked_tlp (rw1c): a multicast TLP was blocked
    rd_data[23] = rd_data[23] | (aer_uncor_status_rsel & aer_uncor_status_mc_blocked_tlp_q);
    // aer_uncor_status.internal_error (rw1c): uncorrectable internal error
    rd_data[22] = rd_data[22] | (aer_uncor_status_rsel & aer_uncor_status_internal_error_q);
    // aer_uncor_status.acs_violation (rw1c): a request violated an enabled ACS control
    rd_data[21] = rd_data[21] | (aer_uncor_status_rsel & aer_uncor_status_acs_violation_q);
    // aer_uncor_status.unsupported_request (rw1c): an Unsupported Request was received
    rd_data[20] = rd_data[20] | (aer_uncor_status_rsel & aer_uncor_status_unsupported_request_q);
    // aer_uncor_status.ecrc_error (rw1c): ECRC check failed
    rd_data[19] = rd_data[19] | (aer_uncor_status_rsel & aer_uncor_status_ecrc_error_q);
    // aer_uncor_status.malformed_tlp (rw1c): a malformed TLP was received
    rd_data[18] = rd_data[18] | (aer_uncor_status_rsel & aer_uncor_status_malformed_tlp_q);
    // aer_uncor_status.receiver_overflow (rw1c): a receive buffer overflowed
    rd_data[17] = rd_data[17] | (aer_uncor_status_rsel & aer_uncor_status_receiver_overflow_q);
    // aer_uncor_status.unexpected_completion (rw1c): a completion matched no outstanding request
    rd_data[16] = rd_data[16] | (aer_uncor_status_rsel & aer_uncor_status_unexpected_completion_q);
    // aer_uncor_status.completer_abort (rw1c): the port completed a request with CA
    rd_data[15] = rd_data[15] | (aer_uncor_status_rsel & aer_uncor_status_completer_abort_q);
    // aer_uncor_status.completion_timeout (rw1c): a request of the port timed out
    rd_data[14] = rd_data[14] | (aer_uncor_status_rsel & aer_uncor_status_completion_timeout_q);
    // aer_uncor_status.fc_protocol_error (rw1c): flow control protocol error
    rd_data[13] = rd_data[13] | (aer_uncor_status_rsel & aer_uncor_status_fc_protocol_error_q);
    // aer_uncor_status.poisoned_tlp_received (rw1c): a poisoned TLP was received
    rd_data[12] = rd_data[12] | (aer_uncor_status_rsel & aer_uncor_status_poisoned_tlp_received_q);
    // aer_uncor_status.surprise_down_error (rw1c): the link went down unexpectedly
    rd_data[5] = rd_data[5] | (aer_uncor_status_rsel & aer_uncor_status_surprise_down_error_q);
    // aer_uncor_status.dl_protocol_error (rw1c): Data Link Layer protocol error
    rd_data[4] = rd_data[4] | (aer_uncor_status_rsel & aer_uncor_status_dl_protocol_error_q);
    // aer_uncor_mask.poisoned_tlp_egress_blocked (rw): a poisoned TLP was blocked on egress
    rd_data[26] = rd_data[26] | (aer_uncor_mask_rsel & aer_uncor_mask_poisoned_tlp_egress_blocked_q);
    // aer_uncor_mask.tlp_prefix_blocked (rw): a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    rd_data[25] = rd_data[25] | (aer_uncor_mask_rsel & aer_uncor_mask_tlp_prefix_blocked_q);
    // aer_uncor_mask.atomic_op_egress_blocked (rw): an AtomicOp was blocked on egress
    rd_data[24] = rd_data[24] | (aer_uncor_mask_rsel & aer_uncor_mask_atomic_op_egress_blocked_q);
    // aer_uncor_mask.mc_blocked_tlp (rw): a multicast TLP was blocked
    rd_data[23] = rd_data[23] | (aer_uncor_mask_rsel & aer_uncor_mask_mc_blocked_tlp_q);
    // aer_uncor_mask.internal_error (rw): uncorrectable internal error
    rd_data[22] = rd_data[22] | (aer_uncor_mask_rsel & aer_uncor_mask_internal_error_q);
    // aer_uncor_mask.acs_violation (rw): a request violated an enabled ACS control
    rd_data[21] = rd_data[21] | (aer_uncor_mask_rsel & aer_uncor_mask_acs_violation_q);
    // aer_uncor_mask.unsupported_request (rw): an Unsupported Request was received
    rd_data[20] = rd_data[20] | (aer_uncor_mask_rsel & aer_uncor_mask_unsupported_request_q);
    // aer_uncor_mask.ecrc_error (rw): ECRC check failed
    rd_data[19] = rd_data[19] | (aer_uncor_mask_rsel & aer_uncor_mask_ecrc_error_q);
    // aer_uncor_mask.malformed_tlp (rw): a malformed TLP was received
    rd_data[18] = rd_data[18] | (aer_uncor_mask_rsel & aer_uncor_mask_malformed_tlp_q);
    // aer_uncor_mask.receiver_overflow (rw): a receive buffer overflowed
    rd_data[17] = rd_data[17] | (aer_uncor_mask_rsel & aer_uncor_mask_receiver_overflow_q);
    // aer_uncor_mask.unexpected_completion (rw): a completion matched no outstanding request
    rd_data[16] = rd_data[16] | (aer_uncor_mask_rsel & aer_uncor_mask_unexpected_completion_q);
    // aer_uncor_mask.completer_abort (rw): the port completed a request with CA
    rd_data[15] = rd_data[15] | (aer_uncor_mask_rsel & aer_uncor_mask_completer_abort_q);
    // aer_uncor_mask.completion_timeout (rw): a request of the port timed out
    rd_data[14] = rd_data[14] | (aer_uncor_mask_rsel & aer_uncor_mask_completion_timeout_q);
    // aer_uncor_mask.fc_protocol_error (rw): flow control protocol error
    rd_data[13] = rd_data[13] | (aer_uncor_mask_rsel & aer_uncor_mask_fc_protocol_error_q);
    // aer_uncor_mask.poisoned_tlp_received (rw): a poisoned TLP was received
    rd_data[12] = rd_data[12] | (aer_uncor_mask_rsel & aer_uncor_mask_poisoned_tlp_received_q);
    // aer_uncor_mask.surprise_down_error (rw): the link went down unexpectedly
    rd_data[5] = rd_data[5] | (aer_uncor_mask_rsel & aer_uncor_mask_surprise_down_error_q);
    // aer_uncor_mask.dl_protocol_error (rw): Data Link Layer protocol error
    rd_data[4] = rd_data[4] | (aer_uncor_mask_rsel & aer_uncor_mask_dl_protocol_error_q);
    // aer_uncor_severity.poisoned_tlp_egress_blocked (rw): a poisoned TLP was blocked on egress
    rd_data[26] = rd_data[26] | (aer_uncor_severity_rsel & aer_uncor_severity_poisoned_tlp_egress_blocked_q);
    // aer_uncor_severity.tlp_prefix_blocked (rw): a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    rd_data[25] = rd_data[25] | (aer_uncor_severity_rsel & aer_uncor_severity_tlp_prefix_blocked_q);
    // aer_uncor_severity.atomic_op_egress_blocked (rw): an AtomicOp was blocked on egress
    rd_data[24] = rd_data[24] | (aer_uncor_severity_rsel & aer_uncor_severity_atomic_op_egress_blocked_q);
    // aer_uncor_severity.mc_blocked_tlp (rw): a multicast TLP was blocked
    rd_data[23] = rd_data[23] | (aer_uncor_severity_rsel & aer_uncor_severity_mc_blocked_tlp_q);
    // aer_uncor_severity.internal_error (rw): uncorrectable internal error
    rd_data[22] = rd_data[22] | (aer_uncor_severity_rsel & aer_uncor_severity_internal_error_q);
    // aer_uncor_severity.acs_violation (rw): a request violated an enabled ACS control
    rd_data[21] = rd_data[21] | (aer_uncor_severity_rsel & aer_uncor_severity_acs_violation_q);
    // aer_uncor_severity.unsupported_request (rw): an Unsupported Request was received
    rd_data[20] = rd_data[20] | (aer_uncor_severity_rsel & aer_uncor_severity_unsupported_request_q);
    // aer_uncor_severity.ecrc_error (rw): ECRC check failed
    rd_data[19] = rd_data[19] | (aer_uncor_severity_rsel & aer_uncor_severity_ecrc_error_q);
    // aer_uncor_severity.malformed_tlp (rw): a malformed TLP was received
    rd_data[18] = rd_data[18] | (aer_uncor_severity_rsel & aer_uncor_severity_malformed_tlp_q);
    // aer_uncor_severity.receiver_overflow (rw): a receive buffer overflowed
    rd_data[17] = rd_data[17] | (aer_uncor_severity_rsel & aer_uncor_severity_receiver_overflow_q);
    // aer_uncor_severity.unexpected_completion (rw): a completion matched no outstanding request
    rd_data[16] = rd_data[16] | (aer_uncor_severity_rsel & aer_uncor_severity_unexpected_completion_q);
    // aer_uncor_severity.completer_abort (rw): the port completed a request with CA
    rd_data[15] = rd_data[15] | (aer_uncor_severity_rsel & aer_uncor_severity_completer_abort_q);
    // aer_uncor_severity.completion_timeout (rw): a request of the port timed out
    rd_data[14] = rd_data[14] | (aer_uncor_severity_rsel & aer_uncor_severity_completion_timeout_q);
    // aer_uncor_severity.fc_protocol_error (rw): flow control protocol error
    rd_data[13] = rd_data[13] | (aer_uncor_severity_rsel & aer_uncor_severity_fc_protocol_error_q);
    // aer_uncor_severity.poisoned_tlp_received (rw): a poisoned TLP was received
    rd_data[12] = rd_data[12] | (aer_uncor_severity_rsel & aer_uncor_severity_poisoned_tlp_received_q);
    // aer_uncor_severity.surprise_down_error (rw): the link went down unexpectedly
    rd_data[5] = rd_data[5] | (aer_uncor_severity_rsel & aer_uncor_severity_surprise_down_error_q);
    // aer_uncor_severity.dl_protocol_error (rw): Data Link Layer protocol error
    rd_data[4] = rd_data[4] | (aer_uncor_severity_rsel & aer_uncor_severity_dl_protocol_error_q);
    // aer_cor_status.header_log_overflow (rw1c): a header could not be logged (log full)
    rd_data[15] = rd_data[15] | (aer_cor_status_rsel & aer_cor_status_header_log_overflow_q);
    // aer_cor_status.corrected_internal_error (rw1c): corrected internal error
    rd_data[14] = rd_data[14] | (aer_cor_status_rsel & aer_cor_status_corrected_internal_error_q);
    // aer_cor_status.advisory_non_fatal (rw1c): a non-fatal error was reported as correctable (advisory)
    rd_data[13] = rd_data[13] | (aer_cor_status_rsel & aer_cor_status_advisory_non_fatal_q);
    // aer_cor_status.replay_timer_timeout (rw1c): the replay timer expired
    rd_data[12] = rd_data[12] | (aer_cor_status_rsel & aer_cor_status_replay_timer_timeout_q);
    // aer_cor_status.replay_num_rollover (rw1c): the replay counter rolled over
    rd_data[8] = rd_data[8] | (aer_cor_status_rsel & aer_cor_status_replay_num_rollover_q);
    // aer_cor_status.bad_dllp (rw1c): a DLLP failed its CRC
    rd_data[7] = rd_data[7] | (aer_cor_status_rsel & aer_cor_status_bad_dllp_q);
    // aer_cor_status.bad_tlp (rw1c): a TLP failed its LCRC or sequence check
    rd_data[6] = rd_data[6] | (aer_cor_status_rsel & aer_cor_status_bad_tlp_q);
    // aer_cor_status.receiver_error (rw1c): physical layer receiver error
    rd_data[0] = rd_data[0] | (aer_cor_status_rsel & aer_cor_status_receiver_error_q);
    // aer_cor_mask.header_log_overflow (rw): a header could not be logged (log full)
    rd_data[15] = rd_data[15] | (aer_cor_mask_rsel & aer_cor_mask_header_log_overflow_q);
    // aer_cor_mask.corrected_internal_error (rw): corrected internal error
    rd_data[14] = rd_data[14] | (aer_cor_mask_rsel & aer_cor_mask_corrected_internal_error_q);
    // aer_cor_mask.advisory_non_fatal (rw): a non-fatal error was reported as correctable (advisory)
    rd_data[13] = rd_data[13] | (aer_cor_mask_rsel & aer_cor_mask_advisory_non_fatal_q);
    // aer_cor_mask.replay_timer_timeout (rw): the replay timer expired
    rd_data[12] = rd_data[12] | (aer_cor_mask_rsel & aer_cor_mask_replay_timer_timeout_q);
    // aer_cor_mask.replay_num_rollover (rw): the replay counter rolled over
    rd_data[8] = rd_data[8] | (aer_cor_mask_rsel & aer_cor_mask_replay_num_rollover_q);
    // aer_cor_mask.bad_dllp (rw): a DLLP failed its CRC
    rd_data[7] = rd_data[7] | (aer_cor_mask_rsel & aer_cor_mask_bad_dllp_q);
    // aer_cor_mask.bad_tlp (rw): a TLP failed its LCRC or sequence check
    rd_data[6] = rd_data[6] | (aer_cor_mask_rsel & aer_cor_mask_bad_tlp_q);
    // aer_cor_mask.receiver_error (rw): physical layer receiver error
    rd_data[0] = rd_data[0] | (aer_cor_mask_rsel & aer_cor_mask_receiver_error_q);
    // aer_cap_ctrl.tlp_prefix_log_present (ro): the TLP Prefix Log holds the prefixes of the logged TLP
    rd_data[11] = rd_data[11] | (aer_cap_ctrl_rsel & hw2reg.aer_cap_ctrl.tlp_prefix_log_present.d);
    // aer_cap_ctrl.first_error_pointer (ro): bit number of the first uncorrectable error logged
    rd_data[4:0] = rd_data[4:0] | ({5{aer_cap_ctrl_rsel}} & hw2reg.aer_cap_ctrl.first_error_pointer.d);
    // aer_header_log[0].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_header_log_0_rsel}} & hw2reg.aer_header_log_0.dw.d);
    // aer_header_log[1].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_header_log_1_rsel}} & hw2reg.aer_header_log_1.dw.d);
    // aer_header_log[2].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_header_log_2_rsel}} & hw2reg.aer_header_log_2.dw.d);
    // aer_header_log[3].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_header_log_3_rsel}} & hw2reg.aer_header_log_3.dw.d);
    // aer_root_err_cmd.fatal_err_report_en (rw): interrupt when a fatal error is reported to the port
    rd_data[2] = rd_data[2] | (aer_root_err_cmd_rsel & aer_root_err_cmd_fatal_err_report_en_q);
    // aer_root_err_cmd.non_fatal_err_report_en (rw): interrupt when a non-fatal error is reported to the port
    rd_data[1] = rd_data[1] | (aer_root_err_cmd_rsel & aer_root_err_cmd_non_fatal_err_report_en_q);
    // aer_root_err_cmd.correctable_err_report_en (rw): interrupt when a correctable error is reported to the port
    rd_data[0] = rd_data[0] | (aer_root_err_cmd_rsel & aer_root_err_cmd_correctable_err_report_en_q);
    // aer_root_err_status.fatal_msg_received (rw1c): at least one ERR_FATAL was received
    rd_data[6] = rd_data[6] | (aer_root_err_status_rsel & aer_root_err_status_fatal_msg_received_q);
    // aer_root_err_status.non_fatal_msg_received (rw1c): at least one ERR_NONFATAL was received
    rd_data[5] = rd_data[5] | (aer_root_err_status_rsel & aer_root_err_status_non_fatal_msg_received_q);
    // aer_root_err_status.first_uncor_fatal (rw1c): the first uncorrectable message received was fatal
    rd_data[4] = rd_data[4] | (aer_root_err_status_rsel & aer_root_err_status_first_uncor_fatal_q);
    // aer_root_err_status.multi_fatal_non_fatal_received (rw1c): another ERR_FATAL/NONFATAL arrived while one was logged
    rd_data[3] = rd_data[3] | (aer_root_err_status_rsel & aer_root_err_status_multi_fatal_non_fatal_received_q);
    // aer_root_err_status.fatal_non_fatal_received (rw1c): an ERR_FATAL or ERR_NONFATAL was received
    rd_data[2] = rd_data[2] | (aer_root_err_status_rsel & aer_root_err_status_fatal_non_fatal_received_q);
    // aer_root_err_status.multi_cor_received (rw1c): another ERR_COR arrived while one was logged
    rd_data[1] = rd_data[1] | (aer_root_err_status_rsel & aer_root_err_status_multi_cor_received_q);
    // aer_root_err_status.cor_received (rw1c): an ERR_COR was received
    rd_data[0] = rd_data[0] | (aer_root_err_status_rsel & aer_root_err_status_cor_received_q);
    // aer_err_source_id.fatal_non_fatal_source_id (ro): requester ID of the first ERR_FATAL/NONFATAL logged
    rd_data[31:16] = rd_data[31:16] | ({16{aer_err_source_id_rsel}} & hw2reg.aer_err_source_id.fatal_non_fatal_source_id.d);
    // aer_err_source_id.cor_source_id (ro): requester ID of the first ERR_COR logged
    rd_data[15:0] = rd_data[15:0] | ({16{aer_err_source_id_rsel}} & hw2reg.aer_err_source_id.cor_source_id.d);
    // aer_tlp_prefix_log[0].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_tlp_prefix_log_0_rsel}} & hw2reg.aer_tlp_prefix_log_0.dw.d);
    // aer_tlp_prefix_log[1].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_tlp_prefix_log_1_rsel}} & hw2reg.aer_tlp_prefix_log_1.dw.d);
    // aer_tlp_prefix_log[2].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_tlp_prefix_log_2_rsel}} & hw2reg.aer_tlp_prefix_log_2.dw.d);
    // aer_tlp_prefix_log[3].dw (ro): one logged DWORD
    rd_data[31:0] = rd_data[31:0] | ({32{aer_tlp_prefix_log_3_rsel}} & hw2reg.aer_tlp_prefix_log_3.dw.d);
    // acs_ext_cap_hdr.version (hwinit): capability version
    rd_data[19:16] = rd_data[19:16] | ({4{acs_ext_cap_hdr_rsel}} & 4'h1);
    // acs_ext_cap_hdr.cap_id (hwinit): extended capability ID
    rd_data[15:0] = rd_data[15:0] | ({16{acs_ext_cap_hdr_rsel}} & 16'h000d);
    // acs_caps.direct_translated_p2p (hwinit): direct translated P2P (yes)
    rd_data[6] = rd_data[6] | (acs_caps_rsel & 1'h1);
    // acs_caps.upstream_forwarding (hwinit): upstream forwarding (yes)
    rd_data[4] = rd_data[4] | (acs_caps_rsel & 1'h1);
    // acs_caps.p2p_completion_redirect (hwinit): P2P completion redirect (yes)
    rd_data[3] = rd_data[3] | (acs_caps_rsel & 1'h1);
    // acs_caps.p2p_request_redirect (hwinit): P2P request redirect (yes)
    rd_data[2] = rd_data[2] | (acs_caps_rsel & 1'h1);
    // acs_caps.translation_blocking (hwinit): translation blocking (yes)
    rd_data[1] = rd_data[1] | (acs_caps_rsel & 1'h1);
    // acs_caps.source_validation (hwinit): source validation (yes)
    rd_data[0] = rd_data[0] | (acs_caps_rsel & 1'h1);
    // acs_ctrl.direct_translated_p2p_en (rw): route translated P2P requests directly
    rd_data[22] = rd_data[22] | (acs_ctrl_rsel & acs_ctrl_direct_translated_p2p_en_q);
    // acs_ctrl.upstream_forwarding_en (rw): forward upstream requests that target the port's own link upstream
    rd_data[20] = rd_data[20] | (acs_ctrl_rsel & acs_ctrl_upstream_forwarding_en_q);
    // acs_ctrl.p2p_completion_redirect_en (rw): redirect P2P completions upstream
    rd_data[19] = rd_data[19] | (acs_ctrl_rsel & acs_ctrl_p2p_completion_redirect_en_q);
    // acs_ctrl.p2p_request_redirect_en (rw): redirect P2P requests upstream (to the IOMMU)
    rd_data[18] = rd_data[18] | (acs_ctrl_rsel & acs_ctrl_p2p_request_redirect_en_q);
    // acs_ctrl.translation_blocking_en (rw): block upstream requests whose AT is not 00b (untranslated)
    rd_data[17] = rd_data[17] | (acs_ctrl_rsel & acs_ctrl_translation_blocking_en_q);
    // acs_ctrl.source_validation_en (rw): check the bus number of requester IDs
    rd_data[16] = rd_data[16] | (acs_ctrl_rsel & acs_ctrl_source_validation_en_q);
  end

  // Inputs and bits the map does not use (address bits below the word, AxPROT, byte lanes
  // without writable fields); reduced here so that lint sees them as used on purpose.
  logic unused_inputs;
  assign unused_inputs = ^{s_axil_awprot, s_axil_arprot, s_axil_awaddr[ADDR_LSB-1:0], s_axil_araddr[ADDR_LSB-1:0], wr_en, wr_addr, wr_data, wr_bmask, rd_addr, hw2reg.devcap2.d.rsvd_30_27};

endmodule

`resetall

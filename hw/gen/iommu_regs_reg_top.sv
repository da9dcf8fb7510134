// Generated from regmaps/iommu_regs_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//
// iommu_regs_reg_top: AXI4-Lite register slave of the 4096-byte iommu_regs_pkg block.
// RISC-V IOMMU memory-mapped register file (4 KiB, little-endian, 64-bit bus).
//
// Bus: 64-bit AXI4-Lite, one write and one read outstanding. AW and W are taken
// in either order, in the same or in different cycles; the write is performed once both are
// held and answered OKAY on B. R is valid the cycle after the AR handshake (registered data:
// no combinational path from bus inputs to bus outputs). Reads and writes are independent.
// Address bits below the word (8 bytes) and AxPROT are ignored; WSTRB selects the bytes
// written: a field changes only in the bytes whose strobe is set.
// Every response is OKAY: offsets not covered by a register (and rsvd/hwinit bits) ignore
// writes and read zero, as regmaps/README.md says for reserved offsets (no SLVERR).
// Reset: rst_ni, asynchronous assertion, active low (as OpenTitan); fields reset to the
// bits of <REG>_RESET of iommu_regs_pkg.
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

module iommu_regs_reg_top #(
  // Width of the byte address; the register map fixes it (4096-byte window).
  parameter int unsigned ADDR_WIDTH = 12,
  // Width of the data bus in bits; the register map fixes it (8-byte bus).
  parameter int unsigned DATA_WIDTH = 64,
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
  output iommu_regs_reg_pkg::iommu_regs_reg2hw_t reg2hw,
  input  wire iommu_regs_reg_pkg::iommu_regs_hw2reg_t hw2reg
);

  // The register map fixes the widths; any other value would decode wrong addresses.
  if (ADDR_WIDTH != 12 || DATA_WIDTH != 64 || STRB_WIDTH != DATA_WIDTH / 8) begin : g_bad_params
    $error("iommu_regs_reg_top: ADDR_WIDTH must be 12, DATA_WIDTH 64, STRB_WIDTH DATA_WIDTH/8");
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
  assign wr_bmask = {{8{wr_strb[7]}}, {8{wr_strb[6]}}, {8{wr_strb[5]}}, {8{wr_strb[4]}}, {8{wr_strb[3]}}, {8{wr_strb[2]}}, {8{wr_strb[1]}}, {8{wr_strb[0]}}};

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

  logic capabilities_rsel;  // read of capabilities word at 0x000
  logic fctl_rsel;  // read of fctl word at 0x008
  logic ddtp_wsel;  // write to ddtp word at 0x010
  logic ddtp_rsel;  // read of ddtp word at 0x010
  logic cqb_wsel;  // write to cqb word at 0x018
  logic cqb_rsel;  // read of cqb word at 0x018
  logic cqh_rsel;  // read of cqh word at 0x020
  logic cqt_wsel;  // write to cqt word at 0x020
  logic cqt_rsel;  // read of cqt word at 0x020
  logic fqb_wsel;  // write to fqb word at 0x028
  logic fqb_rsel;  // read of fqb word at 0x028
  logic fqh_wsel;  // write to fqh word at 0x030
  logic fqh_rsel;  // read of fqh word at 0x030
  logic fqt_rsel;  // read of fqt word at 0x030
  logic pqb_wsel;  // write to pqb word at 0x038
  logic pqb_rsel;  // read of pqb word at 0x038
  logic pqh_wsel;  // write to pqh word at 0x040
  logic pqh_rsel;  // read of pqh word at 0x040
  logic pqt_rsel;  // read of pqt word at 0x040
  logic cqcsr_wsel;  // write to cqcsr word at 0x048
  logic cqcsr_rsel;  // read of cqcsr word at 0x048
  logic fqcsr_wsel;  // write to fqcsr word at 0x048
  logic fqcsr_rsel;  // read of fqcsr word at 0x048
  logic pqcsr_wsel;  // write to pqcsr word at 0x050
  logic pqcsr_rsel;  // read of pqcsr word at 0x050
  logic ipsr_wsel;  // write to ipsr word at 0x050
  logic ipsr_rsel;  // read of ipsr word at 0x050
  logic tr_req_iova_wsel;  // write to tr_req_iova word at 0x258
  logic tr_req_iova_rsel;  // read of tr_req_iova word at 0x258
  logic tr_req_ctl_wsel;  // write to tr_req_ctl word at 0x260
  logic tr_req_ctl_rsel;  // read of tr_req_ctl word at 0x260
  logic tr_response_rsel;  // read of tr_response word at 0x268
  logic icvec_wsel;  // write to icvec word at 0x2f8
  logic icvec_rsel;  // read of icvec word at 0x2f8
  assign capabilities_rsel = rd_addr == 9'h000;
  assign fctl_rsel = rd_addr == 9'h001;
  assign ddtp_wsel = wr_en && (wr_addr == 9'h002);
  assign ddtp_rsel = rd_addr == 9'h002;
  assign cqb_wsel = wr_en && (wr_addr == 9'h003);
  assign cqb_rsel = rd_addr == 9'h003;
  assign cqh_rsel = rd_addr == 9'h004;
  assign cqt_wsel = wr_en && (wr_addr == 9'h004);
  assign cqt_rsel = rd_addr == 9'h004;
  assign fqb_wsel = wr_en && (wr_addr == 9'h005);
  assign fqb_rsel = rd_addr == 9'h005;
  assign fqh_wsel = wr_en && (wr_addr == 9'h006);
  assign fqh_rsel = rd_addr == 9'h006;
  assign fqt_rsel = rd_addr == 9'h006;
  assign pqb_wsel = wr_en && (wr_addr == 9'h007);
  assign pqb_rsel = rd_addr == 9'h007;
  assign pqh_wsel = wr_en && (wr_addr == 9'h008);
  assign pqh_rsel = rd_addr == 9'h008;
  assign pqt_rsel = rd_addr == 9'h008;
  assign cqcsr_wsel = wr_en && (wr_addr == 9'h009);
  assign cqcsr_rsel = rd_addr == 9'h009;
  assign fqcsr_wsel = wr_en && (wr_addr == 9'h009);
  assign fqcsr_rsel = rd_addr == 9'h009;
  assign pqcsr_wsel = wr_en && (wr_addr == 9'h00a);
  assign pqcsr_rsel = rd_addr == 9'h00a;
  assign ipsr_wsel = wr_en && (wr_addr == 9'h00a);
  assign ipsr_rsel = rd_addr == 9'h00a;
  assign tr_req_iova_wsel = wr_en && (wr_addr == 9'h04b);
  assign tr_req_iova_rsel = rd_addr == 9'h04b;
  assign tr_req_ctl_wsel = wr_en && (wr_addr == 9'h04c);
  assign tr_req_ctl_rsel = rd_addr == 9'h04c;
  assign tr_response_rsel = rd_addr == 9'h04d;
  assign icvec_wsel = wr_en && (wr_addr == 9'h05f);
  assign icvec_rsel = rd_addr == 9'h05f;

  // ---------------------------------------------------------------------------------------
  // Fields: <p>_wm = bits the current write touches, <p>_wd = write data, <p>_q = state
  // ---------------------------------------------------------------------------------------

  // ipsr.pip (rw1c): page-request-queue interrupt pending
  logic ipsr_pip_q, ipsr_pip_d, ipsr_pip_wm, ipsr_pip_wd;
  assign ipsr_pip_wm = ipsr_wsel & wr_bmask[35];
  assign ipsr_pip_wd = wr_data[35];
  assign ipsr_pip_d = (ipsr_pip_q & ~(ipsr_pip_wd & ipsr_pip_wm)) | hw2reg.ipsr.pip.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ipsr_pip_q <= 1'h0;
    end else begin
      ipsr_pip_q <= ipsr_pip_d;
    end
  end
  assign reg2hw.ipsr.pip.q = ipsr_pip_q;

  // ipsr.fip (rw1c): fault-queue interrupt pending
  logic ipsr_fip_q, ipsr_fip_d, ipsr_fip_wm, ipsr_fip_wd;
  assign ipsr_fip_wm = ipsr_wsel & wr_bmask[33];
  assign ipsr_fip_wd = wr_data[33];
  assign ipsr_fip_d = (ipsr_fip_q & ~(ipsr_fip_wd & ipsr_fip_wm)) | hw2reg.ipsr.fip.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ipsr_fip_q <= 1'h0;
    end else begin
      ipsr_fip_q <= ipsr_fip_d;
    end
  end
  assign reg2hw.ipsr.fip.q = ipsr_fip_q;

  // ipsr.cip (rw1c): command-queue interrupt pending
  logic ipsr_cip_q, ipsr_cip_d, ipsr_cip_wm, ipsr_cip_wd;
  assign ipsr_cip_wm = ipsr_wsel & wr_bmask[32];
  assign ipsr_cip_wd = wr_data[32];
  assign ipsr_cip_d = (ipsr_cip_q & ~(ipsr_cip_wd & ipsr_cip_wm)) | hw2reg.ipsr.cip.set;
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ipsr_cip_q <= 1'h0;
    end else begin
      ipsr_cip_q <= ipsr_cip_d;
    end
  end
  assign reg2hw.ipsr.cip.q = ipsr_cip_q;

  // icvec.piv (warl): vector of the page-request-queue interrupt
  logic [3:0] icvec_piv_q, icvec_piv_d, icvec_piv_wm, icvec_piv_wd;
  logic [3:0] icvec_piv_wv;  // value after the write
  logic icvec_piv_qe_q, icvec_piv_qe_d;
  assign icvec_piv_wm = {4{icvec_wsel}} & wr_bmask[15:12];
  assign icvec_piv_wd = wr_data[15:12];
  assign icvec_piv_wv = (icvec_piv_q & ~icvec_piv_wm) | (icvec_piv_wd & icvec_piv_wm);
  always_comb begin
    icvec_piv_d    = icvec_piv_q;
    icvec_piv_qe_d = 1'b0;
    if (hw2reg.icvec.piv.de) begin
      icvec_piv_d = hw2reg.icvec.piv.d;
    end else if (|icvec_piv_wm) begin
      icvec_piv_d    = icvec_piv_wv;
      icvec_piv_qe_d = 1'b1;
    end
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      icvec_piv_q <= 4'h0;
      icvec_piv_qe_q <= 1'b0;
    end else begin
      icvec_piv_q <= icvec_piv_d;
      icvec_piv_qe_q <= icvec_piv_qe_d;
    end
  end
  assign reg2hw.icvec.piv.q = icvec_piv_q;
  assign reg2hw.icvec.piv.qe = icvec_piv_qe_q;

  // icvec.pmiv (warl): vector of the performance-monitor interrupt
  logic [3:0] icvec_pmiv_q, icvec_pmiv_d, icvec_pmiv_wm, icvec_pmiv_wd;
  logic [3:0] icvec_pmiv_wv;  // value after the write
  logic icvec_pmiv_qe_q, icvec_pmiv_qe_d;
  assign icvec_pmiv_wm = {4{icvec_wsel}} & wr_bmask[11:8];
  assign icvec_pmiv_wd = wr_data[11:8];
  assign icvec_pmiv_wv = (icvec_pmiv_q & ~icvec_pmiv_wm) | (icvec_pmiv_wd & icvec_pmiv_wm);
  always_comb begin
    icvec_pmiv_d    = icvec_pmiv_q;
    icvec_pmiv_qe_d = 1'b0;
    if (hw2reg.icvec.pmiv.de) begin
      icvec_pmiv_d = hw2reg.icvec.pmiv.d;
    end else if (|icvec_pmiv_wm) begin
      icvec_pmiv_d    = icvec_pmiv_wv;
      icvec_pmiv_qe_d = 1'b1;
    end
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      icvec_pmiv_q <= 4'h0;
      icvec_pmiv_qe_q <= 1'b0;
    end else begin
      icvec_pmiv_q <= icvec_pmiv_d;
      icvec_pmiv_qe_q <= icvec_pmiv_qe_d;
    end
  end
  assign reg2hw.icvec.pmiv.q = icvec_pmiv_q;
  assign reg2hw.icvec.pmiv.qe = icvec_pmiv_qe_q;

  // icvec.fiv (warl): vector of the fault-queue interrupt
  logic [3:0] icvec_fiv_q, icvec_fiv_d, icvec_fiv_wm, icvec_fiv_wd;
  logic [3:0] icvec_fiv_wv;  // value after the write
  logic icvec_fiv_qe_q, icvec_fiv_qe_d;
  assign icvec_fiv_wm = {4{icvec_wsel}} & wr_bmask[7:4];
  assign icvec_fiv_wd = wr_data[7:4];
  assign icvec_fiv_wv = (icvec_fiv_q & ~icvec_fiv_wm) | (icvec_fiv_wd & icvec_fiv_wm);
  always_comb begin
    icvec_fiv_d    = icvec_fiv_q;
    icvec_fiv_qe_d = 1'b0;
    if (hw2reg.icvec.fiv.de) begin
      icvec_fiv_d = hw2reg.icvec.fiv.d;
    end else if (|icvec_fiv_wm) begin
      icvec_fiv_d    = icvec_fiv_wv;
      icvec_fiv_qe_d = 1'b1;
    end
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      icvec_fiv_q <= 4'h0;
      icvec_fiv_qe_q <= 1'b0;
    end else begin
      icvec_fiv_q <= icvec_fiv_d;
      icvec_fiv_qe_q <= icvec_fiv_qe_d;
    end
  end
  assign reg2hw.icvec.fiv.q = icvec_fiv_q;
  assign reg2hw.icvec.fiv.qe = icvec_fiv_qe_q;

  // icvec.civ (warl): vector of the command-queue interrupt
  logic [3:0] icvec_civ_q, icvec_civ_d, icvec_civ_wm, icvec_civ_wd;
  logic [3:0] icvec_civ_wv;  // value after the write
  logic icvec_civ_qe_q, icvec_civ_qe_d;
  assign icvec_civ_wm = {4{icvec_wsel}} & wr_bmask[3:0];
  assign icvec_civ_wd = wr_data[3:0];
  assign icvec_civ_wv = (icvec_civ_q & ~icvec_civ_wm) | (icvec_civ_wd & icvec_civ_wm);
  always_comb begin
    icvec_civ_d    = icvec_civ_q;
    icvec_civ_qe_d = 1'b0;
    if (hw2reg.icvec.civ.de) begin
      icvec_civ_d = hw2reg.icvec.civ.d;
    end else if (|icvec_civ_wm) begin
      icvec_civ_d    = icvec_civ_wv;
      icvec_civ_qe_d = 1'b1;
    end
  end
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      icvec_civ_q <= 4'h0;
      icvec_civ_qe_q <= 1'b0;
    end else begin
      icvec_civ_q <= icvec_civ_d;
      icvec_civ_qe_q <= icvec_civ_qe_d;
    end
  end
  assign reg2hw.icvec.civ.q = icvec_civ_q;
  assign reg2hw.icvec.civ.qe = icvec_civ_qe_q;

  // ---------------------------------------------------------------------------------------
  // Registers held by the core: <p>_q = data of the last write (bytes in <p>_wm),
  // <p>_be_q = its byte enables, <p>_qe_q = its pulse; reads take hw2reg .d below
  // ---------------------------------------------------------------------------------------

  // ddtp (held by the core): Device-directory-table pointer: root of the DDT and the IOMMU operating mode.
  logic [63:0] ddtp_q, ddtp_d, ddtp_wm, ddtp_wd;
  logic [7:0] ddtp_be_q, ddtp_be_d;
  logic ddtp_qe_q;
  assign ddtp_wm   = {64{ddtp_wsel}} & wr_bmask[63:0];
  assign ddtp_wd   = wr_data[63:0];
  assign ddtp_be_d = {8{ddtp_wsel}} & wr_strb[7:0];
  assign ddtp_d    = (ddtp_q & ~ddtp_wm) | (ddtp_wd & ddtp_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      ddtp_q    <= '0;
      ddtp_be_q <= '0;
      ddtp_qe_q <= 1'b0;
    end else begin
      ddtp_q    <= ddtp_d;
      ddtp_be_q <= ddtp_be_d;
      ddtp_qe_q <= |ddtp_be_d;
    end
  end
  assign reg2hw.ddtp.q  = ddtp_q;
  assign reg2hw.ddtp.qe = ddtp_qe_q;
  assign reg2hw.ddtp.be = ddtp_be_q;

  // cqb (held by the core): Command-queue base: location and size of the command queue (16-byte entries).
  logic [63:0] cqb_q, cqb_d, cqb_wm, cqb_wd;
  logic [7:0] cqb_be_q, cqb_be_d;
  logic cqb_qe_q;
  assign cqb_wm   = {64{cqb_wsel}} & wr_bmask[63:0];
  assign cqb_wd   = wr_data[63:0];
  assign cqb_be_d = {8{cqb_wsel}} & wr_strb[7:0];
  assign cqb_d    = (cqb_q & ~cqb_wm) | (cqb_wd & cqb_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cqb_q    <= '0;
      cqb_be_q <= '0;
      cqb_qe_q <= 1'b0;
    end else begin
      cqb_q    <= cqb_d;
      cqb_be_q <= cqb_be_d;
      cqb_qe_q <= |cqb_be_d;
    end
  end
  assign reg2hw.cqb.q  = cqb_q;
  assign reg2hw.cqb.qe = cqb_qe_q;
  assign reg2hw.cqb.be = cqb_be_q;

  // cqt (held by the core): Command-queue tail: index where software writes the next command.
  logic [31:0] cqt_q, cqt_d, cqt_wm, cqt_wd;
  logic [3:0] cqt_be_q, cqt_be_d;
  logic cqt_qe_q;
  assign cqt_wm   = {32{cqt_wsel}} & wr_bmask[63:32];
  assign cqt_wd   = wr_data[63:32];
  assign cqt_be_d = {4{cqt_wsel}} & wr_strb[7:4];
  assign cqt_d    = (cqt_q & ~cqt_wm) | (cqt_wd & cqt_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cqt_q    <= '0;
      cqt_be_q <= '0;
      cqt_qe_q <= 1'b0;
    end else begin
      cqt_q    <= cqt_d;
      cqt_be_q <= cqt_be_d;
      cqt_qe_q <= |cqt_be_d;
    end
  end
  assign reg2hw.cqt.q  = cqt_q;
  assign reg2hw.cqt.qe = cqt_qe_q;
  assign reg2hw.cqt.be = cqt_be_q;

  // fqb (held by the core): Fault-queue base: location and size of the fault queue (32-byte records).
  logic [63:0] fqb_q, fqb_d, fqb_wm, fqb_wd;
  logic [7:0] fqb_be_q, fqb_be_d;
  logic fqb_qe_q;
  assign fqb_wm   = {64{fqb_wsel}} & wr_bmask[63:0];
  assign fqb_wd   = wr_data[63:0];
  assign fqb_be_d = {8{fqb_wsel}} & wr_strb[7:0];
  assign fqb_d    = (fqb_q & ~fqb_wm) | (fqb_wd & fqb_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fqb_q    <= '0;
      fqb_be_q <= '0;
      fqb_qe_q <= 1'b0;
    end else begin
      fqb_q    <= fqb_d;
      fqb_be_q <= fqb_be_d;
      fqb_qe_q <= |fqb_be_d;
    end
  end
  assign reg2hw.fqb.q  = fqb_q;
  assign reg2hw.fqb.qe = fqb_qe_q;
  assign reg2hw.fqb.be = fqb_be_q;

  // fqh (held by the core): Fault-queue head: index of the next record software reads.
  logic [31:0] fqh_q, fqh_d, fqh_wm, fqh_wd;
  logic [3:0] fqh_be_q, fqh_be_d;
  logic fqh_qe_q;
  assign fqh_wm   = {32{fqh_wsel}} & wr_bmask[31:0];
  assign fqh_wd   = wr_data[31:0];
  assign fqh_be_d = {4{fqh_wsel}} & wr_strb[3:0];
  assign fqh_d    = (fqh_q & ~fqh_wm) | (fqh_wd & fqh_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fqh_q    <= '0;
      fqh_be_q <= '0;
      fqh_qe_q <= 1'b0;
    end else begin
      fqh_q    <= fqh_d;
      fqh_be_q <= fqh_be_d;
      fqh_qe_q <= |fqh_be_d;
    end
  end
  assign reg2hw.fqh.q  = fqh_q;
  assign reg2hw.fqh.qe = fqh_qe_q;
  assign reg2hw.fqh.be = fqh_be_q;

  // pqb (held by the core): Page-request-queue base: location and size of the page-request queue (16-byte records).
  logic [63:0] pqb_q, pqb_d, pqb_wm, pqb_wd;
  logic [7:0] pqb_be_q, pqb_be_d;
  logic pqb_qe_q;
  assign pqb_wm   = {64{pqb_wsel}} & wr_bmask[63:0];
  assign pqb_wd   = wr_data[63:0];
  assign pqb_be_d = {8{pqb_wsel}} & wr_strb[7:0];
  assign pqb_d    = (pqb_q & ~pqb_wm) | (pqb_wd & pqb_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pqb_q    <= '0;
      pqb_be_q <= '0;
      pqb_qe_q <= 1'b0;
    end else begin
      pqb_q    <= pqb_d;
      pqb_be_q <= pqb_be_d;
      pqb_qe_q <= |pqb_be_d;
    end
  end
  assign reg2hw.pqb.q  = pqb_q;
  assign reg2hw.pqb.qe = pqb_qe_q;
  assign reg2hw.pqb.be = pqb_be_q;

  // pqh (held by the core): Page-request-queue head: index of the next page request software reads.
  logic [31:0] pqh_q, pqh_d, pqh_wm, pqh_wd;
  logic [3:0] pqh_be_q, pqh_be_d;
  logic pqh_qe_q;
  assign pqh_wm   = {32{pqh_wsel}} & wr_bmask[31:0];
  assign pqh_wd   = wr_data[31:0];
  assign pqh_be_d = {4{pqh_wsel}} & wr_strb[3:0];
  assign pqh_d    = (pqh_q & ~pqh_wm) | (pqh_wd & pqh_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pqh_q    <= '0;
      pqh_be_q <= '0;
      pqh_qe_q <= 1'b0;
    end else begin
      pqh_q    <= pqh_d;
      pqh_be_q <= pqh_be_d;
      pqh_qe_q <= |pqh_be_d;
    end
  end
  assign reg2hw.pqh.q  = pqh_q;
  assign reg2hw.pqh.qe = pqh_qe_q;
  assign reg2hw.pqh.be = pqh_be_q;

  // cqcsr (held by the core): Command-queue control and status.
  logic [31:0] cqcsr_q, cqcsr_d, cqcsr_wm, cqcsr_wd;
  logic [3:0] cqcsr_be_q, cqcsr_be_d;
  logic cqcsr_qe_q;
  assign cqcsr_wm   = {32{cqcsr_wsel}} & wr_bmask[31:0];
  assign cqcsr_wd   = wr_data[31:0];
  assign cqcsr_be_d = {4{cqcsr_wsel}} & wr_strb[3:0];
  assign cqcsr_d    = (cqcsr_q & ~cqcsr_wm) | (cqcsr_wd & cqcsr_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cqcsr_q    <= '0;
      cqcsr_be_q <= '0;
      cqcsr_qe_q <= 1'b0;
    end else begin
      cqcsr_q    <= cqcsr_d;
      cqcsr_be_q <= cqcsr_be_d;
      cqcsr_qe_q <= |cqcsr_be_d;
    end
  end
  assign reg2hw.cqcsr.q  = cqcsr_q;
  assign reg2hw.cqcsr.qe = cqcsr_qe_q;
  assign reg2hw.cqcsr.be = cqcsr_be_q;

  // fqcsr (held by the core): Fault-queue control and status.
  logic [31:0] fqcsr_q, fqcsr_d, fqcsr_wm, fqcsr_wd;
  logic [3:0] fqcsr_be_q, fqcsr_be_d;
  logic fqcsr_qe_q;
  assign fqcsr_wm   = {32{fqcsr_wsel}} & wr_bmask[63:32];
  assign fqcsr_wd   = wr_data[63:32];
  assign fqcsr_be_d = {4{fqcsr_wsel}} & wr_strb[7:4];
  assign fqcsr_d    = (fqcsr_q & ~fqcsr_wm) | (fqcsr_wd & fqcsr_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      fqcsr_q    <= '0;
      fqcsr_be_q <= '0;
      fqcsr_qe_q <= 1'b0;
    end else begin
      fqcsr_q    <= fqcsr_d;
      fqcsr_be_q <= fqcsr_be_d;
      fqcsr_qe_q <= |fqcsr_be_d;
    end
  end
  assign reg2hw.fqcsr.q  = fqcsr_q;
  assign reg2hw.fqcsr.qe = fqcsr_qe_q;
  assign reg2hw.fqcsr.be = fqcsr_be_q;

  // pqcsr (held by the core): Page-request-queue control and status.
  logic [31:0] pqcsr_q, pqcsr_d, pqcsr_wm, pqcsr_wd;
  logic [3:0] pqcsr_be_q, pqcsr_be_d;
  logic pqcsr_qe_q;
  assign pqcsr_wm   = {32{pqcsr_wsel}} & wr_bmask[31:0];
  assign pqcsr_wd   = wr_data[31:0];
  assign pqcsr_be_d = {4{pqcsr_wsel}} & wr_strb[3:0];
  assign pqcsr_d    = (pqcsr_q & ~pqcsr_wm) | (pqcsr_wd & pqcsr_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      pqcsr_q    <= '0;
      pqcsr_be_q <= '0;
      pqcsr_qe_q <= 1'b0;
    end else begin
      pqcsr_q    <= pqcsr_d;
      pqcsr_be_q <= pqcsr_be_d;
      pqcsr_qe_q <= |pqcsr_be_d;
    end
  end
  assign reg2hw.pqcsr.q  = pqcsr_q;
  assign reg2hw.pqcsr.qe = pqcsr_qe_q;
  assign reg2hw.pqcsr.be = pqcsr_be_q;

  // tr_req_iova (held by the core): Translation-request IOVA: page of the address to translate.
  logic [63:0] tr_req_iova_q, tr_req_iova_d, tr_req_iova_wm, tr_req_iova_wd;
  logic [7:0] tr_req_iova_be_q, tr_req_iova_be_d;
  logic tr_req_iova_qe_q;
  assign tr_req_iova_wm   = {64{tr_req_iova_wsel}} & wr_bmask[63:0];
  assign tr_req_iova_wd   = wr_data[63:0];
  assign tr_req_iova_be_d = {8{tr_req_iova_wsel}} & wr_strb[7:0];
  assign tr_req_iova_d    = (tr_req_iova_q & ~tr_req_iova_wm) | (tr_req_iova_wd & tr_req_iova_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      tr_req_iova_q    <= '0;
      tr_req_iova_be_q <= '0;
      tr_req_iova_qe_q <= 1'b0;
    end else begin
      tr_req_iova_q    <= tr_req_iova_d;
      tr_req_iova_be_q <= tr_req_iova_be_d;
      tr_req_iova_qe_q <= |tr_req_iova_be_d;
    end
  end
  assign reg2hw.tr_req_iova.q  = tr_req_iova_q;
  assign reg2hw.tr_req_iova.qe = tr_req_iova_qe_q;
  assign reg2hw.tr_req_iova.be = tr_req_iova_be_q;

  // tr_req_ctl (held by the core): Translation-request control: request attributes and the Go/Busy handshake.
  logic [63:0] tr_req_ctl_q, tr_req_ctl_d, tr_req_ctl_wm, tr_req_ctl_wd;
  logic [7:0] tr_req_ctl_be_q, tr_req_ctl_be_d;
  logic tr_req_ctl_qe_q;
  assign tr_req_ctl_wm   = {64{tr_req_ctl_wsel}} & wr_bmask[63:0];
  assign tr_req_ctl_wd   = wr_data[63:0];
  assign tr_req_ctl_be_d = {8{tr_req_ctl_wsel}} & wr_strb[7:0];
  assign tr_req_ctl_d    = (tr_req_ctl_q & ~tr_req_ctl_wm) | (tr_req_ctl_wd & tr_req_ctl_wm);
  always_ff @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      tr_req_ctl_q    <= '0;
      tr_req_ctl_be_q <= '0;
      tr_req_ctl_qe_q <= 1'b0;
    end else begin
      tr_req_ctl_q    <= tr_req_ctl_d;
      tr_req_ctl_be_q <= tr_req_ctl_be_d;
      tr_req_ctl_qe_q <= |tr_req_ctl_be_d;
    end
  end
  assign reg2hw.tr_req_ctl.q  = tr_req_ctl_q;
  assign reg2hw.tr_req_ctl.qe = tr_req_ctl_qe_q;
  assign reg2hw.tr_req_ctl.be = tr_req_ctl_be_q;

  // ---------------------------------------------------------------------------------------
  // Read data: OR of the fields of the selected word at their byte lanes (wo, rsvd and
  // zero hwinit bits read zero; unmapped words read zero)
  // ---------------------------------------------------------------------------------------

  always_comb begin
    rd_data = '0;
    // capabilities.pd20 (hwinit): three-level PDT with 20-bit process_id supported
    rd_data[40] = rd_data[40] | (capabilities_rsel & 1'h1);
    // capabilities.pd17 (hwinit): two-level PDT with 17-bit process_id supported
    rd_data[39] = rd_data[39] | (capabilities_rsel & 1'h1);
    // capabilities.pd8 (hwinit): one-level PDT with 8-bit process_id supported
    rd_data[38] = rd_data[38] | (capabilities_rsel & 1'h1);
    // capabilities.pas (hwinit): number of physical address bits the IOMMU can address
    rd_data[37:32] = rd_data[37:32] | ({6{capabilities_rsel}} & 6'h38);
    // capabilities.dbg (hwinit): debug translation-request interface (tr_req_*) present
    rd_data[31] = rd_data[31] | (capabilities_rsel & 1'h1);
    // capabilities.igs (hwinit): interrupt generation methods supported
    rd_data[29:28] = rd_data[29:28] | ({2{capabilities_rsel}} & 2'h1);
    // capabilities.ats (hwinit): PCIe ATS and page-request interface supported
    rd_data[25] = rd_data[25] | (capabilities_rsel & 1'h1);
    // capabilities.sv48 (hwinit): first-stage Sv48 supported
    rd_data[10] = rd_data[10] | (capabilities_rsel & 1'h1);
    // capabilities.sv39 (hwinit): first-stage Sv39 supported
    rd_data[9] = rd_data[9] | (capabilities_rsel & 1'h1);
    // capabilities.version (hwinit): implemented spec version, major.minor in two nibbles
    rd_data[7:0] = rd_data[7:0] | ({8{capabilities_rsel}} & 8'h10);
    // fctl.wsi (hwinit): interrupts are wire-signaled (fixed to 1: WSI only)
    rd_data[1] = rd_data[1] | (fctl_rsel & 1'h1);
    // ddtp.ppn (warl, held by the core): page number of the root device-directory table
    rd_data[53:10] = rd_data[53:10] | ({44{ddtp_rsel}} & hw2reg.ddtp.d.ppn);
    // ddtp.busy (ro, held by the core): a mode change is still being carried out
    rd_data[4] = rd_data[4] | (ddtp_rsel & hw2reg.ddtp.d.busy);
    // ddtp.iommu_mode (warl, held by the core): operating mode (Off, Bare, 1/2/3-level DDT)
    rd_data[3:0] = rd_data[3:0] | ({4{ddtp_rsel}} & hw2reg.ddtp.d.iommu_mode);
    // cqb.ppn (warl, held by the core): page number of the queue base
    rd_data[53:10] = rd_data[53:10] | ({44{cqb_rsel}} & hw2reg.cqb.d.ppn);
    // cqb.log2szm1 (warl, held by the core): log2(number of entries) - 1 (spec LOG2SZ-1)
    rd_data[4:0] = rd_data[4:0] | ({5{cqb_rsel}} & hw2reg.cqb.d.log2szm1);
    // cqh.index (ro): entry index; bits LOG2SZ and above read 0
    rd_data[31:0] = rd_data[31:0] | ({32{cqh_rsel}} & hw2reg.cqh.index.d);
    // cqt.index (warl, held by the core): entry index; bits LOG2SZ and above read 0
    rd_data[63:32] = rd_data[63:32] | ({32{cqt_rsel}} & hw2reg.cqt.d.index);
    // fqb.ppn (warl, held by the core): page number of the queue base
    rd_data[53:10] = rd_data[53:10] | ({44{fqb_rsel}} & hw2reg.fqb.d.ppn);
    // fqb.log2szm1 (warl, held by the core): log2(number of entries) - 1 (spec LOG2SZ-1)
    rd_data[4:0] = rd_data[4:0] | ({5{fqb_rsel}} & hw2reg.fqb.d.log2szm1);
    // fqh.index (warl, held by the core): entry index; bits LOG2SZ and above read 0
    rd_data[31:0] = rd_data[31:0] | ({32{fqh_rsel}} & hw2reg.fqh.d.index);
    // fqt.index (ro): entry index; bits LOG2SZ and above read 0
    rd_data[63:32] = rd_data[63:32] | ({32{fqt_rsel}} & hw2reg.fqt.index.d);
    // pqb.ppn (warl, held by the core): page number of the queue base
    rd_data[53:10] = rd_data[53:10] | ({44{pqb_rsel}} & hw2reg.pqb.d.ppn);
    // pqb.log2szm1 (warl, held by the core): log2(number of entries) - 1 (spec LOG2SZ-1)
    rd_data[4:0] = rd_data[4:0] | ({5{pqb_rsel}} & hw2reg.pqb.d.log2szm1);
    // pqh.index (warl, held by the core): entry index; bits LOG2SZ and above read 0
    rd_data[31:0] = rd_data[31:0] | ({32{pqh_rsel}} & hw2reg.pqh.d.index);
    // pqt.index (ro): entry index; bits LOG2SZ and above read 0
    rd_data[63:32] = rd_data[63:32] | ({32{pqt_rsel}} & hw2reg.pqt.index.d);
    // cqcsr.busy (ro, held by the core): a cqcsr write is still being carried out
    rd_data[17] = rd_data[17] | (cqcsr_rsel & hw2reg.cqcsr.d.busy);
    // cqcsr.cqon (ro, held by the core): the command queue is active
    rd_data[16] = rd_data[16] | (cqcsr_rsel & hw2reg.cqcsr.d.cqon);
    // cqcsr.fence_w_ip (rw1c, held by the core): an IOFENCE.C with WSI=1 completed
    rd_data[11] = rd_data[11] | (cqcsr_rsel & hw2reg.cqcsr.d.fence_w_ip);
    // cqcsr.cmd_ill (rw1c, held by the core): illegal or unsupported command fetched; queue stopped
    rd_data[10] = rd_data[10] | (cqcsr_rsel & hw2reg.cqcsr.d.cmd_ill);
    // cqcsr.cmd_to (rw1c, held by the core): a command timed out (seen by IOFENCE.C); queue stopped
    rd_data[9] = rd_data[9] | (cqcsr_rsel & hw2reg.cqcsr.d.cmd_to);
    // cqcsr.cqmf (rw1c, held by the core): memory fault on a queue or command access; queue stopped
    rd_data[8] = rd_data[8] | (cqcsr_rsel & hw2reg.cqcsr.d.cqmf);
    // cqcsr.cie (rw, held by the core): command-queue interrupt enable
    rd_data[1] = rd_data[1] | (cqcsr_rsel & hw2reg.cqcsr.d.cie);
    // cqcsr.cqen (rw, held by the core): command-queue enable
    rd_data[0] = rd_data[0] | (cqcsr_rsel & hw2reg.cqcsr.d.cqen);
    // fqcsr.busy (ro, held by the core): an fqcsr write is still being carried out
    rd_data[49] = rd_data[49] | (fqcsr_rsel & hw2reg.fqcsr.d.busy);
    // fqcsr.fqon (ro, held by the core): the fault queue is active
    rd_data[48] = rd_data[48] | (fqcsr_rsel & hw2reg.fqcsr.d.fqon);
    // fqcsr.fqof (rw1c, held by the core): a record was dropped because the queue was full
    rd_data[41] = rd_data[41] | (fqcsr_rsel & hw2reg.fqcsr.d.fqof);
    // fqcsr.fqmf (rw1c, held by the core): memory fault while writing a record; recording stopped
    rd_data[40] = rd_data[40] | (fqcsr_rsel & hw2reg.fqcsr.d.fqmf);
    // fqcsr.fie (rw, held by the core): fault-queue interrupt enable
    rd_data[33] = rd_data[33] | (fqcsr_rsel & hw2reg.fqcsr.d.fie);
    // fqcsr.fqen (rw, held by the core): fault-queue enable
    rd_data[32] = rd_data[32] | (fqcsr_rsel & hw2reg.fqcsr.d.fqen);
    // pqcsr.busy (ro, held by the core): a pqcsr write is still being carried out
    rd_data[17] = rd_data[17] | (pqcsr_rsel & hw2reg.pqcsr.d.busy);
    // pqcsr.pqon (ro, held by the core): the page-request queue is active
    rd_data[16] = rd_data[16] | (pqcsr_rsel & hw2reg.pqcsr.d.pqon);
    // pqcsr.pqof (rw1c, held by the core): a request was dropped because the queue was full
    rd_data[9] = rd_data[9] | (pqcsr_rsel & hw2reg.pqcsr.d.pqof);
    // pqcsr.pqmf (rw1c, held by the core): memory fault while writing a record; recording stopped
    rd_data[8] = rd_data[8] | (pqcsr_rsel & hw2reg.pqcsr.d.pqmf);
    // pqcsr.pie (rw, held by the core): page-request-queue interrupt enable
    rd_data[1] = rd_data[1] | (pqcsr_rsel & hw2reg.pqcsr.d.pie);
    // pqcsr.pqen (rw, held by the core): page-request-queue enable
    rd_data[0] = rd_data[0] | (pqcsr_rsel & hw2reg.pqcsr.d.pqen);
    // ipsr.pip (rw1c): page-request-queue interrupt pending
    rd_data[35] = rd_data[35] | (ipsr_rsel & ipsr_pip_q);
    // ipsr.fip (rw1c): fault-queue interrupt pending
    rd_data[33] = rd_data[33] | (ipsr_rsel & ipsr_fip_q);
    // ipsr.cip (rw1c): command-queue interrupt pending
    rd_data[32] = rd_data[32] | (ipsr_rsel & ipsr_cip_q);
    // tr_req_iova.vpn (rw, held by the core): virtual page number of the IOVA to translate
    rd_data[63:12] = rd_data[63:12] | ({52{tr_req_iova_rsel}} & hw2reg.tr_req_iova.d.vpn);
    // tr_req_ctl.did (rw, held by the core): device_id of the request
    rd_data[63:40] = rd_data[63:40] | ({24{tr_req_ctl_rsel}} & hw2reg.tr_req_ctl.d.did);
    // tr_req_ctl.pv (rw, held by the core): pid is valid (request carries a process_id)
    rd_data[32] = rd_data[32] | (tr_req_ctl_rsel & hw2reg.tr_req_ctl.d.pv);
    // tr_req_ctl.pid (rw, held by the core): process_id of the request when pv is 1
    rd_data[31:12] = rd_data[31:12] | ({20{tr_req_ctl_rsel}} & hw2reg.tr_req_ctl.d.pid);
    // tr_req_ctl.nw (rw, held by the core): read-only access requested (0 asks for read and write)
    rd_data[3] = rd_data[3] | (tr_req_ctl_rsel & hw2reg.tr_req_ctl.d.nw);
    // tr_req_ctl.exe (rw, held by the core): execute permission requested
    rd_data[2] = rd_data[2] | (tr_req_ctl_rsel & hw2reg.tr_req_ctl.d.exe);
    // tr_req_ctl.priv (rw, held by the core): privileged (supervisor) access requested
    rd_data[1] = rd_data[1] | (tr_req_ctl_rsel & hw2reg.tr_req_ctl.d.priv);
    // tr_req_ctl.go_busy (rw1s, held by the core): software sets to start, hardware clears when done
    rd_data[0] = rd_data[0] | (tr_req_ctl_rsel & hw2reg.tr_req_ctl.d.go_busy);
    // tr_response.ppn (ro): translated page number (size-encoded when s is 1)
    rd_data[53:10] = rd_data[53:10] | ({44{tr_response_rsel}} & hw2reg.tr_response.ppn.d);
    // tr_response.s (ro): translation covers more than 4 KiB, size encoded in ppn
    rd_data[9] = rd_data[9] | (tr_response_rsel & hw2reg.tr_response.s.d);
    // tr_response.fault (ro): the translation faulted; other fields are meaningless
    rd_data[0] = rd_data[0] | (tr_response_rsel & hw2reg.tr_response.fault.d);
    // icvec.piv (warl): vector of the page-request-queue interrupt
    rd_data[15:12] = rd_data[15:12] | ({4{icvec_rsel}} & icvec_piv_q);
    // icvec.pmiv (warl): vector of the performance-monitor interrupt
    rd_data[11:8] = rd_data[11:8] | ({4{icvec_rsel}} & icvec_pmiv_q);
    // icvec.fiv (warl): vector of the fault-queue interrupt
    rd_data[7:4] = rd_data[7:4] | ({4{icvec_rsel}} & icvec_fiv_q);
    // icvec.civ (warl): vector of the command-queue interrupt
    rd_data[3:0] = rd_data[3:0] | ({4{icvec_rsel}} & icvec_civ_q);
  end

  // Inputs and bits the map does not use (address bits below the word, AxPROT, byte lanes
  // without writable fields); reduced here so that lint sees them as used on purpose.
  logic unused_inputs;
  assign unused_inputs = ^{s_axil_awprot, s_axil_arprot, s_axil_awaddr[ADDR_LSB-1:0], s_axil_araddr[ADDR_LSB-1:0], wr_en, wr_addr, wr_data, wr_bmask, rd_addr, hw2reg.ddtp.d.rsvd_63_54, hw2reg.ddtp.d.rsvd_9_5, hw2reg.cqb.d.rsvd_63_54, hw2reg.cqb.d.rsvd_9_5, hw2reg.fqb.d.rsvd_63_54, hw2reg.fqb.d.rsvd_9_5, hw2reg.pqb.d.rsvd_63_54, hw2reg.pqb.d.rsvd_9_5, hw2reg.cqcsr.d.rsvd_custom, hw2reg.cqcsr.d.rsvd_27_18, hw2reg.cqcsr.d.rsvd_15_12, hw2reg.cqcsr.d.rsvd_7_2, hw2reg.fqcsr.d.rsvd_custom, hw2reg.fqcsr.d.rsvd_27_18, hw2reg.fqcsr.d.rsvd_15_10, hw2reg.fqcsr.d.rsvd_7_2, hw2reg.pqcsr.d.rsvd_custom, hw2reg.pqcsr.d.rsvd_27_18, hw2reg.pqcsr.d.rsvd_15_10, hw2reg.pqcsr.d.rsvd_7_2, hw2reg.tr_req_iova.d.rsvd_11_0, hw2reg.tr_req_ctl.d.rsvd_custom, hw2reg.tr_req_ctl.d.rsvd_35_33, hw2reg.tr_req_ctl.d.rsvd_11_4};

endmodule

`resetall

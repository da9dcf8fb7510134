// iommu_core_pkg: the interfaces between the blocks of the IOMMU core (hw/iommu/).
//
// Internal to the RTL (software never sees them), so they live here and not in regmaps/.
// Every layout software or a device sees (registers, in-memory structures, the translation
// port) comes from regmaps/ (iommu_regs_pkg, iommu_mem_pkg, iommu_xlate_pkg).
//
//   iommu_xlate  (translation engine: DDT/PDT/first-stage walks, IOTLB, DC/PC caches)
//     <- translation port (iommu_xlate_pkg) from the root port, debug port from iommu_ctrl
//     -> mem_rd_*   walk reads            -> iommu_axi_master
//     -> fault_*    fault records          -> iommu_ctrl (fault queue)
//     <- inval_*    IOTINVAL / IODIR       <- iommu_ctrl (command queue)
//     <- ddtp_*     mode and root          <- iommu_ctrl (ddtp register)
//   iommu_ctrl   (registers the core holds, command queue, fault queue, interrupts, debug)
//   iommu_axi_master (one AXI4 master: walk reads, queue reads, record and fence writes)
`resetall
`timescale 1ns / 1ps
`default_nettype none

package iommu_core_pkg;  // verilator lint_off UNUSEDPARAM

  // Physical address width (capabilities.pas).
  localparam int unsigned PA_WIDTH = 56;
  // Width of a memory-read ID: identifies the requester of a read (walker slot, queue).
  localparam int unsigned MEM_ID_WIDTH = 4;

  // ---------------------------------------------------------------------------------------
  // Memory reads (walks, command fetch): 8-byte beats of one naturally aligned 64-byte
  // block at most. The response returns beats in address order with the request's id;
  // responses to different ids may interleave (AXI4 read interleaving).
  // ---------------------------------------------------------------------------------------
  typedef struct packed {
    logic [MEM_ID_WIDTH-1:0] id;        // requester's id, returned with every beat
    logic [PA_WIDTH-1:0]     addr;      // byte address, 8-byte aligned
    logic [2:0]              beats_m1;  // beats - 1 (1..8 beats, not crossing 64 bytes)
  } mem_rd_req_t;

  typedef struct packed {
    logic [MEM_ID_WIDTH-1:0] id;    // the request's id
    logic [63:0]             data;  // one 8-byte beat, little-endian
    logic                    err;   // the beat was refused (AXI SLVERR or DECERR)
    logic                    last;  // last beat of the request
  } mem_rd_rsp_t;

  // Memory writes (fault and page-request records, IOFENCE.C AV writes): up to four 8-byte
  // beats, or one 4-byte write (strb selects bytes of the single beat).
  typedef struct packed {
    logic [PA_WIDTH-1:0] addr;      // byte address, 8-byte aligned
    logic [1:0]          beats_m1;  // beats - 1 (1..4)
    logic [255:0]        data;      // beat k is data[64*k +: 64]
    logic [7:0]          strb;      // byte strobes of every beat
  } mem_wr_req_t;

  // ---------------------------------------------------------------------------------------
  // Invalidation (command queue -> translation engine). The engine takes a request when it
  // has removed every cached entry the command covers and made sure no walk in flight will
  // fill one from what it read before: after the handshake, no later lookup can hit
  // anything the command covered.
  // ---------------------------------------------------------------------------------------
  typedef enum logic [1:0] {
    INVAL_VMA = 2'd0,  // IOTINVAL.VMA (iotlb: av/addr, pscv/pscid)
    INVAL_DDT = 2'd1,  // IODIR.INVAL_DDT (device contexts: dv/did; with dv=0 all)
    INVAL_PDT = 2'd2   // IODIR.INVAL_PDT (process context did/pid)
  } inval_kind_t;

  typedef struct packed {
    inval_kind_t kind;
    logic        av;     // VMA: addr is valid (else every address)
    logic [51:0] vpn;    // VMA: IOVA bits 63:12
    logic        pscv;   // VMA: pscid is valid (else every PSCID; global entries too)
    logic [19:0] pscid;  // VMA: process soft-context ID
    logic        dv;     // DDT: did is valid (else every device)
    logic [23:0] did;    // DDT/PDT: device_id
    logic [19:0] pid;    // PDT: process_id
  } inval_req_t;

  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

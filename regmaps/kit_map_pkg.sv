// Host address map of the synthesizable top (hw/top/pcie_iommu_top.sv): the windows of its one
// register slave (s_axil_*), and the position of the root port in configuration space.
//
// The slave is 64 bits wide with a 32-bit address. ECAM follows the PCI Express Enhanced
// Configuration Access Mechanism: one 4 KiB configuration space per bus/device/function at
// ECAM_BASE + (bus << 20 | device << 15 | function << 12). Host accesses inside the MMIO
// window are forwarded to the link as memory requests at the same address (bus address =
// host address) when the root port's memory windows and Memory Space Enable allow it.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package kit_map_pkg;  // verilator lint_off UNUSEDPARAM
  // Width of the host register slave's address.
  localparam int unsigned HOST_ADDR_WIDTH = 32;
  // Width of the host register slave's data.
  localparam int unsigned HOST_DATA_WIDTH = 64;

  // The IOMMU's register block (iommu_regs_pkg, 4 KiB).
  localparam longint unsigned IOMMU_REGS_BASE  = 'h0000_0000;
  localparam longint unsigned IOMMU_REGS_SIZE = 'h0000_1000;

  // The ECAM window: 256 buses of 32 devices of 8 functions, 4 KiB each.
  localparam longint unsigned ECAM_BASE  = 'h1000_0000;
  localparam longint unsigned ECAM_SIZE  = 'h1000_0000;

  // The downstream memory window (endpoint BARs), identity-mapped to PCI bus addresses.
  localparam longint unsigned MMIO_BASE  = 'h4000_0000;
  localparam longint unsigned MMIO_SIZE  = 'h4000_0000;

  // The root port's place on the root bus.
  localparam int unsigned RP_BUS      = 0;
  localparam int unsigned RP_DEVICE   = 0;
  localparam int unsigned RP_FUNCTION = 0;

  // Offset of an access inside the ECAM window.
  typedef struct packed {
    logic [3:0]  rsvd;      // rsvd: outside the window (the window's own base bits)
    logic [7:0]  bus;       // bus number
    logic [4:0]  device;    // device number
    logic [2:0]  func;      // function number
    logic [11:0] offset;    // byte offset in the function's configuration space
  } ecam_addr_t;
  localparam int unsigned ECAM_ADDR_BYTES = 4;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

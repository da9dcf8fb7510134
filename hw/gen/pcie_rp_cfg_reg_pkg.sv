// Generated from regmaps/pcie_rp_cfg_pkg.sv by codegen (`cargo xtask codegen`); do not edit.
//
// pcie_rp_cfg register block: the hardware interface of pcie_rp_cfg_reg_top.
// PCIe root port configuration space (4 KiB, DWORD-wide configuration accesses).
//
// reg2hw.<reg>.<field>: .q the value software wrote (rw, wo, warl, rw1c, rw1s) and .qe a
//   one-cycle pulse in the first cycle q shows a software write (rw, wo, warl).
// hw2reg.<reg>.<field>: .d the value of an ro field; .d/.de a hardware load of a warl field;
//   .set (rw1c) and .clr (rw1s) bit masks. hwinit and rsvd fields have no members.
// Registers held by the core (<NAME>_HWEXT in pcie_rp_cfg_pkg) have no per-field members:
//   reg2hw.<reg>.q (<reg>_t) the data of the last write, .qe its one-cycle pulse and .be its
//   byte enables; hw2reg.<reg>.d (<reg>_t) what reads return (rsvd members read zero).
//   <reg>_t has the members and widths of pcie_rp_cfg_pkg::<reg>_t (assign one to the other).
// Register arrays have one member per instance, <reg>_0, <reg>_1, ... (Yosys cannot select a
// member of an element of a packed array of structs). Enum-typed fields are plain vectors
// here (Yosys resolves no other package's type inside a package); the comment names the
// enum type of pcie_rp_cfg_pkg, compare them with its constants.

`resetall
`timescale 1ns / 1ps
`default_nettype none

package pcie_rp_cfg_reg_pkg;

  // ---------------------------------------------------------------------------------------
  // Layouts of the registers held by the core (Yosys resolves no other package's type here)
  // ---------------------------------------------------------------------------------------

  // devcap2 (offset 0x064): layout of pcie_rp_cfg_pkg::devcap2_t, held by the core
  typedef struct packed {
    logic frs_supported;  // hwinit: function readiness status (no)
    logic [3:0] rsvd_30_27;  // rsvd: reserved
    logic emergency_power_reduction_init_required;  // hwinit: emergency power reduction initialization (no)
    logic [1:0] emergency_power_reduction_supported;  // hwinit: emergency power reduction (no)
    logic [1:0] max_ee_prefixes;  // hwinit: max End-End TLP prefixes per TLP, 00b = 4 (build parameter, default 01b, one)
    logic ee_prefix_supported;  // hwinit: End-End TLP prefixes supported (build parameter, default yes)
    logic ext_fmt_field_supported;  // hwinit: 3-bit Fmt field supported (yes, required with prefixes)
    logic [1:0] obff_supported;  // hwinit: optimized buffer flush/fill (no)
    logic tag10_requester_supported;  // hwinit: 10-bit tag requester (no)
    logic tag10_completer_supported;  // hwinit: 10-bit tag completer (no)
    logic [1:0] ln_system_cls;  // hwinit: LN system cache line size (no)
    logic [1:0] tph_completer_supported;  // hwinit: TLP processing hints completer (no)
    logic ltr_supported;  // hwinit: latency tolerance reporting (no)
    logic no_ro_pr_pr_passing;  // hwinit: no relaxed-ordering PR-PR passing (no)
    logic cas128_completer;  // hwinit: 128-bit CAS completer (no)
    logic atomic_op64_completer;  // hwinit: 64-bit AtomicOp completer (no)
    logic atomic_op32_completer;  // hwinit: 32-bit AtomicOp completer (no)
    logic atomic_op_routing;  // hwinit: AtomicOp routing (no)
    logic ari_forwarding_supported;  // hwinit: ARI forwarding (no)
    logic completion_timeout_disable_supported;  // hwinit: completion timeout disable (yes)
    logic [3:0] completion_timeout_ranges;  // hwinit: programmable completion timeout ranges (none)
  } devcap2_t;

  // ---------------------------------------------------------------------------------------
  // reg2hw: register block -> core: what software wrote
  // ---------------------------------------------------------------------------------------

  // command (offset 0x004): Command register.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } intx_disable;  // rw: stop the port from asserting INTx for its own events
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } serr_en;  // rw: report fatal and non-fatal errors to the system
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } parity_err_response;  // rw: act on poisoned TLPs (Master Data Parity Error)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } bus_master_en;  // rw: forward memory requests from the link upstream (DMA)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } mem_space_en;  // rw: forward memory requests downstream through the windows
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } io_space_en;  // rw: forward I/O requests downstream (no I/O window here)
  } pcie_rp_cfg_reg2hw_command_reg_t;

  // status (offset 0x006): Status register (primary side).
  typedef struct packed {
    struct packed {
      logic q;  // value
    } detected_parity_error;  // rw1c: a poisoned TLP was received on the primary side
    struct packed {
      logic q;  // value
    } signaled_system_error;  // rw1c: the port sent ERR_FATAL or ERR_NONFATAL
    struct packed {
      logic q;  // value
    } received_master_abort;  // rw1c: a request of the port completed with UR
    struct packed {
      logic q;  // value
    } received_target_abort;  // rw1c: a request of the port completed with CA
    struct packed {
      logic q;  // value
    } signaled_target_abort;  // rw1c: the port completed a request with CA
    struct packed {
      logic q;  // value
    } master_data_parity_error;  // rw1c: poisoned completion or poisoned write, parity response enabled
  } pcie_rp_cfg_reg2hw_status_reg_t;

  // cache_line_size (offset 0x00c): Cache Line Size.
  typedef struct packed {
    struct packed {
      logic [7:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } size;  // rw: system cache line size in DWORDs
  } pcie_rp_cfg_reg2hw_cache_line_size_reg_t;

  // primary_bus (offset 0x018): Primary Bus Number: the bus upstream of the port.
  typedef struct packed {
    struct packed {
      logic [7:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } bus;  // rw: bus number
  } pcie_rp_cfg_reg2hw_primary_bus_reg_t;

  // secondary_bus (offset 0x019): Secondary Bus Number: the bus on the link (Type 0 configuration requests).
  typedef struct packed {
    struct packed {
      logic [7:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } bus;  // rw: bus number
  } pcie_rp_cfg_reg2hw_secondary_bus_reg_t;

  // subordinate_bus (offset 0x01a): Subordinate Bus Number: the highest bus number below the port (Type 1 configuration
  typedef struct packed {
    struct packed {
      logic [7:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } bus;  // rw: bus number
  } pcie_rp_cfg_reg2hw_subordinate_bus_reg_t;

  // secondary_status (offset 0x01e): Secondary Status (link side).
  typedef struct packed {
    struct packed {
      logic q;  // value
    } detected_parity_error;  // rw1c: a poisoned TLP was received on the link
    struct packed {
      logic q;  // value
    } received_system_error;  // rw1c: an ERR_FATAL or ERR_NONFATAL was received on the link
    struct packed {
      logic q;  // value
    } received_master_abort;  // rw1c: a request forwarded downstream completed with UR
    struct packed {
      logic q;  // value
    } received_target_abort;  // rw1c: a request forwarded downstream completed with CA
    struct packed {
      logic q;  // value
    } signaled_target_abort;  // rw1c: the port completed a request from the link with CA
    struct packed {
      logic q;  // value
    } master_data_parity_error;  // rw1c: poisoned data seen on the link, parity response enabled
  } pcie_rp_cfg_reg2hw_secondary_status_reg_t;

  // memory_base (offset 0x020): Memory Base (non-prefetchable window, 1 MiB granularity).
  typedef struct packed {
    struct packed {
      logic [11:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } addr;  // rw: window address bits [31:20]
  } pcie_rp_cfg_reg2hw_memory_base_reg_t;

  // memory_limit (offset 0x022): Memory Limit (non-prefetchable window; address bits [19:0] of the limit are all ones).
  typedef struct packed {
    struct packed {
      logic [11:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } addr;  // rw: window address bits [31:20]
  } pcie_rp_cfg_reg2hw_memory_limit_reg_t;

  // pref_memory_base (offset 0x024): Prefetchable Memory Base (64-bit window, 1 MiB granularity).
  typedef struct packed {
    struct packed {
      logic [11:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } addr;  // rw: window address bits [31:20]
  } pcie_rp_cfg_reg2hw_pref_memory_base_reg_t;

  // pref_memory_limit (offset 0x026): Prefetchable Memory Limit (64-bit window).
  typedef struct packed {
    struct packed {
      logic [11:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } addr;  // rw: window address bits [31:20]
  } pcie_rp_cfg_reg2hw_pref_memory_limit_reg_t;

  // pref_base_upper (offset 0x028): Prefetchable Base Upper 32 Bits.
  typedef struct packed {
    struct packed {
      logic [31:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } addr;  // rw: prefetchable window address bits [63:32]
  } pcie_rp_cfg_reg2hw_pref_base_upper_reg_t;

  // pref_limit_upper (offset 0x02c): Prefetchable Limit Upper 32 Bits.
  typedef struct packed {
    struct packed {
      logic [31:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } addr;  // rw: prefetchable window address bits [63:32]
  } pcie_rp_cfg_reg2hw_pref_limit_upper_reg_t;

  // interrupt_line (offset 0x03c): Interrupt Line.
  typedef struct packed {
    struct packed {
      logic [7:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } line;  // rw: interrupt routing information written by firmware
  } pcie_rp_cfg_reg2hw_interrupt_line_reg_t;

  // bridge_control (offset 0x03e): Bridge Control.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } secondary_bus_reset;  // rw: hold the link in hot reset while set
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } serr_en;  // rw: forward ERR_FATAL and ERR_NONFATAL from the link
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } parity_err_response;  // rw: act on poisoned TLPs received on the link
  } pcie_rp_cfg_reg2hw_bridge_control_reg_t;

  // devctl (offset 0x048): Device Control.
  typedef struct packed {
    struct packed {
      logic [2:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } max_read_request_size;  // rw: max read request size, 128 << n bytes
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } no_snoop_en;  // rw: the port may set No Snoop on its requests
    struct packed {
      logic [2:0] q;  // value (pcie_rp_cfg_pkg::mps_t)
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } max_payload_size;  // warl: max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } relaxed_ordering_en;  // rw: the port may set Relaxed Ordering on its requests
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } unsupported_req_report_en;  // rw: report Unsupported Requests
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fatal_err_report_en;  // rw: report fatal errors
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } non_fatal_err_report_en;  // rw: report non-fatal errors
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } correctable_err_report_en;  // rw: report correctable errors
  } pcie_rp_cfg_reg2hw_devctl_reg_t;

  // devsta (offset 0x04a): Device Status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } unsupported_req_detected;  // rw1c: an Unsupported Request was received
    struct packed {
      logic q;  // value
    } fatal_err_detected;  // rw1c: a fatal error was detected
    struct packed {
      logic q;  // value
    } non_fatal_err_detected;  // rw1c: a non-fatal error was detected
    struct packed {
      logic q;  // value
    } correctable_err_detected;  // rw1c: a correctable error was detected
  } pcie_rp_cfg_reg2hw_devsta_reg_t;

  // lnkctl (offset 0x050): Link Control.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } link_autonomous_bw_int_en;  // rw: interrupt on link autonomous bandwidth status
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } link_bw_mgmt_int_en;  // rw: interrupt on link bandwidth management status
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } extended_synch;  // rw: send extended FTS and TS1 ordered sets
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } common_clock_config;  // rw: both ends of the link use a common reference clock
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } retrain_link;  // wo: write 1 to retrain the link (reads zero)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } link_disable;  // rw: disable the link
    struct packed {
      logic [1:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } aspm_control;  // rw: ASPM enables (no ASPM is supported: keep zero)
  } pcie_rp_cfg_reg2hw_lnkctl_reg_t;

  // lnksta (offset 0x052): Link Status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } link_autonomous_bw_status;  // rw1c: hardware changed speed or width autonomously
    struct packed {
      logic q;  // value
    } link_bw_mgmt_status;  // rw1c: link retrained by software or speed/width changed for reliability
  } pcie_rp_cfg_reg2hw_lnksta_reg_t;

  // rootctl (offset 0x05c): Root Control.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } crs_sw_visibility_en;  // rw: CRS software visibility enable (a Vendor ID read that gets CRS returns 0001h)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } pme_int_en;  // rw: interrupt on PME messages (Root Status PME Status)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } sys_err_on_fatal_en;  // rw: system error on fatal errors
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } sys_err_on_non_fatal_en;  // rw: system error on non-fatal errors
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } sys_err_on_correctable_en;  // rw: system error on correctable errors
  } pcie_rp_cfg_reg2hw_rootctl_reg_t;

  // rootsta (offset 0x060): Root Status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } pme_status;  // rw1c: a PME message was received
  } pcie_rp_cfg_reg2hw_rootsta_reg_t;

  // devcap2 (offset 0x064): Device Capabilities 2.
  typedef struct packed {
    devcap2_t q;  // write data of the bytes in be (the other bytes keep earlier writes' data)
    logic qe;  // one-cycle pulse: software wrote some byte, q and be show the write
    logic [3:0] be;  // bytes of that write (bit k: byte k); zero without qe
  } pcie_rp_cfg_reg2hw_devcap2_reg_t;

  // devctl2 (offset 0x068): Device Control 2.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ee_prefix_blocking;  // rw: do not transmit TLPs with End-End prefixes on the link (TLP Prefix Blocked instead)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } completion_timeout_disable;  // rw: disable the completion timeout of the port's requests
  } pcie_rp_cfg_reg2hw_devctl2_reg_t;

  // lnkctl2 (offset 0x070): Link Control 2.
  typedef struct packed {
    struct packed {
      logic [3:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } compliance_preset_deemphasis;  // rw: de-emphasis or preset in compliance mode
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } compliance_sos;  // rw: send SKP ordered sets in compliance mode
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } enter_modified_compliance;  // rw: enter modified compliance
    struct packed {
      logic [2:0] q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } transmit_margin;  // rw: transmitter voltage margin (test only)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } hw_autonomous_speed_disable;  // rw: forbid autonomous speed changes
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } enter_compliance;  // rw: enter compliance at the target link speed
    struct packed {
      logic [3:0] q;  // value (pcie_rp_cfg_pkg::link_speed_t)
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } target_link_speed;  // rw: upper limit of the link speed
  } pcie_rp_cfg_reg2hw_lnkctl2_reg_t;

  // pmcsr (offset 0x084): Power Management Control/Status (PMCSR).
  typedef struct packed {
    struct packed {
      logic [1:0] q;  // value (pcie_rp_cfg_pkg::pm_state_t)
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } power_state;  // warl: current power state (D0 or D3hot)
  } pcie_rp_cfg_reg2hw_pmcsr_reg_t;

  // aer_uncor_status (offset 0x104): Uncorrectable Error Status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } poisoned_tlp_egress_blocked;  // rw1c: a poisoned TLP was blocked on egress
    struct packed {
      logic q;  // value
    } tlp_prefix_blocked;  // rw1c: a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    struct packed {
      logic q;  // value
    } atomic_op_egress_blocked;  // rw1c: an AtomicOp was blocked on egress
    struct packed {
      logic q;  // value
    } mc_blocked_tlp;  // rw1c: a multicast TLP was blocked
    struct packed {
      logic q;  // value
    } internal_error;  // rw1c: uncorrectable internal error
    struct packed {
      logic q;  // value
    } acs_violation;  // rw1c: a request violated an enabled ACS control
    struct packed {
      logic q;  // value
    } unsupported_request;  // rw1c: an Unsupported Request was received
    struct packed {
      logic q;  // value
    } ecrc_error;  // rw1c: ECRC check failed
    struct packed {
      logic q;  // value
    } malformed_tlp;  // rw1c: a malformed TLP was received
    struct packed {
      logic q;  // value
    } receiver_overflow;  // rw1c: a receive buffer overflowed
    struct packed {
      logic q;  // value
    } unexpected_completion;  // rw1c: a completion matched no outstanding request
    struct packed {
      logic q;  // value
    } completer_abort;  // rw1c: the port completed a request with CA
    struct packed {
      logic q;  // value
    } completion_timeout;  // rw1c: a request of the port timed out
    struct packed {
      logic q;  // value
    } fc_protocol_error;  // rw1c: flow control protocol error
    struct packed {
      logic q;  // value
    } poisoned_tlp_received;  // rw1c: a poisoned TLP was received
    struct packed {
      logic q;  // value
    } surprise_down_error;  // rw1c: the link went down unexpectedly
    struct packed {
      logic q;  // value
    } dl_protocol_error;  // rw1c: Data Link Layer protocol error
  } pcie_rp_cfg_reg2hw_aer_uncor_status_reg_t;

  // aer_uncor_mask (offset 0x108): Uncorrectable Error Mask.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } poisoned_tlp_egress_blocked;  // rw: a poisoned TLP was blocked on egress
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } tlp_prefix_blocked;  // rw: a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } atomic_op_egress_blocked;  // rw: an AtomicOp was blocked on egress
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } mc_blocked_tlp;  // rw: a multicast TLP was blocked
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } internal_error;  // rw: uncorrectable internal error
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } acs_violation;  // rw: a request violated an enabled ACS control
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } unsupported_request;  // rw: an Unsupported Request was received
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ecrc_error;  // rw: ECRC check failed
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } malformed_tlp;  // rw: a malformed TLP was received
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } receiver_overflow;  // rw: a receive buffer overflowed
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } unexpected_completion;  // rw: a completion matched no outstanding request
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } completer_abort;  // rw: the port completed a request with CA
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } completion_timeout;  // rw: a request of the port timed out
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fc_protocol_error;  // rw: flow control protocol error
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } poisoned_tlp_received;  // rw: a poisoned TLP was received
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } surprise_down_error;  // rw: the link went down unexpectedly
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } dl_protocol_error;  // rw: Data Link Layer protocol error
  } pcie_rp_cfg_reg2hw_aer_uncor_mask_reg_t;

  // aer_uncor_severity (offset 0x10c): Uncorrectable Error Severity.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } poisoned_tlp_egress_blocked;  // rw: a poisoned TLP was blocked on egress
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } tlp_prefix_blocked;  // rw: a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } atomic_op_egress_blocked;  // rw: an AtomicOp was blocked on egress
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } mc_blocked_tlp;  // rw: a multicast TLP was blocked
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } internal_error;  // rw: uncorrectable internal error
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } acs_violation;  // rw: a request violated an enabled ACS control
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } unsupported_request;  // rw: an Unsupported Request was received
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } ecrc_error;  // rw: ECRC check failed
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } malformed_tlp;  // rw: a malformed TLP was received
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } receiver_overflow;  // rw: a receive buffer overflowed
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } unexpected_completion;  // rw: a completion matched no outstanding request
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } completer_abort;  // rw: the port completed a request with CA
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } completion_timeout;  // rw: a request of the port timed out
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fc_protocol_error;  // rw: flow control protocol error
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } poisoned_tlp_received;  // rw: a poisoned TLP was received
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } surprise_down_error;  // rw: the link went down unexpectedly
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } dl_protocol_error;  // rw: Data Link Layer protocol error
  } pcie_rp_cfg_reg2hw_aer_uncor_severity_reg_t;

  // aer_cor_status (offset 0x110): Correctable Error Status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } header_log_overflow;  // rw1c: a header could not be logged (log full)
    struct packed {
      logic q;  // value
    } corrected_internal_error;  // rw1c: corrected internal error
    struct packed {
      logic q;  // value
    } advisory_non_fatal;  // rw1c: a non-fatal error was reported as correctable (advisory)
    struct packed {
      logic q;  // value
    } replay_timer_timeout;  // rw1c: the replay timer expired
    struct packed {
      logic q;  // value
    } replay_num_rollover;  // rw1c: the replay counter rolled over
    struct packed {
      logic q;  // value
    } bad_dllp;  // rw1c: a DLLP failed its CRC
    struct packed {
      logic q;  // value
    } bad_tlp;  // rw1c: a TLP failed its LCRC or sequence check
    struct packed {
      logic q;  // value
    } receiver_error;  // rw1c: physical layer receiver error
  } pcie_rp_cfg_reg2hw_aer_cor_status_reg_t;

  // aer_cor_mask (offset 0x114): Correctable Error Mask.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } header_log_overflow;  // rw: a header could not be logged (log full)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } corrected_internal_error;  // rw: corrected internal error
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } advisory_non_fatal;  // rw: a non-fatal error was reported as correctable (advisory)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } replay_timer_timeout;  // rw: the replay timer expired
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } replay_num_rollover;  // rw: the replay counter rolled over
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } bad_dllp;  // rw: a DLLP failed its CRC
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } bad_tlp;  // rw: a TLP failed its LCRC or sequence check
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } receiver_error;  // rw: physical layer receiver error
  } pcie_rp_cfg_reg2hw_aer_cor_mask_reg_t;

  // aer_root_err_cmd (offset 0x12c): Root Error Command.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } fatal_err_report_en;  // rw: interrupt when a fatal error is reported to the port
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } non_fatal_err_report_en;  // rw: interrupt when a non-fatal error is reported to the port
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } correctable_err_report_en;  // rw: interrupt when a correctable error is reported to the port
  } pcie_rp_cfg_reg2hw_aer_root_err_cmd_reg_t;

  // aer_root_err_status (offset 0x130): Root Error Status.
  typedef struct packed {
    struct packed {
      logic q;  // value
    } fatal_msg_received;  // rw1c: at least one ERR_FATAL was received
    struct packed {
      logic q;  // value
    } non_fatal_msg_received;  // rw1c: at least one ERR_NONFATAL was received
    struct packed {
      logic q;  // value
    } first_uncor_fatal;  // rw1c: the first uncorrectable message received was fatal
    struct packed {
      logic q;  // value
    } multi_fatal_non_fatal_received;  // rw1c: another ERR_FATAL/NONFATAL arrived while one was logged
    struct packed {
      logic q;  // value
    } fatal_non_fatal_received;  // rw1c: an ERR_FATAL or ERR_NONFATAL was received
    struct packed {
      logic q;  // value
    } multi_cor_received;  // rw1c: another ERR_COR arrived while one was logged
    struct packed {
      logic q;  // value
    } cor_received;  // rw1c: an ERR_COR was received
  } pcie_rp_cfg_reg2hw_aer_root_err_status_reg_t;

  // acs_ctrl (offset 0x14e): ACS Control register.
  typedef struct packed {
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } direct_translated_p2p_en;  // rw: route translated P2P requests directly
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } upstream_forwarding_en;  // rw: forward upstream requests that target the port's own link upstream
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } p2p_completion_redirect_en;  // rw: redirect P2P completions upstream
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } p2p_request_redirect_en;  // rw: redirect P2P requests upstream (to the IOMMU)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } translation_blocking_en;  // rw: block upstream requests whose AT is not 00b (untranslated)
    struct packed {
      logic q;  // value
      logic qe;  // one-cycle pulse: software wrote the field, q shows the new value
    } source_validation_en;  // rw: check the bus number of requester IDs
  } pcie_rp_cfg_reg2hw_acs_ctrl_reg_t;

  typedef struct packed {
    pcie_rp_cfg_reg2hw_command_reg_t command;  // offset 0x004
    pcie_rp_cfg_reg2hw_status_reg_t status;  // offset 0x006
    pcie_rp_cfg_reg2hw_cache_line_size_reg_t cache_line_size;  // offset 0x00c
    pcie_rp_cfg_reg2hw_primary_bus_reg_t primary_bus;  // offset 0x018
    pcie_rp_cfg_reg2hw_secondary_bus_reg_t secondary_bus;  // offset 0x019
    pcie_rp_cfg_reg2hw_subordinate_bus_reg_t subordinate_bus;  // offset 0x01a
    pcie_rp_cfg_reg2hw_secondary_status_reg_t secondary_status;  // offset 0x01e
    pcie_rp_cfg_reg2hw_memory_base_reg_t memory_base;  // offset 0x020
    pcie_rp_cfg_reg2hw_memory_limit_reg_t memory_limit;  // offset 0x022
    pcie_rp_cfg_reg2hw_pref_memory_base_reg_t pref_memory_base;  // offset 0x024
    pcie_rp_cfg_reg2hw_pref_memory_limit_reg_t pref_memory_limit;  // offset 0x026
    pcie_rp_cfg_reg2hw_pref_base_upper_reg_t pref_base_upper;  // offset 0x028
    pcie_rp_cfg_reg2hw_pref_limit_upper_reg_t pref_limit_upper;  // offset 0x02c
    pcie_rp_cfg_reg2hw_interrupt_line_reg_t interrupt_line;  // offset 0x03c
    pcie_rp_cfg_reg2hw_bridge_control_reg_t bridge_control;  // offset 0x03e
    pcie_rp_cfg_reg2hw_devctl_reg_t devctl;  // offset 0x048
    pcie_rp_cfg_reg2hw_devsta_reg_t devsta;  // offset 0x04a
    pcie_rp_cfg_reg2hw_lnkctl_reg_t lnkctl;  // offset 0x050
    pcie_rp_cfg_reg2hw_lnksta_reg_t lnksta;  // offset 0x052
    pcie_rp_cfg_reg2hw_rootctl_reg_t rootctl;  // offset 0x05c
    pcie_rp_cfg_reg2hw_rootsta_reg_t rootsta;  // offset 0x060
    pcie_rp_cfg_reg2hw_devcap2_reg_t devcap2;  // offset 0x064
    pcie_rp_cfg_reg2hw_devctl2_reg_t devctl2;  // offset 0x068
    pcie_rp_cfg_reg2hw_lnkctl2_reg_t lnkctl2;  // offset 0x070
    pcie_rp_cfg_reg2hw_pmcsr_reg_t pmcsr;  // offset 0x084
    pcie_rp_cfg_reg2hw_aer_uncor_status_reg_t aer_uncor_status;  // offset 0x104
    pcie_rp_cfg_reg2hw_aer_uncor_mask_reg_t aer_uncor_mask;  // offset 0x108
    pcie_rp_cfg_reg2hw_aer_uncor_severity_reg_t aer_uncor_severity;  // offset 0x10c
    pcie_rp_cfg_reg2hw_aer_cor_status_reg_t aer_cor_status;  // offset 0x110
    pcie_rp_cfg_reg2hw_aer_cor_mask_reg_t aer_cor_mask;  // offset 0x114
    pcie_rp_cfg_reg2hw_aer_root_err_cmd_reg_t aer_root_err_cmd;  // offset 0x12c
    pcie_rp_cfg_reg2hw_aer_root_err_status_reg_t aer_root_err_status;  // offset 0x130
    pcie_rp_cfg_reg2hw_acs_ctrl_reg_t acs_ctrl;  // offset 0x14e
  } pcie_rp_cfg_reg2hw_t;

  // ---------------------------------------------------------------------------------------
  // hw2reg: core -> register block: what hardware drives
  // ---------------------------------------------------------------------------------------

  // status (offset 0x006): Status register (primary side).
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } detected_parity_error;  // rw1c: a poisoned TLP was received on the primary side
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } signaled_system_error;  // rw1c: the port sent ERR_FATAL or ERR_NONFATAL
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } received_master_abort;  // rw1c: a request of the port completed with UR
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } received_target_abort;  // rw1c: a request of the port completed with CA
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } signaled_target_abort;  // rw1c: the port completed a request with CA
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } master_data_parity_error;  // rw1c: poisoned completion or poisoned write, parity response enabled
    struct packed {
      logic d;  // value driven by hardware
    } interrupt_status;  // ro: the port has an INTx interrupt pending
  } pcie_rp_cfg_hw2reg_status_reg_t;

  // secondary_status (offset 0x01e): Secondary Status (link side).
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } detected_parity_error;  // rw1c: a poisoned TLP was received on the link
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } received_system_error;  // rw1c: an ERR_FATAL or ERR_NONFATAL was received on the link
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } received_master_abort;  // rw1c: a request forwarded downstream completed with UR
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } received_target_abort;  // rw1c: a request forwarded downstream completed with CA
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } signaled_target_abort;  // rw1c: the port completed a request from the link with CA
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } master_data_parity_error;  // rw1c: poisoned data seen on the link, parity response enabled
  } pcie_rp_cfg_hw2reg_secondary_status_reg_t;

  // devctl (offset 0x048): Device Control.
  typedef struct packed {
    struct packed {
      logic [2:0] d;  // value driven by hardware (pcie_rp_cfg_pkg::mps_t)
      logic de;  // load d into the field (wins over a software write)
    } max_payload_size;  // warl: max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
  } pcie_rp_cfg_hw2reg_devctl_reg_t;

  // devsta (offset 0x04a): Device Status.
  typedef struct packed {
    struct packed {
      logic d;  // value driven by hardware
    } transactions_pending;  // ro: non-posted requests of the port itself are outstanding
    struct packed {
      logic d;  // value driven by hardware
    } aux_power_detected;  // ro: aux power is present
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } unsupported_req_detected;  // rw1c: an Unsupported Request was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fatal_err_detected;  // rw1c: a fatal error was detected
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } non_fatal_err_detected;  // rw1c: a non-fatal error was detected
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } correctable_err_detected;  // rw1c: a correctable error was detected
  } pcie_rp_cfg_hw2reg_devsta_reg_t;

  // lnksta (offset 0x052): Link Status.
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } link_autonomous_bw_status;  // rw1c: hardware changed speed or width autonomously
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } link_bw_mgmt_status;  // rw1c: link retrained by software or speed/width changed for reliability
    struct packed {
      logic d;  // value driven by hardware
    } dll_link_active;  // ro: the Data Link Layer is DL_Active
    struct packed {
      logic d;  // value driven by hardware
    } link_training;  // ro: link training in progress
    struct packed {
      logic [5:0] d;  // value driven by hardware
    } negotiated_link_width;  // ro: negotiated link width
    struct packed {
      logic [3:0] d;  // value driven by hardware (pcie_rp_cfg_pkg::link_speed_t)
    } current_link_speed;  // ro: current link speed
  } pcie_rp_cfg_hw2reg_lnksta_reg_t;

  // rootsta (offset 0x060): Root Status.
  typedef struct packed {
    struct packed {
      logic d;  // value driven by hardware
    } pme_pending;  // ro: another PME is waiting behind the one reported
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } pme_status;  // rw1c: a PME message was received
    struct packed {
      logic [15:0] d;  // value driven by hardware
    } pme_requester_id;  // ro: requester ID of the last PME message
  } pcie_rp_cfg_hw2reg_rootsta_reg_t;

  // devcap2 (offset 0x064): Device Capabilities 2.
  typedef struct packed {
    devcap2_t d;  // what a software read returns (pcie_rp_cfg_pkg::devcap2_t); rsvd members read 0
  } pcie_rp_cfg_hw2reg_devcap2_reg_t;

  // lnksta2 (offset 0x072): Link Status 2.
  typedef struct packed {
    struct packed {
      logic [2:0] d;  // value driven by hardware
    } downstream_component_presence;  // ro: presence and link state of the downstream component
    struct packed {
      logic d;  // value driven by hardware
    } current_deemphasis;  // ro: current de-emphasis at 5.0 GT/s, 1 = -3.5 dB
  } pcie_rp_cfg_hw2reg_lnksta2_reg_t;

  // pmcsr (offset 0x084): Power Management Control/Status (PMCSR).
  typedef struct packed {
    struct packed {
      logic [1:0] d;  // value driven by hardware (pcie_rp_cfg_pkg::pm_state_t)
      logic de;  // load d into the field (wins over a software write)
    } power_state;  // warl: current power state (D0 or D3hot)
  } pcie_rp_cfg_hw2reg_pmcsr_reg_t;

  // aer_uncor_status (offset 0x104): Uncorrectable Error Status.
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } poisoned_tlp_egress_blocked;  // rw1c: a poisoned TLP was blocked on egress
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } tlp_prefix_blocked;  // rw1c: a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } atomic_op_egress_blocked;  // rw1c: an AtomicOp was blocked on egress
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } mc_blocked_tlp;  // rw1c: a multicast TLP was blocked
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } internal_error;  // rw1c: uncorrectable internal error
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } acs_violation;  // rw1c: a request violated an enabled ACS control
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } unsupported_request;  // rw1c: an Unsupported Request was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } ecrc_error;  // rw1c: ECRC check failed
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } malformed_tlp;  // rw1c: a malformed TLP was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } receiver_overflow;  // rw1c: a receive buffer overflowed
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } unexpected_completion;  // rw1c: a completion matched no outstanding request
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } completer_abort;  // rw1c: the port completed a request with CA
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } completion_timeout;  // rw1c: a request of the port timed out
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fc_protocol_error;  // rw1c: flow control protocol error
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } poisoned_tlp_received;  // rw1c: a poisoned TLP was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } surprise_down_error;  // rw1c: the link went down unexpectedly
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } dl_protocol_error;  // rw1c: Data Link Layer protocol error
  } pcie_rp_cfg_hw2reg_aer_uncor_status_reg_t;

  // aer_cor_status (offset 0x110): Correctable Error Status.
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } header_log_overflow;  // rw1c: a header could not be logged (log full)
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } corrected_internal_error;  // rw1c: corrected internal error
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } advisory_non_fatal;  // rw1c: a non-fatal error was reported as correctable (advisory)
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } replay_timer_timeout;  // rw1c: the replay timer expired
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } replay_num_rollover;  // rw1c: the replay counter rolled over
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } bad_dllp;  // rw1c: a DLLP failed its CRC
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } bad_tlp;  // rw1c: a TLP failed its LCRC or sequence check
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } receiver_error;  // rw1c: physical layer receiver error
  } pcie_rp_cfg_hw2reg_aer_cor_status_reg_t;

  // aer_cap_ctrl (offset 0x118): Advanced Error Capabilities and Control.
  typedef struct packed {
    struct packed {
      logic d;  // value driven by hardware
    } tlp_prefix_log_present;  // ro: the TLP Prefix Log holds the prefixes of the logged TLP
    struct packed {
      logic [4:0] d;  // value driven by hardware
    } first_error_pointer;  // ro: bit number of the first uncorrectable error logged
  } pcie_rp_cfg_hw2reg_aer_cap_ctrl_reg_t;

  // aer_header_log (offset 0x11c + i * 0x4, i < 4): Header Log, four DWORDs.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } dw;  // ro: one logged DWORD
  } pcie_rp_cfg_hw2reg_aer_header_log_reg_t;

  // aer_root_err_status (offset 0x130): Root Error Status.
  typedef struct packed {
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fatal_msg_received;  // rw1c: at least one ERR_FATAL was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } non_fatal_msg_received;  // rw1c: at least one ERR_NONFATAL was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } first_uncor_fatal;  // rw1c: the first uncorrectable message received was fatal
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } multi_fatal_non_fatal_received;  // rw1c: another ERR_FATAL/NONFATAL arrived while one was logged
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } fatal_non_fatal_received;  // rw1c: an ERR_FATAL or ERR_NONFATAL was received
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } multi_cor_received;  // rw1c: another ERR_COR arrived while one was logged
    struct packed {
      logic set;  // bits to set (win over software's write-1-to-clear)
    } cor_received;  // rw1c: an ERR_COR was received
  } pcie_rp_cfg_hw2reg_aer_root_err_status_reg_t;

  // aer_err_source_id (offset 0x134): Error Source Identification.
  typedef struct packed {
    struct packed {
      logic [15:0] d;  // value driven by hardware
    } fatal_non_fatal_source_id;  // ro: requester ID of the first ERR_FATAL/NONFATAL logged
    struct packed {
      logic [15:0] d;  // value driven by hardware
    } cor_source_id;  // ro: requester ID of the first ERR_COR logged
  } pcie_rp_cfg_hw2reg_aer_err_source_id_reg_t;

  // aer_tlp_prefix_log (offset 0x138 + i * 0x4, i < 4): TLP Prefix Log, four DWORDs.
  typedef struct packed {
    struct packed {
      logic [31:0] d;  // value driven by hardware
    } dw;  // ro: one logged DWORD
  } pcie_rp_cfg_hw2reg_aer_tlp_prefix_log_reg_t;

  typedef struct packed {
    pcie_rp_cfg_hw2reg_status_reg_t status;  // offset 0x006
    pcie_rp_cfg_hw2reg_secondary_status_reg_t secondary_status;  // offset 0x01e
    pcie_rp_cfg_hw2reg_devctl_reg_t devctl;  // offset 0x048
    pcie_rp_cfg_hw2reg_devsta_reg_t devsta;  // offset 0x04a
    pcie_rp_cfg_hw2reg_lnksta_reg_t lnksta;  // offset 0x052
    pcie_rp_cfg_hw2reg_rootsta_reg_t rootsta;  // offset 0x060
    pcie_rp_cfg_hw2reg_devcap2_reg_t devcap2;  // offset 0x064
    pcie_rp_cfg_hw2reg_lnksta2_reg_t lnksta2;  // offset 0x072
    pcie_rp_cfg_hw2reg_pmcsr_reg_t pmcsr;  // offset 0x084
    pcie_rp_cfg_hw2reg_aer_uncor_status_reg_t aer_uncor_status;  // offset 0x104
    pcie_rp_cfg_hw2reg_aer_cor_status_reg_t aer_cor_status;  // offset 0x110
    pcie_rp_cfg_hw2reg_aer_cap_ctrl_reg_t aer_cap_ctrl;  // offset 0x118
    pcie_rp_cfg_hw2reg_aer_header_log_reg_t aer_header_log_0;  // offset 0x11c
    pcie_rp_cfg_hw2reg_aer_header_log_reg_t aer_header_log_1;  // offset 0x120
    pcie_rp_cfg_hw2reg_aer_header_log_reg_t aer_header_log_2;  // offset 0x124
    pcie_rp_cfg_hw2reg_aer_header_log_reg_t aer_header_log_3;  // offset 0x128
    pcie_rp_cfg_hw2reg_aer_root_err_status_reg_t aer_root_err_status;  // offset 0x130
    pcie_rp_cfg_hw2reg_aer_err_source_id_reg_t aer_err_source_id;  // offset 0x134
    pcie_rp_cfg_hw2reg_aer_tlp_prefix_log_reg_t aer_tlp_prefix_log_0;  // offset 0x138
    pcie_rp_cfg_hw2reg_aer_tlp_prefix_log_reg_t aer_tlp_prefix_log_1;  // offset 0x13c
    pcie_rp_cfg_hw2reg_aer_tlp_prefix_log_reg_t aer_tlp_prefix_log_2;  // offset 0x140
    pcie_rp_cfg_hw2reg_aer_tlp_prefix_log_reg_t aer_tlp_prefix_log_3;  // offset 0x144
  } pcie_rp_cfg_hw2reg_t;

endpackage

`resetall

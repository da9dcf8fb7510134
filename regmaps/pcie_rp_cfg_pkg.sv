// PCIe root port configuration space (4 KiB, DWORD-wide configuration accesses).
//
// Layout of the one root port of the design, as host software sees it through ECAM:
//   0x000-0x03F  Type 1 (PCI-to-PCI bridge) header
//   0x040-0x07B  PCI Express Capability, version 2 (Root Port), first entry of the capability list
//   0x080-0x087  PCI Power Management capability, last entry of the capability list
//   0x100-0x147  Advanced Error Reporting extended capability (v2) with the TLP Prefix Log
//   0x148-0x14F  Access Control Services extended capability, end of the extended list
// The port accepts End-End TLP prefixes (at most one per TLP, the PASID prefix) and can block
// them (Device Control 2). Registers carry PCIe attributes: HwInit and hardwired fields are
// `hwinit`, status bits that hardware sets and software clears are `rw1c`, live state is `ro`.
// Every offset not covered below reads zero and ignores writes.
`resetall
`timescale 1ns / 1ps
`default_nettype none

package pcie_rp_cfg_pkg;  // verilator lint_off UNUSEDPARAM
  localparam int unsigned REGBLOCK_BYTES     = 4096;
  localparam int unsigned REGBLOCK_BUS_BYTES = 4;

  // Byte offset of the PCI Express Capability (the first entry of the capability list).
  localparam int unsigned PCIE_CAP_BASE = 'h40;
  // Byte offset of the PCI Power Management capability (second and last entry of the list).
  localparam int unsigned PM_CAP_BASE   = 'h80;
  // Byte offset of the AER extended capability (the first extended capability).
  localparam int unsigned AER_CAP_BASE  = 'h100;
  // Byte offset of the ACS extended capability (follows AER, last in the list).
  localparam int unsigned ACS_CAP_BASE  = AER_CAP_BASE + 'h48;
  // Version of the AER extended capability implemented (2: with the TLP Prefix Log).
  localparam int unsigned AER_CAP_VERSION = 2;
  // Version of the ACS extended capability implemented.
  localparam int unsigned ACS_CAP_VERSION = 1;
  // Version of the PCI Power Management Interface implemented (3: PCI PM 1.2).
  localparam int unsigned PM_CAP_VERSION  = 3;

  // ---------------------------------------------------------------------------------------
  // Encodings
  // ---------------------------------------------------------------------------------------

  // PCI capability IDs (byte 0 of an entry of the list that starts at the capability pointer).
  typedef enum logic [7:0] {
    PCI_CAP_ID_PM   = 8'h01,  // PCI Power Management
    PCI_CAP_ID_MSI  = 8'h05,  // Message Signaled Interrupts
    PCI_CAP_ID_VNDR = 8'h09,  // vendor specific
    PCI_CAP_ID_PCIE = 8'h10,  // PCI Express Capability
    PCI_CAP_ID_MSIX = 8'h11   // MSI-X
  } pci_cap_id_t;

  // PCIe extended capability IDs of the capabilities this root port implements. The endpoint
  // capabilities (ATS, PRI, PASID) are listed in pcie_ep_caps_pkg.
  typedef enum logic [15:0] {
    EXT_CAP_ID_AER = 16'h0001,  // Advanced Error Reporting
    EXT_CAP_ID_ACS = 16'h000D   // Access Control Services
  } ext_cap_id_t;

  // Device/Port Type of the PCI Express Capabilities register.
  typedef enum logic [3:0] {
    PCIE_PORT_TYPE_ENDPOINT           = 4'h0,  // PCI Express Endpoint
    PCIE_PORT_TYPE_LEGACY_ENDPOINT    = 4'h1,  // Legacy PCI Express Endpoint
    PCIE_PORT_TYPE_ROOT_PORT          = 4'h4,  // Root Port of a PCI Express Root Complex
    PCIE_PORT_TYPE_SWITCH_UPSTREAM    = 4'h5,  // upstream port of a switch
    PCIE_PORT_TYPE_SWITCH_DOWNSTREAM  = 4'h6,  // downstream port of a switch
    PCIE_PORT_TYPE_PCIE_TO_PCI_BRIDGE = 4'h7,  // PCI Express to PCI/PCI-X bridge
    PCIE_PORT_TYPE_PCI_TO_PCIE_BRIDGE = 4'h8,  // PCI/PCI-X to PCI Express bridge
    PCIE_PORT_TYPE_RC_ENDPOINT        = 4'h9,  // Root Complex Integrated Endpoint
    PCIE_PORT_TYPE_RC_EVENT_COLLECTOR = 4'hA   // Root Complex Event Collector
  } pcie_port_type_t;

  // Link speed as an index into the Supported Link Speeds Vector (Link Capabilities 2):
  // used by Max Link Speed, Current Link Speed and Target Link Speed.
  typedef enum logic [3:0] {
    LINK_SPEED_GEN1 = 4'h1,  // 2.5 GT/s
    LINK_SPEED_GEN2 = 4'h2,  // 5.0 GT/s
    LINK_SPEED_GEN3 = 4'h3,  // 8.0 GT/s
    LINK_SPEED_GEN4 = 4'h4,  // 16.0 GT/s
    LINK_SPEED_GEN5 = 4'h5,  // 32.0 GT/s
    LINK_SPEED_GEN6 = 4'h6   // 64.0 GT/s
  } link_speed_t;

  // ---------------------------------------------------------------------------------------
  // Type 1 configuration header (0x00-0x3F)
  // ---------------------------------------------------------------------------------------

  // Vendor ID.
  // Placeholder value (0x1234, as emulators use); an integrator sets its own assigned ID.
  typedef struct packed {
    logic [15:0] id;  // hwinit: vendor of the root port
  } vendor_id_t;
  localparam int unsigned VENDOR_ID_OFFSET = 'h00;
  localparam vendor_id_t  VENDOR_ID_RESET  = 16'h1234;

  // Device ID.
  // Placeholder value chosen by us under the placeholder vendor ID.
  typedef struct packed {
    logic [15:0] id;  // hwinit: device of the root port
  } device_id_t;
  localparam int unsigned DEVICE_ID_OFFSET = 'h02;
  localparam device_id_t  DEVICE_ID_RESET  = 16'h7250;

  // Command register.
  // Bits that do not apply to PCI Express are hardwired to zero.
  typedef struct packed {
    logic [4:0] rsvd;                // rsvd: reserved
    logic       intx_disable;        // rw: stop the port from asserting INTx for its own events
    logic       fast_b2b_en;         // hwinit: fast back-to-back enable, not used by PCIe
    logic       serr_en;             // rw: report fatal and non-fatal errors to the system
    logic       idsel_stepping;      // hwinit: IDSEL stepping, not used by PCIe
    logic       parity_err_response; // rw: act on poisoned TLPs (Master Data Parity Error)
    logic       vga_palette_snoop;   // hwinit: VGA palette snoop, not used by PCIe
    logic       mem_write_invalidate;  // hwinit: memory write and invalidate, not used by PCIe
    logic       special_cycle_en;    // hwinit: special cycles, not used by PCIe
    logic       bus_master_en;       // rw: forward memory requests from the link upstream (DMA)
    logic       mem_space_en;        // rw: forward memory requests downstream through the windows
    logic       io_space_en;         // rw: forward I/O requests downstream (no I/O window here)
  } command_t;
  localparam int unsigned COMMAND_OFFSET = 'h04;

  // Status register (primary side).
  typedef struct packed {
    logic       detected_parity_error;    // rw1c: a poisoned TLP was received on the primary side
    logic       signaled_system_error;    // rw1c: the port sent ERR_FATAL or ERR_NONFATAL
    logic       received_master_abort;    // rw1c: a request of the port completed with UR
    logic       received_target_abort;    // rw1c: a request of the port completed with CA
    logic       signaled_target_abort;    // rw1c: the port completed a request with CA
    logic [1:0] devsel_timing;            // hwinit: DEVSEL timing, not used by PCIe
    logic       master_data_parity_error; // rw1c: poisoned completion or poisoned write, parity response enabled
    logic       fast_b2b_capable;         // hwinit: fast back-to-back capable, not used by PCIe
    logic       rsvd_6;                   // rsvd: reserved
    logic       cap_66mhz;                // hwinit: 66 MHz capable, not used by PCIe
    logic       cap_list;                 // hwinit: a capability list is present (always 1)
    logic       interrupt_status;         // ro: the port has an INTx interrupt pending
    logic [1:0] rsvd_2_1;                 // rsvd: reserved
    logic       immediate_readiness;      // hwinit: immediate readiness (not claimed)
  } status_t;
  localparam int unsigned STATUS_OFFSET = 'h06;
  localparam status_t     STATUS_RESET  = 16'h0010;

  // Revision ID and Class Code.
  // Class 06h/04h/00h: PCI-to-PCI bridge (what a root port reports).
  typedef struct packed {
    logic [7:0] base_class;   // hwinit: base class (06h, bridge)
    logic [7:0] sub_class;    // hwinit: sub-class (04h, PCI-to-PCI bridge)
    logic [7:0] prog_if;      // hwinit: programming interface (00h)
    logic [7:0] revision_id;  // hwinit: revision of the root port
  } class_rev_t;
  localparam int unsigned CLASS_REV_OFFSET = 'h08;
  localparam class_rev_t  CLASS_REV_RESET  = 32'h0604_0000;

  // Cache Line Size.
  // Kept for compatibility; it has no effect on PCI Express.
  typedef struct packed {
    logic [7:0] size;  // rw: system cache line size in DWORDs
  } cache_line_size_t;
  localparam int unsigned CACHE_LINE_SIZE_OFFSET = 'h0C;

  // Latency timer (primary and secondary): not used by PCI Express, hardwired to zero.
  typedef struct packed {
    logic [7:0] timer;  // hwinit: latency timer, zero
  } latency_timer_t;

  // Primary Latency Timer.
  // Not used by PCI Express, hardwired to zero.
  typedef latency_timer_t primary_latency_timer_t;
  localparam int unsigned PRIMARY_LATENCY_TIMER_OFFSET = 'h0D;

  // Header Type.
  // Type 1 layout (bridge), single function.
  typedef struct packed {
    logic       multi_function;  // hwinit: the device has more than one function
    logic [6:0] layout;          // hwinit: header layout, 01h = Type 1
  } header_type_t;
  localparam int unsigned HEADER_TYPE_OFFSET = 'h0E;
  localparam header_type_t HEADER_TYPE_RESET = 8'h01;

  // BIST.
  // Built-in self test is not implemented.
  typedef struct packed {
    logic       capable;          // hwinit: BIST capable (no)
    logic       start;            // hwinit: start BIST (not capable, reads zero)
    logic [1:0] rsvd;             // rsvd: reserved
    logic [3:0] completion_code;  // hwinit: BIST result (zero)
  } bist_t;
  localparam int unsigned BIST_OFFSET = 'h0F;

  // Base Address Register layout (BAR0, BAR1) of a memory BAR.
  typedef struct packed {
    logic [27:0] address;       // hwinit: base address bits [31:4] (none)
    logic        prefetchable;  // hwinit: prefetchable memory
    logic [1:0]  mem_type;      // hwinit: memory decoder type
    logic        io_space;      // hwinit: I/O space indicator
  } base_address_t;

  // Base Address Register 0.
  // Not implemented: the root port has no memory of its own, the register reads zero.
  typedef base_address_t bar0_t;
  localparam int unsigned BAR0_OFFSET = 'h10;

  // Base Address Register 1.
  // Not implemented, reads zero.
  typedef base_address_t bar1_t;
  localparam int unsigned BAR1_OFFSET = 'h14;

  // Bus number (primary, secondary and subordinate bus number registers).
  typedef struct packed {
    logic [7:0] bus;  // rw: bus number
  } bus_number_t;

  // Primary Bus Number: the bus upstream of the port.
  typedef bus_number_t primary_bus_t;
  localparam int unsigned PRIMARY_BUS_OFFSET = 'h18;

  // Secondary Bus Number: the bus on the link (Type 0 configuration requests).
  typedef bus_number_t secondary_bus_t;
  localparam int unsigned SECONDARY_BUS_OFFSET = 'h19;

  // Subordinate Bus Number: the highest bus number below the port (Type 1 configuration
  // requests).
  typedef bus_number_t subordinate_bus_t;
  localparam int unsigned SUBORDINATE_BUS_OFFSET = 'h1A;

  // Secondary Latency Timer.
  // Not used by PCI Express, hardwired to zero.
  typedef latency_timer_t secondary_latency_timer_t;
  localparam int unsigned SECONDARY_LATENCY_TIMER_OFFSET = 'h1B;

  // I/O Base and I/O Limit layout (the port has no I/O window: both read zero).
  typedef struct packed {
    logic [3:0] addr;      // hwinit: I/O address bits [15:12] (not implemented)
    logic [3:0] addr_cap;  // hwinit: I/O addressing capability (not implemented)
  } io_window_t;

  // I/O Base.
  // The port forwards no I/O: the I/O window is not implemented and reads zero.
  typedef io_window_t io_base_t;
  localparam int unsigned IO_BASE_OFFSET = 'h1C;

  // I/O Limit.
  // Not implemented, reads zero.
  typedef io_window_t io_limit_t;
  localparam int unsigned IO_LIMIT_OFFSET = 'h1D;

  // Secondary Status (link side).
  typedef struct packed {
    logic       detected_parity_error;    // rw1c: a poisoned TLP was received on the link
    logic       received_system_error;    // rw1c: an ERR_FATAL or ERR_NONFATAL was received on the link
    logic       received_master_abort;    // rw1c: a request forwarded downstream completed with UR
    logic       received_target_abort;    // rw1c: a request forwarded downstream completed with CA
    logic       signaled_target_abort;    // rw1c: the port completed a request from the link with CA
    logic [1:0] devsel_timing;            // hwinit: DEVSEL timing, not used by PCIe
    logic       master_data_parity_error; // rw1c: poisoned data seen on the link, parity response enabled
    logic       fast_b2b_capable;         // hwinit: fast back-to-back capable, not used by PCIe
    logic       rsvd_6;                   // rsvd: reserved
    logic       cap_66mhz;                // hwinit: 66 MHz capable, not used by PCIe
    logic [4:0] rsvd_4_0;                 // rsvd: reserved
  } secondary_status_t;
  localparam int unsigned SECONDARY_STATUS_OFFSET = 'h1E;

  // Memory Base and Memory Limit layout (non-prefetchable window, 1 MiB granularity): the
  // limit's address bits [19:0] are all ones.
  typedef struct packed {
    logic [11:0] addr;  // rw: window address bits [31:20]
    logic [3:0]  rsvd;  // rsvd: reserved
  } memory_window_t;

  // Memory Base (non-prefetchable window, 1 MiB granularity).
  typedef memory_window_t memory_base_t;
  localparam int unsigned MEMORY_BASE_OFFSET = 'h20;

  // Memory Limit (non-prefetchable window; address bits [19:0] of the limit are all ones).
  typedef memory_window_t memory_limit_t;
  localparam int unsigned MEMORY_LIMIT_OFFSET = 'h22;

  // Prefetchable Memory Base and Limit layout (64-bit window, 1 MiB granularity): the
  // limit's address bits [19:0] are all ones.
  typedef struct packed {
    logic [11:0] addr;      // rw: window address bits [31:20]
    logic [3:0]  addr_cap;  // hwinit: addressing capability, 1 = 64-bit window
  } pref_memory_window_t;

  // Prefetchable Memory Base (64-bit window, 1 MiB granularity).
  typedef pref_memory_window_t pref_memory_base_t;
  localparam int unsigned    PREF_MEMORY_BASE_OFFSET = 'h24;
  localparam pref_memory_base_t PREF_MEMORY_BASE_RESET = 16'h0001;

  // Prefetchable Memory Limit (64-bit window).
  typedef pref_memory_window_t pref_memory_limit_t;
  localparam int unsigned     PREF_MEMORY_LIMIT_OFFSET = 'h26;
  localparam pref_memory_limit_t PREF_MEMORY_LIMIT_RESET = 16'h0001;

  // Prefetchable Base and Limit Upper 32 Bits layout.
  typedef struct packed {
    logic [31:0] addr;  // rw: prefetchable window address bits [63:32]
  } pref_upper_t;

  // Prefetchable Base Upper 32 Bits.
  typedef pref_upper_t pref_base_upper_t;
  localparam int unsigned PREF_BASE_UPPER_OFFSET = 'h28;

  // Prefetchable Limit Upper 32 Bits.
  typedef pref_upper_t pref_limit_upper_t;
  localparam int unsigned PREF_LIMIT_UPPER_OFFSET = 'h2C;

  // I/O Base and Limit Upper 16 Bits layout (no I/O window: both read zero).
  typedef struct packed {
    logic [15:0] addr;  // hwinit: I/O address bits [31:16] (not implemented)
  } io_upper_t;

  // I/O Base Upper 16 Bits.
  // Not implemented (no I/O window), reads zero.
  typedef io_upper_t io_base_upper_t;
  localparam int unsigned IO_BASE_UPPER_OFFSET = 'h30;

  // I/O Limit Upper 16 Bits.
  // Not implemented (no I/O window), reads zero.
  typedef io_upper_t io_limit_upper_t;
  localparam int unsigned IO_LIMIT_UPPER_OFFSET = 'h32;

  // Capabilities Pointer.
  // Points at the PCI Express Capability (PCIE_CAP_BASE).
  typedef struct packed {
    logic [7:0] ptr;  // hwinit: offset of the first capability
  } cap_ptr_t;
  localparam int unsigned CAP_PTR_OFFSET = 'h34;
  localparam cap_ptr_t    CAP_PTR_RESET  = 8'(PCIE_CAP_BASE);

  // Expansion ROM Base Address.
  // Not implemented, reads zero.
  typedef struct packed {
    logic [20:0] address;  // hwinit: ROM base address bits [31:11] (none)
    logic [9:0]  rsvd;     // rsvd: reserved
    logic        enable;   // hwinit: ROM address decode enable (none)
  } expansion_rom_base_t;
  localparam int unsigned EXPANSION_ROM_BASE_OFFSET = 'h38;

  // Interrupt Line.
  typedef struct packed {
    logic [7:0] line;  // rw: interrupt routing information written by firmware
  } interrupt_line_t;
  localparam int unsigned INTERRUPT_LINE_OFFSET = 'h3C;

  // Interrupt Pin.
  // The port signals its own events (PME, AER) on INTA.
  typedef struct packed {
    logic [7:0] pin;  // hwinit: legacy interrupt pin, 1 = INTA
  } interrupt_pin_t;
  localparam int unsigned   INTERRUPT_PIN_OFFSET = 'h3D;
  localparam interrupt_pin_t INTERRUPT_PIN_RESET = 8'h01;

  // Bridge Control.
  typedef struct packed {
    logic [3:0] rsvd;                      // rsvd: reserved
    logic       discard_timer_serr_en;     // hwinit: discard timer SERR enable, not used by PCIe
    logic       discard_timer_status;      // hwinit: discard timer status, not used by PCIe
    logic       secondary_discard_timeout; // hwinit: secondary discard timeout, not used by PCIe
    logic       primary_discard_timeout;   // hwinit: primary discard timeout, not used by PCIe
    logic       fast_b2b_en;               // hwinit: fast back-to-back enable, not used by PCIe
    logic       secondary_bus_reset;       // rw: hold the link in hot reset while set
    logic       master_abort_mode;         // hwinit: master abort mode, not used by PCIe
    logic       vga_16bit_decode;          // hwinit: 16-bit VGA I/O decode (no VGA forwarding)
    logic       vga_en;                    // hwinit: VGA forwarding (not supported)
    logic       isa_en;                    // hwinit: ISA I/O filtering (no I/O window)
    logic       serr_en;                   // rw: forward ERR_FATAL and ERR_NONFATAL from the link
    logic       parity_err_response;       // rw: act on poisoned TLPs received on the link
  } bridge_control_t;
  localparam int unsigned BRIDGE_CONTROL_OFFSET = 'h3E;

  // ---------------------------------------------------------------------------------------
  // PCI Express Capability, version 2 (PCIE_CAP_BASE)
  // ---------------------------------------------------------------------------------------

  // PCI capability list entry header (PCI Express and Power Management capabilities).
  typedef struct packed {
    logic [7:0]  next_ptr;  // hwinit: offset of the next capability, 0 = end of list
    pci_cap_id_t cap_id;    // hwinit: capability ID
  } pci_cap_hdr_t;

  // PCI Express Capability list entry.
  // First entry of the PCI capability list; the Power Management capability follows.
  typedef pci_cap_hdr_t pcie_cap_hdr_t;
  localparam int unsigned  PCIE_CAP_HDR_OFFSET = PCIE_CAP_BASE + 'h00;
  localparam pcie_cap_hdr_t PCIE_CAP_HDR_RESET = {8'(PM_CAP_BASE), 8'(PCI_CAP_ID_PCIE)};

  // PCI Express Capabilities register.
  // Version 2, Root Port, no slot.
  typedef struct packed {
    logic [1:0]      rsvd;              // rsvd: reserved
    logic [4:0]      int_msg_num;       // hwinit: MSI/MSI-X vector of the port's interrupts (no MSI, zero)
    logic            slot_implemented;  // hwinit: the link connects to a slot (no)
    pcie_port_type_t port_type;         // hwinit: Device/Port Type, Root Port
    logic [3:0]      version;           // hwinit: capability version, 2
  } pcie_caps_t;
  localparam int unsigned PCIE_CAPS_OFFSET = PCIE_CAP_BASE + 'h02;
  localparam pcie_caps_t  PCIE_CAPS_RESET  = 16'h0042;

  // Max_Payload_Size encodings this port supports (Device Control, 128 << n bytes): up to
  // 512 bytes (DEVCAP max_payload_supported). Writes of larger encodings are not kept.
  typedef enum logic [2:0] {
    MPS_128B = 3'd0,  // 128 bytes
    MPS_256B = 3'd1,  // 256 bytes
    MPS_512B = 3'd2   // 512 bytes, the largest supported
  } mps_t;

  // Device Capabilities.
  // 512-byte max payload, role-based error reporting.
  typedef struct packed {
    logic [2:0] rsvd_31_29;             // rsvd: reserved
    logic       flr_capable;            // hwinit: function level reset (endpoints only, no)
    logic [1:0] slot_power_limit_scale; // hwinit: captured slot power limit scale (upstream ports only)
    logic [7:0] slot_power_limit_value; // hwinit: captured slot power limit value (upstream ports only)
    logic [1:0] rsvd_17_16;             // rsvd: reserved
    logic       role_based_err_reporting;  // hwinit: role-based error reporting (yes)
    logic [2:0] rsvd_14_12;             // rsvd: reserved
    logic [2:0] l1_acceptable_latency;  // hwinit: endpoint L1 acceptable latency (zero for a root port)
    logic [2:0] l0s_acceptable_latency; // hwinit: endpoint L0s acceptable latency (zero for a root port)
    logic       ext_tag_supported;      // hwinit: 8-bit tags supported as a requester (no, 5-bit)
    logic [1:0] phantom_functions;      // hwinit: phantom functions supported (none)
    logic [2:0] max_payload_supported;  // hwinit: max payload size supported, 128 << n bytes (2, 512 bytes)
  } devcap_t;
  localparam int unsigned DEVCAP_OFFSET = PCIE_CAP_BASE + 'h04;
  localparam devcap_t     DEVCAP_RESET  = 32'h0000_8000 | 32'(MPS_512B);

  // Device Control.
  typedef struct packed {
    logic       rsvd;                     // rsvd: reserved
    logic [2:0] max_read_request_size;    // rw: max read request size, 128 << n bytes
    logic       no_snoop_en;              // rw: the port may set No Snoop on its requests
    logic       aux_power_pm_en;          // hwinit: aux power PM enable (no aux power)
    logic       phantom_functions_en;     // hwinit: phantom functions enable (not supported)
    logic       ext_tag_en;               // hwinit: 8-bit tag enable (not supported)
    mps_t       max_payload_size;         // warl: max payload size, 128 << n bytes (up to 512 bytes; larger writes are not kept)
    logic       relaxed_ordering_en;      // rw: the port may set Relaxed Ordering on its requests
    logic       unsupported_req_report_en;  // rw: report Unsupported Requests
    logic       fatal_err_report_en;      // rw: report fatal errors
    logic       non_fatal_err_report_en;  // rw: report non-fatal errors
    logic       correctable_err_report_en;  // rw: report correctable errors
  } devctl_t;
  localparam int unsigned DEVCTL_OFFSET = PCIE_CAP_BASE + 'h08;
  localparam devctl_t     DEVCTL_RESET  = 16'h2810;

  // Device Status.
  typedef struct packed {
    logic [9:0] rsvd;                   // rsvd: reserved
    logic       transactions_pending;   // ro: non-posted requests of the port itself are outstanding
    logic       aux_power_detected;     // ro: aux power is present
    logic       unsupported_req_detected;  // rw1c: an Unsupported Request was received
    logic       fatal_err_detected;     // rw1c: a fatal error was detected
    logic       non_fatal_err_detected; // rw1c: a non-fatal error was detected
    logic       correctable_err_detected;  // rw1c: a correctable error was detected
  } devsta_t;
  localparam int unsigned DEVSTA_OFFSET = PCIE_CAP_BASE + 'h0A;

  // Link Capabilities.
  // 5.0 GT/s x4, no ASPM, Data Link Layer active reporting, bandwidth notification.
  typedef struct packed {
    logic [7:0]  port_number;                // hwinit: port number of the link
    logic        rsvd;                       // rsvd: reserved
    logic        aspm_optionality_compliance;  // hwinit: ASPM optionality compliance (yes)
    logic        link_bw_notification_capable; // hwinit: link bandwidth notification (yes)
    logic        dll_link_active_reporting_capable;  // hwinit: Data Link Layer Link Active reporting (yes)
    logic        surprise_down_err_reporting_capable;  // hwinit: surprise down error reporting (no)
    logic        clock_power_mgmt;           // hwinit: CLKREQ# clock power management (upstream ports only)
    logic [2:0]  l1_exit_latency;            // hwinit: L1 exit latency (no ASPM)
    logic [2:0]  l0s_exit_latency;           // hwinit: L0s exit latency (no ASPM)
    logic [1:0]  aspm_support;               // hwinit: ASPM support, 0 = none
    logic [5:0]  max_link_width;             // hwinit: maximum link width (x4)
    link_speed_t max_link_speed;             // hwinit: maximum link speed (5.0 GT/s)
  } lnkcap_t;
  localparam int unsigned LNKCAP_OFFSET = PCIE_CAP_BASE + 'h0C;
  localparam lnkcap_t     LNKCAP_RESET  = 32'h0070_0042;

  // Link Control.
  typedef struct packed {
    logic [3:0] rsvd_15_12;                 // rsvd: reserved
    logic       link_autonomous_bw_int_en;  // rw: interrupt on link autonomous bandwidth status
    logic       link_bw_mgmt_int_en;        // rw: interrupt on link bandwidth management status
    logic       hw_autonomous_width_disable;  // hwinit: autonomous width changes (never made)
    logic       clock_pm_en;                // hwinit: clock power management (upstream ports only)
    logic       extended_synch;             // rw: send extended FTS and TS1 ordered sets
    logic       common_clock_config;        // rw: both ends of the link use a common reference clock
    logic       retrain_link;               // wo: write 1 to retrain the link (reads zero)
    logic       link_disable;               // rw: disable the link
    logic       read_completion_boundary;   // hwinit: read completion boundary, 0 = 64 bytes
    logic       rsvd_2;                     // rsvd: reserved
    logic [1:0] aspm_control;               // rw: ASPM enables (no ASPM is supported: keep zero)
  } lnkctl_t;
  localparam int unsigned LNKCTL_OFFSET = PCIE_CAP_BASE + 'h10;

  // Link Status.
  typedef struct packed {
    logic        link_autonomous_bw_status;  // rw1c: hardware changed speed or width autonomously
    logic        link_bw_mgmt_status;        // rw1c: link retrained by software or speed/width changed for reliability
    logic        dll_link_active;            // ro: the Data Link Layer is DL_Active
    logic        slot_clock_config;          // hwinit: the link uses the platform reference clock (no)
    logic        link_training;              // ro: link training in progress
    logic        rsvd;                       // rsvd: reserved
    logic [5:0]  negotiated_link_width;      // ro: negotiated link width
    link_speed_t current_link_speed;         // ro: current link speed
  } lnksta_t;
  localparam int unsigned LNKSTA_OFFSET = PCIE_CAP_BASE + 'h12;

  // Slot Capabilities.
  // No slot is implemented: every field is zero.
  typedef struct packed {
    logic [12:0] physical_slot_number;        // hwinit: physical slot number
    logic        no_cmd_completed_support;    // hwinit: no command completed support
    logic        electromech_interlock_present;  // hwinit: electromechanical interlock present
    logic [1:0]  slot_power_limit_scale;      // hwinit: slot power limit scale
    logic [7:0]  slot_power_limit_value;      // hwinit: slot power limit value
    logic        hot_plug_capable;            // hwinit: hot-plug capable
    logic        hot_plug_surprise;           // hwinit: hot-plug surprise
    logic        power_indicator_present;     // hwinit: power indicator present
    logic        attention_indicator_present; // hwinit: attention indicator present
    logic        mrl_sensor_present;          // hwinit: MRL sensor present
    logic        power_controller_present;    // hwinit: power controller present
    logic        attention_button_present;    // hwinit: attention button present
  } slotcap_t;
  localparam int unsigned SLOTCAP_OFFSET = PCIE_CAP_BASE + 'h14;

  // Slot Control.
  // No slot is implemented: every field is zero.
  typedef struct packed {
    logic       rsvd;                         // rsvd: reserved
    logic       inband_pd_disable;            // hwinit: in-band presence detect disable (not supported)
    logic       auto_slot_power_limit_disable;  // hwinit: auto slot power limit disable
    logic       dll_state_changed_en;         // hwinit: Data Link Layer state changed enable
    logic       electromech_interlock_ctrl;   // hwinit: electromechanical interlock control
    logic       power_controller_ctrl;        // hwinit: power controller control
    logic [1:0] power_indicator_ctrl;         // hwinit: power indicator control
    logic [1:0] attention_indicator_ctrl;     // hwinit: attention indicator control
    logic       hot_plug_int_en;              // hwinit: hot-plug interrupt enable
    logic       cmd_completed_int_en;         // hwinit: command completed interrupt enable
    logic       presence_detect_changed_en;   // hwinit: presence detect changed enable
    logic       mrl_sensor_changed_en;        // hwinit: MRL sensor changed enable
    logic       power_fault_detected_en;      // hwinit: power fault detected enable
    logic       attention_button_pressed_en;  // hwinit: attention button pressed enable
  } slotctl_t;
  localparam int unsigned SLOTCTL_OFFSET = PCIE_CAP_BASE + 'h18;

  // Slot Status.
  // No slot is implemented; Presence Detect State is hardwired to 1 as the spec requires then.
  typedef struct packed {
    logic [6:0] rsvd;                          // rsvd: reserved
    logic       dll_state_changed;             // hwinit: Data Link Layer state changed
    logic       electromech_interlock_status;  // hwinit: electromechanical interlock engaged
    logic       presence_detect_state;         // hwinit: adapter present (1, no slot)
    logic       mrl_sensor_state;              // hwinit: MRL open
    logic       cmd_completed;                 // hwinit: hot-plug command completed
    logic       presence_detect_changed;       // hwinit: presence detect changed
    logic       mrl_sensor_changed;            // hwinit: MRL sensor changed
    logic       power_fault_detected;          // hwinit: power fault detected
    logic       attention_button_pressed;      // hwinit: attention button pressed
  } slotsta_t;
  localparam int unsigned SLOTSTA_OFFSET = PCIE_CAP_BASE + 'h1A;
  localparam slotsta_t    SLOTSTA_RESET  = 16'h0040;

  // Root Control.
  typedef struct packed {
    logic [10:0] rsvd;                     // rsvd: reserved
    logic        crs_sw_visibility_en;     // rw: CRS software visibility enable (a Vendor ID read that gets CRS returns 0001h)
    logic        pme_int_en;               // rw: interrupt on PME messages (Root Status PME Status)
    logic        sys_err_on_fatal_en;      // rw: system error on fatal errors
    logic        sys_err_on_non_fatal_en;  // rw: system error on non-fatal errors
    logic        sys_err_on_correctable_en;  // rw: system error on correctable errors
  } rootctl_t;
  localparam int unsigned ROOTCTL_OFFSET = PCIE_CAP_BASE + 'h1C;

  // Root Capabilities.
  typedef struct packed {
    logic [14:0] rsvd;               // rsvd: reserved
    logic        crs_sw_visibility;  // hwinit: CRS software visibility supported (yes)
  } rootcap_t;
  localparam int unsigned ROOTCAP_OFFSET = PCIE_CAP_BASE + 'h1E;
  localparam rootcap_t    ROOTCAP_RESET  = 16'h0001;

  // Root Status.
  typedef struct packed {
    logic [13:0] rsvd;              // rsvd: reserved
    logic        pme_pending;       // ro: another PME is waiting behind the one reported
    logic        pme_status;        // rw1c: a PME message was received
    logic [15:0] pme_requester_id;  // ro: requester ID of the last PME message
  } rootsta_t;
  localparam int unsigned ROOTSTA_OFFSET = PCIE_CAP_BASE + 'h20;

  // Device Capabilities 2.
  // Held by the core: End-End TLP Prefix Supported and Max End-End TLP Prefixes come from the
  // root port's build parameters (rp_cfg EE_PREFIX_SUPPORTED, MAX_EE_PREFIXES); the reset value
  // below is the default build (supported, one prefix per TLP) and what software sees with it.
  typedef struct packed {
    logic       frs_supported;            // hwinit: function readiness status (no)
    logic [3:0] rsvd_30_27;               // rsvd: reserved
    logic       emergency_power_reduction_init_required;  // hwinit: emergency power reduction initialization (no)
    logic [1:0] emergency_power_reduction_supported;      // hwinit: emergency power reduction (no)
    logic [1:0] max_ee_prefixes;          // hwinit: max End-End TLP prefixes per TLP, 00b = 4 (build parameter, default 01b, one)
    logic       ee_prefix_supported;      // hwinit: End-End TLP prefixes supported (build parameter, default yes)
    logic       ext_fmt_field_supported;  // hwinit: 3-bit Fmt field supported (yes, required with prefixes)
    logic [1:0] obff_supported;           // hwinit: optimized buffer flush/fill (no)
    logic       tag10_requester_supported;  // hwinit: 10-bit tag requester (no)
    logic       tag10_completer_supported;  // hwinit: 10-bit tag completer (no)
    logic [1:0] ln_system_cls;            // hwinit: LN system cache line size (no)
    logic [1:0] tph_completer_supported;  // hwinit: TLP processing hints completer (no)
    logic       ltr_supported;            // hwinit: latency tolerance reporting (no)
    logic       no_ro_pr_pr_passing;      // hwinit: no relaxed-ordering PR-PR passing (no)
    logic       cas128_completer;         // hwinit: 128-bit CAS completer (no)
    logic       atomic_op64_completer;    // hwinit: 64-bit AtomicOp completer (no)
    logic       atomic_op32_completer;    // hwinit: 32-bit AtomicOp completer (no)
    logic       atomic_op_routing;        // hwinit: AtomicOp routing (no)
    logic       ari_forwarding_supported; // hwinit: ARI forwarding (no)
    logic       completion_timeout_disable_supported;  // hwinit: completion timeout disable (yes)
    logic [3:0] completion_timeout_ranges;  // hwinit: programmable completion timeout ranges (none)
  } devcap2_t;
  localparam int unsigned DEVCAP2_OFFSET = PCIE_CAP_BASE + 'h24;
  localparam devcap2_t    DEVCAP2_RESET  = 32'h0070_0010;
  localparam bit          DEVCAP2_HWEXT  = 1'b1;

  // Device Control 2.
  typedef struct packed {
    logic       ee_prefix_blocking;          // rw: do not transmit TLPs with End-End prefixes on the link (TLP Prefix Blocked instead)
    logic [1:0] obff_en;                     // hwinit: OBFF enable (not supported)
    logic       tag10_requester_en;          // hwinit: 10-bit tag requester enable (not supported)
    logic       emergency_power_reduction_req;  // hwinit: emergency power reduction request (not supported)
    logic       ltr_en;                      // hwinit: LTR mechanism enable (not supported)
    logic       ido_completion_en;           // hwinit: ID-based ordering for completions (not supported)
    logic       ido_request_en;              // hwinit: ID-based ordering for requests (not supported)
    logic       atomic_op_egress_blocking;   // hwinit: AtomicOp egress blocking (no AtomicOp routing)
    logic       atomic_op_requester_en;      // hwinit: AtomicOp requester enable (not supported)
    logic       ari_forwarding_en;           // hwinit: ARI forwarding enable (not supported)
    logic       completion_timeout_disable;  // rw: disable the completion timeout of the port's requests
    logic [3:0] completion_timeout_value;    // hwinit: completion timeout range (fixed, 50 us to 50 ms)
  } devctl2_t;
  localparam int unsigned DEVCTL2_OFFSET = PCIE_CAP_BASE + 'h28;

  // Device Status 2.
  // No fields are defined.
  typedef struct packed {
    logic [15:0] rsvd;  // rsvd: reserved
  } devsta2_t;
  localparam int unsigned DEVSTA2_OFFSET = PCIE_CAP_BASE + 'h2A;

  // Link Capabilities 2.
  // Supported link speeds 2.5 and 5.0 GT/s.
  typedef struct packed {
    logic       drs_supported;              // hwinit: device readiness status messages (no)
    logic [5:0] rsvd_30_25;                 // rsvd: reserved
    logic       two_retimers_presence_detect_supported;  // hwinit: two-retimers presence detect (no)
    logic       retimer_presence_detect_supported;       // hwinit: retimer presence detect (no)
    logic [6:0] lower_skp_os_reception_speeds;   // hwinit: lower SKP OS reception speeds (none)
    logic [6:0] lower_skp_os_generation_speeds;  // hwinit: lower SKP OS generation speeds (none)
    logic       crosslink_supported;        // hwinit: crosslink (no)
    logic [6:0] supported_link_speeds;      // hwinit: supported speeds vector, bit 0 = 2.5 GT/s (2.5 and 5.0)
    logic       rsvd_0;                     // rsvd: reserved
  } lnkcap2_t;
  localparam int unsigned LNKCAP2_OFFSET = PCIE_CAP_BASE + 'h2C;
  localparam lnkcap2_t    LNKCAP2_RESET  = 32'h0000_0006;

  // Link Control 2.
  typedef struct packed {
    logic [3:0]  compliance_preset_deemphasis;  // rw: de-emphasis or preset in compliance mode
    logic        compliance_sos;             // rw: send SKP ordered sets in compliance mode
    logic        enter_modified_compliance;  // rw: enter modified compliance
    logic [2:0]  transmit_margin;            // rw: transmitter voltage margin (test only)
    logic        selectable_deemphasis;      // hwinit: de-emphasis requested at 5.0 GT/s (fixed, -6 dB)
    logic        hw_autonomous_speed_disable;  // rw: forbid autonomous speed changes
    logic        enter_compliance;           // rw: enter compliance at the target link speed
    link_speed_t target_link_speed;          // rw: upper limit of the link speed
  } lnkctl2_t;
  localparam int unsigned LNKCTL2_OFFSET = PCIE_CAP_BASE + 'h30;
  localparam lnkctl2_t    LNKCTL2_RESET  = 16'h0002;

  // Link Status 2.
  typedef struct packed {
    logic       drs_message_received;         // hwinit: DRS message received (DRS not supported)
    logic [2:0] downstream_component_presence;  // ro: presence and link state of the downstream component
    logic [1:0] rsvd_11_10;                   // rsvd: reserved
    logic [1:0] crosslink_resolution;         // hwinit: crosslink resolution (not supported)
    logic       two_retimers_presence_detected;  // hwinit: two retimers detected (not supported)
    logic       retimer_presence_detected;    // hwinit: retimer detected (not supported)
    logic       link_eq_request;              // hwinit: link equalization request (8.0 GT/s, not supported)
    logic       eq_phase3_successful;         // hwinit: equalization phase 3 (8.0 GT/s, not supported)
    logic       eq_phase2_successful;         // hwinit: equalization phase 2 (8.0 GT/s, not supported)
    logic       eq_phase1_successful;         // hwinit: equalization phase 1 (8.0 GT/s, not supported)
    logic       eq_complete;                  // hwinit: equalization complete (8.0 GT/s, not supported)
    logic       current_deemphasis;           // ro: current de-emphasis at 5.0 GT/s, 1 = -3.5 dB
  } lnksta2_t;
  localparam int unsigned LNKSTA2_OFFSET = PCIE_CAP_BASE + 'h32;

  // Slot Capabilities 2.
  // No slot is implemented.
  typedef struct packed {
    logic [30:0] rsvd;                           // rsvd: reserved
    logic        inband_pd_disable_supported;    // hwinit: in-band presence detect disable (no)
  } slotcap2_t;
  localparam int unsigned SLOTCAP2_OFFSET = PCIE_CAP_BASE + 'h34;

  // Slot Control 2.
  // No fields are defined.
  typedef struct packed {
    logic [15:0] rsvd;  // rsvd: reserved
  } slotctl2_t;
  localparam int unsigned SLOTCTL2_OFFSET = PCIE_CAP_BASE + 'h38;

  // Slot Status 2.
  // No fields are defined.
  typedef struct packed {
    logic [15:0] rsvd;  // rsvd: reserved
  } slotsta2_t;
  localparam int unsigned SLOTSTA2_OFFSET = PCIE_CAP_BASE + 'h3A;

  // ---------------------------------------------------------------------------------------
  // PCI Power Management capability (PM_CAP_BASE); every PCI Express function has one
  // ---------------------------------------------------------------------------------------

  // Power states this port accepts in pmcsr.power_state (D1 and D2 are not supported, so
  // writes of them are ignored, as the PM specification requires).
  typedef enum logic [1:0] {
    PM_STATE_D0    = 2'd0,  // fully on
    PM_STATE_D3HOT = 2'd3   // software-visible off state
  } pm_state_t;

  // Power Management capability list entry.
  // The last entry of the PCI capability list.
  typedef pci_cap_hdr_t pm_cap_hdr_t;
  localparam int unsigned PM_CAP_HDR_OFFSET = PM_CAP_BASE + 'h00;
  localparam pm_cap_hdr_t PM_CAP_HDR_RESET  = {8'(0), 8'(PCI_CAP_ID_PM)};

  // Power Management Capabilities (PMC).
  // No PME generation, no D1/D2, no auxiliary power.
  typedef struct packed {
    logic [4:0] pme_support;  // hwinit: states from which PME is signalled (none)
    logic       d2_support;   // hwinit: D2 supported (no)
    logic       d1_support;   // hwinit: D1 supported (no)
    logic [2:0] aux_current;  // hwinit: 3.3Vaux current needed (none)
    logic       dsi;          // hwinit: device-specific initialization needed (no)
    logic       rsvd;         // rsvd: reserved
    logic       pme_clock;    // hwinit: PCI clock needed for PME (always 0 for PCI Express)
    logic [2:0] version;      // hwinit: PM interface version
  } pmc_t;
  localparam int unsigned PMC_OFFSET = PM_CAP_BASE + 'h02;
  localparam pmc_t        PMC_RESET  =
      {5'd0, 1'b0, 1'b0, 3'd0, 1'b0, 1'b0, 1'b0, 3'(PM_CAP_VERSION)};

  // Power Management Control/Status (PMCSR).
  // D3hot -> D0 keeps the configuration (No_Soft_Reset = 1).
  typedef struct packed {
    logic       pme_status;     // hwinit: PME signalled (PME is not supported)
    logic [1:0] data_scale;     // hwinit: scale of the Data register (not implemented)
    logic [3:0] data_select;    // hwinit: Data register selector (not implemented)
    logic       pme_en;         // hwinit: PME enable (PME is not supported)
    logic [3:0] rsvd_7_4;       // rsvd: reserved
    logic       no_soft_reset;  // hwinit: D3hot -> D0 does not reset the configuration
    logic       rsvd_2;         // rsvd: reserved
    pm_state_t  power_state;    // warl: current power state (D0 or D3hot)
  } pmcsr_t;
  localparam int unsigned PMCSR_OFFSET = PM_CAP_BASE + 'h04;
  localparam pmcsr_t      PMCSR_RESET  =
      {1'b0, 2'd0, 4'd0, 1'b0, 4'd0, 1'b1, 1'b0, 2'(PM_STATE_D0)};

  // PMCSR PCI-to-PCI Bridge Support Extensions; must be zero for PCI Express.
  typedef struct packed {
    logic       bpcc_en;  // hwinit: bus power/clock control enable (no)
    logic       b2_b3;    // hwinit: B2/B3 support for D3hot (no)
    logic [5:0] rsvd;     // rsvd: reserved
  } pmcsr_bse_t;
  localparam int unsigned PMCSR_BSE_OFFSET = PM_CAP_BASE + 'h06;

  // Power Management Data register (not implemented, reads zero).
  typedef struct packed {
    logic [7:0] data;  // hwinit: power data (not implemented)
  } pm_data_t;
  localparam int unsigned PM_DATA_OFFSET = PM_CAP_BASE + 'h07;

  // ---------------------------------------------------------------------------------------
  // Advanced Error Reporting extended capability, version 2 (AER_CAP_BASE)
  // ---------------------------------------------------------------------------------------

  // Extended capability header (AER and ACS).
  typedef struct packed {
    logic [11:0] next;     // hwinit: offset of the next extended capability, 0 = end of list
    logic [3:0]  version;  // hwinit: capability version
    ext_cap_id_t cap_id;   // hwinit: extended capability ID
  } ext_cap_hdr_t;

  // AER extended capability header.
  // Next capability: ACS at ACS_CAP_BASE.
  typedef ext_cap_hdr_t aer_ext_cap_hdr_t;
  localparam int unsigned   AER_EXT_CAP_HDR_OFFSET = AER_CAP_BASE + 'h00;
  localparam aer_ext_cap_hdr_t AER_EXT_CAP_HDR_RESET =
      {12'(ACS_CAP_BASE), 4'(AER_CAP_VERSION), 16'(EXT_CAP_ID_AER)};

  // Uncorrectable errors, one bit each: the layout of the Uncorrectable Error Status, Mask
  // and Severity registers. The status register's bits are write-1-to-clear (its typedef line).
  typedef struct packed {
    logic [4:0] rsvd_31_27;                   // rsvd: reserved
    logic       poisoned_tlp_egress_blocked;  // rw: a poisoned TLP was blocked on egress
    logic       tlp_prefix_blocked;           // rw: a TLP with End-End prefixes was blocked (prefix blocking or too many prefixes)
    logic       atomic_op_egress_blocked;     // rw: an AtomicOp was blocked on egress
    logic       mc_blocked_tlp;               // rw: a multicast TLP was blocked
    logic       internal_error;               // rw: uncorrectable internal error
    logic       acs_violation;                // rw: a request violated an enabled ACS control
    logic       unsupported_request;          // rw: an Unsupported Request was received
    logic       ecrc_error;                   // rw: ECRC check failed
    logic       malformed_tlp;                // rw: a malformed TLP was received
    logic       receiver_overflow;            // rw: a receive buffer overflowed
    logic       unexpected_completion;        // rw: a completion matched no outstanding request
    logic       completer_abort;              // rw: the port completed a request with CA
    logic       completion_timeout;           // rw: a request of the port timed out
    logic       fc_protocol_error;            // rw: flow control protocol error
    logic       poisoned_tlp_received;        // rw: a poisoned TLP was received
    logic [5:0] rsvd_11_6;                    // rsvd: reserved
    logic       surprise_down_error;          // rw: the link went down unexpectedly
    logic       dl_protocol_error;            // rw: Data Link Layer protocol error
    logic [3:0] rsvd_3_0;                     // rsvd: reserved
  } aer_uncor_errors_t;

  // Uncorrectable Error Status.
  // Sticky status of each uncorrectable error the port detected; write 1 to clear.
  typedef aer_uncor_errors_t aer_uncor_status_t;  // rw1c: sticky error status, write 1 to clear
  localparam int unsigned AER_UNCOR_STATUS_OFFSET = AER_CAP_BASE + 'h04;

  // Uncorrectable Error Mask.
  // A set bit stops the error from being logged and reported.
  typedef aer_uncor_errors_t aer_uncor_mask_t;
  localparam int unsigned   AER_UNCOR_MASK_OFFSET = AER_CAP_BASE + 'h08;
  localparam aer_uncor_mask_t AER_UNCOR_MASK_RESET = 32'h0440_0000;

  // Uncorrectable Error Severity.
  // A set bit reports the error as fatal, a clear bit as non-fatal.
  typedef aer_uncor_errors_t aer_uncor_severity_t;
  localparam int unsigned AER_UNCOR_SEVERITY_OFFSET = AER_CAP_BASE + 'h0C;
  localparam aer_uncor_severity_t AER_UNCOR_SEVERITY_RESET = 32'h0046_2030;

  // Correctable errors, one bit each: the layout of the Correctable Error Status and Mask
  // registers. The status register's bits are write-1-to-clear (its typedef line).
  typedef struct packed {
    logic [15:0] rsvd_31_16;            // rsvd: reserved
    logic        header_log_overflow;   // rw: a header could not be logged (log full)
    logic        corrected_internal_error;  // rw: corrected internal error
    logic        advisory_non_fatal;    // rw: a non-fatal error was reported as correctable (advisory)
    logic        replay_timer_timeout;  // rw: the replay timer expired
    logic [2:0]  rsvd_11_9;             // rsvd: reserved
    logic        replay_num_rollover;   // rw: the replay counter rolled over
    logic        bad_dllp;              // rw: a DLLP failed its CRC
    logic        bad_tlp;               // rw: a TLP failed its LCRC or sequence check
    logic [4:0]  rsvd_5_1;              // rsvd: reserved
    logic        receiver_error;        // rw: physical layer receiver error
  } aer_cor_errors_t;

  // Correctable Error Status.
  // Sticky status of each correctable error the port detected; write 1 to clear.
  typedef aer_cor_errors_t aer_cor_status_t;  // rw1c: sticky error status, write 1 to clear
  localparam int unsigned AER_COR_STATUS_OFFSET = AER_CAP_BASE + 'h10;

  // Correctable Error Mask.
  // A set bit stops the error from being reported.
  typedef aer_cor_errors_t aer_cor_mask_t;
  localparam int unsigned AER_COR_MASK_OFFSET = AER_CAP_BASE + 'h14;
  localparam aer_cor_mask_t AER_COR_MASK_RESET = 32'h0000_E000;

  // Advanced Error Capabilities and Control.
  // No ECRC, one header log; says whether the TLP Prefix Log holds the logged TLP's prefixes.
  typedef struct packed {
    logic [18:0] rsvd;                    // rsvd: reserved
    logic        cpl_timeout_log_capable; // hwinit: headers of timed-out requests are logged (no)
    logic        tlp_prefix_log_present;  // ro: the TLP Prefix Log holds the prefixes of the logged TLP
    logic        multi_header_en;         // hwinit: multiple header recording enable (not capable)
    logic        multi_header_capable;    // hwinit: multiple header recording (no)
    logic        ecrc_check_en;           // hwinit: ECRC check enable (not capable)
    logic        ecrc_check_capable;      // hwinit: ECRC check (no)
    logic        ecrc_gen_en;             // hwinit: ECRC generation enable (not capable)
    logic        ecrc_gen_capable;        // hwinit: ECRC generation (no)
    logic [4:0]  first_error_pointer;     // ro: bit number of the first uncorrectable error logged
  } aer_cap_ctrl_t;
  localparam int unsigned AER_CAP_CTRL_OFFSET = AER_CAP_BASE + 'h18;

  // One logged DWORD of the AER Header Log or TLP Prefix Log (byte 0 of the header or
  // prefix in bits [31:24]).
  typedef struct packed {
    logic [31:0] dw;  // ro: one logged DWORD
  } aer_log_dw_t;

  // Header Log, four DWORDs.
  // The header of the TLP of the first error; byte 0 of the header sits in bits [31:24] of DW 0.
  typedef aer_log_dw_t aer_header_log_t;
  localparam int unsigned AER_HEADER_LOG_OFFSET = AER_CAP_BASE + 'h1C;
  localparam int unsigned AER_HEADER_LOG_COUNT  = 4;
  localparam int unsigned AER_HEADER_LOG_STRIDE = 4;

  // Root Error Command.
  typedef struct packed {
    logic [28:0] rsvd;                     // rsvd: reserved
    logic        fatal_err_report_en;      // rw: interrupt when a fatal error is reported to the port
    logic        non_fatal_err_report_en;  // rw: interrupt when a non-fatal error is reported to the port
    logic        correctable_err_report_en;  // rw: interrupt when a correctable error is reported to the port
  } aer_root_err_cmd_t;
  localparam int unsigned AER_ROOT_ERR_CMD_OFFSET = AER_CAP_BASE + 'h2C;

  // Root Error Status.
  typedef struct packed {
    logic [4:0]  adv_err_int_msg_num;      // hwinit: MSI/MSI-X vector of AER interrupts (no MSI, zero)
    logic [19:0] rsvd;                     // rsvd: reserved
    logic        fatal_msg_received;       // rw1c: at least one ERR_FATAL was received
    logic        non_fatal_msg_received;   // rw1c: at least one ERR_NONFATAL was received
    logic        first_uncor_fatal;        // rw1c: the first uncorrectable message received was fatal
    logic        multi_fatal_non_fatal_received;  // rw1c: another ERR_FATAL/NONFATAL arrived while one was logged
    logic        fatal_non_fatal_received; // rw1c: an ERR_FATAL or ERR_NONFATAL was received
    logic        multi_cor_received;       // rw1c: another ERR_COR arrived while one was logged
    logic        cor_received;             // rw1c: an ERR_COR was received
  } aer_root_err_status_t;
  localparam int unsigned AER_ROOT_ERR_STATUS_OFFSET = AER_CAP_BASE + 'h30;

  // Error Source Identification.
  typedef struct packed {
    logic [15:0] fatal_non_fatal_source_id;  // ro: requester ID of the first ERR_FATAL/NONFATAL logged
    logic [15:0] cor_source_id;              // ro: requester ID of the first ERR_COR logged
  } aer_err_source_id_t;
  localparam int unsigned AER_ERR_SOURCE_ID_OFFSET = AER_CAP_BASE + 'h34;

  // TLP Prefix Log, four DWORDs.
  // The End-End prefixes of the logged TLP, first prefix in DW 0 (byte 0 in bits [31:24]),
  // valid when Advanced Error Capabilities and Control says TLP Prefix Log Present.
  typedef aer_log_dw_t aer_tlp_prefix_log_t;
  localparam int unsigned AER_TLP_PREFIX_LOG_OFFSET = AER_CAP_BASE + 'h38;
  localparam int unsigned AER_TLP_PREFIX_LOG_COUNT  = 4;
  localparam int unsigned AER_TLP_PREFIX_LOG_STRIDE = 4;

  // ---------------------------------------------------------------------------------------
  // Access Control Services extended capability (ACS_CAP_BASE)
  // ---------------------------------------------------------------------------------------

  // ACS extended capability header.
  // The last extended capability.
  typedef ext_cap_hdr_t acs_ext_cap_hdr_t;
  localparam int unsigned   ACS_EXT_CAP_HDR_OFFSET = ACS_CAP_BASE + 'h00;
  localparam acs_ext_cap_hdr_t ACS_EXT_CAP_HDR_RESET =
      {12'(0), 4'(ACS_CAP_VERSION), 16'(EXT_CAP_ID_ACS)};

  // ACS Capability register.
  // Everything a root port can offer except egress control.
  typedef struct packed {
    logic [7:0] egress_ctrl_vector_size;  // hwinit: egress control vector size (egress control not supported)
    logic       enhanced;                 // hwinit: ACS enhanced capability (no)
    logic       direct_translated_p2p;    // hwinit: direct translated P2P (yes)
    logic       p2p_egress_ctrl;          // hwinit: P2P egress control (no)
    logic       upstream_forwarding;      // hwinit: upstream forwarding (yes)
    logic       p2p_completion_redirect;  // hwinit: P2P completion redirect (yes)
    logic       p2p_request_redirect;     // hwinit: P2P request redirect (yes)
    logic       translation_blocking;     // hwinit: translation blocking (yes)
    logic       source_validation;        // hwinit: source validation (yes)
  } acs_caps_t;
  localparam int unsigned ACS_CAPS_OFFSET = ACS_CAP_BASE + 'h04;
  localparam acs_caps_t   ACS_CAPS_RESET  = 16'h005F;

  // ACS Control register.
  typedef struct packed {
    logic [8:0] rsvd;                        // rsvd: reserved
    logic       direct_translated_p2p_en;    // rw: route translated P2P requests directly
    logic       p2p_egress_ctrl_en;          // hwinit: P2P egress control enable (not supported)
    logic       upstream_forwarding_en;      // rw: forward upstream requests that target the port's own link upstream
    logic       p2p_completion_redirect_en;  // rw: redirect P2P completions upstream
    logic       p2p_request_redirect_en;     // rw: redirect P2P requests upstream (to the IOMMU)
    logic       translation_blocking_en;     // rw: block upstream requests whose AT is not 00b (untranslated)
    logic       source_validation_en;        // rw: check the bus number of requester IDs
  } acs_ctrl_t;
  localparam int unsigned ACS_CTRL_OFFSET = ACS_CAP_BASE + 'h06;
  // verilator lint_on UNUSEDPARAM
endpackage

`resetall

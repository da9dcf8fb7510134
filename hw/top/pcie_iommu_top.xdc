# Example Vivado constraints for pcie_iommu_top instantiated inside a design (out of context).
# The top's ports connect to the PCIe hard IP and to the SoC interconnect inside the FPGA, so
# only the clock and the reset need constraints. Adjust the period to the link (see
# hw/top/README.md: a Gen2 x4 link needs 250 MHz at the 64-bit streams).

# The one clock of the top (4.0 ns = 250 MHz).
create_clock -name kit_clk -period 4.000 [get_ports clk_i]

# rst_ni is asynchronous to clk_i: assert it asynchronously, release it synchronously (a reset
# synchronizer outside the top); no timing path from its source.
set_false_path -from [get_ports rst_ni]

# A test input, tied to 0 in a real design.
set_false_path -from [get_ports cq_stall_i]

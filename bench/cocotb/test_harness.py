"""The cocotb side of `cargo xtask bench cocotb`: the workload of `cosim/src/bench_cocotb.rs`
on `cosim_harness_top`, driven by cocotb 2 with cocotbext-axi's AXI4-Lite masters and AXI RAM.

Per round: a 2 KiB copy by the copy engine through the AXI4 memory port (served by AxiRam),
and meanwhile 16 x (a 64-bit write and a 64-bit read on the IOMMU register port, a 32-bit
write and a 32-bit read on the root-port configuration port). Every read value and then the
64 KiB destination region go into a 64-bit FNV-1a checksum, which the Rust side must
reproduce. Parameters and the results file come from the environment (set by run.py).
"""

import json
import logging
import os
import time

import cocotb
from cocotb.clock import Clock
from cocotb.simtime import get_sim_time
from cocotb.triggers import ClockCycles, FallingEdge, RisingEdge
from cocotbext.axi import AxiBus, AxiLiteBus, AxiLiteMaster, AxiRam

PERIOD_NS = 10
SRC = 0x1000_0000
DST = 0x2000_0000
REGION = 1 << 16
COPY = 2048
RESET_CYCLES = 4


def fnv1a(h: int, data: bytes) -> int:
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


@cocotb.test()
async def bench(dut):
    rounds = int(os.environ["BENCH_ROUNDS"])
    clk = dut.clk_i
    cocotb.start_soon(Clock(clk, PERIOD_NS, unit="ns").start())

    # Inputs no model drives: the hardware side of the register blocks and the idle link.
    for pin in ("iommu_hw2reg", "rpcfg_hw2reg", "dma_start", "dma_src", "dma_dst", "dma_len",
                "rx_tlp_data", "rx_tlp_keep", "rx_tlp_sop", "rx_tlp_eop", "rx_tlp_valid"):
        getattr(dut, pin).value = 0
    dut.tx_tlp_ready.value = 1

    logging.getLogger(f"cocotb.{dut._name}").setLevel(logging.WARNING)  # the models' banners
    iommu = AxiLiteMaster(AxiLiteBus.from_prefix(dut, "iommu_s_axil"), clk, dut.rst_ni,
                          reset_active_level=False)
    rpcfg = AxiLiteMaster(AxiLiteBus.from_prefix(dut, "rpcfg_s_axil"), clk, dut.rst_ni,
                          reset_active_level=False)
    ram = AxiRam(AxiBus.from_prefix(dut, "m_axi"), clk, dut.rst_ni, reset_active_level=False,
                 size=1 << 32)
    ram.write(SRC, bytes((i * 7 + 3) & 0xFF for i in range(REGION)))
    ram.write(DST, bytes(REGION))

    dut.rst_ni.value = 0
    await ClockCycles(clk, RESET_CYCLES)
    dut.rst_ni.value = 1
    await RisingEdge(clk)

    reads = []
    start_ns = get_sim_time("ns")
    start = time.perf_counter()
    for rnd in range(rounds):
        # A 2 KiB copy in the background...
        off = (rnd * COPY) % REGION
        dut.dma_src.value = SRC + off
        dut.dma_dst.value = DST + off
        dut.dma_len.value = COPY
        dut.dma_start.value = 1
        await RisingEdge(clk)
        dut.dma_start.value = 0
        # ...while the driver-facing register ports are busy.
        for r in range(16):
            off_r = (r * 8) % 0x60
            await iommu.write(0x10 + off_r, ((rnd ^ r) & (2**64 - 1)).to_bytes(8, "little"))
            reads.append((await iommu.read(off_r, 8)).data)
            # pref_base_upper / pref_limit_upper: plain read-write, read back at r = 10, 11.
            value = ((rnd * 16 + r) * 0x0101_0101) & 0xFFFF_FFFF
            await rpcfg.write(0x28 + 4 * (r % 2), value.to_bytes(4, "little"))
            reads.append((await rpcfg.read((r * 4) % 0x40, 4)).data)
        if dut.dma_busy.value == 1:
            await FallingEdge(dut.dma_busy)
    wall = time.perf_counter() - start
    cycles = round((get_sim_time("ns") - start_ns) / PERIOD_NS)

    src = ram.read(SRC, REGION)
    dst = ram.read(DST, REGION)
    copied = min(rounds * COPY, REGION)
    assert dst[:copied] == src[:copied], "the copy engine's destination differs from its source"
    assert int(dut.dma_error.value) == 0, "the copy engine reported an AXI error"

    h = 0xCBF29CE484222325
    for data in reads:
        h = fnv1a(h, int.from_bytes(data, "little").to_bytes(8, "little"))
    h = fnv1a(h, dst)
    result = {"rounds": rounds, "cycles": cycles, "seconds": wall, "cycles_per_s": cycles / wall,
              "reads": len(reads), "checksum": f"{h:#018x}"}
    dut._log.info("cocotb bench: %s", result)
    with open(os.environ["BENCH_JSON"], "w") as f:
        json.dump(result, f)

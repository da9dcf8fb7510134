//! What the co-simulation's backends share, without Verilator: the replay format
//! ([`replay`], with its vocabulary in [`config`]) and the host memory ([`memory`]).
//!
//! The RTL harness (`cosim`) and the IOMMU reference model (`iommu-model`) both run replay
//! files over this memory, so one file gives comparable observations on both.

#![forbid(unsafe_code)]

pub mod config;
pub mod memory;
pub mod replay;

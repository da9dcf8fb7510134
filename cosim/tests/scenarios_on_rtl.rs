//! The driver's scenario suite (`scenarios::suite`) on the IOMMU RTL, each scenario held to
//! the reference model in lockstep (`Lockstep::strict`).

use cosim::platform::RtlPlatform;
use scenarios::lockstep::Lockstep;
use scenarios::suite;

fn rtl() -> Lockstep<RtlPlatform> {
    Lockstep::strict(RtlPlatform::new().unwrap_or_else(|e| panic!("{e}")))
}

#[test]
fn bring_up_every_ddt_depth() {
    suite::bring_up::every_ddt_depth(rtl);
}

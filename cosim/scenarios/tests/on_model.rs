//! Every scenario of `scenarios::suite` on the reference model.

use scenarios::platform::ModelPlatform;
use scenarios::suite;

#[test]
fn bring_up_every_ddt_depth() {
    suite::bring_up::every_ddt_depth(ModelPlatform::new);
}

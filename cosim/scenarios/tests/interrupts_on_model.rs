//! The wired-interrupt scenarios of `scenarios::suite::interrupts` on the reference model.

use scenarios::platform::ModelPlatform;
use scenarios::suite::interrupts;

#[test]
fn distinct_vectors_per_source() {
    interrupts::distinct_vectors(ModelPlatform::new);
}

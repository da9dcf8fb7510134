//! The endpoint model (`pcie-endpoint`) on the co-simulated link: a [`LinkAgent`] over a
//! shared [`Device`], so a test keeps its own handle to submit DMA jobs and read the device's
//! state while the harness feeds it the root port's TLPs every cycle.

use std::cell::RefCell;
use std::rc::Rc;

use pcie_endpoint::{Device, DeviceError};

use crate::tlp_link::LinkAgent;

/// A device shared between the harness (as the link agent) and the test.
pub type SharedDevice = Rc<RefCell<Device>>;

/// TLPs of the root port the device could not take, with the TLP.
pub type Refused = Rc<RefCell<Vec<(DeviceError, Vec<u32>)>>>;

/// The link side of a [`SharedDevice`]. TLPs the device cannot take (malformed, unexpected
/// completions) are kept in `errors` for the test to check, with the TLP.
pub struct EndpointLink {
    device: SharedDevice,
    errors: Refused,
}

impl EndpointLink {
    /// The agent over `device`, and the list its receive errors go to.
    pub fn new(device: SharedDevice) -> (Self, Refused) {
        let errors = Rc::new(RefCell::new(Vec::new()));
        // Completion time-outs start when the harness's link has sent the request.
        device.borrow_mut().link_reports_sends();
        (EndpointLink { device, errors: errors.clone() }, errors)
    }
}

impl LinkAgent for EndpointLink {
    fn receive(&mut self, tlp: &[u32]) {
        if let Err(e) = self.device.borrow_mut().receive(tlp) {
            tracing::warn!(target: "cosim", "endpoint refused a TLP: {e}");
            self.errors.borrow_mut().push((e, tlp.to_vec()));
        }
    }

    fn transmit(&mut self) -> Option<Vec<u32>> {
        self.device.borrow_mut().transmit()
    }

    fn tick(&mut self) {
        self.device.borrow_mut().tick(1);
    }

    fn sent(&mut self, tlp: &[u32]) {
        self.device.borrow_mut().sent(tlp);
    }
}

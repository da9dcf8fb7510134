//! `hw/rtl_files.f`, read by the `rtl-filelist` crate (shared with the cosim build script).

pub use rtl_filelist::{FileList, FILE_LIST};

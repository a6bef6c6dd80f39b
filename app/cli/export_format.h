// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The formats of `export --format` and `run export --format` (CLI.md): the whole journal as CSV
// or JSON, or its runs as GPX or TCX files.

#include "core/model/enum_names.h"
#include "core/workflows/track_files.h"

namespace stridelog::cli {
enum class ExportFormat { Csv, Json, Gpx, Tcx };
enum class RunFileFormat { Gpx, Tcx };
}  // namespace stridelog::cli

namespace stridelog {
template <>
struct EnumNames<cli::ExportFormat> {
    static constexpr std::array<std::pair<cli::ExportFormat, const char*>, 4> table{{
        {cli::ExportFormat::Csv, "csv"},
        {cli::ExportFormat::Json, "json"},
        {cli::ExportFormat::Gpx, "gpx"},
        {cli::ExportFormat::Tcx, "tcx"},
    }};
};
template <>
struct EnumNames<cli::RunFileFormat> {
    static constexpr std::array<std::pair<cli::RunFileFormat, const char*>, 2> table{{
        {cli::RunFileFormat::Gpx, "gpx"},
        {cli::RunFileFormat::Tcx, "tcx"},
    }};
};
}  // namespace stridelog

namespace stridelog::cli {

inline TrackFormat trackFormat(RunFileFormat format) {
    return format == RunFileFormat::Gpx ? TrackFormat::Gpx : TrackFormat::Tcx;
}

}  // namespace stridelog::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The enumerations of CLI.md, with the words that name them.

#include "enum_names.h"

namespace stridelog {

enum class Surface { Road, Trail, Track, Treadmill, Grass, Sand, Mixed };
enum class RunType { Easy, Long, Tempo, Interval, Race, Recovery };
enum class RunSource { Manual, Gpx, Tcx, Fit, Csv };
enum class Knee { Left, Right, Both };
// Where on the knee it hurts (RULES.md, location hints).
enum class Site { Front, Below, Outside, Inside, Behind, Whole };
// When the pain came on (RULES.md R5, onset stage).
enum class Onset { Start, During, Late, After, NextDay, Rest };
enum class UnitSystem { Kilometres, Miles };

template <>
struct EnumNames<Surface> {
    static constexpr std::array<std::pair<Surface, const char*>, 7> table{{
        {Surface::Road, "road"},
        {Surface::Trail, "trail"},
        {Surface::Track, "track"},
        {Surface::Treadmill, "treadmill"},
        {Surface::Grass, "grass"},
        {Surface::Sand, "sand"},
        {Surface::Mixed, "mixed"},
    }};
};

template <>
struct EnumNames<RunType> {
    static constexpr std::array<std::pair<RunType, const char*>, 6> table{{
        {RunType::Easy, "easy"},
        {RunType::Long, "long"},
        {RunType::Tempo, "tempo"},
        {RunType::Interval, "interval"},
        {RunType::Race, "race"},
        {RunType::Recovery, "recovery"},
    }};
};

template <>
struct EnumNames<RunSource> {
    static constexpr std::array<std::pair<RunSource, const char*>, 5> table{{
        {RunSource::Manual, "manual"},
        {RunSource::Gpx, "gpx"},
        {RunSource::Tcx, "tcx"},
        {RunSource::Fit, "fit"},
        {RunSource::Csv, "csv"},
    }};
};

template <>
struct EnumNames<Knee> {
    static constexpr std::array<std::pair<Knee, const char*>, 3> table{{
        {Knee::Left, "left"},
        {Knee::Right, "right"},
        {Knee::Both, "both"},
    }};
};

template <>
struct EnumNames<Site> {
    static constexpr std::array<std::pair<Site, const char*>, 6> table{{
        {Site::Front, "front"},
        {Site::Below, "below"},
        {Site::Outside, "outside"},
        {Site::Inside, "inside"},
        {Site::Behind, "behind"},
        {Site::Whole, "whole"},
    }};
};

template <>
struct EnumNames<Onset> {
    static constexpr std::array<std::pair<Onset, const char*>, 6> table{{
        {Onset::Start, "start"},
        {Onset::During, "during"},
        {Onset::Late, "late"},
        {Onset::After, "after"},
        {Onset::NextDay, "next-day"},
        {Onset::Rest, "rest"},
    }};
};

template <>
struct EnumNames<UnitSystem> {
    static constexpr std::array<std::pair<UnitSystem, const char*>, 2> table{{
        {UnitSystem::Kilometres, "km"},
        {UnitSystem::Miles, "mi"},
    }};
};

}  // namespace stridelog

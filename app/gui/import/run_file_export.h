// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Export…" on a run's page: that one run as a GPX or TCX file, by a save dialog. The file is
// checked by the journal-files guard first and written whole to a temporary name, then renamed.

#include "core/model/expected.h"
#include "core/model/ids.h"
#include "core/workflows/track_files.h"

#include <QString>

class QWidget;

namespace stridelog::gui {

class JournalSession;

// Writes the run to `path`; the error is one sentence for the user.
Expected<ExportedTrack> exportRunFileTo(JournalSession& session, RunId run, const QString& path,
                                        TrackFormat format);

void exportRunInteractively(JournalSession& session, RunId run, QWidget* parent);

}  // namespace stridelog::gui

// SPDX-License-Identifier: GPL-3.0-or-later
// Built, on purpose and only by the ctest core_layers_build_refuses_wrong_include, as a part
// of the rules layer: the rules link the model, not the store, so this include must not be
// found.
#include "core/store/journal.h"

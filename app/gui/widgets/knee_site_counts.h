// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The knee drawing of the pain dialog, read-only, with how many pain entries named each site:
// the Knee page's answer to "where does it hurt, and how often".

#include "knee_site_picker.h"

#include <map>

namespace stridelog::gui {

class KneeSiteCounts : public KneeSitePicker {
    Q_OBJECT

public:
    explicit KneeSiteCounts(QWidget* parent = nullptr);

    void setCounts(std::map<Site, int> counts);
    int count(Site site) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::map<Site, int> counts_;
};

}  // namespace stridelog::gui

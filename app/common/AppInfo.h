// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace srtdesk {

// What `--version` prints, the same for srtdesk and srtdeskd:
//   <program> 0.1.0
//   libsrt 1.5.1
QString versionText(const QString &program);

} // namespace srtdesk

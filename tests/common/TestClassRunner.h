// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace srtdesk::testing {

// Runs several Qt Test classes in one executable (one QApplication, one SrtRuntime). Command
// line options go to every class; positional arguments are test function names, and a class
// runs only when it has one of them (all classes run when none is given).
// Returns 0 when every class passed.
int runTestClasses(int argc, char *argv[], const std::vector<std::unique_ptr<QObject>> &tests);

} // namespace srtdesk::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// While one exists on a thread, SRT Desk's translators leave text on that thread in English,
// the source language. The REST API answers in English even when it runs inside the GUI
// process, whose messages (validation, errors) are otherwise translated.
class UntranslatedScope
{
public:
    UntranslatedScope() { ++s_depth; }
    ~UntranslatedScope() { --s_depth; }
    UntranslatedScope(const UntranslatedScope &) = delete;
    UntranslatedScope &operator=(const UntranslatedScope &) = delete;

    static bool isActive() { return s_depth > 0; }

private:
    static thread_local int s_depth;
};

} // namespace srtdesk

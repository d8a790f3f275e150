// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk::test {

// What the impairment proxy does to the datagrams of one direction, like netem's options.
struct ImpairmentProfile
{
    double lossPercent = 0;        // independent random loss
    double burstStartPercent = 0;  // chance that a datagram starts a loss burst
    int burstLength = 0;           // datagrams lost in a row once a burst starts
    int delayMs = 0;               // fixed one-way delay
    int jitterMs = 0;              // uniform extra delay 0..jitterMs (reorders when > spacing)
    double reorderPercent = 0;     // chance that a datagram is held back an extra reorderDelayMs
    int reorderDelayMs = 10;
    double duplicatePercent = 0;   // chance that a datagram is sent twice
};

} // namespace srtdesk::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The classifications a row of the field table (ServiceField) is made of.
namespace srtdesk {

// Which kinds of service have a field.
enum class FieldKinds { Rx, Tx, Both };

// How a field's value is read, written and checked.
enum class FieldType {
    Text,       // trimmed text; the bounds are its length
    Host,       // an IPv4 address or a host name
    Endpoint,   // "ip:port"
    LocalAddress, // an IPv4 address of this machine, or empty
    Passphrase, // text kept exactly as given; empty, or a length within the bounds
    Integer,    // a whole number within the bounds, or one of the choices when there are any
    Flag,       // 0 or 1 (true and false accepted)
    Choice      // one of the choices, by its wire word
};

// The box of the service form that shows a field.
enum class FieldGroup { General, Connection, Udp, Bandwidth, Encryption, Fec, Bonding };

// When a field means something. The form disables it otherwise; the validator skips it,
// unless the field is checkedWhenOff (then only "required" waits for the condition).
enum class FieldCondition { Always, CallsPeer, FecOn, BondingOn };

} // namespace srtdesk
